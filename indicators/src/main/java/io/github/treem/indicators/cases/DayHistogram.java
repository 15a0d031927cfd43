package io.github.treem.indicators.cases;

import io.github.treem.indicators.DisclosureRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A count of cases by a whole number of days (e.g. days from receipt to the plan's approval):
 * {@code counts[d]} cases took {@code d} days. Histograms of communes merge exactly (by adding
 * counts), so a province's median is that of all its cases, not a median of medians.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DayHistogram {
  private static final DayHistogram EMPTY = new DayHistogram(new long[0]);

  private final long[] counts;
  private final long total;

  private DayHistogram(long[] counts) {
    int n = counts.length;
    while (n > 0 && counts[n - 1] == 0) {
      n--;
    }
    this.counts = Arrays.copyOf(counts, n);
    long t = 0;
    for (long c : this.counts) {
      if (c < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
      t = Math.addExact(t, c);
    }
    this.total = t;
  }

  /** {@return the histogram of no case} */
  public static DayHistogram empty() {
    return EMPTY;
  }

  /**
   * A histogram from counts.
   *
   * @param counts {@code counts[d]}: the cases that took {@code d} days (copied)
   * @return the histogram
   * @throws IllegalArgumentException when a count is negative
   */
  public static DayHistogram of(long... counts) {
    return new DayHistogram(counts.clone());
  }

  /** {@return the counts by days (trailing zeros left out)} */
  public long[] counts() {
    return counts.clone();
  }

  /** {@return how many cases the histogram counts} */
  public long count() {
    return total;
  }

  /**
   * The cases that took a number of days.
   *
   * @param days the days
   * @return the count (0 outside the histogram)
   */
  public long count(int days) {
    return days >= 0 && days < counts.length ? counts[days] : 0;
  }

  /**
   * Adds another histogram (the cases of another commune or file).
   *
   * @param other the other histogram
   * @return the sum
   */
  public DayHistogram plus(DayHistogram other) {
    long[] sum = Arrays.copyOf(counts, Math.max(counts.length, other.counts.length));
    for (int d = 0; d < other.counts.length; d++) {
      sum[d] = Math.addExact(sum[d], other.counts[d]);
    }
    return new DayHistogram(sum);
  }

  /**
   * The median: the middle value of the sorted days, or the mean of the two middle values when
   * the count is even (e.g. 3, 4, 6, 9 gives 5.0), with one decimal.
   *
   * @return the median, empty without any case
   */
  public Optional<BigDecimal> median() {
    if (total == 0) {
      return Optional.empty();
    }
    long lower = valueAt((total - 1) / 2);
    long upper = valueAt(total / 2);
    return Optional.of(BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY));
  }

  /**
   * The median as published: only when more than τ cases give it (a median of a few cases tells
   * of those cases: the counts of a sensitive population are hidden from 1 to τ).
   *
   * @param rule the disclosure rule
   * @return the median, empty when hidden or without any case
   */
  public Optional<BigDecimal> publishedMedian(DisclosureRule rule) {
    return total > rule.threshold() ? median() : Optional.empty();
  }

  /** The value of rank {@code k} (0-based) in sorted order. */
  private long valueAt(long k) {
    long seen = 0;
    for (int d = 0; d < counts.length; d++) {
      seen += counts[d];
      if (seen > k) {
        return d;
      }
    }
    throw new IllegalStateException("rank " + k + " beyond " + total);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DayHistogram h && Arrays.equals(counts, h.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /** {@return e.g. {@code "DayHistogram[count=12]"} (no individual figure)} */
  @Override
  public String toString() {
    return "DayHistogram[count=" + total + "]";
  }
}

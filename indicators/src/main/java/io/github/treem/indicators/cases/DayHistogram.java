package io.github.treem.indicators.cases;

import io.github.treem.indicators.DisclosureRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A count of cases by a whole number of days (e.g. days from receipt to the plan's approval):
 * {@code count(d)} cases took {@code d} days, for {@code d} from 0 to {@link #MAX_DAYS}, and
 * {@link #overflow()} cases took more. Histograms of communes merge exactly (by adding counts,
 * {@link #plus}), so a province's median is that of all its cases, not a median of medians.
 *
 * <p><b>Bounded.</b> A histogram holds at most {@code MAX_DAYS + 1} counts and one overflow count,
 * whatever its cases, so a submission carrying it has a bounded size. Of the cases received in a
 * reporting year on or before its reference date (a date of that year), none can take more than
 * 365 days to a plan approved by the reference date: the overflow stays 0 for every histogram
 * that treem's case figures make, and exists for histograms read from elsewhere. The median rule
 * handles it exactly: when both middle values lie within 0 to {@code MAX_DAYS} days the median is
 * exact whatever the overflow holds; when a middle value lies in the overflow, the median is not
 * known ({@link #isMedianBeyondRange()}), and {@link #median()} is empty, never a guess.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DayHistogram {
  /**
   * The largest number of days counted one by one: 365, the days from 1 January to 31 December of
   * a leap year; more days go to the {@linkplain #overflow() overflow}.
   */
  public static final int MAX_DAYS = 365;

  private static final DayHistogram EMPTY = new DayHistogram(new long[0], 0);

  private final long[] counts;
  private final long overflow;
  private final long total;

  private DayHistogram(long[] counts, long overflow) {
    int n = counts.length;
    while (n > 0 && counts[n - 1] == 0) {
      n--;
    }
    if (n > MAX_DAYS + 1) {
      throw new IllegalArgumentException("a day histogram counts days 0 to " + MAX_DAYS + " one by one; more days are overflow");
    }
    if (overflow < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    this.counts = Arrays.copyOf(counts, n);
    long t = overflow;
    for (long c : this.counts) {
      if (c < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
      t = Math.addExact(t, c);
    }
    this.overflow = overflow;
    this.total = t;
  }

  /** {@return the histogram of no case} */
  public static DayHistogram empty() {
    return EMPTY;
  }

  /**
   * A histogram from counts, without overflow.
   *
   * @param counts {@code counts[d]}: the cases that took {@code d} days (copied; trailing zeros
   *     may go beyond {@link #MAX_DAYS})
   * @return the histogram
   * @throws IllegalArgumentException when a count is negative, or a count beyond {@link #MAX_DAYS}
   *     days is not 0
   */
  public static DayHistogram of(long... counts) {
    return new DayHistogram(counts.clone(), 0);
  }

  /**
   * A histogram from counts and the overflow.
   *
   * @param counts {@code counts[d]}: the cases that took {@code d} days, {@code d} from 0 to
   *     {@link #MAX_DAYS} (copied)
   * @param overflow the cases that took more than {@link #MAX_DAYS} days
   * @return the histogram
   * @throws IllegalArgumentException when a count is negative, or a count beyond {@link #MAX_DAYS}
   *     days is not 0
   */
  public static DayHistogram of(long[] counts, long overflow) {
    return new DayHistogram(counts.clone(), overflow);
  }

  /** {@return the counts by days, from 0 to at most {@link #MAX_DAYS} (trailing zeros left out)} */
  public long[] counts() {
    return counts.clone();
  }

  /** {@return the cases that took more than {@link #MAX_DAYS} days} */
  public long overflow() {
    return overflow;
  }

  /** {@return how many cases the histogram counts, the overflow included} */
  public long count() {
    return total;
  }

  /**
   * The cases that took a number of days.
   *
   * @param days the days, from 0 to {@link #MAX_DAYS}
   * @return the count (0 outside the histogram; the overflow is {@link #overflow()})
   */
  public long count(int days) {
    return days >= 0 && days < counts.length ? counts[days] : 0;
  }

  /**
   * Adds another histogram (the cases of another commune or file).
   *
   * @param other the other histogram
   * @return the sum
   * @throws ArithmeticException when a count overflows a {@code long}
   */
  public DayHistogram plus(DayHistogram other) {
    long[] sum = Arrays.copyOf(counts, Math.max(counts.length, other.counts.length));
    for (int d = 0; d < other.counts.length; d++) {
      sum[d] = Math.addExact(sum[d], other.counts[d]);
    }
    return new DayHistogram(sum, Math.addExact(overflow, other.overflow));
  }

  /**
   * Whether the median is not known: a middle value lies in the overflow (more than
   * {@link #MAX_DAYS} days, by how many is not counted).
   *
   * @return true when {@link #median()} is empty although there are cases
   */
  public boolean isMedianBeyondRange() {
    return total > 0 && total / 2 >= total - overflow;
  }

  /**
   * The median: the middle value of the sorted days, or the mean of the two middle values when
   * the count is even (e.g. 3, 4, 6, 9 gives 5.0), with one decimal.
   *
   * @return the median, empty without any case or when a middle value lies in the overflow
   *     ({@link #isMedianBeyondRange()})
   */
  public Optional<BigDecimal> median() {
    if (total == 0 || isMedianBeyondRange()) {
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
   * @return the median, empty when hidden, without any case or beyond the range
   */
  public Optional<BigDecimal> publishedMedian(DisclosureRule rule) {
    return total > rule.threshold() ? median() : Optional.empty();
  }

  /** The value of rank {@code k} (0-based) in sorted order, within the counted days. */
  private long valueAt(long k) {
    long seen = 0;
    for (int d = 0; d < counts.length; d++) {
      seen += counts[d];
      if (seen > k) {
        return d;
      }
    }
    throw new IllegalStateException("rank " + k + " beyond the days counted");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DayHistogram h && overflow == h.overflow && Arrays.equals(counts, h.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(counts) + Long.hashCode(overflow);
  }

  /** {@return e.g. {@code "DayHistogram[count=12]"} (no individual figure)} */
  @Override
  public String toString() {
    return "DayHistogram[count=" + total + "]";
  }
}

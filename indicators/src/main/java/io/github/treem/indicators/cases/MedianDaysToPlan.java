package io.github.treem.indicators.cases;

import io.github.treem.indicators.DisclosureRule;
import io.github.treem.indicators.ValueState;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * The median days from the information received to the approval of the (first) support or
 * intervention plan, as the commune report publishes it beside the {@link
 * io.github.treem.indicators.CaseIndicators}.
 *
 * <p>Definition: of the cases received in the reporting year Y on or before R (those
 * {@code CASES_RECEIVED} counts), those whose first plan was approved on or before R give their
 * days, {@code approvedOn - receivedOn} in <b>calendar days</b> (0 for a plan approved on the day
 * of receipt; the time of receipt and working days do not count). The median is that of the sorted
 * days: the middle value for an odd count, the mean of the two middle values for an even count
 * (3, 4, 6, 9 gives 5.0), always with one decimal; ties need no rule, equal days being one value.
 * The other cases received (no plan needed: an emergency or no risk found; a plan not yet
 * approved at R; closed before) are <b>excluded</b>, and counted ({@link #getExcluded()}), so that
 * {@code cases + excluded} is {@code CASES_RECEIVED}'s total.
 *
 * <p>Disclosure (every case figure is sensitive): the median is published only when more than τ
 * cases give it ({@link DisclosureRule#threshold()}, 4 by default): from 1 to τ it is hidden
 * ({@link ValueState#SUPPRESSED}). The two counts are hidden together when either is from 1 to τ,
 * because each is {@code CASES_RECEIVED} minus the other. Without any case the state is
 * {@link ValueState#NO_DATA}.
 *
 * <p>One rule for the commune and the province: the median is always computed from the day-count
 * histogram ({@link DayHistogram#median()}). The unsuppressed figure, for internal use and for a
 * commune's submission, keeps that histogram ({@link #getHistogram()}), so that a province adds
 * its communes' histograms and takes the median of the sum: exactly the median over all their
 * cases. A published figure never carries it (the counts by day of a few cases would tell of
 * those cases).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MedianDaysToPlan {
  private final ValueState state;
  private final OptionalLong cases;
  private final OptionalLong excluded;
  private final Optional<BigDecimal> median;
  private final boolean suppressed;
  private final Optional<DayHistogram> histogram;

  private MedianDaysToPlan(ValueState state, OptionalLong cases, OptionalLong excluded, Optional<BigDecimal> median,
      boolean suppressed, Optional<DayHistogram> histogram) {
    this.state = state;
    this.cases = cases;
    this.excluded = excluded;
    this.median = median;
    this.suppressed = suppressed;
    this.histogram = histogram;
  }

  private static void checkRange(DayHistogram days) {
    if (days.isMedianBeyondRange()) {
      throw new IllegalArgumentException("the median lies beyond " + DayHistogram.MAX_DAYS
          + " days, in the histogram's overflow: it is not known exactly");
    }
  }

  /**
   * The figure as published under a disclosure rule.
   *
   * @param days the days of the cases with an approved plan
   * @param excluded the other cases received
   * @param rule the disclosure rule
   * @return the figure (without the histogram)
   * @throws IllegalArgumentException when {@code excluded} is negative, or the median lies in the
   *     histogram's overflow ({@link DayHistogram#isMedianBeyondRange()})
   */
  public static MedianDaysToPlan published(DayHistogram days, long excluded, DisclosureRule rule) {
    Objects.requireNonNull(days, "days must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
    if (excluded < 0) {
      throw new IllegalArgumentException("excluded must not be negative");
    }
    checkRange(days);
    long n = days.count();
    long t = rule.threshold();
    boolean countsHidden = (n >= 1 && n <= t) || (excluded >= 1 && excluded <= t);
    Optional<BigDecimal> m = days.publishedMedian(rule);
    ValueState state = n == 0 ? ValueState.NO_DATA : m.isPresent() ? ValueState.VALUE : ValueState.SUPPRESSED;
    return new MedianDaysToPlan(state, countsHidden ? OptionalLong.empty() : OptionalLong.of(n),
        countsHidden ? OptionalLong.empty() : OptionalLong.of(excluded), m, true, Optional.empty());
  }

  /**
   * The figure unsuppressed, for the commune's internal use only.
   *
   * @param days the days of the cases with an approved plan
   * @param excluded the other cases received
   * @return the figure, with the histogram
   * @throws IllegalArgumentException when {@code excluded} is negative, or the median lies in the
   *     histogram's overflow ({@link DayHistogram#isMedianBeyondRange()})
   */
  public static MedianDaysToPlan unsuppressed(DayHistogram days, long excluded) {
    Objects.requireNonNull(days, "days must not be null");
    if (excluded < 0) {
      throw new IllegalArgumentException("excluded must not be negative");
    }
    checkRange(days);
    return new MedianDaysToPlan(days.count() == 0 ? ValueState.NO_DATA : ValueState.VALUE, OptionalLong.of(days.count()),
        OptionalLong.of(excluded), days.median(), false, Optional.of(days));
  }

  /**
   * The figure as read back from a published report.
   *
   * @param state the state
   * @param cases the cases giving the median, empty when hidden
   * @param excluded the cases excluded, empty when hidden
   * @param median the median, empty unless the state is {@link ValueState#VALUE}
   * @param suppressed whether it was published under a disclosure rule
   * @return the figure
   * @throws IllegalArgumentException when the parts do not agree (a median without the state
   *     VALUE, a count shown beside a hidden other, a negative count, a median not in halves, a
   *     count of 0 with a median)
   */
  public static MedianDaysToPlan of(ValueState state, OptionalLong cases, OptionalLong excluded,
      Optional<BigDecimal> median, boolean suppressed) {
    Objects.requireNonNull(state, "state must not be null");
    if ((state == ValueState.VALUE) != median.isPresent()) {
      throw new IllegalArgumentException("a median is given exactly when the state is VALUE");
    }
    if (cases.isPresent() != excluded.isPresent()) {
      throw new IllegalArgumentException("the two counts are shown or hidden together");
    }
    if (cases.orElse(0) < 0 || excluded.orElse(0) < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (cases.isPresent() && (state == ValueState.NO_DATA) != (cases.getAsLong() == 0)) {
      throw new IllegalArgumentException("NO_DATA exactly when no case gives the median");
    }
    if (!suppressed && state == ValueState.SUPPRESSED) {
      throw new IllegalArgumentException("an unsuppressed figure is never hidden");
    }
    if (median.isPresent() && (median.get().signum() < 0
        || median.get().multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0)) {
      throw new IllegalArgumentException("a median of whole days is a whole or half number of days, not negative");
    }
    return new MedianDaysToPlan(state, cases, excluded, median.map(m -> m.setScale(1)), suppressed, Optional.empty());
  }

  /**
   * The unsuppressed figure as read back with its histogram (a commune's submission): the parts
   * read must agree with the histogram, so that a changed count or median is refused.
   *
   * @param cases the cases giving the median
   * @param excluded the cases excluded
   * @param median the median, as written
   * @param histogram the days of the cases
   * @return the figure, equal to {@code unsuppressed(histogram, excluded)}
   * @throws IllegalArgumentException when {@code cases} is not the histogram's count, the median
   *     not its median, or a count is negative
   */
  public static MedianDaysToPlan of(long cases, long excluded, Optional<BigDecimal> median, DayHistogram histogram) {
    Objects.requireNonNull(histogram, "histogram must not be null");
    MedianDaysToPlan m = unsuppressed(histogram, excluded);
    if (cases != histogram.count()) {
      throw new IllegalArgumentException("cases must be the histogram's count");
    }
    if (median.isPresent() != m.median.isPresent()
        || (median.isPresent() && median.get().compareTo(m.median.orElseThrow()) != 0)) {
      throw new IllegalArgumentException("the median must be the histogram's");
    }
    return m;
  }

  /** {@return VALUE, SUPPRESSED (from 1 to τ cases) or NO_DATA (no case)} */
  public ValueState getState() {
    return state;
  }

  /** {@return the cases with a plan approved by R, which give the median; empty when hidden} */
  public OptionalLong getCases() {
    return cases;
  }

  /** {@return the cases received without a plan approved by R; empty when hidden} */
  public OptionalLong getExcluded() {
    return excluded;
  }

  /** {@return the median days, one decimal; empty when hidden or without any case} */
  public Optional<BigDecimal> getMedian() {
    return median;
  }

  /**
   * {@return the days of the cases giving the median, counted by day: present on an unsuppressed
   * figure made from them (a commune's submission), never on a published one}
   */
  public Optional<DayHistogram> getHistogram() {
    return histogram;
  }

  /** {@return whether the figure was published under the disclosure rule (false: internal use only)} */
  public boolean isSuppressed() {
    return suppressed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MedianDaysToPlan m && state == m.state && cases.equals(m.cases) && excluded.equals(m.excluded)
        && median.equals(m.median) && suppressed == m.suppressed && histogram.equals(m.histogram);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, cases, excluded, median, suppressed);
  }

  /** {@return e.g. {@code "MedianDaysToPlan[VALUE, median=4.0]"} (no counts)} */
  @Override
  public String toString() {
    return "MedianDaysToPlan[" + state + median.map(m -> ", median=" + m.toPlainString()).orElse("") + "]";
  }
}

package io.github.treem.indicators.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.indicators.DisclosureRule;
import io.github.treem.indicators.ValueState;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MedianDaysToPlanTest {
  private static final DisclosureRule RULE = DisclosureRule.DEFAULT;

  /** Cases that took these days. */
  private static DayHistogram days(int... d) {
    DayHistogram h = DayHistogram.empty();
    for (int x : d) {
      long[] c = new long[x + 1];
      c[x] = 1;
      h = h.plus(DayHistogram.of(c));
    }
    return h;
  }

  @Test
  void moreThanTauCasesGiveAPublishedMedianAndTheCounts() {
    MedianDaysToPlan m = MedianDaysToPlan.published(days(2, 7, 3, 3, 4), 6, RULE);
    assertThat(m.getState()).isEqualTo(ValueState.VALUE);
    assertThat(m.getMedian()).contains(new BigDecimal("3.0"));
    assertThat(m.getCases()).hasValue(5);
    assertThat(m.getExcluded()).hasValue(6);
    assertThat(m.isSuppressed()).isTrue();
  }

  @Test
  void anEvenCountTakesTheMeanOfTheTwoMiddleDaysWithOneDecimal() {
    assertThat(MedianDaysToPlan.published(days(3, 4, 6, 9, 1, 12), 5, RULE).getMedian()).contains(new BigDecimal("5.0"));
    assertThat(MedianDaysToPlan.published(days(0, 1, 1, 2, 2, 2), 5, RULE).getMedian()).contains(new BigDecimal("1.5"));
    // ties are one value: five cases of 4 days give 4.0
    assertThat(MedianDaysToPlan.published(days(4, 4, 4, 4, 4), 0, RULE).getMedian()).contains(new BigDecimal("4.0"));
  }

  @Test
  void fromOneToTauCasesTheMedianAndBothCountsAreHidden() {
    MedianDaysToPlan m = MedianDaysToPlan.published(days(2, 3, 4, 5), 20, RULE);
    assertThat(m.getState()).isEqualTo(ValueState.SUPPRESSED);
    assertThat(m.getMedian()).isEmpty();
    assertThat(m.getCases()).isEmpty();
    assertThat(m.getExcluded()).isEmpty();
    assertThat(m.toString()).doesNotContain("20");
  }

  @Test
  void aSmallExclusionHidesBothCountsNotTheMedian() {
    MedianDaysToPlan m = MedianDaysToPlan.published(days(1, 2, 3, 4, 5, 6), 3, RULE);
    assertThat(m.getMedian()).contains(new BigDecimal("3.5"));
    assertThat(m.getCases()).isEmpty();
    assertThat(m.getExcluded()).isEmpty();
    // exactly τ + 1 excluded: shown
    assertThat(MedianDaysToPlan.published(days(1, 2, 3, 4, 5, 6), 5, RULE).getExcluded()).hasValue(5);
  }

  @Test
  void withoutAnyApprovedPlanThereIsNoData() {
    MedianDaysToPlan m = MedianDaysToPlan.published(DayHistogram.empty(), 9, RULE);
    assertThat(m.getState()).isEqualTo(ValueState.NO_DATA);
    assertThat(m.getCases()).hasValue(0);
    assertThat(m.getExcluded()).hasValue(9);
    assertThat(MedianDaysToPlan.published(DayHistogram.empty(), 2, RULE).getCases()).isEmpty();
    assertThat(MedianDaysToPlan.published(DayHistogram.empty(), 0, RULE).getExcluded()).hasValue(0);
  }

  @Test
  void theUnsuppressedFigureShowsEverything() {
    MedianDaysToPlan m = MedianDaysToPlan.unsuppressed(days(2, 3), 1);
    assertThat(m.getMedian()).contains(new BigDecimal("2.5"));
    assertThat(m.getCases()).hasValue(2);
    assertThat(m.getExcluded()).hasValue(1);
    assertThat(m.isSuppressed()).isFalse();
    assertThat(MedianDaysToPlan.unsuppressed(DayHistogram.empty(), 1).getState()).isEqualTo(ValueState.NO_DATA);
  }

  @Test
  void ofChecksThatThePartsAgreeAndEqualsTheComputedFigure() {
    MedianDaysToPlan m = MedianDaysToPlan.published(days(2, 7, 3, 3, 4), 6, RULE);
    assertThat(MedianDaysToPlan.of(ValueState.VALUE, OptionalLong.of(5), OptionalLong.of(6),
        Optional.of(new BigDecimal("3")), true)).isEqualTo(m).hasSameHashCodeAs(m);
    assertThatThrownBy(() -> MedianDaysToPlan.of(ValueState.SUPPRESSED, OptionalLong.empty(), OptionalLong.empty(),
        Optional.of(BigDecimal.ONE), true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MedianDaysToPlan.of(ValueState.VALUE, OptionalLong.of(5), OptionalLong.empty(),
        Optional.of(BigDecimal.ONE), true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MedianDaysToPlan.of(ValueState.VALUE, OptionalLong.of(0), OptionalLong.of(0),
        Optional.of(BigDecimal.ONE), true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MedianDaysToPlan.of(ValueState.VALUE, OptionalLong.of(5), OptionalLong.of(0),
        Optional.of(new BigDecimal("1.25")), true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MedianDaysToPlan.of(ValueState.SUPPRESSED, OptionalLong.empty(), OptionalLong.empty(),
        Optional.empty(), false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MedianDaysToPlan.published(days(1), -1, RULE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAccumulatorCountsTheCasesReceivedWithoutAnApprovedPlanAsExcluded() {
    CaseAccumulator acc = CaseFigureCalculator.builder().year(2024).build().newAccumulator();
    acc.add(CaseFigureCalculatorTest.planned("2024-03-01T08:00+07:00", "2024-03-04"));
    acc.add(CaseFigureCalculatorTest.planned("2024-03-05T08:00+07:00", "2024-03-05"));
    acc.add(CaseFigureCalculatorTest.planned("2024-04-01T08:00+07:00", "2024-04-11"));
    acc.add(CaseFigureCalculatorTest.emergency("2024-05-01T08:00+07:00", "2024-05-01T10:00+07:00"));
    // a plan approved after R (not counted) and a case of another year (in no figure)
    acc.add(CaseFigureCalculatorTest.planned("2024-12-30T08:00+07:00", "2025-01-03"));
    acc.add(CaseFigureCalculatorTest.planned("2023-03-01T08:00+07:00", "2023-03-04"));
    MedianDaysToPlan all = acc.medianDaysToPlanUnsuppressed();
    long received = acc.report().getResults().get(0).getNumerator();
    assertThat(all.getCases().getAsLong() + all.getExcluded().getAsLong()).isEqualTo(received);
    assertThat(received).isEqualTo(5);
    assertThat(all.getCases()).hasValue(3);
    assertThat(all.getExcluded()).hasValue(2);
    // 0, 3 and 10 calendar days
    assertThat(all.getMedian()).contains(new BigDecimal("3.0"));
    assertThat(acc.medianDaysToPlan(RULE).getState()).isEqualTo(ValueState.SUPPRESSED);
    assertThat(acc.medianDaysToPlan(RULE).getMedian()).isEqualTo(acc.daysToPlan().publishedMedian(RULE));
  }
}

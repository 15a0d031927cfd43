package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.TargetComparator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact target assessment and the display rule, at the edges of every comparator (issue 14). */
class ExactAssessmentTest {

  private static TargetAssessment assess(TargetComparator c, String threshold, long n, long d) {
    return TargetAssessment.of("T", "HI_U6", c, Optional.of(ExactValue.of(new BigDecimal(threshold))),
        ExactValue.of(IndicatorUnit.PERCENT, n, d));
  }

  @ParameterizedTest(name = "{1}/{2} {0} {3}: {4} shown {5} gap {6}")
  @CsvSource({
      // comparator, numerator, denominator, threshold, status, shown, gap
      "AT_LEAST, 19999, 20000, 100, NOT_MET, 99.99, -0.01",
      "AT_LEAST, 20000, 20000, 100, MET, 100.00, ",
      "AT_LEAST, 999999999, 1000000000, 100, NOT_MET, 99.99, -0.01",
      "AT_LEAST, 1000000000, 1000000000, 100, MET, 100.00, ",
      "AT_LEAST, 970000000, 1000000000, 97, MET, 97.00, ",
      "AT_LEAST, 969999999, 1000000000, 97, NOT_MET, 96.99, -0.01",
      "AT_LEAST, 970000001, 1000000000, 97, MET, 97.01, ",
      "AT_MOST, 90010, 1000000, 9, NOT_MET, 9.01, 0.01",
      "AT_MOST, 90000000, 1000000000, 9, MET, 9.00, ",
      "AT_MOST, 90000001, 1000000000, 9, NOT_MET, 9.01, 0.01",
      "AT_MOST, 89999999, 1000000000, 9, MET, 8.99, ",
      "BELOW, 9001, 100000, 9, NOT_MET, 9.01, 0.01",
      "BELOW, 90000000, 1000000000, 9, NOT_MET, 9.00, 0.01",
      "BELOW, 89999999, 1000000000, 9, MET, 8.99, ",
      "BELOW, 8996, 100000, 9, MET, 8.99, ",
      "BELOW, 1, 300, 0.34, MET, 0.33, ",
      "AT_LEAST, 1, 3, 33.333, MET, 33.334, ",
      "AT_LEAST, 1, 3, 33.334, NOT_MET, 33.333, -0.001",
  })
  void edges(TargetComparator c, long n, long d, String threshold, TargetStatus status, String shown, String gap) {
    TargetAssessment a = assess(c, threshold, n, d);
    assertThat(a.getStatus()).isEqualTo(status);
    assertThat(a.getValue()).hasValue(new BigDecimal(shown));
    assertThat(a.getGap()).isEqualTo(Optional.ofNullable(gap).map(BigDecimal::new));
  }

  @Test
  void increaseComparesExactFractions() {
    // last year 1/3 (33.333...%), this year 333333334/1000000000 (33.3333334%): an increase
    ExactValue last = ExactValue.of(IndicatorUnit.PERCENT, 1, 3).orElseThrow();
    TargetAssessment up = TargetAssessment.of("T", "CAN_SWIM", TargetComparator.INCREASE, Optional.of(last),
        ExactValue.of(IndicatorUnit.PERCENT, 333_333_334, 1_000_000_000));
    assertThat(up.getStatus()).isEqualTo(TargetStatus.MET);
    // shown with enough decimals to tell the two apart, on the right side
    assertThat(up.getValue().orElseThrow()).isGreaterThan(up.getReference().orElseThrow());
    assertThat(up.getValue()).hasValue(new BigDecimal("33.34"));
    assertThat(up.getReference()).hasValue(new BigDecimal("33.33"));
    // the same fraction in other terms: no increase, shown equal, gap one unit
    TargetAssessment same = TargetAssessment.of("T", "CAN_SWIM", TargetComparator.INCREASE, Optional.of(last),
        ExactValue.of(IndicatorUnit.PERCENT, 333_333_333, 999_999_999));
    assertThat(same.getStatus()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(same.getValue()).isEqualTo(same.getReference());
    assertThat(same.getGap()).hasValue(new BigDecimal("-0.01"));
    // below last year by 10^-9 of a point
    TargetAssessment down = TargetAssessment.of("T", "CAN_SWIM", TargetComparator.INCREASE,
        Optional.of(ExactValue.of(IndicatorUnit.PERCENT, 500_000_001, 1_000_000_000).orElseThrow()),
        ExactValue.of(IndicatorUnit.PERCENT, 1, 2));
    assertThat(down.getStatus()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(down.getValue().orElseThrow()).isLessThan(down.getReference().orElseThrow());
    assertThat(down.getGap().orElseThrow()).isNegative();
    // a baseline written as a number is a decimal compared exactly
    TargetAssessment base = TargetAssessment.of("T", "CAN_SWIM", TargetComparator.INCREASE,
        Optional.of(ExactValue.of(new BigDecimal("50"))), ExactValue.of(IndicatorUnit.PERCENT, 500_000_001, 1_000_000_000));
    assertThat(base.getStatus()).isEqualTo(TargetStatus.MET);
    assertThat(base.getValue().orElseThrow()).isGreaterThan(new BigDecimal("50"));
  }

  @Test
  void cellsAndTotalShareTheRule() {
    Indicators hi = Indicators.HI_U6;
    IndicatorResult r = IndicatorResult.of(hi, 19_999, 20_000, Map.of(), Map.of(BreakdownDimension.SEX, List.of(
        BreakdownCell.of("FEMALE", IndicatorUnit.PERCENT, 9_999, 10_000),
        BreakdownCell.of("MALE", IndicatorUnit.PERCENT, 10_000, 10_000))));
    TargetAssessment a = TargetAssessment.of("T", "HI_U6", TargetComparator.AT_LEAST,
        Optional.of(ExactValue.of(new BigDecimal("100"))), ExactValue.of(r));
    ValueFormat f = ValueFormat.of(r, List.of(a));
    // the plain value rounds half up to 100.00: the display rule does not
    assertThat(r.getValue()).hasValue(new BigDecimal("100.00"));
    assertThat(f.format(r)).hasValue(new BigDecimal("99.99"));
    assertThat(f.format(r.getBreakdowns().get(BreakdownDimension.SEX).get(0))).hasValue(new BigDecimal("99.99"));
    assertThat(f.format(r.getBreakdowns().get(BreakdownDimension.SEX).get(1))).hasValue(new BigDecimal("100.00"));
    assertThat(f.reference(a)).hasValue(new BigDecimal("100"));
  }

  /** Thousands of random fractions and thresholds: the shown value never disagrees with the exact status. */
  @Test
  void shownNeverDisagreesWithExactStatus() {
    SplittableRandom rnd = new SplittableRandom(20_201_231L);
    TargetComparator[] fixed = {TargetComparator.AT_LEAST, TargetComparator.AT_MOST, TargetComparator.BELOW};
    for (int i = 0; i < 20_000; i++) {
      long d = 1 + (i % 3 == 0 ? rnd.nextLong(1_000_000_000L) : rnd.nextLong(200));
      long n = rnd.nextLong(d + 1);
      ExactValue v = ExactValue.of(IndicatorUnit.PERCENT, n, d).orElseThrow();
      // thresholds near the value half of the time
      BigDecimal t = rnd.nextBoolean() ? v.round(rnd.nextInt(4), java.math.RoundingMode.HALF_UP)
          : BigDecimal.valueOf(rnd.nextInt(10_001), 2);
      TargetComparator c = fixed[rnd.nextInt(3)];
      TargetAssessment a = TargetAssessment.of("T", "HI_U6", c, Optional.of(ExactValue.of(t)), Optional.of(v));
      BigDecimal shown = a.getValue().orElseThrow();
      boolean met = a.getStatus() == TargetStatus.MET;
      assertThat(c.test(shown, t)).as("%s/%s %s %s shown %s", n, d, c, t, shown).isEqualTo(met);
      assertThat(Integer.signum(shown.compareTo(t))).as("side %s/%s %s", n, d, t).isEqualTo(v.compareTo(t));
      assertThat(shown.subtract(v.round(20, java.math.RoundingMode.HALF_UP)).abs())
          .isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(shown.scale()));
      if (!met) {
        assertThat(a.getGap().orElseThrow().signum()).isNotZero();
        assertThat(a.getGap().orElseThrow().signum()).isEqualTo(c == TargetComparator.AT_LEAST ? -1 : 1);
      }
      // INCREASE against another random fraction (last year)
      long d2 = 1 + rnd.nextLong(i % 2 == 0 ? 1_000_000_000L : 300);
      ExactValue prev = ExactValue.of(IndicatorUnit.PERCENT, rnd.nextLong(d2 + 1), d2).orElseThrow();
      TargetAssessment inc = TargetAssessment.of("T", "CAN_SWIM", TargetComparator.INCREASE, Optional.of(prev),
          Optional.of(v));
      assertThat(Integer.signum(inc.getValue().orElseThrow().compareTo(inc.getReference().orElseThrow())))
          .as("%s against %s", v, prev).isEqualTo(v.compareTo(prev));
      assertThat(inc.getStatus() == TargetStatus.MET).isEqualTo(v.compareTo(prev) > 0);
    }
  }
}

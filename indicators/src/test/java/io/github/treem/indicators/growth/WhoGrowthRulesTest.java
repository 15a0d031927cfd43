package io.github.treem.indicators.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.treem.core.MeasurePosition;
import io.github.treem.core.taxonomy.Sex;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The WHO rules one by one: boundaries, position, interpolation, oedema, missing values, flags. */
class WhoGrowthRulesTest {
  private static final WhoGrowth WHO = WhoGrowth.standards();
  private static final double NA = Double.NaN;

  private static Anthro2006Result a(Sex sex, double age, double w, double lh, MeasurePosition p) {
    return WHO.anthro2006(sex, age, w, lh, p, false);
  }

  @Test
  void standingHeightBelow731DaysGetsPlus07AndLengthTable() {
    Anthro2006Result r = a(Sex.MALE, 730, 11.5, 85.0, MeasurePosition.STANDING);
    assertThat(r.getClenhei()).isEqualTo(85.0 + 0.7);
    assertThat(r.getZlen()).isEqualTo(-0.69);
    assertThat(r.getZwfl()).isEqualTo(-0.18);
    // 730.49 days rounds to 730, 730.5 to 731 (half up)
    assertThat(a(Sex.FEMALE, 730.49, 11, 84.3, MeasurePosition.STANDING).getClenhei()).isEqualTo(84.3 + 0.7);
    assertThat(a(Sex.FEMALE, 730.5, 11, 84.3, MeasurePosition.STANDING).getClenhei()).isEqualTo(84.3);
  }

  @Test
  void recumbentLengthFrom731DaysGetsMinus07AndHeightTable() {
    Anthro2006Result r = a(Sex.MALE, 731, 11.5, 85.0, MeasurePosition.LYING);
    assertThat(r.getClenhei()).isEqualTo(85.0 - 0.7);
    assertThat(r.getZlen()).isEqualTo(-0.93);
    assertThat(a(Sex.MALE, 730, 11.5, 85.0, MeasurePosition.LYING).getClenhei()).isEqualTo(85.0);
    assertThat(a(Sex.MALE, 731, 11.5, 85.0, MeasurePosition.STANDING).getClenhei()).isEqualTo(85.0);
    // the same child and weight: the length table at 730 days, the height table at 731
    assertThat(a(Sex.MALE, 730, 11.5, 85.0, MeasurePosition.LYING).getZwfl()).isEqualTo(0.00);
    assertThat(a(Sex.MALE, 731, 11.5, 85.0, MeasurePosition.STANDING).getZwfl()).isEqualTo(-0.18);
  }

  @Test
  void missingPositionIsNotAdjusted() {
    // anthro test-zscores.R: 24 months, 77.5 cm, no position: zlen -2.55
    Anthro2006Result r = a(Sex.FEMALE, 24 * 30.4375, 8.8, 77.5, null);
    assertThat(r.getClenhei()).isEqualTo(77.5);
    assertThat(r.getCmeasure()).isEmpty();
    assertThat(r.getZlen()).isEqualTo(-2.55);
  }

  @Test
  void standingHeightUnder9MonthsIsTreatedAsMissingAndFlagged() {
    // anthro test-zscores.R: 8 and 9 months, 60 cm standing
    Anthro2006Result m8 = a(Sex.MALE, 8 * 30.4375, NA, 60, MeasurePosition.STANDING);
    Anthro2006Result m9 = a(Sex.MALE, 9 * 30.4375, NA, 60, MeasurePosition.STANDING);
    assertThat(m8.isC9moFlag()).isTrue();
    assertThat(m8.getCmeasure()).isEmpty();
    assertThat(m8.getClenhei()).isEqualTo(60.0);
    assertThat(m8.getZlen()).isEqualTo(-4.81);
    assertThat(m9.isC9moFlag()).isFalse();
    assertThat(m9.getCmeasure()).contains(MeasurePosition.STANDING);
    assertThat(m9.getClenhei()).isEqualTo(60.7);
    assertThat(m9.getZlen()).isEqualTo(-5.02);
    assertThat(a(Sex.MALE, 273.9, NA, 60, MeasurePosition.STANDING).isC9moFlag()).isTrue();
    assertThat(a(Sex.MALE, 100, NA, 60, MeasurePosition.LYING).isC9moFlag()).isFalse();
    assertThat(a(Sex.MALE, NA, NA, 60, MeasurePosition.STANDING).isC9moFlag()).isFalse();
  }

  @Test
  void ageLimitsUnder60Months() {
    assertThat(a(Sex.FEMALE, 1826, 18.2, 109.4, MeasurePosition.STANDING).getZwei()).isEqualTo(-0.01);
    assertThat(a(Sex.FEMALE, 1826.2, 18.2, 109.4, MeasurePosition.STANDING).getZwei()).isEqualTo(-0.01);
    // 1826.25 days is exactly 60.00 months: no z-score at all
    for (double age : new double[] {1826.25, 1827, 1856, 1857}) {
      Anthro2006Result r = a(Sex.FEMALE, age, 18.2, 109.4, MeasurePosition.STANDING);
      assertThat(new double[] {r.getZlen(), r.getZwei(), r.getZwfl(), r.getZbmi()}).as("age " + age).containsOnly(NA);
      assertThat(r.isFlen()).isFalse();
    }
    assertThat(a(Sex.MALE, 0, 3.3, 49.9, MeasurePosition.LYING).getZwei()).isEqualTo(-0.10);
    // a negative age counts as missing: no age-based z-score, weight-for-length by position
    Anthro2006Result neg = a(Sex.FEMALE, -1, 18.2, 109.4, MeasurePosition.STANDING);
    assertThat(new double[] {neg.getZlen(), neg.getZwei(), neg.getZbmi()}).containsOnly(NA);
    assertThat(neg.getZwfl()).isEqualTo(a(Sex.FEMALE, NA, 18.2, 109.4, MeasurePosition.STANDING).getZwfl()).isEqualTo(-0.10);
  }

  @ParameterizedTest
  @CsvSource({
    // lenhei, position, expected zwfl (NaN = none); age 100 days for length, 800 days for height
    "44.9, LYING, NaN", "45.0, LYING, -0.19", "110.0, LYING, -0.02", "110.1, LYING, NaN",
    "64.9, STANDING, NaN", "65.0, STANDING, -0.05", "120.0, STANDING, -0.01", "120.1, STANDING, NaN"})
  void weightForLengthHeightRanges(double lenhei, MeasurePosition p, double expected) {
    Sex sex = lenhei >= 100 ? Sex.FEMALE : Sex.MALE;
    double age = p == MeasurePosition.LYING ? (lenhei >= 100 ? 700 : 100) : (lenhei >= 100 ? 1800 : 800);
    double w = lenhei == 44.9 ? 3 : lenhei == 45.0 ? 2.4 : lenhei >= 110 && p == MeasurePosition.LYING ? 18.3
        : lenhei >= 120 ? 22.8 : 7.4;
    double z = WHO.anthro2006(sex, age, w, lenhei, p, false).getZwfl();
    if (Double.isNaN(expected)) {
      assertThat(z).isNaN();
    } else {
      assertThat(z).isEqualTo(expected);
    }
  }

  @Test
  void withoutAgeTheTableFollowsThePositionThen87Cm() {
    assertThat(a(Sex.MALE, NA, 9, 72.3, MeasurePosition.LYING).getZwfl()).isEqualTo(0.09);
    assertThat(a(Sex.MALE, NA, 9, 72.3, MeasurePosition.STANDING).getZwfl()).isEqualTo(-0.12);
    assertThat(a(Sex.FEMALE, NA, 11, 86.9, null).getZwfl()).isEqualTo(-0.70);
    assertThat(a(Sex.FEMALE, NA, 11, 87, null).getZwfl()).isEqualTo(-0.89);
    // and every age-based z-score is missing
    Anthro2006Result r = a(Sex.FEMALE, NA, 11, 87, null);
    assertThat(new double[] {r.getZlen(), r.getZwei(), r.getZbmi()}).containsOnly(NA);
  }

  @Test
  void weightForLengthInterpolatesBetweenTenthsOfACentimetre() throws IOException {
    List<double[]> rows = WhoTablesTest.rows("who2006-wflanthro.txt");
    double[] lo = rows.stream().filter(r -> r[0] == 2 && r[1] == 80.3).findFirst().orElseThrow();
    double[] hi = rows.stream().filter(r -> r[0] == 2 && r[1] == 80.4).findFirst().orElseThrow();
    double x = 80.37;
    double f = (x - Math.floor(x * 10) / 10) / 0.1;
    double l = lo[2] + f * (hi[2] - lo[2]);
    double m = lo[3] + f * (hi[3] - lo[3]);
    double s = lo[4] + f * (hi[4] - lo[4]);
    double expected = (Math.pow(10.1 / m, l) - 1) / (s * l);
    double z = a(Sex.FEMALE, 500, 10.1, x, MeasurePosition.LYING).getZwflUnrounded();
    assertThat(z).isCloseTo(expected, within(1e-12));
    assertThat(f).isCloseTo(0.7, within(1e-9));
    // half-way between rows: the median half-way gives ~0
    double[] a = rows.stream().filter(r -> r[0] == 1 && r[1] == 45.0).findFirst().orElseThrow();
    double[] b = rows.stream().filter(r -> r[0] == 1 && r[1] == 45.1).findFirst().orElseThrow();
    double mid = (a[3] + b[3]) / 2;
    assertThat(a(Sex.MALE, NA, mid, 45.05, MeasurePosition.LYING).getZwflUnrounded()).isCloseTo(0, within(1e-9));
  }

  @Test
  void who2007InterpolatesBetweenMonths() throws IOException {
    List<double[]> rows = WhoTablesTest.rows("who2007-hfawho2007.txt");
    double[] lo = rows.stream().filter(r -> r[0] == 2 && r[1] == 100).findFirst().orElseThrow();
    double[] hi = rows.stream().filter(r -> r[0] == 2 && r[1] == 101).findFirst().orElseThrow();
    double m = lo[3] + 0.25 * (hi[3] - lo[3]);
    double s = lo[4] + 0.25 * (hi[4] - lo[4]);
    assertThat(WHO.who2007(Sex.FEMALE, 100.25, m, NA, false).getZhfaUnrounded()).isCloseTo(0, within(1e-12));
    assertThat(WHO.who2007(Sex.FEMALE, 100.25, m * (1 + 2 * s), NA, false).getZhfaUnrounded()).isCloseTo(2, within(1e-9));
    // anthroplus test-zscores.R
    Who2007Result r = WHO.who2007(Sex.FEMALE, 60.911701, 113.6, 20.5, false);
    assertThat(new double[] {r.getZhfa(), r.getZwfa(), r.getZbfa()}).containsExactly(0.85, 0.79, 0.42);
    assertThat(r.getZhfaUnrounded()).isCloseTo(0.848, within(0.0005));
  }

  @Test
  void who2007AgeLimitsInclusive() {
    assertThat(WHO.who2007(Sex.MALE, 59.99, 110, 18.5, false).getZhfa()).isNaN();
    Who2007Result at60 = WHO.who2007(Sex.MALE, 60.00, 110, 18.5, false);
    assertThat(new double[] {at60.getZhfa(), at60.getZwfa(), at60.getZbfa()}).containsExactly(0.06, 0.07, 0.02);
    assertThat(WHO.who2007(Sex.FEMALE, 120, 138, 31, false).getZwfa()).isEqualTo(-0.16);
    assertThat(WHO.who2007(Sex.FEMALE, 120.01, 138, 31, false).getZwfa()).isNaN();
    assertThat(WHO.who2007(Sex.FEMALE, 120.01, 138, 31, false).getZhfa()).isEqualTo(-0.10);
    Who2007Result at228 = WHO.who2007(Sex.MALE, 228, 176, 63, false);
    assertThat(new double[] {at228.getZhfa(), at228.getZwfa(), at228.getZbfa()}).containsExactly(-0.07, NA, -0.70);
    Who2007Result after = WHO.who2007(Sex.MALE, 228.01, 176, 63, false);
    assertThat(new double[] {after.getZhfa(), after.getZwfa(), after.getZbfa()}).containsOnly(NA);
  }

  @Test
  void oedemaRemovesWeightBasedZscoresOnly() {
    Anthro2006Result r = WHO.anthro2006(Sex.MALE, 400, 9.1, 74.5, MeasurePosition.LYING, true);
    assertThat(r.getZlen()).isEqualTo(-1.06);
    assertThat(new double[] {r.getZwei(), r.getZwfl(), r.getZbmi()}).containsOnly(NA);
    assertThat(r.getCbmi()).isCloseTo(16.3956578532499, within(1e-12));
    assertThat(r.getUnderweight()).isEqualTo(Classification.NOT_AVAILABLE);
    assertThat(r.getWasting()).isEqualTo(Classification.NOT_AVAILABLE);
    assertThat(r.getStunting()).isEqualTo(Classification.NONE);
    assertThat(WHO.zWeightForAge(Sex.MALE, 400, 9.1, true)).isNaN();
    assertThat(WHO.zWeightForAge(Sex.MALE, 400, 9.1, false)).isEqualTo(-0.77);
    Who2007Result w = WHO.who2007(Sex.MALE, 100, 130, 25, true);
    assertThat(new double[] {w.getZhfa(), w.getZwfa(), w.getZbfa()}).containsExactly(0.17, NA, NA);
  }

  @Test
  void missingValues() {
    Anthro2006Result noSex = a(null, 400, 9.1, 74.5, MeasurePosition.LYING);
    assertThat(new double[] {noSex.getZlen(), noSex.getZwei(), noSex.getZwfl(), noSex.getZbmi()}).containsOnly(NA);
    assertThat(noSex.getClenhei()).isEqualTo(74.5);
    Anthro2006Result noWeight = a(Sex.FEMALE, 400, NA, 74.5, MeasurePosition.LYING);
    assertThat(noWeight.getZlen()).isEqualTo(-0.34);
    assertThat(new double[] {noWeight.getZwei(), noWeight.getZwfl(), noWeight.getZbmi(), noWeight.getCbmi()}).containsOnly(NA);
    Anthro2006Result zeroWeight = a(Sex.FEMALE, 400, 0, 74.5, MeasurePosition.LYING);
    // as anthro: no weight-for-age or BMI-for-age for a zero weight, but weight-for-length is computed
    assertThat(new double[] {zeroWeight.getZwei(), zeroWeight.getZbmi()}).containsOnly(NA);
    assertThat(zeroWeight.getZwfl()).isEqualTo(-14.56);
    assertThat(zeroWeight.isFwfl()).isTrue();
    assertThat(a(Sex.FEMALE, 400, -1, 74.5, MeasurePosition.LYING).getZwfl()).isNaN();
    // as anthroplus: a zero height still has a height-for-age z-score
    assertThat(WHO.who2007(Sex.MALE, 100, 0, 25, false).getZhfa()).isEqualTo(-22.37);
    assertThat(WHO.who2007(Sex.MALE, 100, -1, 25, false).getZhfa()).isNaN();
    Anthro2006Result noLength = a(Sex.FEMALE, 400, 9.1, NA, MeasurePosition.LYING);
    assertThat(noLength.getZwei()).isEqualTo(-0.09);
    assertThat(new double[] {noLength.getZlen(), noLength.getZwfl(), noLength.getZbmi(), noLength.getClenhei()}).containsOnly(NA);
    Anthro2006Result nothing = a(null, NA, NA, NA, null);
    assertThat(nothing.getStunting()).isEqualTo(Classification.NOT_AVAILABLE);
    assertThat(nothing.isFlen()).isFalse();
    assertThat(WHO.who2007(Sex.MALE, NA, 150, 40, false).getZhfa()).isNaN();
    assertThat(WHO.who2007(null, 100, 130, 25, false).getZbfa()).isNaN();
  }

  @Test
  void headArmAndSkinfoldAgeRanges() {
    Anthro2006Result r = WHO.anthro2006(Sex.MALE, 90, NA, NA, null, false, 40, 13.5, 9.8, 7.7);
    assertThat(r.getZhc()).isFinite();
    assertThat(new double[] {r.getZac(), r.getZts(), r.getZss()}).containsOnly(NA);
    Anthro2006Result s = WHO.anthro2006(Sex.MALE, 91, NA, NA, null, false, 40, 13.4779, 9.7658, 7.692);
    assertThat(new double[] {s.getZac(), s.getZts(), s.getZss()}).containsOnly(0.0);
    assertThat(WHO.zArmCircumferenceForAge(Sex.MALE, 91, 13.4779)).isEqualTo(0.0);
    assertThat(WHO.zTricepsSkinfoldForAge(Sex.MALE, 91, 9.7658)).isEqualTo(0.0);
    assertThat(WHO.zSubscapularSkinfoldForAge(Sex.MALE, 91, 7.692)).isEqualTo(0.0);
    assertThat(WHO.zHeadCircumferenceForAge(Sex.MALE, 0, 34.4618)).isEqualTo(0.0);
  }

  @Test
  void flagsAndClassificationsUseTheRoundedZscore() {
    Anthro2006Result heavy = a(Sex.MALE, 365, 20, 75, MeasurePosition.LYING);
    assertThat(heavy.getZwei()).isEqualTo(7.90);
    assertThat(heavy.isFwei()).isTrue();
    assertThat(heavy.getOverweight()).isEqualTo(Classification.NOT_AVAILABLE);
    Anthro2006Result light = a(Sex.FEMALE, 365, 4, 75, MeasurePosition.LYING);
    assertThat(light.getZwei()).isEqualTo(-5.96);
    assertThat(light.isFwei()).isFalse();
    assertThat(light.getUnderweight()).isEqualTo(Classification.SEVERE);
    assertThat(light.isFwfl()).isTrue();
    // flag thresholds are on the rounded value: a z of 5.004 rounds to 5.00 and is not flagged
    Anthro2006Result r = a(Sex.MALE, 300, 16, 70, MeasurePosition.LYING);
    assertThat(r.getZwei()).isEqualTo(5.67);
    assertThat(r.isFwei()).isTrue();
    assertThat(Classification.deficit(-2.0, false)).isEqualTo(Classification.NONE);
    assertThat(Classification.deficit(-2.01, false)).isEqualTo(Classification.MODERATE);
    assertThat(Classification.deficit(-3.0, false)).isEqualTo(Classification.MODERATE);
    assertThat(Classification.deficit(-3.01, false)).isEqualTo(Classification.SEVERE);
    assertThat(Classification.excess(2.0, false, 2, 3)).isEqualTo(Classification.NONE);
    assertThat(Classification.excess(2.01, false, 2, 3)).isEqualTo(Classification.OVERWEIGHT);
    assertThat(Classification.excess(3.01, false, 2, 3)).isEqualTo(Classification.OBESE);
    assertThat(Classification.excess(3.01, true, 2, 3)).isEqualTo(Classification.NOT_AVAILABLE);
    Who2007Result t = WHO.who2007(Sex.MALE, 100, 130, 40, false);
    assertThat(t.getZbfa()).isGreaterThan(2);
    assertThat(t.getOverweight()).isEqualTo(Classification.OBESE);
  }

  @Test
  void flagAtTheRoundedBoundary() {
    // find a weight whose unrounded z is in (5, 5.005): rounded 5.00, not flagged
    double lo = 10;
    double hi = 40;
    for (int i = 0; i < 200; i++) {
      double mid = (lo + hi) / 2;
      if (WHO.anthro2006(Sex.MALE, 365, mid, NA, null, false).getZweiUnrounded() < 5.002) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    Anthro2006Result r = WHO.anthro2006(Sex.MALE, 365, lo, NA, null, false);
    assertThat(r.getZweiUnrounded()).isGreaterThan(5).isLessThan(5.005);
    assertThat(r.getZwei()).isEqualTo(5.0);
    assertThat(r.isFwei()).isFalse();
  }

  @Test
  void singleIndicatorMethodsAgreeWithTheWholeSet() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(20261128);
    for (int i = 0; i < 20_000; i++) {
      Sex sex = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      double age = rnd.nextInt(1900) + (rnd.nextBoolean() ? 0 : rnd.nextDouble());
      double w = 2 + rnd.nextDouble() * 25;
      double lh = 45 + rnd.nextDouble() * 80;
      MeasurePosition p = rnd.nextInt(3) == 0 ? null : rnd.nextBoolean() ? MeasurePosition.LYING : MeasurePosition.STANDING;
      boolean oed = rnd.nextInt(10) == 0;
      Anthro2006Result r = WHO.anthro2006(sex, age, w, lh, p, oed);
      assertThat(bits(WHO.zWeightForAge(sex, age, w, oed))).isEqualTo(bits(r.getZwei()));
      assertThat(bits(WHO.zLengthHeightForAge(sex, age, lh, p))).isEqualTo(bits(r.getZlen()));
      assertThat(bits(WHO.zWeightForLengthHeight(sex, age, w, lh, p, oed))).isEqualTo(bits(r.getZwfl()));
      assertThat(bits(WHO.zBmiForAge(sex, age, w, lh, p, oed))).isEqualTo(bits(r.getZbmi()));
      double months = 50 + rnd.nextDouble() * 190;
      Who2007Result q = WHO.who2007(sex, months, lh + 50, w + 10, oed);
      assertThat(bits(WHO.zHeightForAge2007(sex, months, lh + 50))).isEqualTo(bits(q.getZhfa()));
      assertThat(bits(WHO.zWeightForAge2007(sex, months, w + 10, oed))).isEqualTo(bits(q.getZwfa()));
      assertThat(bits(WHO.zBmiForAge2007(sex, months, lh + 50, w + 10, oed))).isEqualTo(bits(q.getZbfa()));
    }
  }

  private static long bits(double d) {
    return Double.doubleToLongBits(d);
  }
}

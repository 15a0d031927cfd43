package io.github.treem.indicators.cfc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Band notation, exact membership, and item values. */
class PointBandTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"[95,100]", "[90,95)", "(0,100]", "(100,*)", "[0,*)", "[0,0]", "none"})
  void notationRoundTrips(String notation) {
    assertThat(PointBand.of(notation, 1, Certainty.CONFIRMED).getNotation()).isEqualTo(notation);
  }

  @Test
  void yesAndNo() {
    PointBand yes = PointBand.of("yes", 50, Certainty.SECONDARY);
    assertThat(yes.getNotation()).isEqualTo("[1,1]");
    assertThat(yes.describe(ItemUnit.YES_NO, true)).isEqualTo("có");
    assertThat(yes.describe(ItemUnit.YES_NO, false)).isEqualTo("yes");
    assertThat(PointBand.of("NO", 0, Certainty.SECONDARY).describe(ItemUnit.YES_NO, true)).isEqualTo("không");
    assertThat(yes.contains(ItemValue.yes(), ItemUnit.YES_NO)).isTrue();
    assertThat(yes.contains(ItemValue.no(), ItemUnit.YES_NO)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "[95;100]", "[95,100", "95,100]", "[a,100]", "[100,95]", "(95,95]", "[0,*]", "[-1,5)", "[*,5)", "[1,2,3]", "[]", "maybe",
      })
  void malformedNotationsAreRefused(String notation) {
    assertThatThrownBy(() -> PointBand.of(notation, 1, Certainty.CONFIRMED))
        .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).getCode())
        .isEqualTo("TREEM-CFC-0002");
  }

  @Test
  void negativePointsAreRefused() {
    assertThatThrownBy(() -> PointBand.of("[0,1]", -1, Certainty.CONFIRMED)).hasMessageContaining("must not be negative");
  }

  @Test
  void membershipIsExactForLargeDenominators() {
    PointBand top = PointBand.of("[95,100]", 50, Certainty.CONFIRMED);
    assertThat(top.contains(ItemValue.fraction(95_000_000_000L, 100_000_000_000L), ItemUnit.PERCENT)).isTrue();
    assertThat(top.contains(ItemValue.fraction(94_999_999_999L, 100_000_000_000L), ItemUnit.PERCENT)).isFalse();
    assertThat(top.contains(ItemValue.fraction(Long.MAX_VALUE, Long.MAX_VALUE), ItemUnit.PERCENT)).isTrue();
    PointBand rate = PointBand.of("(0,100]", 50, Certainty.CONFIRMED);
    assertThat(rate.contains(ItemValue.fraction(1, Long.MAX_VALUE), ItemUnit.PER_100000)).isTrue();
    assertThat(rate.contains(ItemValue.fraction(0, 7), ItemUnit.PER_100000)).isFalse();
    assertThat(rate.contains(ItemValue.nothingToCount(), ItemUnit.PER_100000)).isFalse();
    assertThat(PointBand.of("none", 75, Certainty.CONFIRMED).contains(ItemValue.nothingToCount(), ItemUnit.PERCENT)).isTrue();
  }

  @Test
  void membershipAgreesWithExactDecimalArithmetic() {
    // seeded: fractions against random bounds, compared with BigDecimal at 40 digits
    SplittableRandom rnd = new SplittableRandom(20200103L);
    for (int i = 0; i < 20_000; i++) {
      long d = 1 + rnd.nextLong(1_000_000);
      long n = rnd.nextLong(d + 1);
      BigDecimal bound = BigDecimal.valueOf(rnd.nextLong(10_001), 2); // 0.00 .. 100.00
      ItemValue v = ItemValue.fraction(n, d);
      BigDecimal exact = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(d), 40, java.math.RoundingMode.DOWN);
      boolean exactlyEqual = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100))
          .compareTo(bound.multiply(BigDecimal.valueOf(d))) == 0;
      int expected = exactlyEqual ? 0 : exact.compareTo(bound) >= 0 ? 1 : -1;
      assertThat(Integer.signum(v.compareTo(bound, ItemUnit.PERCENT))).as(n + "/" + d + " vs " + bound).isEqualTo(expected);
    }
  }

  @Test
  void itemValues() {
    assertThat(ItemValue.fraction(0, 0)).isSameAs(ItemValue.nothingToCount());
    assertThat(ItemValue.fraction(22, 23).toText(Language.VI)).isEqualTo("22/23");
    assertThat(ItemValue.yes().toText(Language.VI)).isEqualTo("có");
    assertThat(ItemValue.nothingToCount().toText(Language.EN)).isEqualTo("nothing to count");
    assertThat(ItemValue.fraction(1, 3).toDecimal(ItemUnit.PER_100000, 2, java.math.RoundingMode.HALF_UP))
        .contains(new BigDecimal("33333.33"));
    assertThat(ItemValue.count(3).fits(ItemUnit.COUNT)).isTrue();
    assertThat(ItemValue.decimal(new BigDecimal("2.5")).fits(ItemUnit.COUNT)).isFalse();
    assertThat(ItemValue.decimal(new BigDecimal("2.50")).fits(ItemUnit.PERCENT)).isTrue();
    assertThat(ItemValue.decimal(new BigDecimal("100.000")).fits(ItemUnit.PERCENT)).isTrue();
    assertThat(ItemValue.decimal(new BigDecimal("100.001")).fits(ItemUnit.PERCENT)).isFalse();
    assertThat(ItemValue.fraction(1, 2).fits(ItemUnit.COUNT)).isFalse();
    assertThat(ItemValue.yes().fits(ItemUnit.PERCENT)).isFalse();
    for (Runnable bad : List.<Runnable>of(() -> ItemValue.fraction(-1, 2), () -> ItemValue.fraction(3, 2),
        () -> ItemValue.fraction(1, 0), () -> ItemValue.decimal(new BigDecimal("-0.1")))) {
      assertThatThrownBy(bad::run).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("TREEM-CFC-0001");
    }
  }

  @Test
  void displayNeverLeavesTheBandOfTheExactValue() {
    ScoringItem item = ScoringTable.qd06().item("7.1").orElseThrow();
    // 48,999 of 50,000 = 97.998%: half up would show 98.00, in the 50-point band; shown 97.99
    ItemScore s = new ItemScore.Builder().item(item).value(ItemValue.fraction(48_999, 50_000))
        .band(item.bandOf(ItemValue.fraction(48_999, 50_000)).orElseThrow()).build();
    assertThat(s.getPoints()).isEqualTo(30);
    assertThat(s.getDisplayValue()).contains(new BigDecimal("97.99"));
    // 22 of 23 = 95.652...%: ordinary rounding
    ItemScore t = new ItemScore.Builder().item(item).value(ItemValue.fraction(22, 23))
        .band(item.bandOf(ItemValue.fraction(22, 23)).orElseThrow()).build();
    assertThat(t.getDisplayValue()).contains(new BigDecimal("95.65"));
  }
}

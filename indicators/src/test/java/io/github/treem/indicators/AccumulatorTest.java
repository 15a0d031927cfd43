package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.Child;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Merge-order independence and additivity of breakdowns, over generated communes. */
class AccumulatorTest {

  /** A deterministic fake scorer spreading z-scores over the indicators' cut-offs. */
  static final GrowthScorer FAKE = (sex, dob, m) -> {
    double w = m.getWeightKg().orElse(-1);
    double l = m.getLengthHeightCm().orElse(-1);
    if (w < 0 || l < 0) {
      return GrowthScores.of(ZScore.notComputed(), ZScore.notComputed(), ZScore.notComputed());
    }
    double waz = Math.round((w * 7.3 % 9 - 5.5) * 100) / 100.0;
    double haz = Math.round((l * 3.1 % 9 - 5.5) * 100) / 100.0;
    double whz = Math.round(((w + l) * 1.7 % 11 - 5.5) * 100) / 100.0;
    return GrowthScores.of(ZScore.of(waz, waz < -6 || waz > 5), ZScore.of(haz, false), ZScore.of(whz, whz < -5 || whz > 5));
  };

  static final IndicatorCalculator CALC = IndicatorCalculator.builder().year(2020).growthScorer(FAKE)
      .breakdowns(BreakdownDimension.values()).build();

  static List<Child> children(long seed, int n) {
    return CommuneGenerator.builder().seed(seed).year(2020).children(n).errorRate(0.05).build().stream().toList();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void mergeOrderDoesNotMatter(long seed) {
    List<Child> kids = children(seed, 1500);
    Accumulator one = CALC.newAccumulator();
    for (int i = 0; i < kids.size(); i++) {
      one.add(kids.get(i), "area" + (i % 3));
    }
    IndicatorReport expected = one.result();
    Random random = new Random(seed);
    for (int round = 0; round < 5; round++) {
      int parts = 2 + random.nextInt(7);
      List<Accumulator> accs = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        accs.add(CALC.newAccumulator());
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < kids.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      for (int i : order) {
        accs.get(random.nextInt(parts)).add(kids.get(i), "area" + (i % 3));
      }
      Collections.shuffle(accs, random);
      // merge as a random tree
      while (accs.size() > 1) {
        Accumulator a = accs.remove(random.nextInt(accs.size()));
        Accumulator b = accs.remove(random.nextInt(accs.size()));
        accs.add(a.merge(b));
      }
      assertThat(accs.get(0).result()).isEqualTo(expected);
      assertThat(accs.get(0).getChildrenAdded()).isEqualTo(kids.size());
    }
    // parallel stream collector
    Accumulator parallel = CommuneGenerator.builder().seed(seed).year(2020).children(1500).errorRate(0.05).build()
        .stream().parallel().collect(CALC.toAccumulator("area0"));
    Accumulator sequential = CALC.newAccumulator();
    kids.forEach(k -> sequential.add(k, "area0"));
    assertThat(parallel.result()).isEqualTo(sequential.result());
  }

  @Test
  void cellsAddUpToTotals() {
    IndicatorReport report = CALC.compute(children(7, 3000), "19885");
    for (IndicatorResult r : report.getResults()) {
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> b : r.getBreakdowns().entrySet()) {
        if (b.getKey().isOverlapping()) {
          // GROUP and LEGACY_GROUP: every child in NONE, UNKNOWN or at least one group
          long atLeast = b.getValue().stream().mapToLong(c -> c.getDenominator().getAsLong()).sum();
          assertThat(atLeast).as(r.getCode() + " " + b.getKey()).isGreaterThanOrEqualTo(r.getDenominator());
          continue;
        }
        long num = b.getValue().stream().mapToLong(c -> c.getNumerator().getAsLong()).sum();
        long den = b.getValue().stream().mapToLong(c -> c.getDenominator().getAsLong()).sum();
        assertThat(num).as(r.getCode() + " " + b.getKey()).isEqualTo(r.getNumerator());
        assertThat(den).as(r.getCode() + " " + b.getKey()).isEqualTo(r.getDenominator());
      }
      // the group breakdown: every child in NONE or in at least one group
      List<BreakdownCell> g = r.getBreakdowns().get(BreakdownDimension.GROUP);
      long den = g.stream().mapToLong(c -> c.getDenominator().getAsLong()).sum();
      assertThat(den).isGreaterThanOrEqualTo(r.getDenominator());
    }
    IndicatorResult u5 = report.result(Indicators.UNDERWEIGHT_U5).orElseThrow();
    assertThat(u5.getBreakdowns().get(BreakdownDimension.AGE)).extracting(BreakdownCell::getKey)
        .containsExactly("0-5", "6-11", "12-23", "24-35", "36-47", "48-59");
    assertThat(report.result(Indicators.PRESCHOOL_3_5).orElseThrow().getBreakdowns().get(BreakdownDimension.AGE))
        .extracting(BreakdownCell::getKey).containsExactly("3", "4", "5");
    assertThat(report.result(Indicators.HI_U6).orElseThrow().getBreakdowns().get(BreakdownDimension.AREA))
        .extracting(BreakdownCell::getKey).containsExactly("19885");
    // errors of the generator reach the exclusions
    assertThat(report.result(Indicators.HI_U6).orElseThrow().getExclusions()).containsKey(ExclusionReason.MISSING_DOB);
    assertThat(report.result(Indicators.HI_U6).orElseThrow().getBreakdowns().get(BreakdownDimension.VILLAGE))
        .extracting(BreakdownCell::getKey).containsExactly("Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5", "Thôn 6", "Thôn 7", "Thôn 8", "Thôn 9", "Thôn 10", BreakdownDimension.UNKNOWN);
  }

  @Test
  void mergeNeedsTheSameConfiguration() {
    IndicatorCalculator other = IndicatorCalculator.builder().year(2021).growthScorer(FAKE)
        .breakdowns(BreakdownDimension.values()).build();
    assertThatThrownBy(() -> CALC.newAccumulator().merge(other.newAccumulator()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("TREEM-IND-0012");
    // an equal configuration merges
    IndicatorCalculator same = IndicatorCalculator.builder().year(2020).growthScorer(FAKE)
        .breakdowns(BreakdownDimension.values()).build();
    assertThat(CALC.newAccumulator().merge(same.newAccumulator()).getChildrenAdded()).isZero();
  }

  @Test
  void cellOrderIsATotalOrderConsistentWithEquals() {
    java.util.Comparator<String> o = io.github.treem.indicators.internal.CellKeys.ORDER;
    List<String> keys = List.of("UNKNOWN", "NONE", "Thôn 10", "Thôn 2", "Thôn 02", "48-59", "6-11", "0-5", "A", "DD",
        "10", "9", "", "x1y", "x01y", "x1z");
    for (String a : keys) {
      for (String b : keys) {
        assertThat(Integer.signum(o.compare(a, b))).isEqualTo(-Integer.signum(o.compare(b, a)));
        assertThat(o.compare(a, b) == 0).isEqualTo(a.equals(b));
        for (String c : keys) {
          if (o.compare(a, b) < 0 && o.compare(b, c) < 0) {
            assertThat(o.compare(a, c)).isNegative();
          }
        }
      }
    }
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(o);
    assertThat(sorted.get(sorted.size() - 1)).isEqualTo("UNKNOWN");
    assertThat(sorted.get(sorted.size() - 2)).isEqualTo("NONE");
    assertThat(sorted.indexOf("9")).isLessThan(sorted.indexOf("10"));
  }
}

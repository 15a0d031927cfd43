package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.MeasurePosition;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's own WHO path (used when the calculator's scorer is {@link GrowthScorer#who()})
 * against the scorer called as any other scorer ({@code WhoGrowth.anthro2006}, its three
 * {@link ZScore}s and {@link GrowthScores}): the same counts, exclusions and age cells over
 * seeded synthetic communes and seeded measurements at the edges of the WHO rules.
 */
class ChildEvaluatorEquivalenceTest {

  /** The library's scorer behind another instance: the evaluator cannot take its own path. */
  static final GrowthScorer WRAPPED = (sex, dob, m) -> GrowthScorer.who().score(sex, dob, m);

  static IndicatorCalculator calc(GrowthScorer scorer, int year, LocalDate ref) {
    return IndicatorCalculator.builder().year(year).referenceDate(ref).growthScorer(scorer)
        .breakdowns(EnumSet.of(BreakdownDimension.VILLAGE, BreakdownDimension.AGE, BreakdownDimension.SEX)).build();
  }

  static void assertSameReport(List<Child> children, int year, LocalDate ref) {
    Accumulator fast = calc(GrowthScorer.who(), year, ref).newAccumulator();
    Accumulator slow = calc(WRAPPED, year, ref).newAccumulator();
    for (Child c : children) {
      fast.add(c, "A");
      slow.add(c, "A");
    }
    assertThat(fast.result()).isEqualTo(slow.result());
  }

  @Test
  void syntheticCommunes() {
    for (long seed = 1; seed <= 6; seed++) {
      List<Child> kids = CommuneGenerator.builder().seed(seed).year(2020).children(3000).build().stream().toList();
      assertSameReport(kids, 2020, LocalDate.of(2020, 12, 31));
      assertSameReport(kids, 2020, LocalDate.of(2020, 6, 30));
    }
  }

  @Test
  void measurementsAtTheEdgesOfTheRules() {
    SplittableRandom r = new SplittableRandom(17);
    List<Child> kids = new ArrayList<>();
    double[] weights = {0.5, 1e-9, 2.1, 9.6, 14.3, 30, 150, 1e300};
    double[] lengths = {35, 44.95, 45, 64.99, 65, 75.7, 86.95, 87, 110, 110.05, 120, 120.01, 230};
    for (int k = 0; k < 20_000; k++) {
      LocalDate dob = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(7 * 366));
      // around the 731-day switch, 9 months, 1826 and 1856 days, or anywhere
      int[] around = {0, 274, 731, 1826, 1856};
      int days = r.nextInt(4) == 0 ? r.nextInt(2100) - 30 : around[r.nextInt(around.length)] + r.nextInt(5) - 2;
      GrowthMeasurement.Builder m = GrowthMeasurement.builder().measuredOn(dob.plusDays(days));
      if (r.nextInt(10) > 0) {
        m.weightKg(r.nextBoolean() ? weights[r.nextInt(weights.length)] : 1 + r.nextDouble() * 29);
      }
      if (r.nextInt(10) > 0) {
        m.lengthHeightCm(r.nextBoolean() ? lengths[r.nextInt(lengths.length)] : 40 + r.nextInt(900) / 10.0 + r.nextInt(3) * 0.05);
      }
      switch (r.nextInt(3)) {
        case 0 -> m.position(MeasurePosition.LYING);
        case 1 -> m.position(MeasurePosition.STANDING);
        default -> { } // not recorded
      }
      switch (r.nextInt(4)) {
        case 0 -> m.oedema(true);
        case 1 -> m.oedema(false);
        default -> { } // not recorded
      }
      Child.Builder c = Child.builder().id("E" + k).dateOfBirth(dob).addMeasurements(m.build());
      switch (r.nextInt(5)) {
        case 0 -> { } // sex unknown
        case 1, 2 -> c.sex(Sex.MALE);
        default -> c.sex(Sex.FEMALE);
      }
      kids.add(c.build());
    }
    for (int year = 2015; year <= 2021; year++) {
      assertSameReport(kids, year, LocalDate.of(year, 12, 31));
    }
    assertSameReport(kids, 2020, LocalDate.of(2020, 2, 29));
  }
}

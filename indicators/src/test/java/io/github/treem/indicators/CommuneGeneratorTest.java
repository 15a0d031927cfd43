package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommuneGeneratorTest {

  static CommuneGenerator gen(long seed) {
    return CommuneGenerator.builder().seed(seed).year(2020).children(2500).build();
  }

  @Test
  void sameSeedSameChildren() {
    List<Child> a = gen(42).stream().toList();
    List<Child> b = gen(42).stream().toList();
    assertThat(a).isEqualTo(b);
    assertThat(gen(42).child(1234)).isEqualTo(a.get(1234));
    assertThat(gen(43).stream().toList()).isNotEqualTo(a);
    assertThat(gen(42).stream().parallel().toList()).isEqualTo(a);
  }

  @Test
  void realisticRates() {
    List<Child> kids = gen(42).stream().toList();
    LocalDate r = LocalDate.of(2020, 12, 31);
    assertThat(kids).allSatisfy(c -> {
      assertThat(c.getDateOfBirth()).isPresent();
      assertThat(Period.between(c.getDateOfBirth().get(), r).getYears()).isBetween(0, 15);
    });
    assertThat(kids.stream().map(c -> c.getVillage().orElseThrow()).distinct().count()).isEqualTo(10);
    IndicatorReport report = IndicatorCalculator.builder().year(2020).growthScorer(AccumulatorTest.FAKE).build()
        .compute(kids, "QV");
    assertThat(value(report, Indicators.HI_U6)).isBetween(90.0, 97.0);
    assertThat(value(report, Indicators.BIRTH_REG_ON_TIME)).isBetween(92.0, 99.0);
    assertThat(value(report, Indicators.PRESCHOOL_3_5)).isBetween(94.0, 99.5);
    assertThat(value(report, Indicators.GRADE1_AT_6)).isBetween(95.0, 100.0);
    assertThat(value(report, Indicators.INJURY_SKILLS)).isBetween(68.0, 80.0);
    assertThat(report.result(Indicators.SPECIAL_CIRCUMSTANCES).orElseThrow().getNumerator()).isBetween(40L, 200L);
    IndicatorReport who = IndicatorCalculator.builder().year(2020).build().compute(kids, "QV");
    assertThat(value(who, Indicators.UNDERWEIGHT_U5)).isBetween(6.0, 12.0);
    assertThat(value(who, Indicators.STUNTING_U5)).isBetween(12.0, 28.0);
    assertThat(value(who, Indicators.WASTING_U5)).isBetween(0.5, 6.0);
    long letterOnly = kids.stream().flatMap(c -> c.circumstancesOn(r).stream())
        .filter(c -> c instanceof SpecialCircumstanceGroup).count();
    assertThat(letterOnly).isPositive();
  }

  static double value(IndicatorReport r, Indicators i) {
    return r.result(i).orElseThrow().getValue().orElseThrow().doubleValue();
  }
}

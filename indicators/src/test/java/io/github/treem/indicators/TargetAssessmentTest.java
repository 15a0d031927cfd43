package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetAssessmentTest {

  @ParameterizedTest
  @CsvSource({
      "BELOW, 9, 8.01, MET, ", "BELOW, 9, 9.00, NOT_MET, 0.00", "BELOW, 9, 10.50, NOT_MET, 1.50",
      "AT_LEAST, 97, 97.00, MET, ", "AT_LEAST, 97, 95.25, NOT_MET, -1.75", "AT_LEAST, 100, 99.99, NOT_MET, -0.01",
      "AT_MOST, 5, 5.00, MET, ", "AT_MOST, 5, 5.01, NOT_MET, 0.01",
      "INCREASE, 40, 40.01, MET, ", "INCREASE, 40, 40.00, NOT_MET, 0.00", "INCREASE, 40, 35.5, NOT_MET, -4.50"})
  void assess(TargetComparator c, double threshold, String value, TargetStatus status, String gap) {
    TargetAssessment a = TargetAssessment.of("X", c, OptionalDouble.of(threshold), Optional.of(new BigDecimal(value)));
    assertThat(a.getStatus()).isEqualTo(status);
    assertThat(a.getGap()).isEqualTo(Optional.ofNullable(gap).map(BigDecimal::new));
  }

  @Test
  void noData() {
    assertThat(TargetAssessment.of("X", TargetComparator.BELOW, OptionalDouble.of(9), Optional.empty()).getStatus())
        .isEqualTo(TargetStatus.NO_DATA);
    assertThat(TargetAssessment.of("X", TargetComparator.INCREASE, OptionalDouble.empty(), Optional.of(BigDecimal.ONE))
        .getStatus()).isEqualTo(TargetStatus.NO_DATA);
  }

  @Test
  void planTargetsAgainstReports() {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).growthScorer(Kids.SCORER).build();
    Accumulator acc = calc.newAccumulator();
    acc.add(Kids.child("2018-01-01").addHealthInsuranceCards(Kids.card(null, null)).build(), "X");
    acc.add(Kids.child("2018-01-01").build(), "X");
    IndicatorReport report = acc.result();
    Target hi = Target.builder().id("t1").indicatorCode("HI_U6").comparator(TargetComparator.AT_LEAST).threshold(100)
        .year(2020).leadUnitId("U").textVi("100% trẻ em dưới 6 tuổi có thẻ BHYT").build();
    TargetAssessment a = TargetAssessment.of(hi, report, OptionalDouble.empty());
    assertThat(a.getStatus()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(a.getGap()).contains(new BigDecimal("-50.00"));
    assertThat(a.getTargetId()).isEqualTo("t1");
    Target swim = Target.builder().id("t2").indicatorCode("CAN_SWIM").comparator(TargetComparator.INCREASE)
        .baseline(30).year(2020).leadUnitId("U").textVi("tăng").build();
    // no pupils: no value
    assertThat(TargetAssessment.of(swim, report, OptionalDouble.of(10)).getStatus()).isEqualTo(TargetStatus.NO_DATA);
  }
}

package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetAssessmentTest {

  @ParameterizedTest
  @CsvSource({
      "BELOW, 9, 8.01, MET, ", "BELOW, 9, 9.00, NOT_MET, 0.01", "BELOW, 9, 10.50, NOT_MET, 1.50",
      "AT_LEAST, 97, 97.00, MET, ", "AT_LEAST, 97, 95.25, NOT_MET, -1.75", "AT_LEAST, 100, 99.99, NOT_MET, -0.01",
      "AT_MOST, 5, 5.00, MET, ", "AT_MOST, 5, 5.01, NOT_MET, 0.01",
      "INCREASE, 40, 40.01, MET, ", "INCREASE, 40, 40.00, NOT_MET, -0.01", "INCREASE, 40, 35.5, NOT_MET, -4.50"})
  void assess(TargetComparator c, String threshold, String value, TargetStatus status, String gap) {
    TargetAssessment a = TargetAssessment.ofDecimals("", "X", c, Optional.of(new BigDecimal(threshold)),
        Optional.of(new BigDecimal(value)));
    assertThat(a.getStatus()).isEqualTo(status);
    assertThat(a.getGap()).isEqualTo(Optional.ofNullable(gap).map(BigDecimal::new));
  }

  @Test
  void noData() {
    assertThat(TargetAssessment.ofDecimals("", "X", TargetComparator.BELOW, Optional.of(BigDecimal.TEN), Optional.empty())
        .getStatus()).isEqualTo(TargetStatus.NO_DATA);
    assertThat(TargetAssessment.ofDecimals("", "X", TargetComparator.INCREASE, Optional.empty(), Optional.of(BigDecimal.ONE))
        .getStatus()).isEqualTo(TargetStatus.NO_DATA);
  }

  @Test
  void planTargetsAgainstReports() {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).growthScorer(Kids.SCORER).build();
    Accumulator acc = calc.newAccumulator();
    acc.add(Kids.child("2018-01-01").addHealthInsuranceCards(Kids.card(null, null)).build(), "X");
    acc.add(Kids.child("2018-01-01").build(), "X");
    IndicatorReport report = acc.result();
    Target hi = Target.builder().id("t1").indicatorCode("HI_U6").comparator(TargetComparator.AT_LEAST).threshold(BigDecimal.valueOf(100))
        .year(2020).leadUnitId("U").textVi("100% trẻ em dưới 6 tuổi có thẻ BHYT").build();
    TargetAssessment a = TargetAssessment.of(hi, report, Optional.empty());
    assertThat(a.getStatus()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(a.getGap()).contains(new BigDecimal("-50.00"));
    assertThat(a.getTargetId()).isEqualTo("t1");
    Target swim = Target.builder().id("t2").indicatorCode("CAN_SWIM").comparator(TargetComparator.INCREASE)
        .baseline(BigDecimal.valueOf(30)).year(2020).leadUnitId("U").textVi("tăng").build();
    // no pupils: no value
    assertThat(TargetAssessment.of(swim, report, Optional.empty()).getStatus()).isEqualTo(TargetStatus.NO_DATA);
  }

  @Test
  void quangVinhPlan() {
    io.github.treem.core.plan.Plan plan = seedPlanTargets();
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).growthScorer(AccumulatorTest.FAKE).build();
    IndicatorReport now = calc.compute(AccumulatorTest.children(5, 1000), "QV");
    java.util.List<TargetAssessment> first = TargetAssessment.assessAll(plan, now, Optional.empty());
    assertThat(first).extracting(TargetAssessment::getIndicatorCode).containsExactly("HI_U6", "UNDERWEIGHT_U5",
        "PRESCHOOL_3_5", "GRADE1_AT_6", "INJURY_SKILLS", "CAN_SWIM", "WELFARE_COVERAGE", "BIRTH_REG_ON_TIME");
    // no baseline for CAN_SWIM without a previous report
    assertThat(first.get(5).getStatus()).isEqualTo(TargetStatus.NO_DATA);
    // against a previous report: compared with its value
    IndicatorReport before = calc.compute(AccumulatorTest.children(6, 1000), "QV");
    TargetAssessment swim = TargetAssessment.assessAll(plan, now, Optional.of(before)).get(5);
    ExactValue prev = ExactValue.of(before.result(Indicators.CAN_SWIM).orElseThrow()).orElseThrow();
    ExactValue cur = ExactValue.of(now.result(Indicators.CAN_SWIM).orElseThrow()).orElseThrow();
    assertThat(swim.getExactReference()).hasValue(prev);
    assertThat(swim.getStatus()).isEqualTo(cur.compareTo(prev) > 0 ? TargetStatus.MET : TargetStatus.NOT_MET);
    // HI_U6 at 100%: some children lack a valid card in the generated commune
    assertThat(first.get(0).getStatus()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(first.get(0).getGap().orElseThrow()).isNegative();
  }

  /** The targets of the Quảng Vinh 2020 plan (its full text is the bundled JSON of io-formats). */
  static io.github.treem.core.plan.Plan seedPlanTargets() {
    io.github.treem.core.plan.Plan.Builder b = io.github.treem.core.plan.Plan.builder()
        .number("90/KH-UBND").issuerName("UBND xã Quảng Vinh").issueDate(java.time.LocalDate.of(2020, 3, 9))
        .year(2020).generalObjective("-")
        .addResponsibleUnits(io.github.treem.core.plan.ResponsibleUnit.builder().id("U").nameVi("Cán bộ LĐ-TB&XH")
            .nameEn("Social affairs official").role(io.github.treem.core.plan.UnitRole.CHILD_PROTECTION_OFFICER).build());
    Object[][] targets = {
      {"HI_U6", TargetComparator.AT_LEAST, "100"}, {"UNDERWEIGHT_U5", TargetComparator.BELOW, "9"},
      {"PRESCHOOL_3_5", TargetComparator.AT_LEAST, "97"}, {"GRADE1_AT_6", TargetComparator.AT_LEAST, "100"},
      {"INJURY_SKILLS", TargetComparator.AT_LEAST, "70"}, {"CAN_SWIM", TargetComparator.INCREASE, null},
      {"WELFARE_COVERAGE", TargetComparator.AT_LEAST, "100"}, {"BIRTH_REG_ON_TIME", TargetComparator.AT_LEAST, "100"}};
    int i = 1;
    for (Object[] t : targets) {
      Target.Builder tb = Target.builder().id("T" + i++).indicatorCode((String) t[0])
          .comparator((TargetComparator) t[1]).year(2020).leadUnitId("U").textVi((String) t[0]);
      if (t[2] != null) {
        tb.threshold(new BigDecimal((String) t[2]));
      }
      b.addTargets(tb.build());
    }
    return b.build();
  }
}

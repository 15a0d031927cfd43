package io.github.treem.indicators.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.protection.AbuseForm;
import io.github.treem.core.protection.CaseChild;
import io.github.treem.core.protection.Closure;
import io.github.treem.core.protection.ClosureReason;
import io.github.treem.core.protection.EmergencyMeasure;
import io.github.treem.core.protection.EmergencyMeasureKind;
import io.github.treem.core.protection.HarmKind;
import io.github.treem.core.protection.InformationReceipt;
import io.github.treem.core.protection.InformationSource;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.Referral;
import io.github.treem.core.protection.ReferralTarget;
import io.github.treem.core.protection.RiskAssessment;
import io.github.treem.core.protection.RiskLevel;
import io.github.treem.core.protection.SupportPlan;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.DisclosureAudit;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.DisclosureRule;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.Figure;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cfc.CaseFigures;
import io.github.treem.indicators.cfc.ItemValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseFigureCalculatorTest {
  private static final CaseFigureCalculator CALC = CaseFigureCalculator.builder().year(2024)
      .breakdowns(BreakdownDimension.values()).build();

  private static int seq;

  static ProtectionCase.Builder received(String at, RiskLevel level, HarmKind... harms) {
    OffsetDateTime t = OffsetDateTime.parse(at);
    return ProtectionCase.builder().id("QV-" + (++seq))
        .child(CaseChild.builder().sex(Sex.FEMALE).dateOfBirth(LocalDate.of(2012, 5, 1))
            .addCircumstances(SpecialCircumstanceGroup.I).build())
        .receipt(InformationReceipt.builder().receivedAt(t).source(InformationSource.NATIONAL_HOTLINE_111).build())
        .addHarms(harms.length == 0 ? new HarmKind[] {AbuseForm.VIOLENCE} : harms)
        .riskAssessment(RiskAssessment.builder().assessedAt(t.plusHours(1)).level(level).build());
  }

  static ProtectionCase emergency(String at, String takenAt) {
    return received(at, RiskLevel.SERIOUS_HARM).addEmergencyMeasures(EmergencyMeasure.builder()
        .kind(EmergencyMeasureKind.EMERGENCY_INTERVENTION).takenAt(OffsetDateTime.parse(takenAt)).build()).build();
  }

  static ProtectionCase planned(String at, String approvedOn, HarmKind... harms) {
    LocalDate a = LocalDate.parse(approvedOn);
    return received(at, RiskLevel.NOT_SERIOUS, harms)
        .addPlans(SupportPlan.builder().draftedOn(a).approvedOn(a).build()).build();
  }

  private static IndicatorResult result(IndicatorReport r, CaseIndicators i) {
    return r.result(i).orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({
      "2024-03-01T08:00+07:00, 2024-03-01T19:59+07:00, 1", // 11:59 hours
      "2024-03-01T08:00+07:00, 2024-03-01T20:00+07:00, 1", // exactly 12 hours: in time
      "2024-03-01T08:00+07:00, 2024-03-01T20:01+07:00, 0", // 12:01 hours
      // across midnight and given in UTC: 12:01 hours after 22:00 Viet Nam time
      "2024-03-01T22:00+07:00, 2024-03-02T03:01Z, 0",
      "2024-03-01T22:00+07:00, 2024-03-02T02:59Z, 1"})
  void emergencyWithin12Hours(String at, String takenAt, long met) {
    IndicatorResult r = result(CALC.compute(List.of(emergency(at, takenAt))), CaseIndicators.EMERGENCY_WITHIN_12_HOURS);
    assertThat(r.getDenominator()).isEqualTo(1);
    assertThat(r.getNumerator()).isEqualTo(met);
    // an emergency case has no plan deadline
    assertThat(result(CALC.compute(List.of(emergency(at, takenAt))), CaseIndicators.PLAN_APPROVED_IN_TIME)
        .getExclusions()).containsEntry(ExclusionReason.DEADLINE_NOT_APPLICABLE, 1L);
  }

  @ParameterizedTest
  @CsvSource({
      // received Friday: the fifth working day is the next Friday (the weekend is not counted)
      "2024-03-01T15:00+07:00, 2024-03-08, 1",
      "2024-03-01T15:00+07:00, 2024-03-11, 0",
      // received the day before Tết Giáp Thìn (8-14 February 2024 off): the fifth working day is 21 February
      "2024-02-07T10:00+07:00, 2024-02-21, 1",
      "2024-02-07T10:00+07:00, 2024-02-22, 0",
      // received during Tết
      "2024-02-10T10:00+07:00, 2024-02-21, 1",
      "2024-02-10T10:00+07:00, 2024-02-22, 0"})
  void planApprovedWithinFiveWorkingDays(String at, String approvedOn, long met) {
    IndicatorReport report = CALC.compute(List.of(planned(at, approvedOn, AbuseForm.SEXUAL_ABUSE)));
    for (CaseIndicators i : List.of(CaseIndicators.PLAN_APPROVED_IN_TIME, CaseIndicators.SEVERE_CASES_PLAN_IN_TIME)) {
      assertThat(result(report, i).getDenominator()).isEqualTo(1);
      assertThat(result(report, i).getNumerator()).isEqualTo(met);
    }
  }

  @Test
  void pendingClosedAndOutOfYearCasesAreExcludedOrNotCounted() {
    CaseFigureCalculator atMarch8 = CaseFigureCalculator.builder().year(2024).referenceDate(LocalDate.of(2024, 3, 8)).build();
    ProtectionCase pending = received("2024-03-07T09:00+07:00", RiskLevel.NOT_SERIOUS).build();
    ProtectionCase closedEarly = received("2024-03-04T09:00+07:00", RiskLevel.NOT_SERIOUS)
        .closure(Closure.builder().closedOn(LocalDate.of(2024, 3, 5)).reason(ClosureReason.NO_HARM_OR_RISK_FOUND).build()).build();
    ProtectionCase noRisk = received("2024-03-04T09:00+07:00", RiskLevel.NO_RISK).build();
    ProtectionCase lastYear = received("2023-12-31T23:00+07:00", RiskLevel.NOT_SERIOUS).build();
    ProtectionCase afterR = received("2024-03-09T01:00+07:00", RiskLevel.NOT_SERIOUS).build();
    IndicatorReport r = atMarch8.compute(List.of(pending, closedEarly, noRisk, lastYear, afterR));
    assertThat(result(r, CaseIndicators.CASES_RECEIVED).getNumerator()).isEqualTo(3);
    IndicatorResult plan = result(r, CaseIndicators.PLAN_APPROVED_IN_TIME);
    assertThat(plan.getDenominator()).isZero();
    assertThat(plan.getState()).isEqualTo(ValueState.NO_DATA);
    assertThat(plan.getExclusions()).containsEntry(ExclusionReason.DEADLINE_PENDING, 1L)
        .containsEntry(ExclusionReason.CLOSED_BEFORE_DUE, 1L).containsEntry(ExclusionReason.DEADLINE_NOT_APPLICABLE, 1L);
  }

  @Test
  void breakdownsBySourceHarmStatusAgeAndGroup() {
    ProtectionCase a = planned("2024-03-01T15:00+07:00", "2024-03-08", AbuseForm.SEXUAL_ABUSE, AbuseForm.VIOLENCE);
    ProtectionCase b = received("2024-04-01T15:00+07:00", RiskLevel.NOT_SERIOUS, AbuseForm.VIOLENCE)
        .receipt(InformationReceipt.builder().receivedAt(OffsetDateTime.parse("2024-04-01T15:00+07:00"))
            .source(InformationSource.SCHOOL).build())
        .child(CaseChild.builder().build())
        .addReferrals(Referral.builder().referredOn(LocalDate.of(2024, 4, 2)).target(ReferralTarget.POLICE).build())
        .closure(Closure.builder().closedOn(LocalDate.of(2024, 6, 1)).reason(ClosureReason.NO_LONGER_AT_RISK).build()).build();
    IndicatorResult r = result(CALC.compute(List.of(a, b)), CaseIndicators.CASES_RECEIVED);
    assertThat(cells(r, BreakdownDimension.SOURCE)).containsExactly("NATIONAL_HOTLINE_111=1", "SCHOOL=1");
    assertThat(cells(r, BreakdownDimension.HARM)).containsExactly("SEXUAL_ABUSE=1", "VIOLENCE=2");
    assertThat(cells(r, BreakdownDimension.STATUS)).containsExactly("CLOSED=1", "OPEN=1");
    assertThat(cells(r, BreakdownDimension.AGE)).containsExactly("11-15=1", "UNKNOWN=1");
    assertThat(cells(r, BreakdownDimension.SEX)).containsExactly("FEMALE=1", "UNKNOWN=1");
    assertThat(cells(r, BreakdownDimension.GROUP)).containsExactly("I=1", "NONE=1");
    assertThat(r.getBreakdowns()).doesNotContainKeys(BreakdownDimension.VILLAGE, BreakdownDimension.ETHNICITY);
    assertThat(result(CALC.compute(List.of(a, b)), CaseIndicators.CASES_REFERRED).getNumerator()).isEqualTo(1);
  }

  private static List<String> cells(IndicatorResult r, BreakdownDimension d) {
    return r.getBreakdowns().get(d).stream().map(c -> c.getKey() + "=" + c.getNumerator().getAsLong()).toList();
  }

  @Test
  void mergedAccumulatorsEqualOnePass() {
    Random random = new Random(16);
    List<ProtectionCase> cases = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      OffsetDateTime at = OffsetDateTime.parse("2024-01-02T08:00+07:00").plusHours(random.nextInt(24 * 360));
      if (random.nextBoolean()) {
        cases.add(emergency(at.toString(), at.plusMinutes(random.nextInt(16 * 60)).toString()));
      } else {
        cases.add(planned(at.toString(), at.toLocalDate().plusDays(random.nextInt(12)).toString(),
            random.nextBoolean() ? AbuseForm.ABANDONMENT : AbuseForm.NEGLECT));
      }
    }
    CaseAccumulator one = CALC.newAccumulator();
    CaseAccumulator left = CALC.newAccumulator();
    CaseAccumulator right = CALC.newAccumulator();
    for (int i = 0; i < cases.size(); i++) {
      one.add(cases.get(i));
      (i % 3 == 0 ? left : right).add(cases.get(i));
    }
    // the province's roll-up of commune reports is the report of all cases
    io.github.treem.indicators.ReportSum sum = io.github.treem.indicators.ReportSum.of(2024, LocalDate.of(2024, 12, 31),
        CALC.getDimensions());
    sum.add(left.report(), "left").add(right.report(), "right");
    IndicatorReport summed = sum.result();
    for (CaseIndicators i : CaseIndicators.values()) {
      IndicatorResult s = summed.result(i).orElseThrow();
      IndicatorResult o = one.report().result(i).orElseThrow();
      assertThat(s.getNumerator()).isEqualTo(o.getNumerator());
      assertThat(s.getDenominator()).isEqualTo(o.getDenominator());
      assertThat(s.getBreakdowns().get(BreakdownDimension.HARM)).isEqualTo(o.getBreakdowns().get(BreakdownDimension.HARM));
    }
    assertThat(left.merge(right).report()).isEqualTo(one.report());
    assertThat(left.daysToPlan()).isEqualTo(one.daysToPlan());
    assertThat(one.daysToPlan().count()).isEqualTo(result(one.report(), CaseIndicators.PLAN_APPROVED_IN_TIME).getDenominator());
    assertThatThrownBy(() -> one.merge(CaseFigureCalculator.builder().year(2023).build().newAccumulator()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void medianDaysFromTheMergedHistogram() {
    assertThat(DayHistogram.of(0, 0, 0, 1, 1, 0, 1, 0, 0, 1).median()).hasValue(new BigDecimal("5.0"));
    assertThat(DayHistogram.of(0, 2, 1).median()).hasValue(new BigDecimal("1.0"));
    assertThat(DayHistogram.of(0, 1).plus(DayHistogram.of(0, 0, 0, 1)).median()).hasValue(new BigDecimal("2.0"));
    assertThat(DayHistogram.empty().median()).isEmpty();
    assertThat(DayHistogram.of(0, 4).publishedMedian(DisclosureRule.DEFAULT)).isEmpty();
    assertThat(DayHistogram.of(0, 5).publishedMedian(DisclosureRule.DEFAULT)).hasValue(new BigDecimal("1.0"));
    assertThat(DayHistogram.of(3, 0, 0)).isEqualTo(DayHistogram.of(3)).hasToString("DayHistogram[count=3]");
  }

  @Test
  void childFriendlyItemFromSevereCases() {
    CaseAccumulator acc = CALC.newAccumulator();
    acc.add(planned("2024-03-01T15:00+07:00", "2024-03-08", AbuseForm.TRAFFICKING));
    acc.add(planned("2024-03-01T15:00+07:00", "2024-03-11", AbuseForm.ABANDONMENT));
    acc.add(planned("2024-03-01T15:00+07:00", "2024-03-11", AbuseForm.NEGLECT));
    CaseFigures f = acc.caseFigures(Optional.of(2000L));
    LocalDate r = LocalDate.of(2024, 12, 31);
    assertThat(f.figure(CaseFigures.CASES_WITH_PLAN_APPROVED_IN_TIME, 2024, r)).hasValue(ItemValue.fraction(1, 2));
    assertThat(f.figure(CaseFigures.CHILDREN_ABUSED_PER_100000, 2024, r)).hasValue(ItemValue.fraction(3, 2000));
    assertThat(f.figure(CaseFigures.CASES_WITH_PLAN_APPROVED_IN_TIME, 2023, r)).isEmpty();
    assertThat(CALC.newAccumulator().caseFigures(Optional.empty()).figure(CaseFigures.CASES_WITH_PLAN_APPROVED_IN_TIME, 2024, r))
        .hasValue(ItemValue.nothingToCount());
  }

  @Test
  void smallTotalsOfCasesAreHiddenWithTheirBreakdowns() {
    List<ProtectionCase> cases = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      cases.add(planned("2024-03-01T15:00+07:00", "2024-03-08", AbuseForm.SEXUAL_ABUSE));
    }
    IndicatorReport report = CALC.compute(cases);
    Publication p = DisclosureControl.publish(report, List.of());
    assertThat(p.audit().isPassed()).isTrue();
    for (IndicatorResult r : p.report().getResults()) {
      if (r.getNumerator() == 0 && r.getDenominator() == 0 && r.getState() != ValueState.SUPPRESSED) {
        continue; // nothing to count: 0 tells of nobody
      }
      assertThat(r.getState()).as(r.getCode()).isEqualTo(ValueState.SUPPRESSED);
      assertThat(r.getNumerator()).isZero();
      assertThat(r.getValue()).isEmpty();
      assertThat(r.getBreakdowns()).isEmpty();
    }
    assertThat(p.audit().getFigures()).extracting(a -> a.figure())
        .contains(Figure.total("CASES_RECEIVED"), Figure.total("SEVERE_CASES_PLAN_IN_TIME"));
    assertThat(p.hasHiddenFigures()).isTrue();
  }

  @Test
  void anAuditFailsOnAPublicationThatShowsASmallTotalOfCases() {
    IndicatorReport report = CALC.compute(List.of(planned("2024-03-01T15:00+07:00", "2024-03-08")));
    // published as computed, only flagged suppressed: the total of 1 case is shown
    IndicatorReport disclosing = IndicatorReport.of(report.getYear(), report.getReferenceDate(),
        report.getResults().stream().map(r -> IndicatorResult.of(r.getIndicator(), r.getNumerator(), r.getDenominator(),
            r.getExclusions(), java.util.Map.of())).toList());
    DisclosureAudit audit = DisclosureAudit.of(disclosing, List.of());
    assertThat(audit.isPassed()).isFalse();
    assertThat(audit.getPublishedSmall()).contains(Figure.total("CASES_RECEIVED"));
    assertThatThrownBy(() -> DisclosureControl.verify(disclosing, List.of())).isInstanceOf(IllegalArgumentException.class);
    // the same figures with the small totals hidden pass
    IndicatorReport hidden = IndicatorReport.of(report.getYear(), report.getReferenceDate(),
        disclosing.getResults().stream().map(r -> {
          IndicatorResult h = IndicatorResult.of(r.getIndicator(), r.getNumerator(), r.getDenominator(), java.util.Map.of(),
              java.util.Map.of()).withSuppressedExclusions(r.getExclusions().keySet());
          return r.getNumerator() > 0 || r.getDenominator() > 0 ? h.withSuppressedTotal() : h;
        }).toList());
    assertThat(DisclosureAudit.of(hidden, List.of()).isPassed()).isTrue();
  }

  @Test
  void aHiddenHarmCellIsNotLeftToBeWorkedOutFromTheTotal() {
    // 10 cases of violence, of which 2 also neglect: the NEGLECT cell (2) is primary; VIOLENCE (10)
    // equals the total, so in the strict model NEGLECT = total − VIOLENCE would be pinned without a complement
    List<ProtectionCase> cases = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      cases.add(i < 2 ? planned("2024-03-01T15:00+07:00", "2024-03-08", AbuseForm.VIOLENCE, AbuseForm.NEGLECT)
          : planned("2024-03-01T15:00+07:00", "2024-03-08", AbuseForm.VIOLENCE));
    }
    CaseFigureCalculator calc = CaseFigureCalculator.builder().year(2024).breakdowns(BreakdownDimension.HARM).build();
    Publication p = DisclosureControl.publish(calc.compute(cases), List.of());
    IndicatorResult received = p.report().result(CaseIndicators.CASES_RECEIVED).orElseThrow();
    assertThat(received.getNumerator()).isEqualTo(10);
    List<BreakdownCell> harm = received.getBreakdowns().getOrDefault(BreakdownDimension.HARM, List.of());
    assertThat(harm).filteredOn(c -> c.getKey().equals("NEGLECT")).allMatch(c -> c.getState() == ValueState.SUPPRESSED);
    assertThat(harm).filteredOn(c -> c.getState() != ValueState.SUPPRESSED)
        .allMatch(c -> c.getNumerator().getAsLong() > 4);
    assertThat(p.audit().isPassed()).isTrue();
    // referred count of 0 and a small count of a sub-population under a published total
    assertThat(p.report().result(CaseIndicators.CASES_REFERRED).orElseThrow().getState()).isEqualTo(ValueState.VALUE);
  }
}

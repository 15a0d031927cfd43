package io.github.treem.io.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.DisclosureRule;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.cases.DayHistogram;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.io.report.ReportDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Case figures in the DHIS2 export: a mapping may name them; a hidden total is never exported. */
class Dhis2CaseFiguresTest {
  /** 12 cases received (published), 2 emergencies and 3 referrals (small totals: hidden). */
  static IndicatorReport report() {
    return IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of(
        IndicatorResult.of(CaseIndicators.CASES_RECEIVED, 12, 0, Map.of(), Map.of()),
        IndicatorResult.of(CaseIndicators.EMERGENCY_WITHIN_12_HOURS, 2, 2,
            Map.of(ExclusionReason.DEADLINE_NOT_APPLICABLE, 10L), Map.of()),
        IndicatorResult.of(CaseIndicators.CASES_REFERRED, 3, 0, Map.of(), Map.of())));
  }

  static Dhis2Mapping mapping() {
    return Dhis2Mapping.builder().dataSet("tmDsPlan001").period("2020").orgUnit("tmOuQVinh01")
        .addValues(Dhis2ValueMapping.builder().indicator("CASES_RECEIVED").numerator(Dhis2Operand.of("tmDeCase001")).build())
        .addValues(Dhis2ValueMapping.builder().indicator("EMERGENCY_WITHIN_12_HOURS")
            .numerator(Dhis2Operand.of("tmDeCase002")).denominator(Dhis2Operand.of("tmDeCase003")).build())
        .addValues(Dhis2ValueMapping.builder().indicator("CASES_REFERRED").numerator(Dhis2Operand.of("tmDeCase004")).build())
        .build();
  }

  @Test
  void aMappingMayNameCaseIndicators() {
    assertThat(Dhis2Export.of(mapping()).validate()).isEmpty();
  }

  @Test
  void aHiddenTotalIsNotExportedAndIsCounted() {
    Dhis2DataValueSet set = Dhis2Export.of(mapping()).toDataValueSet(report());
    assertThat(set.getDataValues()).extracting(Dhis2DataValue::getDataElement, Dhis2DataValue::getValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tmDeCase001", "12"));
    Issue info = set.getIssues().stream().filter(i -> i.getCode().equals("DHIS2_SUPPRESSED_NOT_EXPORTED"))
        .findFirst().orElseThrow();
    assertThat(info.getMessageEn()).startsWith("2 hidden cells");
    assertThat(set.isValid()).isTrue();
  }

  static Dhis2Mapping medianMapping(boolean withCases) {
    Dhis2ValueMapping.Builder v = Dhis2ValueMapping.builder();
    v.indicator(Dhis2Export.DAYS_TO_PLAN).numerator(Dhis2Operand.of("tmDeMedian1"));
    if (withCases) {
      v.denominator(Dhis2Operand.of("tmDeMedCas1"));
    }
    return Dhis2Mapping.builder().dataSet("tmDsPlan001").period("2020").orgUnit("tmOuQVinh01").addValues(v.build()).build();
  }

  static ReportDocument withMedian(MedianDaysToPlan m) {
    return ReportDocument.builder().from(ReportDocument.of(report(), List.of())).daysToPlan(m).build();
  }

  @Test
  void theMedianDaysToPlanIsExportedAsTheNumberTheReportPublishes() {
    // 2, 3, 3, 4, 4, 5 days: 3.5 over six cases, six excluded
    MedianDaysToPlan m = MedianDaysToPlan.published(DayHistogram.of(0, 0, 1, 2, 2, 1), 6, DisclosureRule.DEFAULT);
    Dhis2DataValueSet set = Dhis2Export.of(medianMapping(true)).toDataValueSet(withMedian(m));
    assertThat(set.getDataValues()).extracting(Dhis2DataValue::getDataElement, Dhis2DataValue::getValue, Dhis2DataValue::getOrgUnit)
        .containsExactly(tuple("tmDeMedian1", "3.5", "tmOuQVinh01"), tuple("tmDeMedCas1", "6", "tmOuQVinh01"));
    assertThat(set.isValid()).isTrue();
  }

  @Test
  void aHiddenMedianOrHiddenCountsAreNotExportedAndAreCounted() {
    MedianDaysToPlan hidden = MedianDaysToPlan.published(DayHistogram.of(0, 0, 1, 2), 9, DisclosureRule.DEFAULT);
    Dhis2DataValueSet set = Dhis2Export.of(medianMapping(true)).toDataValueSet(withMedian(hidden));
    assertThat(set.getDataValues()).isEmpty();
    assertThat(set.getIssues()).filteredOn(i -> i.getCode().equals("DHIS2_SUPPRESSED_NOT_EXPORTED"))
        .singleElement().satisfies(i -> assertThat(i.getMessageEn()).startsWith("2 hidden cells"));
    // a median of five cases beside three excluded: the median is published, its counts are not
    MedianDaysToPlan counts = MedianDaysToPlan.published(DayHistogram.of(0, 0, 1, 2, 2), 3, DisclosureRule.DEFAULT);
    assertThat(Dhis2Export.of(medianMapping(true)).toDataValueSet(withMedian(counts)).getDataValues())
        .extracting(Dhis2DataValue::getValue).containsExactly("3.0");
  }

  @Test
  void noMedianWithoutCasesOrWithoutAnApprovedPlanAndNoBreakdown() {
    Dhis2DataValueSet none = Dhis2Export.of(medianMapping(false)).toDataValueSet(ReportDocument.of(report(), List.of()));
    assertThat(none.getDataValues()).isEmpty();
    assertThat(none.getIssues()).extracting(Issue::getCode).contains("DHIS2_NOT_IN_REPORT");
    Dhis2DataValueSet noData = Dhis2Export.of(medianMapping(true))
        .toDataValueSet(withMedian(MedianDaysToPlan.published(DayHistogram.empty(), 12, DisclosureRule.DEFAULT)));
    assertThat(noData.getDataValues()).extracting(Dhis2DataValue::getValue).containsExactly("0");
    assertThat(noData.getIssues()).extracting(Issue::getCode).contains("DHIS2_NOT_IN_REPORT");
    Dhis2Mapping byVillage = Dhis2Mapping.builder().from(medianMapping(false)).values(List.of(Dhis2ValueMapping.builder()
        .indicator(Dhis2Export.DAYS_TO_PLAN).breakdown("sex").key("FEMALE").numerator(Dhis2Operand.of("tmDeMedian1")).build()))
        .build();
    assertThat(Dhis2Export.of(byVillage).validate()).extracting(Issue::getCode).containsExactly("DHIS2_UNKNOWN_BREAKDOWN");
  }
}

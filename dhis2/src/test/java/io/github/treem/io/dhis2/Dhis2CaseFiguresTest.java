package io.github.treem.io.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
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
}

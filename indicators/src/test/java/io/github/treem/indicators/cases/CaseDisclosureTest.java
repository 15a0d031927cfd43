package io.github.treem.indicators.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ValueState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hidden total of a deadline figure is not {@code CASES_RECEIVED} minus its exclusions: the audit
 * knows that every case received is counted or excluded once, and disclosure control hides an
 * exclusion count with the total.
 */
class CaseDisclosureTest {
  static final LocalDate R = LocalDate.of(2020, 12, 31);

  /** 12 cases received; 2 needed emergency measures (both in time), 10 were not emergencies. */
  static IndicatorReport report() {
    return IndicatorReport.of(2020, R, List.of(
        IndicatorResult.of(CaseIndicators.CASES_RECEIVED, 12, 0, Map.of(), Map.of()),
        IndicatorResult.of(CaseIndicators.EMERGENCY_WITHIN_12_HOURS, 2, 2,
            Map.of(ExclusionReason.DEADLINE_NOT_APPLICABLE, 10L), Map.of())));
  }

  @Test
  void theExclusionCountIsHiddenWithTheSmallTotal() {
    Publication p = DisclosureControl.publish(report(), List.of());
    IndicatorResult emergency = p.report().result(CaseIndicators.EMERGENCY_WITHIN_12_HOURS).orElseThrow();
    assertThat(emergency.getState()).isEqualTo(ValueState.SUPPRESSED);
    assertThat(emergency.getSuppressedExclusions()).containsExactly(ExclusionReason.DEADLINE_NOT_APPLICABLE);
    assertThat(emergency.getExclusions()).isEmpty();
    assertThat(p.report().result(CaseIndicators.CASES_RECEIVED).orElseThrow().getNumerator()).isEqualTo(12);
  }

  @Test
  void aPublicationThatLeavesTheDifferenceFailsTheAudit() {
    // the total hidden, the exclusion published: 12 − 10 = 2 is exact disclosure
    IndicatorResult leaky = IndicatorResult.of(CaseIndicators.EMERGENCY_WITHIN_12_HOURS, 0, 0,
        Map.of(ExclusionReason.DEADLINE_NOT_APPLICABLE, 10L), Map.of()).withSuppressedTotal();
    IndicatorReport published = IndicatorReport.of(2020, R, List.of(
        IndicatorResult.of(CaseIndicators.CASES_RECEIVED, 12, 0, Map.of(), Map.of()), leaky));
    assertThatThrownBy(() -> DisclosureControl.verify(published, List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyTheDeadlineFiguresPartitionTheCasesReceived() {
    assertThat(CaseIndicators.EMERGENCY_WITHIN_12_HOURS.partitionsCasesReceived()).isTrue();
    assertThat(CaseIndicators.PLAN_APPROVED_IN_TIME.partitionsCasesReceived()).isTrue();
    assertThat(CaseIndicators.SEVERE_CASES_PLAN_IN_TIME.partitionsCasesReceived()).isFalse();
    assertThat(CaseIndicators.CASES_REFERRED.partitionsCasesReceived()).isFalse();
    assertThat(CaseIndicators.CASES_RECEIVED.partitionsCasesReceived()).isFalse();
  }
}

package io.github.treem.indicators.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.DisclosureAudit;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.Figure;
import io.github.treem.indicators.FigureAudit;
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

  /**
   * Issue 14's crash: 20 cases received, 3 of 20 plans approved in time, no exclusion. The small
   * numerator hides the total; its count is CASES_RECEIVED (every case is in the denominator), which
   * tells nothing small: the numerator is what is protected, and it ranges over 0 to 20.
   */
  @Test
  void aSmallNumeratorOverAKnownDenominatorIsPublishedHidden() {
    IndicatorReport raw = IndicatorReport.of(2020, R, List.of(
        IndicatorResult.of(CaseIndicators.CASES_RECEIVED, 20, 0, Map.of(), Map.of()),
        IndicatorResult.of(CaseIndicators.PLAN_APPROVED_IN_TIME, 3, 20, Map.of(), Map.of())));
    Publication p = DisclosureControl.publish(raw, List.of());
    assertThat(p.audit().isPassed()).isTrue();
    assertThat(p.report().result(CaseIndicators.CASES_RECEIVED).orElseThrow().getNumerator()).isEqualTo(20);
    IndicatorResult plan = p.report().result(CaseIndicators.PLAN_APPROVED_IN_TIME).orElseThrow();
    assertThat(plan.getState()).isEqualTo(ValueState.SUPPRESSED);
    FigureAudit total = p.audit().getFigures().stream()
        .filter(f -> f.figure().equals(Figure.total(CaseIndicators.PLAN_APPROVED_IN_TIME.getCode())))
        .findFirst().orElseThrow();
    assertThat(total.size()).isEqualTo(new FigureAudit.Range(20, 20));
    assertThat(total.numerator()).contains(new FigureAudit.Range(0, 20));
    assertThat(total.complement()).contains(new FigureAudit.Range(0, 20));
    // the same publication verifies when read back
    assertThat(DisclosureControl.verify(p.report(), List.of()).audit().isPassed()).isTrue();
  }

  /** A hidden total pinned to a small count still fails: 9 cases received, 5 pending, so 4 plans due. */
  @Test
  void aHiddenTotalPinnedToASmallCountStillFails() {
    IndicatorReport published = IndicatorReport.of(2020, R, List.of(
        IndicatorResult.of(CaseIndicators.CASES_RECEIVED, 9, 0, Map.of(), Map.of()),
        IndicatorResult.of(CaseIndicators.PLAN_APPROVED_IN_TIME, 0, 0,
            Map.of(ExclusionReason.DEADLINE_PENDING, 5L), Map.of()).withSuppressedTotal()));
    DisclosureAudit audit = DisclosureAudit.of(published, List.of());
    assertThat(audit.isPassed()).isFalse();
    assertThat(audit.getFailures()).singleElement().satisfies(f -> {
      assertThat(f.figure()).isEqualTo(Figure.total(CaseIndicators.PLAN_APPROVED_IN_TIME.getCode()));
      assertThat(f.size()).isEqualTo(new FigureAudit.Range(4, 4));
    });
  }

  /**
   * Found by the property test: 5 cases received, split over an emergency total of 1 and three
   * exclusion counts (2, 1, 1), all hidden. Each is 1 or 2, as wide as the 5 cases allow (no
   * complement is left to hide but the headline figure).
   */
  @Test
  void aHiddenFigureReachesWhatTheCasesReceivedAllow() {
    IndicatorReport raw = IndicatorReport.of(2020, R, List.of(
        IndicatorResult.of(CaseIndicators.CASES_RECEIVED, 5, 0, Map.of(), Map.of()),
        IndicatorResult.of(CaseIndicators.EMERGENCY_WITHIN_12_HOURS, 0, 1, Map.of(ExclusionReason.DEADLINE_PENDING, 2L,
            ExclusionReason.CLOSED_BEFORE_DUE, 1L, ExclusionReason.DEADLINE_NOT_APPLICABLE, 1L), Map.of())));
    Publication p = DisclosureControl.publish(raw, List.of());
    assertThat(p.audit().isPassed()).isTrue();
    assertThat(p.report().result(CaseIndicators.CASES_RECEIVED).orElseThrow().getNumerator()).isEqualTo(5);
    FigureAudit total = audited(p, Figure.total(CaseIndicators.EMERGENCY_WITHIN_12_HOURS.getCode()));
    assertThat(total.size()).isEqualTo(new FigureAudit.Range(1, 2));
    assertThat(total.requiredUpper()).isEqualTo(2);
  }

  /**
   * Found by the property test: 2 cases received (hidden), both emergencies met, and a plan's
   * figure of one case in time and one closed before due (both hidden beside no other term): the
   * hidden figures say at least 2 cases, whatever is published, so that is where the hidden
   * {@code CASES_RECEIVED} and the emergency total (all of them) need reach down to.
   */
  @Test
  void aHiddenCasesReceivedReachesDownToWhatItsFiguresCountAtLeast() {
    IndicatorReport raw = IndicatorReport.of(2020, R, List.of(
        IndicatorResult.of(CaseIndicators.CASES_RECEIVED, 2, 0, Map.of(), Map.of()),
        IndicatorResult.of(CaseIndicators.EMERGENCY_WITHIN_12_HOURS, 2, 2, Map.of(), Map.of()),
        IndicatorResult.of(CaseIndicators.PLAN_APPROVED_IN_TIME, 1, 1, Map.of(ExclusionReason.CLOSED_BEFORE_DUE, 1L),
            Map.of())));
    Publication p = DisclosureControl.publish(raw, List.of());
    assertThat(p.audit().isPassed()).isTrue();
    assertThat(audited(p, Figure.total(CaseIndicators.CASES_RECEIVED.getCode())).size().min()).isEqualTo(2);
    assertThat(audited(p, Figure.total(CaseIndicators.EMERGENCY_WITHIN_12_HOURS.getCode())).size().min()).isEqualTo(2);
  }

  private static FigureAudit audited(Publication p, Figure f) {
    return p.audit().getFigures().stream().filter(a -> a.figure().equals(f)).findFirst().orElseThrow();
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

package io.github.treem.indicators;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A report fit to publish, with what every writer needs: the suppressed report, the target
 * assessments published beside it, the audit that proves it protected, and the display rule of
 * each indicator's values. Made by {@link DisclosureControl#publish(IndicatorReport, List)}.
 *
 * <p>A writer formats an indicator with {@code publication.format(result)}: {@code format(result)}
 * for the total, {@code format(cell)} for a cell (empty for a suppressed cell, which is written as
 * {@link DisclosureControl#SYMBOL}), {@code previous()} for last year's value, {@code reference(a)}
 * for a target's reference.
 *
 * @param report the report as published: hidden cells in state {@link ValueState#SUPPRESSED},
 *     hidden exclusion counts in {@link IndicatorResult#getSuppressedExclusions()}, withheld
 *     breakdowns left out; {@link IndicatorReport#isSuppressed()} is true
 * @param assessments the target assessments (on totals, which are always published)
 * @param audit the audit of the report, passed
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Publication(IndicatorReport report, List<TargetAssessment> assessments, DisclosureAudit audit) {

  /**
   * Checks the components.
   *
   * @param report the report
   * @param assessments the assessments
   * @param audit the audit
   */
  public Publication {
    assessments = List.copyOf(assessments);
  }

  /**
   * The display rule of one indicator's values in this publication.
   *
   * @param result a result of the report
   * @return its format (see {@link ValueFormat})
   */
  public ValueFormat format(IndicatorResult result) {
    return ValueFormat.of(result, assessments);
  }
}

package io.github.treem.indicators;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A report fit to publish, with what every writer needs: the suppressed report, the target
 * assessments published beside it, the audit that proves it protected, and the display rule of
 * each indicator's values. Made by {@link DisclosureControl#publish(IndicatorReport, List)}.
 *
 * <p>What a writer (table, JSON, CSV, HTML, DHIS2, Spark) does with it, and nothing else:
 * <ol>
 *   <li>{@code report()}: the figures to write. A cell in state {@link ValueState#SUPPRESSED} is
 *       written {@link DisclosureControl#SYMBOL} (no figures); a reason in
 *       {@link IndicatorResult#getSuppressedExclusions()} is written as a hidden count (not left
 *       out, not 0); a breakdown missing from {@link IndicatorResult#getBreakdowns()} is not
 *       written.</li>
 *   <li>{@code format(result)}: how to show the indicator's values ({@code format(result)} for the
 *       total, {@code format(cell)} for a cell, {@code previous()} for last year's value,
 *       {@code reference(a)} for a target's reference), so that no value is shown on the wrong
 *       side of a target.</li>
 *   <li>{@code assessments()}: the target statuses and gaps to write beside the totals.</li>
 *   <li>{@code hasHiddenFigures()}: when true, the note {@link DisclosureControl#NOTE_VI} /
 *       {@link DisclosureControl#NOTE_EN} goes with the figures.</li>
 * </ol>
 * A writer given an {@link IndicatorReport} instead calls
 * {@link DisclosureControl#publish(IndicatorReport, List)} once (a report already suppressed is
 * verified, not suppressed again).
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
   * The same publication with target assessments published beside it, without auditing it again:
   * the audit examines the figures alone, and target statuses and gaps are published beside
   * totals, which are always published ({@link DisclosureAudit}: they add nothing the totals do
   * not say), so this publication's audit, passed, is theirs too. Equal to what
   * {@link DisclosureControl#verify(IndicatorReport, List, DisclosureRule, AreaHierarchy)} gives
   * for the same report and assessments, in the time of a copy: a province's report need not
   * solve its audit twice.
   *
   * @param targets the target assessments, made on this publication's figures
   * @return the publication with them
   * @since 0.1.0
   */
  public Publication withAssessments(List<TargetAssessment> targets) {
    return new Publication(report, targets, audit);
  }

  /**
   * Whether any figure is hidden (a cell or an exclusion count): then the note explaining
   * {@link DisclosureControl#SYMBOL} is written with the figures.
   *
   * @return true when some figure is hidden
   */
  public boolean hasHiddenFigures() {
    return !audit.getFigures().isEmpty();
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

package io.github.treem.io.report;

import io.github.treem.core.plan.MonitoringLine;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.ExactValue;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.MonitoringAssessment;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.ValueFormat;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.io.internal.TreemStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A published indicator report: the report, the assessment of the plan's targets, the figures of
 * earlier years (each indicator's total in the reports of previous years, with the change since)
 * and, when given, the manifest of what it was made from. It is what {@code treem report} writes and what
 * {@link ReportJson} writes and reads back.
 *
 * <pre>{@code
 * ReportDocument doc = ReportDocument.of(report, TargetAssessment.assessAll(plan, report, Optional.empty()))
 *     .withManifest(manifest);
 * String json = ReportJson.of(Language.EN).write(doc);
 * }</pre>
 *
 * <h2>What a writer publishes</h2>
 * Every writer of a document ({@link ReportJson}, {@link ReportCsv},
 * {@code io.github.treem.io.html.HtmlReport}, {@code io.github.treem.io.dhis2.Dhis2Export},
 * {@code treem-spark}, the {@code treem report} table) writes {@link #published()}, never the
 * document as given:
 * <ol>
 *   <li>a document whose report has passed disclosure control ({@link IndicatorReport#isSuppressed()})
 *       is written once its audit passes: the audit made with it ({@link #of(Publication)},
 *       {@link ReportPipeline}, {@link ReportJson#read}) or, for a document built otherwise, a new
 *       audit ({@link DisclosureControl#verify}); a report that fails it is refused
 *       ({@link IllegalArgumentException}), never written;</li>
 *   <li>a document whose report has not (an embedder's own {@code IndicatorReport}) is suppressed
 *       and audited first ({@link DisclosureControl#publish}): an unsuppressed report given to a
 *       writer is never written unsuppressed;</li>
 *   <li>the unsuppressed figures are written only when asked for by name:
 *       {@link #unsuppressedForInternalUse(IndicatorReport, List)} or
 *       {@link ReportPipeline.Builder#unsuppressedForInternalUse()} (and a report JSON written so,
 *       {@code "suppressed": false}, reads back so). Such a document is for the commune's own
 *       work, never for publication, and every format says so.</li>
 * </ol>
 * Every value written goes through the indicator's {@link ValueFormat} ({@link #format}).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ReportDocument {
  ReportDocument() {}

  /** {@return the indicator report} */
  public abstract IndicatorReport getReport();

  /** {@return the assessments of the plan's targets, in the plan's order (empty without a plan)} */
  public abstract List<TargetAssessment> getTargets();

  /**
   * {@return the plan's monitoring lines (its aims without a number), in the plan's order: written
   * beside the targets, read with {@link #monitoring()}; empty without a plan}
   */
  public abstract List<MonitoringLine> getMonitoringLines();

  /**
   * The plan's monitoring lines read against this year's figures and last year's
   * ({@link #lastYear()}): each indicator's total as every writer shows it ({@link #value},
   * {@link #previousValue}), the change, and whether it goes the plan's way
   * ({@link MonitoringAssessment}). A value hidden in either year stays hidden, and the change
   * and its direction with it. Call on {@link #published()}.
   *
   * @return the assessments, in the plan's order of lines
   */
  public List<MonitoringAssessment> monitoring() {
    List<MonitoringAssessment> out = new ArrayList<>(getMonitoringLines().size());
    Optional<IndicatorReport> last = lastYear();
    for (MonitoringLine line : getMonitoringLines()) {
      String code = line.getIndicatorCode();
      Optional<IndicatorResult> now = result(code);
      ValueState state = now.map(IndicatorResult::getState).orElse(ValueState.NO_DATA);
      Optional<BigDecimal> value = state == ValueState.VALUE ? value(code) : Optional.empty();
      Optional<IndicatorResult> before = last.flatMap(r -> previous(r.getYear(), code));
      OptionalInt year = before.isPresent() ? OptionalInt.of(last.get().getYear()) : OptionalInt.empty();
      Optional<ValueState> beforeState = before.map(IndicatorResult::getState);
      Optional<BigDecimal> beforeValue = beforeState.filter(ValueState.VALUE::equals).isPresent()
          ? previousValue(last.get().getYear(), code) : Optional.empty();
      out.add(MonitoringAssessment.of(line, state, value, year, beforeState, beforeValue));
    }
    return List.copyOf(out);
  }

  /** {@return the manifest of what the report was made from, if given} */
  public abstract Optional<ReportManifest> getManifest();

  /**
   * {@return the commune's standing on the child-friendly commune standard, when it was scored
   * ({@link ReportPipeline.Builder#selfAssessment}, {@link ReportPipeline.Builder#communeType})}
   */
  public abstract Optional<ChildFriendlyStanding> getChildFriendly();

  /**
   * {@return the median days from the information received to an approved intervention plan,
   * when the report has case figures ({@link ReportPipeline.Builder#cases}): published under the
   * disclosure rule, or unsuppressed in a document for internal use only}
   */
  public abstract Optional<MedianDaysToPlan> getDaysToPlan();

  /**
   * {@return true for the unsuppressed figures, asked for by name for internal use (see
   * {@link #unsuppressedForInternalUse(IndicatorReport, List)}): writers write them as they are}
   */
  @Value.Default
  public boolean isUnsuppressedForInternalUse() {
    return false;
  }

  /**
   * The publication of this document's report and targets, whose audit has passed, when it was
   * made with one (not part of equality: it is derived from the report and the targets).
   *
   * @return the publication, if known
   */
  @Value.Auxiliary
  public abstract Optional<Publication> getPublication();

  /**
   * The document as every writer writes it (see "What a writer publishes"): this document when it
   * is for internal use or carries the publication of its own report; else the document with its
   * report verified (already suppressed) or suppressed and audited.
   *
   * @return the document to write, with {@link #getPublication()} present unless for internal use
   * @throws IllegalArgumentException when a report marked suppressed fails its audit
   */
  public ReportDocument published() {
    if (!isUnsuppressedForInternalUse() && getDaysToPlan().filter(m -> !m.isSuppressed()).isPresent()) {
      throw new IllegalArgumentException("an unsuppressed median days to plan is only for a document for internal use");
    }
    if (isUnsuppressedForInternalUse() || ownPublication().isPresent()) {
      return this;
    }
    Publication p = DisclosureControl.publish(getReport(), getTargets());
    return builder().from(this).report(p.report()).targets(p.assessments()).publication(p).build();
  }

  /** The publication carried, when it is of this very report and targets. */
  private Optional<Publication> ownPublication() {
    return getPublication().filter(p -> p.report().equals(getReport()) && p.assessments().equals(getTargets()));
  }

  /**
   * Whether any figure of the report is hidden: then the note {@link DisclosureControl#NOTE_VI} /
   * {@link DisclosureControl#NOTE_EN} is written with it. Call on {@link #published()}.
   *
   * @return true when a cell, an exclusion count or the median days to plan (or its counts) is hidden
   */
  public boolean hasHiddenFigures() {
    boolean medianHidden = !isUnsuppressedForInternalUse() && getDaysToPlan()
        .filter(m -> m.getState() == ValueState.SUPPRESSED || m.getCases().isEmpty()).isPresent();
    return medianHidden || ownPublication().map(Publication::hasHiddenFigures).orElse(false);
  }

  /**
   * How an indicator's values are displayed beside this document's targets ({@link ValueFormat}):
   * the one display of every writer.
   *
   * @param result a result of the report
   * @return its format
   */
  public ValueFormat format(IndicatorResult result) {
    return ValueFormat.of(result, getTargets());
  }

  /**
   * A document as published, with the audit that proves it.
   *
   * @param publication the publication ({@link DisclosureControl#publish})
   * @return the document, without a manifest
   */
  public static ReportDocument of(Publication publication) {
    return builder().report(publication.report()).targets(publication.assessments()).publication(publication)
        .build();
  }

  /**
   * The unsuppressed figures, for internal use only (a commune's own follow-up of its children),
   * never to be published: writers write them as they are, marked as such.
   *
   * @param report the report, not suppressed
   * @param targets the target assessments
   * @return the document
   * @throws IllegalArgumentException when the report is suppressed
   */
  public static ReportDocument unsuppressedForInternalUse(IndicatorReport report, List<TargetAssessment> targets) {
    return builder().report(report).targets(targets).unsuppressedForInternalUse(true).build();
  }

  @Value.Check
  void check() {
    if (isUnsuppressedForInternalUse() && getReport().isSuppressed()) {
      throw new IllegalArgumentException("a suppressed report is not the unsuppressed internal form");
    }
    checkPrevious();
  }

  /**
   * {@return the reports of earlier years that this one is compared with, by year strictly
   * ascending, each with its indicators' totals only (no breakdowns, no exclusions); empty when
   * none was given}
   */
  public abstract List<PreviousYear> getPrevious();

  /** {@return the report of the latest earlier year, if any: "last year"} */
  public Optional<IndicatorReport> lastYear() {
    return getPrevious().isEmpty() ? Optional.empty() : Optional.of(getPrevious().get(getPrevious().size() - 1).getReport());
  }

  /**
   * The total of an indicator in an earlier year's report.
   *
   * @param year the earlier year
   * @param indicatorCode the indicator's code
   * @return the total as published that year, if that report has the indicator
   */
  public Optional<IndicatorResult> previous(int year, String indicatorCode) {
    return getPrevious().stream().filter(p -> p.getReport().getYear() == year).findFirst()
        .flatMap(p -> p.getReport().getResults().stream().filter(r -> r.getCode().equals(indicatorCode)).findFirst());
  }

  /**
   * An indicator's total this year as every writer displays it: through its
   * {@link ValueFormat} beside this document's targets ({@link #format}).
   *
   * @param indicatorCode the indicator's code
   * @return the value as shown, when the report has the indicator with a value
   */
  public Optional<BigDecimal> value(String indicatorCode) {
    return result(indicatorCode).flatMap(r -> format(r).format(r));
  }

  /**
   * An indicator's total in an earlier year as every writer displays it: last year's value that
   * an {@code INCREASE} target is assessed against as that target shows its reference
   * ({@link ValueFormat#reference}); any other earlier value kept on the right side of the
   * thresholds ({@link ValueFormat#format(ExactValue)}). Never the value rounded by itself: a
   * value shown beside this year's is displayed by the same rule.
   *
   * @param year the earlier year
   * @param indicatorCode the indicator's code
   * @return the value as shown, when that year's report has the indicator with a value
   */
  public Optional<BigDecimal> previousValue(int year, String indicatorCode) {
    Optional<IndicatorResult> before = previous(year, indicatorCode);
    Optional<ExactValue> exact = before.flatMap(ExactValue::of);
    if (exact.isEmpty()) {
      return Optional.empty();
    }
    ValueFormat f = result(indicatorCode).map(this::format)
        .orElseGet(() -> ValueFormat.of(before.get().getIndicator().getUnit()));
    for (TargetAssessment a : getTargets()) {
      if (a.getIndicatorCode().equals(indicatorCode) && a.getComparator() == TargetComparator.INCREASE
          && a.getExactReference().equals(exact)) {
        // the reference as the target shows it, with the decimals of a value when that is the same number
        BigDecimal asValue = f.format(exact.get());
        return f.reference(a).map(r -> r.compareTo(asValue) == 0 ? asValue : r);
      }
    }
    return Optional.of(f.format(exact.get()));
  }

  /**
   * The change of an indicator since an earlier year, as displayed: this year's value as shown
   * ({@link #value}) minus that year's as shown ({@link #previousValue}), in the indicator's unit
   * (percentage points for a rate, children for a count). A change shown beside the two values
   * is always their difference.
   *
   * @param year the earlier year
   * @param indicatorCode the indicator's code
   * @return the change, when both years have a value
   */
  public Optional<BigDecimal> changeSince(int year, String indicatorCode) {
    Optional<BigDecimal> before = previousValue(year, indicatorCode);
    Optional<BigDecimal> now = value(indicatorCode);
    return before.isPresent() && now.isPresent() ? Optional.of(now.get().subtract(before.get())) : Optional.empty();
  }

  /** This year's result of an indicator. */
  private Optional<IndicatorResult> result(String indicatorCode) {
    return getReport().getResults().stream().filter(r -> r.getCode().equals(indicatorCode)).findFirst();
  }

  /** The check of the earlier years: earlier years only, each once, ascending. */
  private void checkPrevious() {
    int last = Integer.MIN_VALUE;
    for (PreviousYear p : getPrevious()) {
      int y = p.getReport().getYear();
      if (y >= getReport().getYear() || y <= last) {
        throw new IllegalArgumentException("previous reports must be of distinct earlier years than "
            + getReport().getYear() + ", ascending");
      }
      last = y;
    }
  }

  /** An earlier year's report, as this document keeps it: the indicators' totals. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class PreviousYear {
    private final IndicatorReport report;

    private PreviousYear(IndicatorReport report) {
      this.report = report;
    }

    /**
     * An earlier year's report, reduced to its indicators' totals (breakdowns and exclusions are
     * left out: the comparison is on totals, and a hidden cell stays hidden). A total hidden
     * that year (a sensitive population's small total, such as a protection-case indicator's)
     * stays hidden: no figures, no change shown.
     *
     * @param report the report as published
     * @return the earlier year
     */
    public static PreviousYear of(IndicatorReport report) {
      List<IndicatorResult> totals = report.getResults().stream()
          .map(r -> {
            IndicatorResult total = IndicatorResult.of(r.getIndicator(), r.getNumerator(), r.getDenominator(),
                java.util.Map.of(), java.util.Map.of());
            return r.getState() == ValueState.SUPPRESSED ? total.withSuppressedTotal() : total;
          })
          .collect(java.util.stream.Collectors.toList());
      return new PreviousYear(IndicatorReport.of(report.getYear(), report.getReferenceDate(), totals));
    }

    /** {@return the report: its year, reference date and indicators' totals} */
    public IndicatorReport getReport() {
      return report;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PreviousYear p && p.report.equals(report);
    }

    @Override
    public int hashCode() {
      return report.hashCode();
    }

    @Override
    public String toString() {
      return "PreviousYear{" + report.getYear() + "}";
    }
  }

  /**
   * A document without a manifest. Writers suppress and audit its report first when it is not
   * suppressed (see {@link #published()}).
   *
   * @param report the report
   * @param targets the target assessments
   * @return the document
   */
  public static ReportDocument of(IndicatorReport report, List<TargetAssessment> targets) {
    return builder().report(report).targets(targets).build();
  }

  /**
   * A copy with a manifest.
   *
   * @param manifest the manifest
   * @return the copy
   */
  public ReportDocument withManifest(ReportManifest manifest) {
    return builder().from(this).manifest(manifest).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportDocument}. */
  public static final class Builder extends ImmutableReportDocument.Builder {
    Builder() {}
  }
}

package io.github.treem.planreport;

import io.github.treem.core.plan.Activity;
import io.github.treem.core.plan.ItemAssessment;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.Recipient;
import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.core.plan.SignatureBlock;
import io.github.treem.indicators.MonitoringAssessment;
import io.github.treem.indicators.TargetStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The commune's report on its plan (báo cáo kết quả thực hiện kế hoạch) for a period: six months,
 * the year, or any span of days. Built from the plan, the activity log, the officer's own
 * assessments and, through {@link ReportInputs}, the published target assessments, the
 * child-friendly score and the case figures; written by the Word and HTML writers.
 *
 * <pre>{@code
 * ImplementationReport report = ImplementationReport.of(plan, ReportingPeriod.parse("2020-H1"),
 *     activities, assessments, ReportInputs.builder().targets(results).build());
 * WordPlanReport.of(report).writeTo(out);
 * }</pre>
 *
 * <p>Its parts, in the order of the document: the header (issuing body, number, place and date,
 * title and summary); the opening paragraph; I. the targets assessed (with last year), the
 * child-friendly score and the case figures; II. what each unit did against its duties (each duty
 * and led item with its status at the end of the period, and the unit's activities); III. the
 * activities and people reached by kind, and the events; IV. funding planned and spent by source and
 * by item; V. what was not done and why (items, and targets not met); VI. the proposals (a
 * placeholder for the officer unless given); the closing; the recipients ("Nơi nhận": the
 * recipients of the plan's periodic reporting duties, "Để báo cáo", and the archive); the signature
 * block (no name: the officer signs).
 *
 * <p>Figures of children: the report computes one table of children (people reached, by kind and
 * sex) and prints it only as {@link ReportInputs#getDisclosure() disclosure control} publishes it;
 * activities are listed without their counts of children. Target values and case figures are
 * printed as given (they must be published figures).
 *
 * <p>Bad input: the plan and the log are validated first ({@code PlanValidator},
 * {@code ActivityValidator} at the period's end); any error stops the build with a coded exception
 * naming the first issue.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ImplementationReport {
  private final Plan plan;
  private final ReportingPeriod period;
  private final ReportHeader header;
  private final String openingVi;
  private final boolean targetsBound;
  private final List<TargetLine> targets;
  private final List<MonitoringAssessment> monitoring;
  private final Optional<ChildFriendlyResult> childFriendly;
  private final List<FigureLine> caseFigures;
  private final List<UnitPart> units;
  private final int activityCount;
  private final List<ReachLine> reach;
  private final ReachLine reachTotal;
  private final List<String> reachNotesVi;
  private final List<EventLine> events;
  private final List<FundingLine> fundingBySource;
  private final List<FundingLine> fundingByItem;
  private final List<NotDoneLine> notDone;
  private final String proposalsVi;
  private final boolean proposalsPlaceholder;
  private final String closingVi;
  private final List<Recipient> recipients;
  private final SignatureBlock signature;
  private final List<String> notesVi;
  private final boolean syntheticData;
  private final List<String> caveatsVi;

  ImplementationReport(Parts p) {
    this.plan = p.plan;
    this.period = p.period;
    this.header = p.header;
    this.openingVi = p.openingVi;
    this.targetsBound = p.targetsBound;
    this.targets = List.copyOf(p.targets);
    this.monitoring = List.copyOf(p.monitoring);
    this.childFriendly = p.childFriendly;
    this.caseFigures = List.copyOf(p.caseFigures);
    this.units = List.copyOf(p.units);
    this.activityCount = p.activityCount;
    this.reach = List.copyOf(p.reach);
    this.reachTotal = p.reachTotal;
    this.reachNotesVi = List.copyOf(p.reachNotesVi);
    this.events = List.copyOf(p.events);
    this.fundingBySource = List.copyOf(p.fundingBySource);
    this.fundingByItem = List.copyOf(p.fundingByItem);
    this.notDone = List.copyOf(p.notDone);
    this.proposalsVi = p.proposalsVi;
    this.proposalsPlaceholder = p.proposalsPlaceholder;
    this.closingVi = p.closingVi;
    this.recipients = List.copyOf(p.recipients);
    this.signature = p.signature;
    this.notesVi = List.copyOf(p.notesVi);
    this.syntheticData = p.syntheticData;
    this.caveatsVi = List.copyOf(p.caveatsVi);
  }

  /** The parts, filled by the assembler. */
  @SuppressWarnings("NullAway.Init") // ReportAssembler.assemble sets every field before the constructor above reads it
  static final class Parts {
    Plan plan;
    ReportingPeriod period;
    ReportHeader header;
    String openingVi;
    boolean targetsBound;
    List<TargetLine> targets;
    List<MonitoringAssessment> monitoring = List.of();
    Optional<ChildFriendlyResult> childFriendly;
    List<FigureLine> caseFigures;
    List<UnitPart> units;
    int activityCount;
    List<ReachLine> reach;
    ReachLine reachTotal;
    List<String> reachNotesVi;
    List<EventLine> events;
    List<FundingLine> fundingBySource;
    List<FundingLine> fundingByItem;
    List<NotDoneLine> notDone;
    String proposalsVi;
    boolean proposalsPlaceholder;
    String closingVi;
    List<Recipient> recipients;
    SignatureBlock signature;
    List<String> notesVi;
    boolean syntheticData;
    List<String> caveatsVi = List.of();
  }

  /**
   * Builds the report of a period. The activities and assessments are read once, in order.
   *
   * @param plan the plan
   * @param period the period (within or overlapping the plan's year)
   * @param activities the activity log (all of the plan's year; those of the period are reported,
   *     those before count for the items' status)
   * @param assessments the officer's assessments
   * @param inputs the published figures, the disclosure control and the document's particulars
   * @return the report
   * @throws io.github.treem.core.validation.InvalidValueException when the period is outside the plan's year
   *     (code {@code TREEM-PLANREPORT-0001}), the plan has errors ({@code TREEM-PLANREPORT-0002}) or
   *     the log has errors ({@code TREEM-PLANREPORT-0003}); the message names the first issue
   */
  public static ImplementationReport of(Plan plan, ReportingPeriod period, Iterable<Activity> activities,
      Iterable<ItemAssessment> assessments, ReportInputs inputs) {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(activities, "activities must not be null");
    Objects.requireNonNull(assessments, "assessments must not be null");
    Objects.requireNonNull(inputs, "inputs must not be null");
    return new ImplementationReport(ReportAssembler.assemble(plan, period, activities, assessments, inputs));
  }

  /** {@return the plan reported on} */
  public Plan getPlan() {
    return plan;
  }

  /** {@return the period reported on} */
  public ReportingPeriod getPeriod() {
    return period;
  }

  /** {@return the day the statuses are given at: the period's last day} */
  public LocalDate getAsOf() {
    return period.getSpan().getEnd();
  }

  /** {@return the header} */
  public ReportHeader getHeader() {
    return header;
  }

  /** {@return the opening paragraph} */
  public String getOpeningVi() {
    return openingVi;
  }

  /** {@return whether target assessments were given ({@link ReportInputs#getTargets()})} */
  public boolean isTargetsBound() {
    return targetsBound;
  }

  /** {@return the targets, in the plan's order} */
  public List<TargetLine> getTargets() {
    return targets;
  }

  /**
   * {@return the plan's monitoring lines (aims without a number) read against the figures of the
   * period, in the plan's order: never met or not met; empty when the figures bound carry none}
   * @since 0.1.0
   */
  public List<MonitoringAssessment> getMonitoring() {
    return monitoring;
  }

  /** {@return the targets not met} */
  public List<TargetLine> getTargetsNotMet() {
    return targets.stream().filter(t -> t.status() == TargetStatus.NOT_MET).toList();
  }

  /** {@return the child-friendly score of the period's year, if given} */
  public Optional<ChildFriendlyResult> getChildFriendly() {
    return childFriendly;
  }

  /** {@return the case figures, if given} */
  public List<FigureLine> getCaseFigures() {
    return caseFigures;
  }

  /** {@return what each unit did, in the plan's order of units} */
  public List<UnitPart> getUnits() {
    return units;
  }

  /** {@return the number of activities in the period} */
  public int getActivityCount() {
    return activityCount;
  }

  /** {@return the activities and people reached, by kind (kinds with activities only)} */
  public List<ReachLine> getReach() {
    return reach;
  }

  /** {@return the total line of the people reached} */
  public ReachLine getReachTotal() {
    return reachTotal;
  }

  /** {@return the notes of the table of people reached (disclosure control, attendances)} */
  public List<String> getReachNotesVi() {
    return reachNotesVi;
  }

  /** {@return the events the plan names, with their activities in the period} */
  public List<EventLine> getEvents() {
    return events;
  }

  /** {@return the plan's funding as it words it, if stated} */
  public Optional<String> getFundingTextVi() {
    return plan.getFunding();
  }

  /** {@return funding planned and spent per source} */
  public List<FundingLine> getFundingBySource() {
    return fundingBySource;
  }

  /** {@return funding planned and spent per source and item, where planned or spent} */
  public List<FundingLine> getFundingByItem() {
    return fundingByItem;
  }

  /** {@return the items not done at the end of the period} */
  public List<NotDoneLine> getNotDone() {
    return notDone;
  }

  /** {@return the proposals, or the placeholder paragraph} */
  public String getProposalsVi() {
    return proposalsVi;
  }

  /** {@return whether the proposals are the placeholder that the officer must replace} */
  public boolean isProposalsPlaceholder() {
    return proposalsPlaceholder;
  }

  /** {@return the closing paragraph} */
  public String getClosingVi() {
    return closingVi;
  }

  /** {@return the recipients (Nơi nhận), the archive last} */
  public List<Recipient> getRecipients() {
    return recipients;
  }

  /** {@return the signature block} */
  public SignatureBlock getSignature() {
    return signature;
  }

  /** {@return notes printed at the end (e.g. that the data are synthetic)} */
  public List<String> getNotesVi() {
    return notesVi;
  }

  /**
   * Whether the figures come from synthetic data (the bundled demo register, a generated
   * register or case file, a demo activity log): the Word and HTML documents then open with the
   * banner {@link io.github.treem.indicators.ReportManifest#SYNTHETIC_VI}, so that nobody reads
   * them as a commune's real results.
   *
   * @return true for figures of synthetic data
   */
  public boolean isSyntheticData() {
    return syntheticData;
  }

  /**
   * {@return the caveats of the targets whose indicator measures less than the plan's sentence,
   * one line each ({@code "HI_U6: …"}), printed under the targets' table; the texts are the
   * indicators' own ({@link io.github.treem.indicators.Indicator#getCaveatVi()})}
   */
  public List<String> getCaveatsVi() {
    return caveatsVi;
  }

  /** {@return the plan, the period and the number of activities; no figure, no text of the log} */
  @Override
  public String toString() {
    return "ImplementationReport{plan=" + plan.getNumber() + ", period=" + period + ", activities=" + activityCount + "}";
  }
}

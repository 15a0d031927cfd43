package io.github.treem.codec.internal.model;

import static io.github.treem.codec.internal.Codecs.DATE;
import static io.github.treem.codec.internal.Codecs.INTEGER;
import static io.github.treem.codec.internal.Codecs.STRING;
import static io.github.treem.codec.internal.Codecs.enumByName;
import static io.github.treem.codec.internal.Codecs.listOf;
import static io.github.treem.codec.internal.Codecs.strings;

import io.github.treem.codec.internal.Codecs;
import io.github.treem.codec.internal.ObjectCodec;
import io.github.treem.codec.internal.TokenReader;
import io.github.treem.codec.internal.TokenWriter;
import io.github.treem.codec.internal.TypeCodec;
import io.github.treem.codec.internal.ValueCodec;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.plan.Activity;
import io.github.treem.core.plan.ActivityCost;
import io.github.treem.core.plan.ActivityKind;
import io.github.treem.core.plan.AssignmentBasis;
import io.github.treem.core.plan.Audience;
import io.github.treem.core.plan.CarriedTarget;
import io.github.treem.core.plan.CitationCorrection;
import io.github.treem.core.plan.DateRule;
import io.github.treem.core.plan.DesiredDirection;
import io.github.treem.core.plan.EventType;
import io.github.treem.core.plan.FundingAllocation;
import io.github.treem.core.plan.FundingSource;
import io.github.treem.core.plan.FundingSourceKind;
import io.github.treem.core.plan.Headcount;
import io.github.treem.core.plan.ItemAssessment;
import io.github.treem.core.plan.ItemStatus;
import io.github.treem.core.plan.MonitoringLine;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanDraft;
import io.github.treem.core.plan.PlanItem;
import io.github.treem.core.plan.PlanItemKind;
import io.github.treem.core.plan.PreviousOutcome;
import io.github.treem.core.plan.Recipient;
import io.github.treem.core.plan.ReportKind;
import io.github.treem.core.plan.ReportingDuty;
import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.SignatureBlock;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.plan.UnitRole;
import io.github.treem.core.protection.SensitiveText;
import io.github.treem.core.taxonomy.LegalReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of plans and of what is done under them (the formats of
 * {@code plan-v2.schema.json} and {@code activity-log-v1.schema.json}): a plan with its items,
 * events, funding, reporting duties, recipients, signature, draft mark, targets, monitoring lines
 * (aims without a number; an optional {@code monitoring} list of version 2) and responsible units; administrative units, their parents nested in {@code parent}; activities and the
 * officer's assessments of items.
 *
 * <p>Version 2 of the plan format writes {@code "version": 2} first. A plan without
 * {@code version} is a version 1 plan: version 2 only adds properties, so the same table reads
 * both. The texts of tasks, solutions and duties have one home: when the plan has items of a kind,
 * {@code tasks}, {@code solutions} and a unit's {@code duties} are left out (the plan fills them
 * from its items when read).
 */
public final class PlanCodecs {
  /** The version of the plan format written. */
  public static final int PLAN_FORMAT_VERSION = 2;

  /** 64-bit integers (amounts in đồng, counts of people). */
  public static final ValueCodec<Long> LONG = new ValueCodec<>() {
    @Override
    public Long read(TokenReader in, Class<?> owner) {
      return Codecs.longInteger(in, owner);
    }

    @Override
    public void write(Long value, TokenWriter out) {
      out.number(value.longValue());
    }
  };

  /** The version of a plan document: 1 or 2. */
  static final ValueCodec<Integer> PLAN_VERSION = new ValueCodec<>() {
    @Override
    public Integer read(TokenReader in, Class<?> owner) {
      int v = Codecs.integer(in, owner);
      if (v < 1 || v > PLAN_FORMAT_VERSION) {
        throw Codecs.invalid(in, owner, "unsupported plan format version (this treem reads 1 and 2)");
      }
      return v;
    }

    @Override
    public void write(Integer value, TokenWriter out) {
      out.number(value.intValue());
    }
  };

  /** An administrative unit, its parents nested. */
  public static final ObjectCodec<AdministrativeUnit> ADMINISTRATIVE_UNIT = ObjectCodec
      .builder(AdministrativeUnit.class, AdministrativeUnit::builder, AdministrativeUnit.Builder::build)
      .required("code", STRING, AdministrativeUnit::getCode, AdministrativeUnit.Builder::code)
      .required("name", STRING, AdministrativeUnit::getName, AdministrativeUnit.Builder::name)
      .required("level", enumByName(AdministrativeLevel.class), AdministrativeUnit::getLevel,
          AdministrativeUnit.Builder::level)
      .optional("parent", Codecs.lazy(() -> PlanCodecs.ADMINISTRATIVE_UNIT), AdministrativeUnit::getParent,
          AdministrativeUnit.Builder::parent)
      .optional("validFrom", DATE, AdministrativeUnit::getValidFrom, AdministrativeUnit.Builder::validFrom)
      .optional("validTo", DATE, AdministrativeUnit::getValidTo, AdministrativeUnit.Builder::validTo)
      .optional("successorCode", STRING, AdministrativeUnit::getSuccessorCode, AdministrativeUnit.Builder::successorCode)
      .optional("successorDate", DATE, AdministrativeUnit::getSuccessorDate, AdministrativeUnit.Builder::successorDate)
      .optional("successorName", STRING, AdministrativeUnit::getSuccessorName, AdministrativeUnit.Builder::successorName)
      .build();

  /** A target of a plan; {@code leadUnitBasis} is written only when the lead unit is inferred. */
  public static final ObjectCodec<Target> TARGET = ObjectCodec.builder(Target.class, Target::builder, Target.Builder::build)
      .required("id", STRING, Target::getId, Target.Builder::id)
      .required("indicatorCode", STRING, Target::getIndicatorCode, Target.Builder::indicatorCode)
      .required("comparator", enumByName(TargetComparator.class), Target::getComparator, Target.Builder::comparator)
      .optionalDecimal("threshold", Target::getThreshold, Target.Builder::threshold)
      .optionalDecimal("baseline", Target::getBaseline, Target.Builder::baseline)
      .requiredInt("year", Target::getYear, Target.Builder::year)
      .required("leadUnitId", STRING, Target::getLeadUnitId, Target.Builder::leadUnitId)
      .optional("leadUnitBasis", enumByName(AssignmentBasis.class),
          t -> t.isLeadUnitInferred() ? Optional.of(t.getLeadUnitBasis()) : Optional.empty(),
          Target.Builder::leadUnitBasis)
      .list("cooperatingUnitIds", strings(), Target::getCooperatingUnitIds, Target.Builder::cooperatingUnitIds)
      .list("legalBasis", listOf(CoreCodecs.LEGAL_REFERENCE, LegalReference.class), Target::getLegalBasis,
          Target.Builder::legalBasis)
      .required("textVi", STRING, Target::getTextVi, Target.Builder::textVi)
      .optional("assessmentNote", STRING, Target::getAssessmentNote, Target.Builder::assessmentNote)
      .build();

  /** An aim of a plan without a number: a monitoring line. */
  public static final ObjectCodec<MonitoringLine> MONITORING_LINE = ObjectCodec
      .builder(MonitoringLine.class, MonitoringLine::builder, MonitoringLine.Builder::build)
      .required("id", STRING, MonitoringLine::getId, MonitoringLine.Builder::id)
      .required("indicatorCode", STRING, MonitoringLine::getIndicatorCode, MonitoringLine.Builder::indicatorCode)
      .required("direction", enumByName(DesiredDirection.class), MonitoringLine::getDirection,
          MonitoringLine.Builder::direction)
      .required("textVi", STRING, MonitoringLine::getTextVi, MonitoringLine.Builder::textVi)
      .required("textEn", STRING, MonitoringLine::getTextEn, MonitoringLine.Builder::textEn)
      .optional("itemId", STRING, MonitoringLine::getItemId, MonitoringLine.Builder::itemId)
      .build();

  /** A unit responsible for a plan's tasks. */
  public static final ObjectCodec<ResponsibleUnit> RESPONSIBLE_UNIT = ObjectCodec
      .builder(ResponsibleUnit.class, ResponsibleUnit::builder, ResponsibleUnit.Builder::build)
      .required("id", STRING, ResponsibleUnit::getId, ResponsibleUnit.Builder::id)
      .required("nameVi", STRING, ResponsibleUnit::getNameVi, ResponsibleUnit.Builder::nameVi)
      .required("nameEn", STRING, ResponsibleUnit::getNameEn, ResponsibleUnit.Builder::nameEn)
      .required("role", enumByName(UnitRole.class), ResponsibleUnit::getRole, ResponsibleUnit.Builder::role)
      .list("duties", strings(), ResponsibleUnit::getDuties, ResponsibleUnit.Builder::duties)
      .build();

  /** A citation an item writes wrongly, with the reference meant. */
  public static final ObjectCodec<CitationCorrection> CITATION_CORRECTION = ObjectCodec
      .builder(CitationCorrection.class, CitationCorrection::builder, CitationCorrection.Builder::build)
      .required("asWritten", STRING, CitationCorrection::getAsWritten, CitationCorrection.Builder::asWritten)
      .required("corrected", CoreCodecs.LEGAL_REFERENCE, CitationCorrection::getCorrected,
          CitationCorrection.Builder::corrected)
      .optional("noteVi", STRING, CitationCorrection::getNoteVi, CitationCorrection.Builder::noteVi)
      .optional("noteEn", STRING, CitationCorrection::getNoteEn, CitationCorrection.Builder::noteEn)
      .build();

  /** A task, solution or duty of a plan. */
  public static final ObjectCodec<PlanItem> PLAN_ITEM = ObjectCodec
      .builder(PlanItem.class, PlanItem::builder, PlanItem.Builder::build)
      .required("id", STRING, PlanItem::getId, PlanItem.Builder::id)
      .required("kind", enumByName(PlanItemKind.class), PlanItem::getKind, PlanItem.Builder::kind)
      .required("textVi", STRING, PlanItem::getTextVi, PlanItem.Builder::textVi)
      .optional("summaryEn", STRING, PlanItem::getSummaryEn, PlanItem.Builder::summaryEn)
      .optional("leadUnitId", STRING, PlanItem::getLeadUnitId, PlanItem.Builder::leadUnitId)
      .list("cooperatingUnitIds", strings(), PlanItem::getCooperatingUnitIds, PlanItem.Builder::cooperatingUnitIds)
      .optional("unitsBasis", enumByName(AssignmentBasis.class), i -> Optional.of(i.getUnitsBasis()),
          PlanItem.Builder::unitsBasis)
      .list("targetIds", strings(), PlanItem::getTargetIds, PlanItem.Builder::targetIds)
      .list("servesItemIds", strings(), PlanItem::getServesItemIds, PlanItem.Builder::servesItemIds)
      .list("eventIds", strings(), PlanItem::getEventIds, PlanItem.Builder::eventIds)
      .list("legalReferences", listOf(CoreCodecs.LEGAL_REFERENCE, LegalReference.class), PlanItem::getLegalReferences,
          PlanItem.Builder::legalReferences)
      .list("citationCorrections", listOf(CITATION_CORRECTION, CitationCorrection.class),
          PlanItem::getCitationCorrections, PlanItem.Builder::citationCorrections)
      .optional("note", STRING, PlanItem::getNote, PlanItem.Builder::note)
      .build();

  /** The rule that places an event in a year (solar or lunar month and day). */
  public static final ObjectCodec<DateRule> DATE_RULE = ObjectCodec
      .builder(DateRule.class, DateRule::builder, DateRule.Builder::build)
      .required("calendar", enumByName(DateRule.CalendarSystem.class), DateRule::getCalendar, DateRule.Builder::calendar)
      .requiredInt("startMonth", DateRule::getStartMonth, DateRule.Builder::startMonth)
      .requiredInt("startDay", DateRule::getStartDay, DateRule.Builder::startDay)
      .requiredInt("endMonth", DateRule::getEndMonth, DateRule.Builder::endMonth)
      .requiredInt("endDay", DateRule::getEndDay, DateRule.Builder::endDay)
      .build();

  /** A yearly event a plan names. */
  public static final ObjectCodec<EventType> EVENT_TYPE = ObjectCodec
      .builder(EventType.class, EventType::builder, EventType.Builder::build)
      .required("id", STRING, EventType::getId, EventType.Builder::id)
      .required("nameVi", STRING, EventType::getNameVi, EventType.Builder::nameVi)
      .required("nameEn", STRING, EventType::getNameEn, EventType.Builder::nameEn)
      .required("rule", DATE_RULE, EventType::getRule, EventType.Builder::rule)
      .property("leadDays", false, INTEGER, EventType.Builder::leadDays, (e, out) -> out.number(e.getLeadDays()))
      .optional("note", STRING, EventType::getNote, EventType.Builder::note)
      .build();

  /** A source of funding. */
  public static final ObjectCodec<FundingSource> FUNDING_SOURCE = ObjectCodec
      .builder(FundingSource.class, FundingSource::builder, FundingSource.Builder::build)
      .required("id", STRING, FundingSource::getId, FundingSource.Builder::id)
      .required("kind", enumByName(FundingSourceKind.class), FundingSource::getKind, FundingSource.Builder::kind)
      .required("nameVi", STRING, FundingSource::getNameVi, FundingSource.Builder::nameVi)
      .optionalLong("plannedDong", FundingSource::getPlannedDong, FundingSource.Builder::plannedDong)
      .optional("noteVi", STRING, FundingSource::getNoteVi, FundingSource.Builder::noteVi)
      .build();

  /** An amount planned from a source for an item. */
  public static final ObjectCodec<FundingAllocation> FUNDING_ALLOCATION = ObjectCodec
      .builder(FundingAllocation.class, FundingAllocation::builder, FundingAllocation.Builder::build)
      .required("sourceId", STRING, FundingAllocation::getSourceId, FundingAllocation.Builder::sourceId)
      .required("itemId", STRING, FundingAllocation::getItemId, FundingAllocation.Builder::itemId)
      .required("plannedDong", LONG, FundingAllocation::getPlannedDong, FundingAllocation.Builder::plannedDong)
      .optional("noteVi", STRING, FundingAllocation::getNoteVi, FundingAllocation.Builder::noteVi)
      .build();

  /** A duty to report. */
  public static final ObjectCodec<ReportingDuty> REPORTING_DUTY = ObjectCodec
      .builder(ReportingDuty.class, ReportingDuty::builder, ReportingDuty.Builder::build)
      .required("itemId", STRING, ReportingDuty::getItemId, ReportingDuty.Builder::itemId)
      .required("reporterUnitId", STRING, ReportingDuty::getReporterUnitId, ReportingDuty.Builder::reporterUnitId)
      .list("kinds", listOf(enumByName(ReportKind.class), ReportKind.class), d -> List.copyOf(d.getKinds()),
          ReportingDuty.Builder::kinds)
      .list("recipients", strings(), ReportingDuty::getRecipients, ReportingDuty.Builder::recipients)
      .list("schedule", listOf(enumByName(ReportingPeriod.Kind.class), ReportingPeriod.Kind.class),
          ReportingDuty::getSchedule, ReportingDuty.Builder::schedule)
      .optional("note", STRING, ReportingDuty::getNote, ReportingDuty.Builder::note)
      .build();

  /** A recipient of a document (Nơi nhận). */
  public static final ObjectCodec<Recipient> RECIPIENT = ObjectCodec
      .builder(Recipient.class, Recipient::builder, Recipient.Builder::build)
      .required("nameVi", STRING, Recipient::getNameVi, Recipient.Builder::nameVi)
      .optional("purposeVi", STRING, Recipient::getPurposeVi, Recipient.Builder::purposeVi)
      .build();

  /** A signature block. */
  public static final ObjectCodec<SignatureBlock> SIGNATURE_BLOCK = ObjectCodec
      .builder(SignatureBlock.class, SignatureBlock::builder, SignatureBlock.Builder::build)
      .required("authorityVi", STRING, SignatureBlock::getAuthorityVi, SignatureBlock.Builder::authorityVi)
      .required("roleVi", STRING, SignatureBlock::getRoleVi, SignatureBlock.Builder::roleVi)
      .optional("signerName", STRING, SignatureBlock::getSignerName, SignatureBlock.Builder::signerName)
      .build();

  /** A reporting period as text: {@code 2020}, {@code 2020-H1}, {@code 2020-Q3}, {@code 2020-01-01..2020-06-30}. */
  public static final ValueCodec<ReportingPeriod> REPORTING_PERIOD = Codecs.text(ReportingPeriod.class,
      ReportingPeriod::toString, s -> Optional.of(ReportingPeriod.parse(s)),
      "a period: 2020, 2020-H1, 2020-Q1 or 2020-01-01..2020-06-30");

  /** A target carried over into a draft. */
  public static final ObjectCodec<CarriedTarget> CARRIED_TARGET = ObjectCodec
      .builder(CarriedTarget.class, CarriedTarget::builder, CarriedTarget.Builder::build)
      .required("targetId", STRING, CarriedTarget::getTargetId, CarriedTarget.Builder::targetId)
      .requiredInt("previousYear", CarriedTarget::getPreviousYear, CarriedTarget.Builder::previousYear)
      .optionalDecimal("previousValue", CarriedTarget::getPreviousValue, CarriedTarget.Builder::previousValue)
      .required("outcome", enumByName(PreviousOutcome.class), CarriedTarget::getOutcome, CarriedTarget.Builder::outcome)
      .optionalDecimal("previousGap", CarriedTarget::getPreviousGap, CarriedTarget.Builder::previousGap)
      .build();

  /** The draft mark of a plan drafted from last year's. */
  public static final ObjectCodec<PlanDraft> PLAN_DRAFT = ObjectCodec
      .builder(PlanDraft.class, PlanDraft::builder, PlanDraft.Builder::build)
      .required("basedOnNumber", STRING, PlanDraft::getBasedOnNumber, PlanDraft.Builder::basedOnNumber)
      .requiredInt("basedOnYear", PlanDraft::getBasedOnYear, PlanDraft.Builder::basedOnYear)
      .optional("basedOnReportPeriod", REPORTING_PERIOD, PlanDraft::getBasedOnReportPeriod,
          PlanDraft.Builder::basedOnReportPeriod)
      .required("preparedOn", DATE, PlanDraft::getPreparedOn, PlanDraft.Builder::preparedOn)
      .list("carriedTargets", listOf(CARRIED_TARGET, CarriedTarget.class), PlanDraft::getCarriedTargets,
          PlanDraft.Builder::carriedTargets)
      .list("notesVi", strings(), PlanDraft::getNotesVi, PlanDraft.Builder::notesVi)
      .build();

  /** A plan (format version 2; reads version 1). */
  public static final ObjectCodec<Plan> PLAN = ObjectCodec.builder(Plan.class, Plan::builder, Plan.Builder::build)
      .property("version", false, PLAN_VERSION, (b, v) -> { }, (p, out) -> out.number(PLAN_FORMAT_VERSION))
      .required("number", STRING, Plan::getNumber, Plan.Builder::number)
      .optional("title", STRING, Plan::getTitle, Plan.Builder::title)
      .required("issuerName", STRING, Plan::getIssuerName, Plan.Builder::issuerName)
      .optional("issuerCommuneCode", CoreCodecs.COMMUNE_CODE, Plan::getIssuerCommuneCode,
          Plan.Builder::issuerCommuneCode)
      .optional("issuerUnit", ADMINISTRATIVE_UNIT, Plan::getIssuerUnit, Plan.Builder::issuerUnit)
      .required("issueDate", DATE, Plan::getIssueDate, Plan.Builder::issueDate)
      .requiredInt("year", Plan::getYear, Plan.Builder::year)
      .optional("draft", PLAN_DRAFT, Plan::getDraft, Plan.Builder::draft)
      .list("legalBases", listOf(CoreCodecs.LEGAL_REFERENCE, LegalReference.class), Plan::getLegalBases,
          Plan.Builder::legalBases)
      .list("preamble", strings(), Plan::getPreamble, Plan.Builder::preamble)
      .required("generalObjective", STRING, Plan::getGeneralObjective, Plan.Builder::generalObjective)
      .list("tasks", strings(), p -> p.itemsOf(PlanItemKind.TASK).isEmpty() ? p.getTasks() : List.of(),
          Plan.Builder::tasks)
      .list("solutions", strings(), p -> p.itemsOf(PlanItemKind.SOLUTION).isEmpty() ? p.getSolutions() : List.of(),
          Plan.Builder::solutions)
      .list("items", listOf(PLAN_ITEM, PlanItem.class), Plan::getItems, Plan.Builder::items)
      .list("eventTypes", listOf(EVENT_TYPE, EventType.class), Plan::getEventTypes, Plan.Builder::eventTypes)
      .optional("funding", STRING, Plan::getFunding, Plan.Builder::funding)
      .list("fundingSources", listOf(FUNDING_SOURCE, FundingSource.class), Plan::getFundingSources,
          Plan.Builder::fundingSources)
      .list("fundingAllocations", listOf(FUNDING_ALLOCATION, FundingAllocation.class), Plan::getFundingAllocations,
          Plan.Builder::fundingAllocations)
      .list("reportingDuties", listOf(REPORTING_DUTY, ReportingDuty.class), Plan::getReportingDuties,
          Plan.Builder::reportingDuties)
      .list("targets", listOf(TARGET, Target.class), Plan::getTargets, Plan.Builder::targets)
      .list("monitoring", listOf(MONITORING_LINE, MonitoringLine.class), Plan::getMonitoring,
          Plan.Builder::monitoring)
      .list("responsibleUnits", listOf(RESPONSIBLE_UNIT, ResponsibleUnit.class), PlanCodecs::unitsAsWritten,
          Plan.Builder::responsibleUnits)
      .optional("closing", STRING, Plan::getClosing, Plan.Builder::closing)
      .list("recipients", listOf(RECIPIENT, Recipient.class), Plan::getRecipients, Plan.Builder::recipients)
      .optional("signature", SIGNATURE_BLOCK, Plan::getSignature, Plan.Builder::signature)
      .build();

  /** A count of people reached, by sex where known. */
  public static final ObjectCodec<Headcount> HEADCOUNT = ObjectCodec
      .builder(Headcount.class, Headcount::builder, Headcount.Builder::build)
      .required("total", LONG, Headcount::getTotal, Headcount.Builder::total)
      .optionalLong("female", Headcount::getFemale, Headcount.Builder::female)
      .optionalLong("male", Headcount::getMale, Headcount.Builder::male)
      .build();

  /** A cost of an activity, from a funding source. */
  public static final ObjectCodec<ActivityCost> ACTIVITY_COST = ObjectCodec
      .finishing(ActivityCost.class, CostHolder::new,
          (h, in) -> Codecs.construct(in, ActivityCost.class, () -> ActivityCost.of(Objects.requireNonNull(h.sourceId), h.amountDong)))
      .property("sourceId", true, STRING, (CostHolder h, String v) -> h.sourceId = v,
          (c, out) -> out.string(c.getSourceId()))
      .property("amountDong", true, LONG, (CostHolder h, Long v) -> h.amountDong = v,
          (c, out) -> out.number(c.getAmountDong()))
      .build();

  /** The evidence note of an activity: free text that may name people, never shown in a log. */
  static final ValueCodec<SensitiveText> SENSITIVE_TEXT = Codecs.text(SensitiveText.class, SensitiveText::reveal,
      s -> Optional.of(SensitiveText.of(s)), "a text");

  /** The people reached, by audience. */
  static final ValueCodec<java.util.Map<Audience, Headcount>> REACH = Codecs.mapOf(
      (name, in, owner) -> {
        for (Audience a : Audience.values()) {
          if (a.name().equals(name)) {
            return a;
          }
        }
        throw Codecs.invalid(in, owner, "not an audience (CHILDREN, PARENTS, COLLABORATORS, OFFICIALS, OTHERS)");
      }, Audience::name, HEADCOUNT);

  /** One activity of the log. */
  public static final ObjectCodec<Activity> ACTIVITY = ObjectCodec
      .builder(Activity.class, Activity::builder, Activity.Builder::build)
      .required("id", STRING, Activity::getId, Activity.Builder::id)
      .required("date", DATE, Activity::getDate, Activity.Builder::date)
      .optional("endDate", DATE, Activity::getEndDate, Activity.Builder::endDate)
      .required("unitId", STRING, Activity::getUnitId, Activity.Builder::unitId)
      .list("cooperatingUnitIds", strings(), Activity::getCooperatingUnitIds, Activity.Builder::cooperatingUnitIds)
      .list("itemIds", strings(), Activity::getItemIds, Activity.Builder::itemIds)
      .required("kind", enumByName(ActivityKind.class), Activity::getKind, Activity.Builder::kind)
      .optional("eventId", STRING, Activity::getEventId, Activity.Builder::eventId)
      .optional("titleVi", STRING, Activity::getTitleVi, Activity.Builder::titleVi)
      .optional("reach", REACH, a -> a.getReach().isEmpty() ? Optional.empty() : Optional.of(a.getReach()),
          Activity.Builder::reach)
      .list("costs", listOf(ACTIVITY_COST, ActivityCost.class), Activity::getCosts, Activity.Builder::costs)
      .optional("evidenceNote", SENSITIVE_TEXT, Activity::getEvidenceNote, Activity.Builder::evidenceNote)
      .build();

  /** The officer's assessment of an item at a date. */
  public static final ObjectCodec<ItemAssessment> ITEM_ASSESSMENT = ObjectCodec
      .builder(ItemAssessment.class, ItemAssessment::builder, ItemAssessment.Builder::build)
      .required("itemId", STRING, ItemAssessment::getItemId, ItemAssessment.Builder::itemId)
      .required("date", DATE, ItemAssessment::getDate, ItemAssessment.Builder::date)
      .required("status", enumByName(ItemStatus.class), ItemAssessment::getStatus, ItemAssessment.Builder::status)
      .optional("reasonVi", STRING, ItemAssessment::getReasonVi, ItemAssessment.Builder::reasonVi)
      .optional("noteVi", STRING, ItemAssessment::getNoteVi, ItemAssessment.Builder::noteVi)
      .build();

  private PlanCodecs() {}

  /** The units as written: a unit's duties are left out when the plan's duty items carry them. */
  private static List<ResponsibleUnit> unitsAsWritten(Plan p) {
    if (p.itemsOf(PlanItemKind.DUTY).isEmpty()) {
      return p.getResponsibleUnits();
    }
    List<ResponsibleUnit> out = new ArrayList<>();
    for (ResponsibleUnit u : p.getResponsibleUnits()) {
      out.add(p.dutiesOf(u.getId()).isEmpty() ? u : ResponsibleUnit.builder().from(u).duties(List.of()).build());
    }
    return out;
  }

  /** What a cost is read into. */
  private static final class CostHolder {
    /** Set before the cost is built: the property is required. */
    @Nullable String sourceId;
    long amountDong;
  }

  /** {@return the codecs of the plan types, activities and administrative units, for a JSON module to register} */
  public static List<TypeCodec<?>> all() {
    List<TypeCodec<?>> all = new ArrayList<>();
    all.add(TypeCodec.of(Plan.class, PLAN));
    all.add(TypeCodec.of(Target.class, TARGET));
    all.add(TypeCodec.of(MonitoringLine.class, MONITORING_LINE));
    all.add(TypeCodec.of(ResponsibleUnit.class, RESPONSIBLE_UNIT));
    all.add(TypeCodec.of(AdministrativeUnit.class, ADMINISTRATIVE_UNIT));
    all.add(TypeCodec.of(PlanItem.class, PLAN_ITEM));
    all.add(TypeCodec.of(CitationCorrection.class, CITATION_CORRECTION));
    all.add(TypeCodec.of(EventType.class, EVENT_TYPE));
    all.add(TypeCodec.of(DateRule.class, DATE_RULE));
    all.add(TypeCodec.of(FundingSource.class, FUNDING_SOURCE));
    all.add(TypeCodec.of(FundingAllocation.class, FUNDING_ALLOCATION));
    all.add(TypeCodec.of(ReportingDuty.class, REPORTING_DUTY));
    all.add(TypeCodec.of(Recipient.class, RECIPIENT));
    all.add(TypeCodec.of(SignatureBlock.class, SIGNATURE_BLOCK));
    all.add(TypeCodec.of(PlanDraft.class, PLAN_DRAFT));
    all.add(TypeCodec.of(CarriedTarget.class, CARRIED_TARGET));
    all.add(TypeCodec.of(ReportingPeriod.class, REPORTING_PERIOD));
    all.add(TypeCodec.of(Headcount.class, HEADCOUNT));
    all.add(TypeCodec.of(ActivityCost.class, ACTIVITY_COST));
    all.add(TypeCodec.of(Activity.class, ACTIVITY));
    all.add(TypeCodec.of(ItemAssessment.class, ITEM_ASSESSMENT));
    CoreCodecs.byName(all, TargetComparator.class);
    CoreCodecs.byName(all, DesiredDirection.class);
    CoreCodecs.byName(all, UnitRole.class);
    CoreCodecs.byName(all, AdministrativeLevel.class);
    CoreCodecs.byName(all, AssignmentBasis.class);
    CoreCodecs.byName(all, PlanItemKind.class);
    CoreCodecs.byName(all, FundingSourceKind.class);
    CoreCodecs.byName(all, ReportKind.class);
    CoreCodecs.byName(all, ActivityKind.class);
    CoreCodecs.byName(all, Audience.class);
    CoreCodecs.byName(all, ItemStatus.class);
    CoreCodecs.byName(all, PreviousOutcome.class);
    return Collections.unmodifiableList(all);
  }
}

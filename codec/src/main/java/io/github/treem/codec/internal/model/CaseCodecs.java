package io.github.treem.codec.internal.model;

import static io.github.treem.codec.internal.Codecs.DATE;
import static io.github.treem.codec.internal.Codecs.STRING;
import static io.github.treem.codec.internal.Codecs.enumByName;
import static io.github.treem.codec.internal.Codecs.listOf;

import io.github.treem.codec.internal.Codecs;
import io.github.treem.codec.internal.ObjectCodec;
import io.github.treem.codec.internal.TypeCodec;
import io.github.treem.codec.internal.ValueCodec;
import io.github.treem.core.protection.CaseChild;
import io.github.treem.core.protection.CaseRole;
import io.github.treem.core.protection.Closure;
import io.github.treem.core.protection.ClosureReason;
import io.github.treem.core.protection.EmergencyMeasure;
import io.github.treem.core.protection.EmergencyMeasureKind;
import io.github.treem.core.protection.HarmKind;
import io.github.treem.core.protection.InformationReceipt;
import io.github.treem.core.protection.InformationSource;
import io.github.treem.core.protection.NeedsAssessment;
import io.github.treem.core.protection.PlanReview;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.Referral;
import io.github.treem.core.protection.ReferralTarget;
import io.github.treem.core.protection.ReviewOutcome;
import io.github.treem.core.protection.RiskAssessment;
import io.github.treem.core.protection.RiskLevel;
import io.github.treem.core.protection.SensitiveText;
import io.github.treem.core.protection.SupportPlan;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Sex;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The JSON form of child-protection cases (the format of {@code case-v1.schema.json}): one case is
 * one object; the conventions are those of {@link CoreCodecs} (absent optional values and empty
 * lists left out, dates as {@code yyyy-MM-dd}, enums by constant name), and:
 *
 * <ul>
 *   <li>times ({@code receivedAt}, {@code assessedAt}, {@code takenAt}) are RFC 3339 date-times
 *       with their offset ({@code 2024-02-07T09:30:00+07:00}); a time without an offset is not a
 *       value (the 12 hours run from an instant);</li>
 *   <li>kinds of harm are the codes of {@link HarmKind} ({@code SEXUAL_ABUSE},
 *       {@code CHILD_MARRIAGE}), exactly;</li>
 *   <li>descriptions are strings; their text is never repeated in a problem;</li>
 *   <li>a value with a default (who drafted a plan, who assessed the risk) is always written;
 *       a flag that is false is left out.</li>
 * </ul>
 */
public final class CaseCodecs {
  /** Offset date-times, written with seconds (RFC 3339), read with or without seconds. */
  public static final ValueCodec<OffsetDateTime> OFFSET_DATE_TIME = Codecs.text(OffsetDateTime.class,
      DateTimeFormatter.ISO_OFFSET_DATE_TIME::format, CaseCodecs::parseTime,
      "a date-time with its offset, e.g. 2024-02-07T09:30:00+07:00");
  /** Kinds of harm by code. */
  public static final ValueCodec<HarmKind> HARM = Codecs.text(HarmKind.class, HarmKind::getCode,
      s -> HarmKind.parse(s).filter(h -> h.getCode().equals(s)),
      "a code of a form of abuse (Law on Children Art. 4) or a prohibited act (Art. 6)");
  /** Descriptions: any string, never echoed. */
  public static final ValueCodec<SensitiveText> SENSITIVE_TEXT = Codecs.text(SensitiveText.class,
      SensitiveText::reveal, s -> Optional.of(SensitiveText.of(s)), "a text");

  /** The child of a case. */
  public static final ObjectCodec<CaseChild> CHILD = ObjectCodec
      .builder(CaseChild.class, CaseChild::builder, CaseChild.Builder::build)
      .optional("sex", enumByName(Sex.class), CaseChild::getSex, CaseChild.Builder::sex)
      .optional("dateOfBirth", DATE, CaseChild::getDateOfBirth, CaseChild.Builder::dateOfBirth)
      .list("circumstances", listOf(CoreCodecs.CIRCUMSTANCE, CircumstanceCode.class), CaseChild::getCircumstances,
          CaseChild.Builder::circumstances)
      .optional("registerChildId", STRING, CaseChild::getRegisterChildId, CaseChild.Builder::registerChildId)
      .build();

  /** The receipt of information. */
  public static final ObjectCodec<InformationReceipt> RECEIPT = ObjectCodec
      .builder(InformationReceipt.class, InformationReceipt::builder, InformationReceipt.Builder::build)
      .required("receivedAt", OFFSET_DATE_TIME, InformationReceipt::getReceivedAt, InformationReceipt.Builder::receivedAt)
      .required("source", enumByName(InformationSource.class), InformationReceipt::getSource,
          InformationReceipt.Builder::source)
      .optional("receivedBy", enumByName(CaseRole.class), InformationReceipt::getReceivedBy,
          InformationReceipt.Builder::receivedBy)
      .optional("description", SENSITIVE_TEXT, InformationReceipt::getDescription, InformationReceipt.Builder::description)
      .build();

  /** The initial risk assessment. */
  public static final ObjectCodec<RiskAssessment> RISK_ASSESSMENT = ObjectCodec
      .builder(RiskAssessment.class, RiskAssessment::builder, RiskAssessment.Builder::build)
      .required("assessedAt", OFFSET_DATE_TIME, RiskAssessment::getAssessedAt, RiskAssessment.Builder::assessedAt)
      .required("level", enumByName(RiskLevel.class), RiskAssessment::getLevel, RiskAssessment.Builder::level)
      .optionalBool("harmedByCaregiver", r -> r.isHarmedByCaregiver() ? Optional.of(true) : Optional.empty(),
          RiskAssessment.Builder::harmedByCaregiver)
      .optional("assessedBy", enumByName(CaseRole.class), r -> Optional.of(r.getAssessedBy()),
          RiskAssessment.Builder::assessedBy)
      .optional("description", SENSITIVE_TEXT, RiskAssessment::getDescription, RiskAssessment.Builder::description)
      .build();

  /** An emergency measure. */
  public static final ObjectCodec<EmergencyMeasure> EMERGENCY_MEASURE = ObjectCodec
      .builder(EmergencyMeasure.class, EmergencyMeasure::builder, EmergencyMeasure.Builder::build)
      .required("kind", enumByName(EmergencyMeasureKind.class), EmergencyMeasure::getKind, EmergencyMeasure.Builder::kind)
      .required("takenAt", OFFSET_DATE_TIME, EmergencyMeasure::getTakenAt, EmergencyMeasure.Builder::takenAt)
      .optional("decidedBy", enumByName(CaseRole.class), m -> Optional.of(m.getDecidedBy()),
          EmergencyMeasure.Builder::decidedBy)
      .optional("endedOn", DATE, EmergencyMeasure::getEndedOn, EmergencyMeasure.Builder::endedOn)
      .optionalBool("continuedByAuthority", m -> m.isContinuedByAuthority() ? Optional.of(true) : Optional.empty(),
          EmergencyMeasure.Builder::continuedByAuthority)
      .optional("description", SENSITIVE_TEXT, EmergencyMeasure::getDescription, EmergencyMeasure.Builder::description)
      .build();

  /** The needs assessment. */
  public static final ObjectCodec<NeedsAssessment> NEEDS_ASSESSMENT = ObjectCodec
      .builder(NeedsAssessment.class, NeedsAssessment::builder, NeedsAssessment.Builder::build)
      .required("completedOn", DATE, NeedsAssessment::getCompletedOn, NeedsAssessment.Builder::completedOn)
      .optional("description", SENSITIVE_TEXT, NeedsAssessment::getDescription, NeedsAssessment.Builder::description)
      .build();

  /** A support or intervention plan. */
  public static final ObjectCodec<SupportPlan> PLAN = ObjectCodec
      .builder(SupportPlan.class, SupportPlan::builder,
          SupportPlan.Builder::build)
      .required("draftedOn", DATE, SupportPlan::getDraftedOn,
          SupportPlan.Builder::draftedOn)
      .optional("draftedBy", enumByName(CaseRole.class), p -> Optional.of(p.getDraftedBy()),
          SupportPlan.Builder::draftedBy)
      .optional("approvedOn", DATE, SupportPlan::getApprovedOn,
          SupportPlan.Builder::approvedOn)
      .optional("approvedBy", enumByName(CaseRole.class), SupportPlan::getApprovedBy,
          SupportPlan.Builder::approvedBy)
      .optional("implementationStartedOn", DATE, SupportPlan::getImplementationStartedOn,
          SupportPlan.Builder::implementationStartedOn)
      .optional("description", SENSITIVE_TEXT, SupportPlan::getDescription,
          SupportPlan.Builder::description)
      .build();

  /** A review. */
  public static final ObjectCodec<PlanReview> REVIEW = ObjectCodec
      .builder(PlanReview.class, PlanReview::builder, PlanReview.Builder::build)
      .required("reviewedOn", DATE, PlanReview::getReviewedOn, PlanReview.Builder::reviewedOn)
      .required("outcome", enumByName(ReviewOutcome.class), PlanReview::getOutcome, PlanReview.Builder::outcome)
      .optional("description", SENSITIVE_TEXT, PlanReview::getDescription, PlanReview.Builder::description)
      .build();

  /** A referral. */
  public static final ObjectCodec<Referral> REFERRAL = ObjectCodec
      .builder(Referral.class, Referral::builder, Referral.Builder::build)
      .required("referredOn", DATE, Referral::getReferredOn, Referral.Builder::referredOn)
      .required("target", enumByName(ReferralTarget.class), Referral::getTarget, Referral.Builder::target)
      .optional("description", SENSITIVE_TEXT, Referral::getDescription, Referral.Builder::description)
      .build();

  /** The closure. */
  public static final ObjectCodec<Closure> CLOSURE = ObjectCodec
      .builder(Closure.class, Closure::builder, Closure.Builder::build)
      .required("closedOn", DATE, Closure::getClosedOn, Closure.Builder::closedOn)
      .required("reason", enumByName(ClosureReason.class), Closure::getReason, Closure.Builder::reason)
      .optional("decidedBy", enumByName(CaseRole.class), Closure::getDecidedBy, Closure.Builder::decidedBy)
      .optional("description", SENSITIVE_TEXT, Closure::getDescription, Closure.Builder::description)
      .build();

  /** A case: one JSON document, one line of a JSON Lines case file. */
  public static final ObjectCodec<ProtectionCase> CASE = ObjectCodec
      .builder(ProtectionCase.class, ProtectionCase::builder, ProtectionCase.Builder::build)
      .required("id", STRING, ProtectionCase::getId, ProtectionCase.Builder::id)
      .optional("child", CHILD, c -> Optional.of(c.getChild()), ProtectionCase.Builder::child)
      .required("receipt", RECEIPT, ProtectionCase::getReceipt, ProtectionCase.Builder::receipt)
      .list("harms", listOf(HARM, HarmKind.class), ProtectionCase::getHarms, ProtectionCase.Builder::harms)
      .optional("riskAssessment", RISK_ASSESSMENT, ProtectionCase::getRiskAssessment,
          ProtectionCase.Builder::riskAssessment)
      .list("emergencyMeasures", listOf(EMERGENCY_MEASURE, EmergencyMeasure.class), ProtectionCase::getEmergencyMeasures,
          ProtectionCase.Builder::emergencyMeasures)
      .optional("needsAssessment", NEEDS_ASSESSMENT, ProtectionCase::getNeedsAssessment,
          ProtectionCase.Builder::needsAssessment)
      .list("plans", listOf(PLAN, SupportPlan.class), ProtectionCase::getPlans,
          ProtectionCase.Builder::plans)
      .list("reviews", listOf(REVIEW, PlanReview.class), ProtectionCase::getReviews, ProtectionCase.Builder::reviews)
      .list("referrals", listOf(REFERRAL, Referral.class), ProtectionCase::getReferrals,
          ProtectionCase.Builder::referrals)
      .optional("closure", CLOSURE, ProtectionCase::getClosure, ProtectionCase.Builder::closure)
      .build();

  private CaseCodecs() {}

  private static Optional<OffsetDateTime> parseTime(String s) {
    try {
      return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@return the codecs of the case types, for a JSON module to register} */
  public static List<TypeCodec<?>> all() {
    List<TypeCodec<?>> all = new ArrayList<>();
    all.add(TypeCodec.of(ProtectionCase.class, CASE));
    all.add(TypeCodec.of(CaseChild.class, CHILD));
    all.add(TypeCodec.of(InformationReceipt.class, RECEIPT));
    all.add(TypeCodec.of(RiskAssessment.class, RISK_ASSESSMENT));
    all.add(TypeCodec.of(EmergencyMeasure.class, EMERGENCY_MEASURE));
    all.add(TypeCodec.of(NeedsAssessment.class, NEEDS_ASSESSMENT));
    all.add(TypeCodec.of(SupportPlan.class, PLAN));
    all.add(TypeCodec.of(PlanReview.class, REVIEW));
    all.add(TypeCodec.of(Referral.class, REFERRAL));
    all.add(TypeCodec.of(Closure.class, CLOSURE));
    all.add(TypeCodec.of(SensitiveText.class, SENSITIVE_TEXT));
    CoreCodecs.byName(all, InformationSource.class);
    CoreCodecs.byName(all, RiskLevel.class);
    CoreCodecs.byName(all, EmergencyMeasureKind.class);
    CoreCodecs.byName(all, CaseRole.class);
    CoreCodecs.byName(all, ReviewOutcome.class);
    CoreCodecs.byName(all, ReferralTarget.class);
    CoreCodecs.byName(all, ClosureReason.class);
    return Collections.unmodifiableList(all);
  }
}

package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.time.WorkingDays;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A child-protection case handled by a commune under the workflow of Decree 56/2017/NĐ-CP
 * (Điều 25-32): the information received, the kinds of harm, the initial risk assessment, any
 * emergency measures (intervention or temporary separation), the needs assessment, the support or
 * intervention plans (drafted, approved, carried out), the reviews, the referrals and the closure.
 * Each step carries its legal basis ({@link CaseStepKind#getLegalReference()}); every dated step is
 * also an {@linkplain #getEvents() event} in time order.
 *
 * <pre>{@code
 * ProtectionCase c = ProtectionCase.builder()
 *     .id("QV-2024-007")
 *     .child(CaseChild.builder().sex(Sex.FEMALE).dateOfBirth(LocalDate.of(2012, 5, 1)).build())
 *     .receipt(InformationReceipt.builder()
 *         .receivedAt(OffsetDateTime.parse("2024-02-07T09:30+07:00"))
 *         .source(InformationSource.NATIONAL_HOTLINE_111).build())
 *     .addHarms(AbuseForm.NEGLECT)
 *     .riskAssessment(RiskAssessment.builder()
 *         .assessedAt(OffsetDateTime.parse("2024-02-07T15:00+07:00")).level(RiskLevel.NOT_SERIOUS).build())
 *     .addPlans(SupportPlan.builder().draftedOn(LocalDate.of(2024, 2, 20))
 *         .approvedOn(LocalDate.of(2024, 2, 21)).approvedBy(CaseRole.COMMUNE_CHAIRMAN).build())
 *     .build();
 * List<DeadlineStatus> deadlines = DeadlineRules.defaults().evaluate(c, Instant.now());
 * ValidationReport report = ProtectionCaseValidator.of(DeadlineRules.defaults()).validate(c);
 * }</pre>
 *
 * <p><b>Sensitive personal data.</b> A case is sensitive personal data under Decree
 * 13/2023/NĐ-CP on personal data protection (data on a child, and on abuse and violence). treem
 * therefore: keeps the case id pseudonymous (a code of the commune, never a name or a personal
 * identification number; the validator warns on ids that look like one), holds no name of the
 * child or of anyone who acts (roles only), keeps free-text descriptions only as
 * {@link SensitiveText} that never reaches a message, an exception, a log or
 * {@code toString()}, and publishes case figures only after small-number suppression. The
 * confidentiality of information in the workflow is itself law (Decree 56/2017 Điều 24).
 *
 * <p><b>Retention.</b> The decree requires the plan records to be kept at the commune People's
 * Committee and entered into the national child database (Decree 56/2017 Điều 30 khoản 3); no
 * retention period for case records was found in the texts studied (unconfirmed). treem stores
 * nothing itself: it reads the files a caller gives it, holds cases in memory only while it
 * computes, and writes figures, not cases, unless asked to write cases. How long case files are
 * kept is the commune's decision under its archives rules, not treem's.
 *
 * <p>Invariants (checked when built): the id is 1-64 characters of letters, digits and
 * {@code . _ - /}. Rules that relate steps (order, dates, deadlines) are validation, never
 * exceptions: see {@link ProtectionCaseValidator} and {@link DeadlineRules}.
 *
 * <p>Implementation requirements: immutable and thread-safe; {@code toString()} shows the case id
 * and counts only.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ProtectionCase {
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{Nd}._/-]{1,64}");

  ProtectionCase() {}

  /** {@return the pseudonymous case id (the commune's case code)} */
  public abstract String getId();

  /** {@return the child} */
  @Value.Default
  public CaseChild getChild() {
    return CaseChild.unknown();
  }

  /** {@return the receipt of the information that opened the case} */
  public abstract InformationReceipt getReceipt();

  /** {@return the kinds of harm (prohibited acts and forms of abuse), without repetition} */
  public abstract List<HarmKind> getHarms();

  /** {@return the initial risk assessment, if made} */
  public abstract Optional<RiskAssessment> getRiskAssessment();

  /** {@return the emergency measures, in the order taken} */
  public abstract List<EmergencyMeasure> getEmergencyMeasures();

  /** {@return the needs assessment, if made} */
  public abstract Optional<NeedsAssessment> getNeedsAssessment();

  /** {@return the support or intervention plans, in the order drafted (a review may lead to a new plan)} */
  public abstract List<SupportPlan> getPlans();

  /** {@return the reviews, in order} */
  public abstract List<PlanReview> getReviews();

  /** {@return the referrals, in order} */
  public abstract List<Referral> getReferrals();

  /** {@return the closure, if the case is closed} */
  public abstract Optional<Closure> getClosure();

  /** {@return the day the information was received, in Viet Nam} */
  public LocalDate getReceivedOn() {
    return getReceipt().getReceivedAt().atZoneSameInstant(WorkingDays.VIETNAM_ZONE).toLocalDate();
  }

  /**
   * Whether the child needs emergency protection: the risk assessment says so (serious harm, or
   * harm by the caregiver: Decree 56/2017 Điều 26 khoản 3, Điều 31 khoản 1), or an emergency
   * measure was taken.
   *
   * @return true for an emergency case
   */
  public boolean isEmergency() {
    return getRiskAssessment().map(RiskAssessment::isEmergency).orElse(false) || !getEmergencyMeasures().isEmpty();
  }

  /** {@return the first plan, the one the plan deadlines measure} */
  public Optional<SupportPlan> getFirstPlan() {
    return getPlans().isEmpty() ? Optional.empty() : Optional.of(getPlans().get(0));
  }

  /** {@return true when the case is closed} */
  public boolean isClosed() {
    return getClosure().isPresent();
  }

  /**
   * Whether the case is open at the end of a day: received on or before it and not closed on or
   * before it.
   *
   * @param date the day
   * @return true when open
   */
  public boolean isOpenOn(LocalDate date) {
    return !getReceivedOn().isAfter(date) && getClosure().map(c -> c.getClosedOn().isAfter(date)).orElse(true);
  }

  /** {@return every dated step as an event, in time order ({@link CaseEvent#TIME_ORDER}); computed once} */
  @Value.Lazy
  public List<CaseEvent> getEvents() {
    List<CaseEvent> events = new ArrayList<>();
    events.add(CaseEvent.at(CaseStepKind.RECEIVED, getReceipt().getReceivedAt(), "receipt.receivedAt"));
    getRiskAssessment().ifPresent(r -> events.add(CaseEvent.at(CaseStepKind.RISK_ASSESSED, r.getAssessedAt(), "riskAssessment.assessedAt")));
    for (int i = 0; i < getEmergencyMeasures().size(); i++) {
      EmergencyMeasure m = getEmergencyMeasures().get(i);
      events.add(CaseEvent.builder().from(CaseEvent.at(CaseStepKind.EMERGENCY_MEASURE, m.getTakenAt(), "emergencyMeasures[" + i + "].takenAt"))
          .legalReference(m.getLegalReference()).build());
      int index = i;
      m.getEndedOn().ifPresent(d -> events.add(CaseEvent.on(CaseStepKind.SEPARATION_ENDED, d, "emergencyMeasures[" + index + "].endedOn")));
    }
    getNeedsAssessment().ifPresent(n -> events.add(CaseEvent.on(CaseStepKind.NEEDS_ASSESSED, n.getCompletedOn(), "needsAssessment.completedOn")));
    for (int i = 0; i < getPlans().size(); i++) {
      SupportPlan p = getPlans().get(i);
      String prefix = "plans[" + i + "].";
      events.add(CaseEvent.on(CaseStepKind.PLAN_DRAFTED, p.getDraftedOn(), prefix + "draftedOn"));
      p.getApprovedOn().ifPresent(d -> events.add(CaseEvent.on(CaseStepKind.PLAN_APPROVED, d, prefix + "approvedOn")));
      p.getImplementationStartedOn().ifPresent(d -> events.add(CaseEvent.on(CaseStepKind.PLAN_IMPLEMENTATION_STARTED, d, prefix + "implementationStartedOn")));
    }
    for (int i = 0; i < getReviews().size(); i++) {
      events.add(CaseEvent.on(CaseStepKind.REVIEWED, getReviews().get(i).getReviewedOn(), "reviews[" + i + "].reviewedOn"));
    }
    for (int i = 0; i < getReferrals().size(); i++) {
      events.add(CaseEvent.on(CaseStepKind.REFERRED, getReferrals().get(i).getReferredOn(), "referrals[" + i + "].referredOn"));
    }
    getClosure().ifPresent(c -> events.add(CaseEvent.on(CaseStepKind.CLOSED, c.getClosedOn(), "closure.closedOn")));
    events.sort(CaseEvent.TIME_ORDER);
    return List.copyOf(events);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  ProtectionCase check() {
    if (!ID.matcher(getId()).matches()) {
      // the id is not echoed: a malformed id may be a name typed in the wrong field
      throw new InvalidValueException("TREEM-CASE-0001",
          "a case id is 1-64 letters, digits or . _ - / (a pseudonymous code, never a name)");
    }
    if (getHarms().stream().distinct().count() != getHarms().size()) {
      return builder().from(this).harms(getHarms().stream().distinct().toList()).build();
    }
    return this;
  }

  /** {@return the case id and the number of each step; no personal data, no description} */
  @Override
  public String toString() {
    return "ProtectionCase{id=" + getId() + ", harms=" + getHarms().size()
        + ", emergencyMeasures=" + getEmergencyMeasures().size() + ", plans=" + getPlans().size()
        + ", reviews=" + getReviews().size() + ", referrals=" + getReferrals().size()
        + ", closed=" + isClosed() + "}";
  }

  /** Builds a {@link ProtectionCase}. */
  public static final class Builder extends ImmutableProtectionCase.Builder {
    Builder() {}
  }
}

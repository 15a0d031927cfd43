package io.github.treem.core.protection;

import io.github.treem.core.time.WorkingDays;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.ValidationReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Checks a protection case and reports every problem as an {@link Issue} of treem's one error
 * model: a stable code ({@link CaseIssueCode}), a severity, a location and messages in Vietnamese
 * and English.
 *
 * <p>What it checks: the steps are in the workflow's order and their dates agree (nothing before
 * the receipt, nothing after the closure, approval after drafting, implementation after approval,
 * reviews after approval, separations ending after they start, lists in time order); the child's
 * date of birth and age; the case id does not look like a personal identification number; and,
 * as warnings, every deadline of the rule set that was missed.
 *
 * <p>Deadlines are warnings, never errors: a late step does not make the record wrong, it
 * records a late response, which the figures count through {@link DeadlineRules#evaluate}. The
 * validator reports missed deadlines so that an officer who checks a file sees them;
 * {@link #validate(ProtectionCase)} judges them as of the last recorded step (a step still
 * within its period is not reported), {@link #validate(ProtectionCase, Instant)} as of a moment
 * (and reports steps dated after it).
 *
 * <p>Location: the path is {@code <case id>/<step path>}, e.g. {@code QV-2024-007/plans[0].approvedOn}
 * or {@code QV-2024-007/deadlines.EMERGENCY_WITHIN_12_HOURS}; a reader adds the file and line.
 * Messages hold no personal data and no description.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProtectionCaseValidator {
  private final DeadlineRules rules;

  private ProtectionCaseValidator(DeadlineRules rules) {
    this.rules = rules;
  }

  /**
   * A validator that reports the missed deadlines of a rule set.
   *
   * @param rules the deadline rules
   * @return the validator
   */
  public static ProtectionCaseValidator of(DeadlineRules rules) {
    return new ProtectionCaseValidator(Objects.requireNonNull(rules, "rules must not be null"));
  }

  /** {@return a validator with the rules of Decree 56/2017 on the bundled calendar} */
  public static ProtectionCaseValidator defaults() {
    return of(DeadlineRules.defaults());
  }

  /** {@return the deadline rules} */
  public DeadlineRules getRules() {
    return rules;
  }

  /**
   * Validates a case as recorded: deadlines are judged as of the end of the day of its last step.
   *
   * @param c the case
   * @return every issue found
   */
  public ValidationReport validate(ProtectionCase c) {
    List<CaseEvent> events = c.getEvents();
    LocalDate last = events.get(events.size() - 1).getDate(); // events are in time order
    Instant asOf = WorkingDays.endOf(last).toInstant().minusNanos(1);
    return check(c, asOf, false);
  }

  /**
   * Validates a case as of a moment: steps dated after it are errors, and deadlines whose period
   * is over at that moment without the step are missed.
   *
   * @param c the case
   * @param asOf the moment
   * @return every issue found
   */
  public ValidationReport validate(ProtectionCase c, Instant asOf) {
    return check(c, Objects.requireNonNull(asOf, "asOf must not be null"), true);
  }

  private ValidationReport check(ProtectionCase c, Instant asOf, boolean checkFuture) {
    Objects.requireNonNull(c, "case must not be null");
    List<Issue> issues = new ArrayList<>();
    String id = c.getId();
    if (id.matches("\\d{9}|\\d{12}")) {
      add(issues, CaseIssueCode.CASE_ID_LOOKS_PERSONAL, id, "id");
    }
    LocalDate receivedOn = c.getReceivedOn();
    OffsetDateTime receivedAt = c.getReceipt().getReceivedAt();
    c.getChild().getDateOfBirth().ifPresent(dob -> {
      if (dob.isAfter(receivedOn)) {
        add(issues, CaseIssueCode.CASE_CHILD_BORN_AFTER_RECEIPT, id, "child.dateOfBirth");
      }
    });
    OptionalInt age = c.getChild().ageOn(receivedOn);
    if (age.isPresent() && age.getAsInt() >= 16) {
      add(issues, CaseIssueCode.CASE_CHILD_16_OR_OVER, id, "child.dateOfBirth");
    }
    boolean noRisk = c.getRiskAssessment().map(r -> r.getLevel() == RiskLevel.NO_RISK).orElse(false);
    if (c.getHarms().isEmpty() && !noRisk) {
      add(issues, CaseIssueCode.CASE_NO_HARM_KIND, id, "harms");
    }

    List<CaseEvent> events = c.getEvents();
    LocalDate asOfDay = asOf.atZone(WorkingDays.VIETNAM_ZONE).toLocalDate();
    Optional<LocalDate> closedOn = c.getClosure().map(Closure::getClosedOn);
    for (CaseEvent e : events) {
      if (e.getKind() == CaseStepKind.RECEIVED) {
        continue;
      }
      boolean before = e.getTime().map(t -> t.isBefore(receivedAt)).orElse(e.getDate().isBefore(receivedOn));
      if (before) {
        addStep(issues, CaseIssueCode.CASE_STEP_BEFORE_RECEIPT, id, e);
      }
      if (closedOn.isPresent() && e.getKind() != CaseStepKind.CLOSED && e.getDate().isAfter(closedOn.get())) {
        addStep(issues, CaseIssueCode.CASE_STEP_AFTER_CLOSURE, id, e);
      }
    }
    if (checkFuture) {
      for (CaseEvent e : events) {
        boolean future = e.getTime().map(t -> t.toInstant().isAfter(asOf)).orElse(e.getDate().isAfter(asOfDay));
        if (future) {
          addStep(issues, CaseIssueCode.CASE_STEP_IN_FUTURE, id, e);
        }
      }
    }

    if (c.getRiskAssessment().isEmpty() && events.size() > 1) {
      add(issues, CaseIssueCode.CASE_RISK_ASSESSMENT_MISSING, id, "riskAssessment");
    }
    if (!c.getEmergencyMeasures().isEmpty() && c.getRiskAssessment().map(r -> !r.isEmergency()).orElse(false)) {
      add(issues, CaseIssueCode.CASE_EMERGENCY_WITHOUT_SERIOUS_RISK, id, "emergencyMeasures[0]");
    }
    for (int i = 0; i < c.getEmergencyMeasures().size(); i++) {
      EmergencyMeasure m = c.getEmergencyMeasures().get(i);
      if (m.getEndedOn().isPresent()) {
        if (m.getKind() != EmergencyMeasureKind.TEMPORARY_SEPARATION) {
          add(issues, CaseIssueCode.CASE_END_ON_INTERVENTION, id, "emergencyMeasures[" + i + "].endedOn");
        } else if (m.getEndedOn().get().isBefore(m.getTakenAt().atZoneSameInstant(WorkingDays.VIETNAM_ZONE).toLocalDate())) {
          add(issues, CaseIssueCode.CASE_SEPARATION_ENDS_BEFORE_START, id, "emergencyMeasures[" + i + "].endedOn");
        }
      }
    }
    checkOrder(issues, id, "emergencyMeasures", c.getEmergencyMeasures(), m -> m.getTakenAt().toInstant());
    checkOrder(issues, id, "reviews", c.getReviews(), PlanReview::getReviewedOn);
    checkOrder(issues, id, "referrals", c.getReferrals(), Referral::getReferredOn);

    Optional<SupportPlan> first = c.getFirstPlan();
    c.getNeedsAssessment().ifPresent(n -> first.ifPresent(p -> {
      if (n.getCompletedOn().isAfter(p.getDraftedOn())) {
        add(issues, CaseIssueCode.CASE_NEEDS_ASSESSMENT_AFTER_PLAN, id, "needsAssessment.completedOn");
      }
    }));
    for (int i = 0; i < c.getPlans().size(); i++) {
      SupportPlan p = c.getPlans().get(i);
      String prefix = "plans[" + i + "].";
      if (i > 0 && p.getDraftedOn().isBefore(c.getPlans().get(i - 1).getDraftedOn())) {
        add(issues, CaseIssueCode.CASE_PLANS_OUT_OF_ORDER, id, prefix + "draftedOn");
      }
      if (p.getApprovedOn().isPresent() && p.getApprovedOn().get().isBefore(p.getDraftedOn())) {
        add(issues, CaseIssueCode.CASE_PLAN_APPROVED_BEFORE_DRAFTED, id, prefix + "approvedOn");
      }
      if (p.getApprovedBy().isPresent() && p.getApprovedOn().isEmpty()) {
        add(issues, CaseIssueCode.CASE_PLAN_APPROVER_WITHOUT_DATE, id, prefix + "approvedOn");
      }
      if (p.getApprovedBy().isPresent() && p.getApprovedBy().get() != CaseRole.COMMUNE_CHAIRMAN
          && p.getApprovedBy().get() != CaseRole.COMMUNE_VICE_CHAIRMAN) {
        add(issues, CaseIssueCode.CASE_PLAN_APPROVER_NOT_CHAIRMAN, id, prefix + "approvedBy");
      }
      if (p.getImplementationStartedOn().isPresent()) {
        if (p.getApprovedOn().isEmpty()) {
          add(issues, CaseIssueCode.CASE_PLAN_IMPLEMENTED_WITHOUT_APPROVAL, id, prefix + "implementationStartedOn");
        } else if (p.getImplementationStartedOn().get().isBefore(p.getApprovedOn().get())) {
          add(issues, CaseIssueCode.CASE_PLAN_IMPLEMENTED_BEFORE_APPROVAL, id, prefix + "implementationStartedOn");
        }
      }
    }
    Optional<LocalDate> firstApproval = c.getPlans().stream().map(SupportPlan::getApprovedOn).flatMap(Optional::stream)
        .min(LocalDate::compareTo);
    for (int i = 0; i < c.getReviews().size(); i++) {
      LocalDate reviewed = c.getReviews().get(i).getReviewedOn();
      if (firstApproval.isEmpty()) {
        add(issues, CaseIssueCode.CASE_REVIEW_WITHOUT_PLAN, id, "reviews[" + i + "].reviewedOn");
      } else if (reviewed.isBefore(firstApproval.get())) {
        add(issues, CaseIssueCode.CASE_REVIEW_BEFORE_APPROVAL, id, "reviews[" + i + "].reviewedOn");
      }
    }
    c.getClosure().ifPresent(cl -> {
      if (cl.getReason() == ClosureReason.TRANSFERRED && c.getReferrals().isEmpty()) {
        add(issues, CaseIssueCode.CASE_TRANSFERRED_WITHOUT_REFERRAL, id, "closure.reason");
      }
      if (cl.getReason() == ClosureReason.NO_LONGER_AT_RISK && c.getReviews().isEmpty()) {
        add(issues, CaseIssueCode.CASE_CLOSED_WITHOUT_REVIEW, id, "closure.reason");
      }
    });

    for (DeadlineStatus s : rules.evaluate(c, asOf)) {
      DeadlineRule r = s.getRule();
      Location where = Location.ofPath(id + "/deadlines." + r.getCode());
      if (s.getOutcome() == DeadlineOutcome.MISSED) {
        issues.add(CaseIssueCode.CASE_DEADLINE_MISSED.issue(where,
            new Object[] {r.getNameVi(), r.getLegalReference()}, new Object[] {r.getNameEn(), r.getLegalReference()}));
      }
      if (s.isProvisionalCalendar() && s.getOutcome() != DeadlineOutcome.NOT_APPLICABLE) {
        issues.add(CaseIssueCode.CASE_DEADLINE_PROVISIONAL_CALENDAR.issue(where,
            new Object[] {r.getNameVi()}, new Object[] {r.getNameEn()}));
      }
    }
    return ValidationReport.of(issues);
  }

  private static <T> void checkOrder(List<Issue> issues, String id, String list, List<T> items,
      Function<T, ? extends Comparable<?>> key) {
    for (int i = 1; i < items.size(); i++) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      int cmp = ((Comparable) key.apply(items.get(i))).compareTo(key.apply(items.get(i - 1)));
      if (cmp < 0) {
        issues.add(CaseIssueCode.CASE_STEPS_NOT_IN_ORDER.issue(Location.ofPath(id + "/" + list + "[" + i + "]"),
            new Object[] {list}, new Object[] {list}));
        return;
      }
    }
  }

  private static void add(List<Issue> issues, CaseIssueCode code, String id, String path) {
    issues.add(code.issue(Location.ofPath(id + "/" + path), new Object[0], new Object[0]));
  }

  private static void addStep(List<Issue> issues, CaseIssueCode code, String id, CaseEvent e) {
    issues.add(code.issue(Location.ofPath(id + "/" + e.getPath()),
        new Object[] {e.getKind().getNameVi()}, new Object[] {e.getKind().getNameEn()}));
  }

  @Override
  public String toString() {
    return "ProtectionCaseValidator{" + rules + "}";
  }
}

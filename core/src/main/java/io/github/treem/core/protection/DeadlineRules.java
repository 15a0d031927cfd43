package io.github.treem.core.protection;

import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.time.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A set of deadline rules with the working-day calendar they count on, and the query "where does
 * this case stand against each deadline at this moment".
 *
 * <p>The defaults are the periods of Decree 56/2017/NĐ-CP, taken from its text:
 * <ul>
 *   <li>{@link #EMERGENCY_WITHIN_12_HOURS}: emergency measures within 12 hours of receiving the
 *       information when the child needs emergency protection (Điều 26 khoản 3; Điều 31 khoản 2;
 *       Điều 32 khoản 2), counted in hours from the recorded time of receipt;</li>
 *   <li>{@link #PLAN_DRAFTED_WITHIN_5_WORKING_DAYS}: the plan drafted and submitted within 05
 *       working days, except in an emergency (Điều 28 khoản 1). The decree does not say from when;
 *       treem counts from the day after receipt (Civil Code Điều 147 khoản 3), a reading marked
 *       unconfirmed and replaceable;</li>
 *   <li>{@link #PLAN_APPROVED_WITHIN_2_WORKING_DAYS}: the chairman's approval within 02 working
 *       days of the submission, except in an emergency (Điều 28 khoản 4);</li>
 *   <li>{@link #SEPARATION_AT_MOST_15_DAYS}: a temporary separation ends within 15 days unless a
 *       competent body requires it to continue (Điều 32 khoản 3).</li>
 * </ul>
 * {@link #PLAN_APPROVED_WITHIN_5_WORKING_DAYS_OF_RECEIPT} is the stricter reading some
 * indicators use ("plan approved within 5 working days"); it is not a default.
 *
 * <pre>{@code
 * DeadlineRules rules = DeadlineRules.defaults()                       // Decree 56/2017, bundled calendar
 *     .with(myProvinceRule)                                            // add or replace by code
 *     .withCalendar(WorkingDays.of(provinceTable));
 * for (DeadlineStatus s : rules.evaluate(protectionCase, Instant.now())) {
 *   s.getRule().getCode(); s.getOutcome(); s.getDueAt();
 * }
 * }</pre>
 *
 * <p>"At a moment": steps recorded after the moment are not counted as done.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DeadlineRules {
  private static final ZoneOffset VN = ZoneOffset.ofHours(7);

  /** Emergency measures within 12 hours of receipt for a child who needs emergency protection. */
  public static final DeadlineRule EMERGENCY_WITHIN_12_HOURS = DeadlineRule.builder()
      .code("EMERGENCY_WITHIN_12_HOURS")
      .nameVi("Áp dụng biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trong vòng 12 giờ từ khi nhận thông tin")
      .nameEn("Emergency intervention or temporary separation within 12 hours of receiving the information")
      .startStep(CaseStepKind.RECEIVED).endStep(CaseStepKind.EMERGENCY_MEASURE)
      .amount(12).unit(PeriodUnit.HOURS).appliesTo(Applicability.EMERGENCY)
      .legalReference(LegalReference.DECREE_56_2017.withArticle("26", "3"))
      .textConfirmed(true)
      .addNotes("Also Điều 31 khoản 2 (intervention 'không quá 12 giờ từ khi nhận được thông tin') and Điều 32 khoản 2"
          + " (separation 'trong vòng 12 giờ tính từ thời điểm tiếp nhận thông tin'). Hours run from the recorded time"
          + " of receipt (Civil Code 2015 Điều 147 khoản 1); a measure at exactly 12 hours is in time.")
      .build();

  /** The plan drafted and submitted to the chairman within 05 working days, except in an emergency. */
  public static final DeadlineRule PLAN_DRAFTED_WITHIN_5_WORKING_DAYS = DeadlineRule.builder()
      .code("PLAN_DRAFTED_WITHIN_5_WORKING_DAYS")
      .nameVi("Xây dựng kế hoạch hỗ trợ, can thiệp trình Chủ tịch UBND cấp xã trong thời hạn 05 ngày làm việc")
      .nameEn("Support or intervention plan drafted and submitted within 5 working days")
      .startStep(CaseStepKind.RECEIVED).endStep(CaseStepKind.PLAN_DRAFTED)
      .amount(5).unit(PeriodUnit.WORKING_DAYS).appliesTo(Applicability.NON_EMERGENCY)
      .legalReference(LegalReference.DECREE_56_2017.withArticle("28", "1"))
      .textConfirmed(false)
      .addNotes("The period (05 working days, except in an emergency) is the decree's text; its start is not stated."
          + " treem counts from the day after receipt of the information (Civil Code 2015 Điều 147 khoản 3). Replace"
          + " the rule to count from another step (e.g. NEEDS_ASSESSED).")
      .build();

  /** The chairman's approval within 02 working days of the plan's submission, except in an emergency. */
  public static final DeadlineRule PLAN_APPROVED_WITHIN_2_WORKING_DAYS = DeadlineRule.builder()
      .code("PLAN_APPROVED_WITHIN_2_WORKING_DAYS")
      .nameVi("Chủ tịch UBND cấp xã phê duyệt kế hoạch hỗ trợ, can thiệp trong thời hạn 02 ngày làm việc")
      .nameEn("Plan approved by the commune chairman within 2 working days of submission")
      .startStep(CaseStepKind.PLAN_DRAFTED).endStep(CaseStepKind.PLAN_APPROVED)
      .amount(2).unit(PeriodUnit.WORKING_DAYS).appliesTo(Applicability.NON_EMERGENCY)
      .legalReference(LegalReference.DECREE_56_2017.withArticle("28", "4"))
      .textConfirmed(true)
      .addNotes("treem reads the plan's drafted date as the day it was submitted to the chairman.")
      .build();

  /** A temporary separation lasts at most 15 days unless a competent body requires it to continue. */
  public static final DeadlineRule SEPARATION_AT_MOST_15_DAYS = DeadlineRule.builder()
      .code("SEPARATION_AT_MOST_15_DAYS")
      .nameVi("Thời hạn tạm thời cách ly tối đa không quá 15 ngày")
      .nameEn("Temporary separation ends within 15 days")
      .startStep(CaseStepKind.EMERGENCY_MEASURE).endStep(CaseStepKind.SEPARATION_ENDED)
      .amount(15).unit(PeriodUnit.CALENDAR_DAYS).appliesTo(Applicability.TEMPORARY_SEPARATION)
      .extendedOverRestDays(false)
      .legalReference(LegalReference.DECREE_56_2017.withArticle("32", "3"))
      .textConfirmed(true)
      .addNotes("A maximum length, not a time to act: it is counted in calendar days from the day after the"
          + " separation and is not extended over rest days. Cases continued at a competent body's request are excluded.")
      .build();

  /** The stricter reading "plan approved within 5 working days of receipt"; not a default. */
  public static final DeadlineRule PLAN_APPROVED_WITHIN_5_WORKING_DAYS_OF_RECEIPT = DeadlineRule.builder()
      .code("PLAN_APPROVED_WITHIN_5_WORKING_DAYS_OF_RECEIPT")
      .nameVi("Kế hoạch hỗ trợ, can thiệp được phê duyệt trong 05 ngày làm việc kể từ khi nhận thông tin")
      .nameEn("Plan approved within 5 working days of receipt")
      .startStep(CaseStepKind.RECEIVED).endStep(CaseStepKind.PLAN_APPROVED)
      .amount(5).unit(PeriodUnit.WORKING_DAYS).appliesTo(Applicability.NON_EMERGENCY)
      .legalReference(LegalReference.DECREE_56_2017.withArticle("28", "1"))
      .textConfirmed(false)
      .addNotes("Not the decree's text: Điều 28 gives 05 working days to draft (khoản 1) and 02 more to approve (khoản 4)."
          + " Offered for indicators that count approval within 5 working days.")
      .build();

  private final List<DeadlineRule> rules;
  private final WorkingDays calendar;

  private DeadlineRules(List<DeadlineRule> rules, WorkingDays calendar) {
    this.rules = List.copyOf(rules);
    this.calendar = calendar;
  }

  /** {@return the rules of Decree 56/2017 on the bundled calendar ({@link WorkingDays#vietnam()})} */
  public static DeadlineRules defaults() {
    return defaults(WorkingDays.vietnam());
  }

  /**
   * The rules of Decree 56/2017 on a calendar.
   *
   * @param calendar the working-day calendar
   * @return the rule set
   */
  public static DeadlineRules defaults(WorkingDays calendar) {
    return of(List.of(EMERGENCY_WITHIN_12_HOURS, PLAN_DRAFTED_WITHIN_5_WORKING_DAYS, PLAN_APPROVED_WITHIN_2_WORKING_DAYS,
        SEPARATION_AT_MOST_15_DAYS), calendar);
  }

  /**
   * A rule set of one's own.
   *
   * @param rules the rules (codes unique)
   * @param calendar the working-day calendar
   * @return the rule set
   * @throws IllegalArgumentException when two rules share a code
   */
  public static DeadlineRules of(List<DeadlineRule> rules, WorkingDays calendar) {
    if (rules.stream().map(DeadlineRule::getCode).distinct().count() != rules.size()) {
      throw new IllegalArgumentException("two deadline rules share a code");
    }
    return new DeadlineRules(rules, Objects.requireNonNull(calendar, "calendar must not be null"));
  }

  /** {@return the rules, in order} */
  public List<DeadlineRule> getRules() {
    return rules;
  }

  /** {@return the working-day calendar} */
  public WorkingDays getCalendar() {
    return calendar;
  }

  /**
   * The rule with a code.
   *
   * @param code the code
   * @return the rule, or empty
   */
  public Optional<DeadlineRule> rule(String code) {
    return rules.stream().filter(r -> r.getCode().equals(code)).findFirst();
  }

  /**
   * A copy with a rule added, or replacing the rule of the same code in its place.
   *
   * @param rule the rule
   * @return the new set
   */
  public DeadlineRules with(DeadlineRule rule) {
    List<DeadlineRule> list = new ArrayList<>(rules);
    int i = indexOf(rule.getCode());
    if (i >= 0) {
      list.set(i, rule);
    } else {
      list.add(rule);
    }
    return new DeadlineRules(list, calendar);
  }

  /**
   * A copy without a rule.
   *
   * @param code the rule's code
   * @return the new set
   */
  public DeadlineRules without(String code) {
    List<DeadlineRule> list = new ArrayList<>(rules);
    list.removeIf(r -> r.getCode().equals(code));
    return new DeadlineRules(list, calendar);
  }

  /**
   * A copy on another calendar.
   *
   * @param workingDays the calendar
   * @return the new set
   */
  public DeadlineRules withCalendar(WorkingDays workingDays) {
    return new DeadlineRules(rules, Objects.requireNonNull(workingDays, "workingDays must not be null"));
  }

  /**
   * Where a case stands against every rule at a moment.
   *
   * @param protectionCase the case
   * @param asOf the moment; steps recorded after it are not counted
   * @return one status per rule, in rule order
   */
  public List<DeadlineStatus> evaluate(ProtectionCase protectionCase, Instant asOf) {
    List<DeadlineStatus> result = new ArrayList<>(rules.size());
    for (DeadlineRule r : rules) {
      result.add(evaluate(protectionCase, r, asOf));
    }
    return result;
  }

  /**
   * Where a case stands against every rule at the end of a day in Viet Nam (24:00): everything
   * recorded on or before that day counts.
   *
   * @param protectionCase the case
   * @param asOfDay the day
   * @return one status per rule, in rule order
   */
  public List<DeadlineStatus> evaluate(ProtectionCase protectionCase, LocalDate asOfDay) {
    return evaluate(protectionCase, WorkingDays.endOf(asOfDay).toInstant().minusNanos(1));
  }

  /**
   * Where a case stands against one rule at a moment.
   *
   * @param c the case
   * @param rule the rule
   * @param asOf the moment; steps recorded after it are not counted
   * @return the status
   */
  public DeadlineStatus evaluate(ProtectionCase c, DeadlineRule rule, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    DeadlineStatus.Builder status = DeadlineStatus.builder().rule(rule);
    if (!applies(c, rule.getAppliesTo())) {
      return status.outcome(DeadlineOutcome.NOT_APPLICABLE).build();
    }
    LocalDate asOfDay = asOf.atZone(WorkingDays.VIETNAM_ZONE).toLocalDate();
    Optional<CaseEvent> start;
    Optional<CaseEvent> end;
    if (rule.getAppliesTo() == Applicability.TEMPORARY_SEPARATION) {
      EmergencyMeasure separation = firstSeparation(c).orElseThrow();
      start = Optional.of(CaseEvent.at(CaseStepKind.EMERGENCY_MEASURE, separation.getTakenAt(), "separation"));
      end = separation.getEndedOn().map(d -> CaseEvent.on(CaseStepKind.SEPARATION_ENDED, d, "separation"));
    } else {
      start = first(c, rule.getStartStep());
      end = first(c, rule.getEndStep());
    }
    start = start.filter(e -> known(e, asOf, asOfDay));
    end = end.filter(e -> known(e, asOf, asOfDay));
    if (start.isEmpty()) {
      return status.outcome(DeadlineOutcome.NOT_APPLICABLE).build();
    }
    CaseEvent from = start.get();
    end.ifPresent(e -> status.doneOn(e.getDate()).doneAt(e.getTime()));
    Optional<LocalDate> closedOn = c.getClosure().map(Closure::getClosedOn).filter(d -> !d.isAfter(asOfDay));
    if (rule.getUnit() == PeriodUnit.HOURS) {
      OffsetDateTime startTime = from.getTime().orElse(from.getDate().atStartOfDay(WorkingDays.VIETNAM_ZONE).toOffsetDateTime());
      OffsetDateTime due = startTime.plusHours(rule.getAmount()).withOffsetSameInstant(VN);
      status.dueAt(due);
      if (end.isPresent()) {
        CaseEvent e = end.get();
        boolean inTime = e.getTime().map(t -> !t.isAfter(due)).orElse(!e.getDate().isAfter(due.toLocalDate()));
        return status.outcome(inTime ? DeadlineOutcome.MET : DeadlineOutcome.MISSED).build();
      }
      if (closedOn.isPresent() && !closedOn.get().isAfter(due.toLocalDate())) {
        return status.outcome(DeadlineOutcome.NOT_APPLICABLE).build();
      }
      return status.outcome(asOf.isAfter(due.toInstant()) ? DeadlineOutcome.MISSED : DeadlineOutcome.PENDING).build();
    }
    LocalDate lastDay = rule.getUnit() == PeriodUnit.WORKING_DAYS
        ? calendar.lastDayOfPeriodInWorkingDays(from.getDate(), rule.getAmount())
        : rule.isExtendedOverRestDays()
            ? calendar.lastDayOfPeriodInDays(from.getDate(), rule.getAmount())
            : from.getDate().plusDays(rule.getAmount());
    OffsetDateTime due = WorkingDays.endOf(lastDay).toOffsetDateTime();
    boolean provisional = (rule.getUnit() != PeriodUnit.CALENDAR_DAYS || rule.isExtendedOverRestDays())
        ? calendar.isProvisional(from.getDate()) || calendar.isProvisional(lastDay)
        : false;
    status.dueAt(due).lastDay(lastDay).provisionalCalendar(provisional);
    if (end.isPresent()) {
      return status.outcome(end.get().getDate().isAfter(lastDay) ? DeadlineOutcome.MISSED : DeadlineOutcome.MET).build();
    }
    if (closedOn.isPresent() && !closedOn.get().isAfter(lastDay)) {
      return status.outcome(DeadlineOutcome.NOT_APPLICABLE).build();
    }
    return status.outcome(asOfDay.isAfter(lastDay) ? DeadlineOutcome.MISSED : DeadlineOutcome.PENDING).build();
  }

  static boolean applies(ProtectionCase c, Applicability applicability) {
    switch (applicability) {
      case EMERGENCY:
        return c.isEmergency();
      case NON_EMERGENCY:
        return !c.isEmergency() && c.getRiskAssessment().map(r -> r.getLevel() != RiskLevel.NO_RISK).orElse(true);
      case TEMPORARY_SEPARATION:
        return firstSeparation(c).isPresent();
      case ALWAYS:
      default:
        return true;
    }
  }

  private static Optional<EmergencyMeasure> firstSeparation(ProtectionCase c) {
    return c.getEmergencyMeasures().stream()
        .filter(m -> m.getKind() == EmergencyMeasureKind.TEMPORARY_SEPARATION && !m.isContinuedByAuthority())
        .findFirst();
  }

  private static Optional<CaseEvent> first(ProtectionCase c, CaseStepKind kind) {
    return c.getEvents().stream().filter(e -> e.getKind() == kind).findFirst();
  }

  private static boolean known(CaseEvent e, Instant asOf, LocalDate asOfDay) {
    return e.getTime().map(t -> !t.toInstant().isAfter(asOf)).orElse(!e.getDate().isAfter(asOfDay));
  }

  private int indexOf(String code) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).getCode().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "DeadlineRules{" + rules.stream().map(DeadlineRule::getCode).toList() + ", " + calendar + "}";
  }
}

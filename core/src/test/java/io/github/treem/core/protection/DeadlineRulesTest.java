package io.github.treem.core.protection;

import static io.github.treem.core.protection.Cases.d;
import static io.github.treem.core.protection.Cases.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadlines of Decree 56/2017 at every edge. */
class DeadlineRulesTest {
  private final DeadlineRules rules = DeadlineRules.defaults();

  private DeadlineStatus status(ProtectionCase c, DeadlineRule rule, String asOf) {
    return rules.evaluate(c, rule, OffsetDateTime.parse(asOf).toInstant());
  }

  private static ProtectionCase emergencyWithMeasureAt(String receivedAt, String takenAt) {
    ProtectionCase.Builder b = Cases.received(receivedAt, RiskLevel.SERIOUS_HARM);
    if (takenAt != null) {
      b.addEmergencyMeasures(EmergencyMeasure.builder().kind(EmergencyMeasureKind.EMERGENCY_INTERVENTION).takenAt(t(takenAt)).build());
    }
    return b.build();
  }

  @ParameterizedTest(name = "received {0}, measure {1}: {2}")
  @CsvSource({
      // received 20:00 in Viet Nam: the 12 hours cross midnight
      "2024-03-05T20:00+07:00, 2024-03-06T07:59+07:00, MET",     // 11:59
      "2024-03-05T20:00+07:00, 2024-03-06T08:00+07:00, MET",     // exactly 12:00 is within 12 hours
      "2024-03-05T20:00+07:00, 2024-03-06T08:01+07:00, MISSED",  // 12:01
      // the same instants given in UTC and in another offset
      "2024-03-05T13:00Z, 2024-03-06T00:59Z, MET",
      "2024-03-05T13:00Z, 2024-03-06T01:01Z, MISSED",
      "2024-03-05T08:00-05:00, 2024-03-05T19:59-05:00, MET",     // 11:59 after 20:00+07:00
      "2024-03-05T08:00-05:00, 2024-03-06T08:01+07:00, MISSED"}) // 12:01, mixed offsets
  void emergencyMeasuresWithin12Hours(String receivedAt, String takenAt, DeadlineOutcome expected) {
    DeadlineStatus s = status(emergencyWithMeasureAt(receivedAt, takenAt), DeadlineRules.EMERGENCY_WITHIN_12_HOURS, "2024-12-31T00:00+07:00");
    assertThat(s.getOutcome()).isEqualTo(expected);
    assertThat(s.getDueAt()).hasValue(t("2024-03-06T08:00+07:00"));
  }

  @Test
  void emergencyIsPendingUntil12HoursThenMissed() {
    ProtectionCase c = emergencyWithMeasureAt("2024-03-05T20:00+07:00", null);
    assertThat(status(c, DeadlineRules.EMERGENCY_WITHIN_12_HOURS, "2024-03-06T07:59+07:00").getOutcome()).isEqualTo(DeadlineOutcome.PENDING);
    assertThat(status(c, DeadlineRules.EMERGENCY_WITHIN_12_HOURS, "2024-03-06T08:00+07:00").getOutcome()).isEqualTo(DeadlineOutcome.PENDING);
    assertThat(status(c, DeadlineRules.EMERGENCY_WITHIN_12_HOURS, "2024-03-06T08:01+07:00").getOutcome()).isEqualTo(DeadlineOutcome.MISSED);
    // a measure recorded after the moment asked about is not yet known
    ProtectionCase later = emergencyWithMeasureAt("2024-03-05T20:00+07:00", "2024-03-06T07:00+07:00");
    assertThat(status(later, DeadlineRules.EMERGENCY_WITHIN_12_HOURS, "2024-03-06T06:00+07:00").getOutcome()).isEqualTo(DeadlineOutcome.PENDING);
  }

  @Test
  void emergencyRuleAppliesToSeriousHarmAndToHarmByTheCaregiverOnly() {
    ProtectionCase notSerious = Cases.received("2024-03-05T20:00+07:00", RiskLevel.NOT_SERIOUS).build();
    assertThat(status(notSerious, DeadlineRules.EMERGENCY_WITHIN_12_HOURS, "2024-12-31T00:00+07:00").getOutcome())
        .isEqualTo(DeadlineOutcome.NOT_APPLICABLE);
    ProtectionCase caregiver = Cases.received("2024-03-05T20:00+07:00", RiskLevel.NOT_SERIOUS)
        .riskAssessment(RiskAssessment.builder().assessedAt(t("2024-03-05T21:00+07:00")).level(RiskLevel.NOT_SERIOUS)
            .harmedByCaregiver(true).build())
        .build();
    assertThat(status(caregiver, DeadlineRules.EMERGENCY_WITHIN_12_HOURS, "2024-12-31T00:00+07:00").getOutcome())
        .isEqualTo(DeadlineOutcome.MISSED);
    // emergency cases are outside the plan periods of Điều 28 ("trừ trường hợp khẩn cấp")
    assertThat(status(caregiver, DeadlineRules.PLAN_DRAFTED_WITHIN_5_WORKING_DAYS, "2024-12-31T00:00+07:00").getOutcome())
        .isEqualTo(DeadlineOutcome.NOT_APPLICABLE);
  }

  private static ProtectionCase planDraftedOn(String receivedAt, String draftedOn) {
    ProtectionCase.Builder b = Cases.received(receivedAt, RiskLevel.NOT_SERIOUS);
    if (draftedOn != null) {
      b.addPlans(SupportPlan.builder().draftedOn(d(draftedOn)).build());
    }
    return b.build();
  }

  @ParameterizedTest(name = "received {0}, drafted {1}: {2} (last day {3})")
  @CsvSource({
      // received Friday: the fifth working day is the next Friday (the weekend is not counted)
      "2024-03-01T15:00+07:00, 2024-03-08, MET, 2024-03-08",
      "2024-03-01T15:00+07:00, 2024-03-11, MISSED, 2024-03-08",
      // received at 23:30 on Friday in Viet Nam, given in UTC: still Friday
      "2024-03-01T16:30Z, 2024-03-08, MET, 2024-03-08",
      // 20:00 UTC on Thursday 29 Feb is 03:00 on Friday 1 March in Viet Nam: counted from Friday
      "2024-02-29T20:00Z, 2024-03-08, MET, 2024-03-08",
      "2024-02-29T12:00Z, 2024-03-08, MISSED, 2024-03-07",
      // received the day before Tết Giáp Thìn (8-14 February 2024 off): the fifth working day is 21 February
      "2024-02-07T10:00+07:00, 2024-02-21, MET, 2024-02-21",
      "2024-02-07T10:00+07:00, 2024-02-22, MISSED, 2024-02-21",
      // received during Tết
      "2024-02-10T10:00+07:00, 2024-02-21, MET, 2024-02-21",
      // received before the nine-day Tết of 2025 (25 January - 2 February)
      "2025-01-24T10:00+07:00, 2025-02-07, MET, 2025-02-07",
      "2025-01-24T10:00+07:00, 2025-02-10, MISSED, 2025-02-07"})
  void planDraftedWithinFiveWorkingDays(String receivedAt, String draftedOn, DeadlineOutcome expected, String lastDay) {
    DeadlineStatus s = status(planDraftedOn(receivedAt, draftedOn), DeadlineRules.PLAN_DRAFTED_WITHIN_5_WORKING_DAYS, "2025-12-31T00:00+07:00");
    assertThat(s.getOutcome()).isEqualTo(expected);
    assertThat(s.getLastDay()).hasValue(d(lastDay));
    assertThat(s.getDueAt()).hasValue(d(lastDay).plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(7)));
    assertThat(s.isProvisionalCalendar()).isFalse();
  }

  @Test
  void planIsPendingThroughTheLastDayAndMissedAfterIt() {
    ProtectionCase c = planDraftedOn("2024-02-07T10:00+07:00", null);
    assertThat(status(c, DeadlineRules.PLAN_DRAFTED_WITHIN_5_WORKING_DAYS, "2024-02-21T23:59+07:00").getOutcome())
        .isEqualTo(DeadlineOutcome.PENDING);
    assertThat(status(c, DeadlineRules.PLAN_DRAFTED_WITHIN_5_WORKING_DAYS, "2024-02-22T00:00+07:00").getOutcome())
        .isEqualTo(DeadlineOutcome.MISSED);
    // before the plan is drafted, its approval has no period yet
    assertThat(status(c, DeadlineRules.PLAN_APPROVED_WITHIN_2_WORKING_DAYS, "2024-02-22T00:00+07:00").getOutcome())
        .isEqualTo(DeadlineOutcome.NOT_APPLICABLE);
  }

  @Test
  void atTheEndOfADay() {
    ProtectionCase c = planDraftedOn("2024-02-07T10:00+07:00", null);
    assertThat(rules.evaluate(c, d("2024-02-21")).get(1).getOutcome()).isEqualTo(DeadlineOutcome.PENDING);
    assertThat(rules.evaluate(c, d("2024-02-22")).get(1).getOutcome()).isEqualTo(DeadlineOutcome.MISSED);
    ProtectionCase done = planDraftedOn("2024-02-07T10:00+07:00", "2024-02-21");
    assertThat(rules.evaluate(done, d("2024-02-20")).get(1).getOutcome()).isEqualTo(DeadlineOutcome.PENDING);
    assertThat(rules.evaluate(done, d("2024-02-21")).get(1).getOutcome()).isEqualTo(DeadlineOutcome.MET);
  }

  @Test
  void approvalWithinTwoWorkingDaysOfSubmission() {
    ProtectionCase.Builder b = Cases.received("2024-03-01T15:00+07:00", RiskLevel.NOT_SERIOUS);
    ProtectionCase onTime = b.plans(List.of(SupportPlan.builder().draftedOn(d("2024-03-08")).approvedOn(d("2024-03-12")).build())).build();
    ProtectionCase late = b.plans(List.of(SupportPlan.builder().draftedOn(d("2024-03-08")).approvedOn(d("2024-03-13")).build())).build();
    assertThat(status(onTime, DeadlineRules.PLAN_APPROVED_WITHIN_2_WORKING_DAYS, "2024-12-31T00:00+07:00").getLastDay()).hasValue(d("2024-03-12"));
    assertThat(status(onTime, DeadlineRules.PLAN_APPROVED_WITHIN_2_WORKING_DAYS, "2024-12-31T00:00+07:00").getOutcome()).isEqualTo(DeadlineOutcome.MET);
    assertThat(status(late, DeadlineRules.PLAN_APPROVED_WITHIN_2_WORKING_DAYS, "2024-12-31T00:00+07:00").getOutcome()).isEqualTo(DeadlineOutcome.MISSED);
    // the stricter reading, not a default: approval within 5 working days of receipt
    assertThat(status(late, DeadlineRules.PLAN_APPROVED_WITHIN_5_WORKING_DAYS_OF_RECEIPT, "2024-12-31T00:00+07:00").getOutcome())
        .isEqualTo(DeadlineOutcome.MISSED);
    assertThat(rules.rule(DeadlineRules.PLAN_APPROVED_WITHIN_5_WORKING_DAYS_OF_RECEIPT.getCode())).isEmpty();
  }

  @Test
  void noPlanIsDueWhenNoHarmWasFoundOrTheCaseClosedFirst() {
    ProtectionCase noRisk = Cases.received("2024-03-01T15:00+07:00", RiskLevel.NO_RISK).build();
    assertThat(status(noRisk, DeadlineRules.PLAN_DRAFTED_WITHIN_5_WORKING_DAYS, "2024-12-31T00:00+07:00").getOutcome())
        .isEqualTo(DeadlineOutcome.NOT_APPLICABLE);
    ProtectionCase closedEarly = Cases.received("2024-03-01T15:00+07:00", RiskLevel.NOT_SERIOUS)
        .closure(Closure.builder().closedOn(d("2024-03-04")).reason(ClosureReason.TRANSFERRED).build()).build();
    assertThat(status(closedEarly, DeadlineRules.PLAN_DRAFTED_WITHIN_5_WORKING_DAYS, "2024-12-31T00:00+07:00").getOutcome())
        .isEqualTo(DeadlineOutcome.NOT_APPLICABLE);
    ProtectionCase closedLate = Cases.received("2024-03-01T15:00+07:00", RiskLevel.NOT_SERIOUS)
        .closure(Closure.builder().closedOn(d("2024-03-20")).reason(ClosureReason.TRANSFERRED).build()).build();
    assertThat(status(closedLate, DeadlineRules.PLAN_DRAFTED_WITHIN_5_WORKING_DAYS, "2024-12-31T00:00+07:00").getOutcome())
        .isEqualTo(DeadlineOutcome.MISSED);
  }

  @ParameterizedTest(name = "separation ended {0}: {1}")
  @CsvSource({"2024-03-16, MET", "2024-03-17, MISSED"})
  void separationLastsAtMost15Days(String endedOn, DeadlineOutcome expected) {
    ProtectionCase c = Cases.received("2024-03-01T10:00+07:00", RiskLevel.SERIOUS_HARM)
        .addEmergencyMeasures(EmergencyMeasure.builder().kind(EmergencyMeasureKind.TEMPORARY_SEPARATION)
            .takenAt(t("2024-03-01T16:00+07:00")).endedOn(d(endedOn)).build())
        .build();
    DeadlineStatus s = status(c, DeadlineRules.SEPARATION_AT_MOST_15_DAYS, "2024-12-31T00:00+07:00");
    assertThat(s.getOutcome()).isEqualTo(expected);
    assertThat(s.getLastDay()).hasValue(d("2024-03-16")); // a Saturday: a maximum length is not extended
    assertThat(status(c, DeadlineRules.EMERGENCY_WITHIN_12_HOURS, "2024-12-31T00:00+07:00").getOutcome()).isEqualTo(DeadlineOutcome.MET);
    ProtectionCase continued = Cases.received("2024-03-01T10:00+07:00", RiskLevel.SERIOUS_HARM)
        .addEmergencyMeasures(EmergencyMeasure.builder().kind(EmergencyMeasureKind.TEMPORARY_SEPARATION)
            .takenAt(t("2024-03-01T16:00+07:00")).continuedByAuthority(true).build())
        .build();
    assertThat(status(continued, DeadlineRules.SEPARATION_AT_MOST_15_DAYS, "2024-12-31T00:00+07:00").getOutcome())
        .isEqualTo(DeadlineOutcome.NOT_APPLICABLE);
  }

  @Test
  void aDeadlineInAYearNotYetAnnouncedIsMarkedProvisional() {
    DeadlineStatus s = status(planDraftedOn("2027-03-01T10:00+07:00", null), DeadlineRules.PLAN_DRAFTED_WITHIN_5_WORKING_DAYS,
        "2027-03-02T00:00+07:00");
    assertThat(s.getOutcome()).isEqualTo(DeadlineOutcome.PENDING);
    assertThat(s.isProvisionalCalendar()).isTrue();
  }

  @Test
  void theRuleSetIsData() {
    assertThat(rules.getRules()).extracting(DeadlineRule::getCode).containsExactly("EMERGENCY_WITHIN_12_HOURS",
        "PLAN_DRAFTED_WITHIN_5_WORKING_DAYS", "PLAN_APPROVED_WITHIN_2_WORKING_DAYS", "SEPARATION_AT_MOST_15_DAYS");
    assertThat(rules.getRules()).allSatisfy(r -> {
      assertThat(r.getLegalReference().getDocument()).isEqualTo("Nghị định 56/2017/NĐ-CP");
      assertThat(r.getLegalReference().getArticle()).isPresent();
    });
    assertThat(DeadlineRules.PLAN_DRAFTED_WITHIN_5_WORKING_DAYS.isTextConfirmed()).isFalse();
    assertThat(DeadlineRules.EMERGENCY_WITHIN_12_HOURS.isTextConfirmed()).isTrue();
    // a province counts the plan from the needs assessment, in 7 working days
    DeadlineRule own = DeadlineRule.builder().from(DeadlineRules.PLAN_DRAFTED_WITHIN_5_WORKING_DAYS)
        .startStep(CaseStepKind.NEEDS_ASSESSED).amount(7).build();
    DeadlineRules replaced = rules.with(own);
    assertThat(replaced.getRules()).hasSize(4);
    assertThat(replaced.rule(own.getCode())).hasValue(own);
    assertThat(rules.without("SEPARATION_AT_MOST_15_DAYS").getRules()).hasSize(3);
    ProtectionCase c = Cases.complete();
    assertThat(replaced.evaluate(c, Instant.parse("2024-12-31T00:00:00Z")).get(1).getLastDay()).hasValue(d("2024-03-14"));
    assertThatThrownBy(() -> DeadlineRule.builder().from(own).code("bad code").build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> DeadlineRule.builder().from(own).amount(0).build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> DeadlineRules.of(List.of(own, own), rules.getCalendar())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCompleteCaseMeetsEveryDeadline() {
    List<DeadlineStatus> all = rules.evaluate(Cases.complete(), Instant.parse("2024-12-31T00:00:00Z"));
    assertThat(all).extracting(DeadlineStatus::getOutcome).containsExactly(DeadlineOutcome.NOT_APPLICABLE, DeadlineOutcome.MET,
        DeadlineOutcome.MET, DeadlineOutcome.NOT_APPLICABLE);
  }
}

package io.github.treem.core.protection;

import static io.github.treem.core.protection.Cases.d;
import static io.github.treem.core.protection.Cases.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Validation of protection cases: order, dates, deadlines, locations, and no personal data anywhere. */
class ProtectionCaseValidatorTest {
  private final ProtectionCaseValidator validator = ProtectionCaseValidator.defaults();

  private static Map<String, String> codesByPath(ValidationReport report) {
    Map<String, String> m = new TreeMap<>();
    for (Issue i : report.getIssues()) {
      m.merge(i.getLocation().getPath().orElse(""), i.getCode(), (a, b) -> a + "," + b);
    }
    return m;
  }

  @Test
  void aCaseWithEveryStepInOrderIsValidWithoutRemarks() {
    ProtectionCase c = Cases.complete();
    assertThat(validator.validate(c).getIssues()).isEmpty();
    assertThat(validator.validate(c, Instant.parse("2024-12-31T00:00:00Z")).getIssues()).isEmpty();
    assertThat(c.getEvents()).extracting(CaseEvent::getKind).containsExactly(CaseStepKind.RECEIVED, CaseStepKind.RISK_ASSESSED,
        CaseStepKind.NEEDS_ASSESSED, CaseStepKind.PLAN_DRAFTED, CaseStepKind.PLAN_APPROVED,
        CaseStepKind.PLAN_IMPLEMENTATION_STARTED, CaseStepKind.REFERRED, CaseStepKind.REVIEWED, CaseStepKind.CLOSED);
    assertThat(c.getEvents()).allSatisfy(e -> assertThat(e.getLegalReference().getDocument()).isEqualTo("Nghị định 56/2017/NĐ-CP"));
    assertThat(c.getEvents().get(4).getLegalReference().toString()).isEqualTo("Nghị định 56/2017/NĐ-CP, Điều 28, khoản 4");
    assertThat(c.isOpenOn(d("2024-05-14"))).isTrue();
    assertThat(c.isOpenOn(d("2024-05-15"))).isFalse();
    assertThat(c.isEmergency()).isFalse();
  }

  @Test
  void stepsOutOfOrderAreLocatedAndCoded() {
    ProtectionCase c = ProtectionCase.builder().from(Cases.complete())
        .id("QV-2024-009")
        .riskAssessment(RiskAssessment.builder().assessedAt(t("2024-03-01T08:00+07:00")).level(RiskLevel.NOT_SERIOUS).build())
        .needsAssessment(NeedsAssessment.builder().completedOn(d("2024-03-12")).build())
        .plans(List.of(
            SupportPlan.builder().draftedOn(d("2024-03-07")).approvedOn(d("2024-03-06")).approvedBy(CaseRole.CHILD_PROTECTION_WORKER)
                .implementationStartedOn(d("2024-03-05")).build(),
            SupportPlan.builder().draftedOn(d("2024-03-04")).build()))
        .reviews(List.of(PlanReview.builder().reviewedOn(d("2024-05-20")).outcome(ReviewOutcome.END_PLAN).build(),
            PlanReview.builder().reviewedOn(d("2024-03-05")).outcome(ReviewOutcome.CONTINUE).build()))
        .closure(Closure.builder().closedOn(d("2024-05-15")).reason(ClosureReason.NO_LONGER_AT_RISK).build())
        .build();
    ValidationReport report = validator.validate(c);
    assertThat(report.isValid()).isFalse();
    assertThat(codesByPath(report)).containsAllEntriesOf(Map.of(
        "QV-2024-009/riskAssessment.assessedAt", "CASE_STEP_BEFORE_RECEIPT",
        "QV-2024-009/needsAssessment.completedOn", "CASE_NEEDS_ASSESSMENT_AFTER_PLAN",
        "QV-2024-009/plans[0].approvedBy", "CASE_PLAN_APPROVER_NOT_CHAIRMAN",
        "QV-2024-009/plans[0].implementationStartedOn", "CASE_PLAN_IMPLEMENTED_BEFORE_APPROVAL",
        "QV-2024-009/plans[1].draftedOn", "CASE_PLANS_OUT_OF_ORDER",
        "QV-2024-009/reviews[0].reviewedOn", "CASE_STEP_AFTER_CLOSURE",
        "QV-2024-009/reviews[1]", "CASE_STEPS_NOT_IN_ORDER",
        "QV-2024-009/reviews[1].reviewedOn", "CASE_REVIEW_BEFORE_APPROVAL"));
    assertThat(codesByPath(report).get("QV-2024-009/plans[0].approvedOn")).contains("CASE_PLAN_APPROVED_BEFORE_DRAFTED");
    Issue before = report.getIssues().stream().filter(i -> i.getCode().equals("CASE_STEP_BEFORE_RECEIPT")).findFirst().orElseThrow();
    assertThat(before.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(before.getMessage(Language.VI)).isEqualTo("Bước \"Đánh giá nguy cơ ban đầu\" có thời điểm trước khi tiếp nhận thông tin");
    assertThat(before.getMessage(Language.EN)).isEqualTo("The step \"Initial risk assessment\" is dated before the information was received");
  }

  @Test
  void missedDeadlinesAreWarningsWithTheirLegalBasis() {
    ProtectionCase late = Cases.received("2024-02-07T10:00+07:00", RiskLevel.NOT_SERIOUS)
        .addPlans(SupportPlan.builder().draftedOn(d("2024-02-22")).approvedOn(d("2024-02-23")).approvedBy(CaseRole.COMMUNE_CHAIRMAN).build())
        .build();
    ValidationReport report = validator.validate(late);
    assertThat(report.isValid()).isTrue();
    assertThat(report.issuesOf(Severity.WARNING)).singleElement().satisfies(i -> {
      assertThat(i.getCode()).isEqualTo("CASE_DEADLINE_MISSED");
      assertThat(i.getLocation().getPath()).hasValue("QV-2024-001/deadlines.PLAN_DRAFTED_WITHIN_5_WORKING_DAYS");
      assertThat(i.getMessageEn()).contains("within 5 working days").contains("Nghị định 56/2017/NĐ-CP, Điều 28, khoản 1");
      assertThat(i.getMessageVi()).startsWith("Quá hạn: ");
    });
    // as of a moment: a step still missing after its period is missed, a step after the moment is an error
    ProtectionCase open = Cases.received("2024-03-05T20:00+07:00", RiskLevel.SERIOUS_HARM).build();
    assertThat(validator.validate(open).getIssues()).isEmpty(); // as of the last recorded step, still within 12 hours
    assertThat(validator.validate(open, Instant.parse("2024-03-06T01:01:00Z")).getIssues()).extracting(Issue::getCode)
        .containsExactly("CASE_DEADLINE_MISSED");
    assertThat(validator.validate(open, Instant.parse("2024-03-05T13:30:00Z")).getIssues()).extracting(Issue::getCode)
        .containsExactly("CASE_STEP_IN_FUTURE"); // the risk assessment, at 22:00, is after 20:30
  }

  @Test
  void childAndIdChecks() {
    ProtectionCase c = ProtectionCase.builder().from(Cases.received("2024-03-01T10:00+07:00", RiskLevel.NOT_SERIOUS).build())
        .id("079212345678")
        .child(CaseChild.builder().dateOfBirth(d("2024-03-02")).build())
        .harms(List.of())
        .build();
    assertThat(codesByPath(validator.validate(c))).containsEntry("079212345678/id", "CASE_ID_LOOKS_PERSONAL")
        .containsEntry("079212345678/child.dateOfBirth", "CASE_CHILD_BORN_AFTER_RECEIPT")
        .containsEntry("079212345678/harms", "CASE_NO_HARM_KIND");
    ProtectionCase old = ProtectionCase.builder().from(c).id("QV-1").child(CaseChild.builder().dateOfBirth(d("2008-02-29")).build()).build();
    assertThat(codesByPath(validator.validate(old))).containsEntry("QV-1/child.dateOfBirth", "CASE_CHILD_16_OR_OVER");
    assertThatThrownBy(() -> ProtectionCase.builder().from(c).id("Nguyễn Văn A").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("TREEM-CASE-0001").hasMessageNotContaining("Nguyễn");
  }

  @Test
  void emergencyAndClosureChecks() {
    ProtectionCase c = Cases.received("2024-03-01T10:00+07:00", RiskLevel.NOT_SERIOUS)
        .addEmergencyMeasures(EmergencyMeasure.builder().kind(EmergencyMeasureKind.EMERGENCY_INTERVENTION)
            .takenAt(t("2024-03-01T12:00+07:00")).endedOn(d("2024-03-02")).build())
        .addEmergencyMeasures(EmergencyMeasure.builder().kind(EmergencyMeasureKind.TEMPORARY_SEPARATION)
            .takenAt(t("2024-03-01T13:00+07:00")).endedOn(d("2024-02-28")).build())
        .closure(Closure.builder().closedOn(d("2024-03-20")).reason(ClosureReason.TRANSFERRED).build())
        .build();
    assertThat(codesByPath(validator.validate(c))).containsEntry("QV-2024-001/emergencyMeasures[0]", "CASE_EMERGENCY_WITHOUT_SERIOUS_RISK")
        .containsEntry("QV-2024-001/emergencyMeasures[0].endedOn", "CASE_END_ON_INTERVENTION")
        .containsEntry("QV-2024-001/closure.reason", "CASE_TRANSFERRED_WITHOUT_REFERRAL");
    assertThat(codesByPath(validator.validate(c)).get("QV-2024-001/emergencyMeasures[1].endedOn"))
        .contains("CASE_SEPARATION_ENDS_BEFORE_START");
    ProtectionCase noAssessment = ProtectionCase.builder().from(Cases.complete()).riskAssessment(java.util.Optional.empty()).build();
    assertThat(codesByPath(validator.validate(noAssessment))).containsEntry("QV-2024-002/riskAssessment", "CASE_RISK_ASSESSMENT_MISSING");
    ProtectionCase provisional = Cases.received("2027-03-01T10:00+07:00", RiskLevel.NOT_SERIOUS).build();
    assertThat(validator.validate(provisional, Instant.parse("2027-03-02T00:00:00Z")).getIssues()).extracting(Issue::getCode)
        .containsExactly("CASE_DEADLINE_PROVISIONAL_CALENDAR");
  }

  /** No description, name or date of birth reaches a toString, a message or an exception. */
  @Test
  void sensitiveDataNeverLeaves() {
    ProtectionCase c = ProtectionCase.builder().from(Cases.complete())
        .plans(List.of(SupportPlan.builder().draftedOn(d("2024-03-22")).approvedOn(d("2024-03-21"))
            .description(SensitiveText.of(Cases.SECRET)).build()))
        .build();
    List<String> texts = new ArrayList<>();
    texts.add(c.toString());
    texts.add(c.getChild().toString());
    texts.add(c.getReceipt().toString());
    texts.add(c.getRiskAssessment().orElseThrow().toString());
    texts.add(c.getNeedsAssessment().orElseThrow().toString());
    c.getPlans().forEach(p -> texts.add(p.toString()));
    c.getReviews().forEach(p -> texts.add(p.toString()));
    c.getReferrals().forEach(p -> texts.add(p.toString()));
    texts.add(c.getClosure().orElseThrow().toString());
    c.getEvents().forEach(e -> texts.add(e.toString()));
    texts.add(c.getReceipt().getDescription().orElseThrow().toString());
    ValidationReport report = validator.validate(c);
    assertThat(report.getIssues()).isNotEmpty();
    for (Issue i : report.getIssues()) {
      texts.add(i.toString());
      texts.add(i.getMessageVi());
      texts.add(i.getMessageEn());
    }
    DeadlineRules.defaults().evaluate(c, Instant.parse("2024-12-31T00:00:00Z")).forEach(s -> texts.add(s.toString()));
    assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain("Bí Mật").doesNotContain("gãy tay")
        .doesNotContain("2013-07-15").doesNotContain("QV-0042"));
    assertThat(c.getReceipt().getDescription().orElseThrow().reveal()).isEqualTo(Cases.SECRET);
  }

  @Test
  void taxonomiesCarryTheirClauses() {
    assertThat(ProhibitedAct.values()).hasSize(15);
    for (ProhibitedAct a : ProhibitedAct.values()) {
      assertThat(a.getClause()).isEqualTo(a.ordinal() + 1);
      assertThat(a.getLegalReference().toString()).isEqualTo("Luật Trẻ em 102/2016/QH13, Điều 6, khoản " + a.getClause());
    }
    assertThat(AbuseForm.SEXUAL_ABUSE.getLegalReference().toString()).isEqualTo("Luật Trẻ em 102/2016/QH13, Điều 4, khoản 8");
    assertThat(HarmKind.parse(" sexual_abuse ")).hasValue(AbuseForm.SEXUAL_ABUSE);
    assertThat(HarmKind.parse("CHILD_MARRIAGE")).hasValue(ProhibitedAct.CHILD_MARRIAGE);
    assertThat(HarmKind.parse("nothing")).isEmpty();
    assertThat(EmergencyMeasureKind.TEMPORARY_SEPARATION.getLegalReference().toString()).isEqualTo("Nghị định 56/2017/NĐ-CP, Điều 32");
    ProtectionCase twice = ProtectionCase.builder().from(Cases.complete()).addHarms(AbuseForm.EXPLOITATION).build();
    assertThat(twice.getHarms()).hasSize(2);
  }
}

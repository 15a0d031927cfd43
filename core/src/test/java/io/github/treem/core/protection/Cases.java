package io.github.treem.core.protection;

import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Test cases. */
final class Cases {
  static final String SECRET = "Nguyễn Văn Bí Mật bị cha đánh gãy tay";

  private Cases() {}

  static OffsetDateTime t(String text) {
    return OffsetDateTime.parse(text);
  }

  static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  /** A case received at a time, with a risk assessment of a level 2 hours later. */
  static ProtectionCase.Builder received(String receivedAt, RiskLevel level) {
    OffsetDateTime at = t(receivedAt);
    return ProtectionCase.builder()
        .id("QV-2024-001")
        .child(CaseChild.builder().sex(Sex.FEMALE).dateOfBirth(d("2012-05-01")).addCircumstances(SpecialCircumstanceGroup.I).build())
        .receipt(InformationReceipt.builder().receivedAt(at).source(InformationSource.NATIONAL_HOTLINE_111).build())
        .addHarms(AbuseForm.VIOLENCE)
        .riskAssessment(RiskAssessment.builder().assessedAt(at.plusHours(2)).level(level).build());
  }

  /** A non-emergency case with every step, in order and in time, each with a description. */
  static ProtectionCase complete() {
    OffsetDateTime at = t("2024-03-01T09:30+07:00");
    SensitiveText secret = SensitiveText.of(SECRET);
    return ProtectionCase.builder()
        .id("QV-2024-002")
        .child(CaseChild.builder().sex(Sex.MALE).dateOfBirth(d("2013-07-15")).addCircumstances(SpecialCircumstanceGroup.K)
            .registerChildId("QV-0042").build())
        .receipt(InformationReceipt.builder().receivedAt(at).source(InformationSource.SCHOOL)
            .receivedBy(CaseRole.CHILD_PROTECTION_WORKER).description(secret).build())
        .addHarms(AbuseForm.EXPLOITATION, ProhibitedAct.SEXUAL_ABUSE_VIOLENCE_EXPLOITATION)
        .riskAssessment(RiskAssessment.builder().assessedAt(at.plusHours(3)).level(RiskLevel.NOT_SERIOUS).description(secret).build())
        .needsAssessment(NeedsAssessment.builder().completedOn(d("2024-03-05")).description(secret).build())
        .addPlans(SupportPlan.builder().draftedOn(d("2024-03-07")).approvedOn(d("2024-03-08"))
            .approvedBy(CaseRole.COMMUNE_CHAIRMAN).implementationStartedOn(d("2024-03-11")).description(secret).build())
        .addReferrals(Referral.builder().referredOn(d("2024-03-12")).target(ReferralTarget.HEALTH_FACILITY).description(secret).build())
        .addReviews(PlanReview.builder().reviewedOn(d("2024-05-10")).outcome(ReviewOutcome.END_PLAN).description(secret).build())
        .closure(Closure.builder().closedOn(d("2024-05-15")).reason(ClosureReason.NO_LONGER_AT_RISK)
            .decidedBy(CaseRole.COMMUNE_CHAIRMAN).description(secret).build())
        .build();
  }
}

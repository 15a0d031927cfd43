package io.github.treem.planreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.ActivityValidator;
import io.github.treem.core.plan.AssignmentBasis;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanItem;
import io.github.treem.core.plan.PlanItemKind;
import io.github.treem.core.plan.PlanValidator;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Quảng Vinh 2020 plan in full, and the demo log, are consistent data. */
class QuangVinhPlanTest {
  static final Plan PLAN = QuangVinh2020.plan();

  @Test
  void theWholePlanValidatesWithoutErrorOrWarning() {
    ValidationReport r = PlanValidator.validate(PLAN);
    assertThat(r.getIssues()).extracting(Issue::toString).isEmpty();
  }

  @Test
  void itHasEverySection() {
    assertThat(PLAN.itemsOf(PlanItemKind.TASK)).hasSize(6);
    assertThat(PLAN.itemsOf(PlanItemKind.SOLUTION)).hasSize(8);
    assertThat(PLAN.itemsOf(PlanItemKind.DUTY)).hasSize(16);
    assertThat(PLAN.getResponsibleUnits()).hasSize(7);
    assertThat(PLAN.getTasks()).hasSize(6);
    assertThat(PLAN.getSolutions()).hasSize(8);
    assertThat(PLAN.unit("LDTBXH").orElseThrow().getDuties()).hasSize(5);
    assertThat(PLAN.unit("POLICE").orElseThrow().getDuties()).hasSize(2);
    assertThat(PLAN.getPreamble()).hasSize(2);
    assertThat(PLAN.getClosing()).isPresent();
    assertThat(PLAN.getRecipients()).hasSize(9);
    assertThat(PLAN.getRecipients().get(0).getPurposeVi()).contains("Để báo cáo");
    assertThat(PLAN.getFundingSources()).extracting(s -> s.getKind().name())
        .containsExactly("DISTRICT_BUDGET", "PROVINCE_BUDGET", "MOBILISED");
    assertThat(PLAN.getSignature()).isEmpty(); // the seed text shows none: treem invents none
    for (PlanItem i : PLAN.itemsOf(PlanItemKind.DUTY)) {
      assertThat(i.getUnitsBasis()).isEqualTo(AssignmentBasis.STATED);
    }
    assertThat(PLAN.item("NV1").orElseThrow().getUnitsBasis()).isEqualTo(AssignmentBasis.READING);
  }

  @Test
  void task4KeepsItsCitationVerbatimWithTheCorrectionBeside() {
    PlanItem nv4 = PLAN.item("NV4").orElseThrow();
    assertThat(nv4.getTextVi()).contains("Quyết định số 06/2019/QĐ-TTg ngày 03/01/2019");
    assertThat(nv4.getCitationCorrections()).hasSize(1);
    assertThat(nv4.getCitationCorrections().get(0).getCorrected().getDocument())
        .isEqualTo("Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ");
    assertThat(PLAN.getTasks().get(3)).contains("06/2019/QĐ-TTg");
  }

  @Test
  void theEventsItNamesArePlacedIn2020() {
    assertThat(PLAN.eventType("MID_AUTUMN_FESTIVAL").orElseThrow().resolve(2020).getStart()).isEqualTo(LocalDate.of(2020, 10, 1));
    assertThat(PLAN.item("NV3").orElseThrow().getEventIds()).containsExactly("ACTION_MONTH_FOR_CHILDREN", "MID_AUTUMN_FESTIVAL");
  }

  @Test
  void theDemoLogHasNoErrorAndNoWarning() {
    ValidationReport r = ActivityValidator.validate(PLAN, LocalDate.of(2020, 12, 31), DemoLog.activities(), DemoLog.assessments());
    assertThat(r.issuesOf(Severity.ERROR)).isEmpty();
    assertThat(r.issuesOf(Severity.WARNING)).isEmpty();
    // the officer says GP1 is done though no activity is logged for it: a note
    assertThat(r.issuesOf(Severity.INFO)).extracting(Issue::getCode).containsExactly("ASSESSMENT_DONE_WITHOUT_ACTIVITY");
  }
}

package io.github.treem.planreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.plan.CarriedTarget;
import io.github.treem.core.plan.DateSpan;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanDraft;
import io.github.treem.core.plan.PlanValidator;
import io.github.treem.core.plan.PreviousOutcome;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDraftsTest {
  static final Plan PLAN = QuangVinh2020.plan();
  static final Plan DRAFT = PlanDrafts.nextYear(PLAN, Reports.year(), LocalDate.of(2020, 12, 28));

  @Test
  void theDraftValidates() {
    assertThat(PlanValidator.validate(DRAFT).getIssues()).extracting(Issue::toString).isEmpty();
  }

  @Test
  void aDraftNeverADecision() {
    assertThat(DRAFT.isDraft()).isTrue();
    PlanDraft d = DRAFT.getDraft().orElseThrow();
    assertThat(d.getBasedOnNumber()).isEqualTo("90/KH-UBND");
    assertThat(d.getBasedOnYear()).isEqualTo(2020);
    assertThat(d.getPreparedOn()).isEqualTo(LocalDate.of(2020, 12, 28));
    assertThat(PlanDraft.MARK_VI).isEqualTo("DỰ THẢO");
    assertThat(DRAFT.getNumber()).isEqualTo("…/KH-UBND");
    assertThat(DRAFT.getSignature()).isEmpty();
  }

  @Test
  void theSameStructureOneYearOn() {
    assertThat(DRAFT.getYear()).isEqualTo(2021);
    assertThat(DRAFT.getIssueDate()).isEqualTo(LocalDate.of(2021, 3, 9));
    assertThat(DRAFT.getTitle()).contains("Thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2021");
    assertThat(DRAFT.getItems()).hasSameSizeAs(PLAN.getItems());
    assertThat(DRAFT.getResponsibleUnits()).extracting(u -> u.getId()).isEqualTo(PLAN.getResponsibleUnits().stream().map(u -> u.getId()).toList());
    assertThat(DRAFT.item("GP7").orElseThrow().getTextVi())
        .isEqualTo("Phối hợp với cấp trên hưởng ứng “Tháng hành động vì trẻ em năm 2021” và tết trung thu năm 2021.");
    assertThat(DRAFT.unit("LDTBXH").orElseThrow().getDuties().get(0)).contains("năm 2021").doesNotContain("năm 2020");
    // dates in citations stay as written; the preamble cites last year's district plan and stays, with a note
    assertThat(DRAFT.item("NV4").orElseThrow().getTextVi()).contains("06/2019/QĐ-TTg ngày 03/01/2019");
    assertThat(DRAFT.item("TC2.1").orElseThrow().getTextVi()).contains("Luật hộ tịch năm 2014");
    assertThat(DRAFT.getPreamble()).isEqualTo(PLAN.getPreamble());
    assertThat(DRAFT.getDraft().orElseThrow().getNotesVi()).anyMatch(n -> n.startsWith("Cập nhật phần căn cứ"));
    assertThat(DRAFT.getTargets()).allSatisfy(t -> assertThat(t.getYear()).isEqualTo(2021));
    assertThat(DRAFT.target("T9").orElseThrow().getTextVi()).isEqualTo("Phấn đấu xã đạt tiêu chuẩn xã phù hợp với trẻ em năm 2021.");
    assertThat(DRAFT.getFundingSources().get(0).getNameVi()).isEqualTo("Ngân sách huyện bố trí trong dự toán năm 2021");
    // events are placed again by their rules: Tết Trung thu 2021 is 21 September
    assertThat(DRAFT.eventType("MID_AUTUMN_FESTIVAL").orElseThrow().resolve(DRAFT.getYear()))
        .isEqualTo(DateSpan.ofDay(LocalDate.of(2021, 9, 21)));
  }

  @Test
  void targetsCarriedOverWithThisYearsValuesAndTheMissedOnesFlagged() {
    PlanDraft d = DRAFT.getDraft().orElseThrow();
    CarriedTarget t1 = d.carried("T1").orElseThrow();
    assertThat(t1.getOutcome()).isEqualTo(PreviousOutcome.NOT_MET);
    assertThat(t1.isFlagged()).isTrue();
    assertThat(t1.getPreviousValue()).contains(new BigDecimal("97.50"));
    assertThat(t1.getPreviousGap()).contains(new BigDecimal("-2.50"));
    assertThat(DRAFT.target("T1").orElseThrow().getBaseline()).hasValue(new BigDecimal("97.50"));
    assertThat(DRAFT.target("T1").orElseThrow().getThreshold()).hasValue(new BigDecimal("100.0")); // the plan's, unchanged (as written)
    assertThat(d.carried("T2").orElseThrow().getOutcome()).isEqualTo(PreviousOutcome.MET);
    // an "increase" target: this year's value is next year's reference
    assertThat(DRAFT.target("T6").orElseThrow().getBaseline()).hasValue(new BigDecimal("41.00"));
    // hidden or missing values are not assessed and give no baseline
    assertThat(d.carried("T7").orElseThrow().getOutcome()).isEqualTo(PreviousOutcome.NOT_ASSESSED);
    assertThat(DRAFT.target("T7").orElseThrow().getBaseline()).isEmpty();
    assertThat(d.getCarriedTargets()).extracting(CarriedTarget::isFlagged).containsOnlyOnce(true);
    assertThat(d.getNotesVi()).anyMatch(n -> n.startsWith("Chỉ tiêu T1 năm 2020 không đạt (kết quả 97,5%, kế hoạch ≥ 100%)"));
    assertThat(d.getNotesVi()).anyMatch(n -> n.startsWith("NV4 chưa thực hiện được năm 2020 (lý do: Chưa đạt tiêu chí 8"));
  }

  @Test
  void aHalfYearReportIsNotedAndAForeignReportRefused() {
    Plan fromHalf = PlanDrafts.nextYear(PLAN, Reports.firstHalf(), LocalDate.of(2020, 7, 10));
    assertThat(fromHalf.getDraft().orElseThrow().getNotesVi())
        .anyMatch(n -> n.equals("Báo cáo dùng để lập dự thảo là báo cáo 6 tháng đầu năm 2020, chưa phải báo cáo cả năm 2020."));
    assertThat(PlanValidator.validate(fromHalf).isValid()).isTrue();
    Plan other = Plan.builder().from(PLAN).number("91/KH-UBND").build();
    assertThatThrownBy(() -> PlanDrafts.nextYear(other, Reports.year(), LocalDate.of(2020, 12, 28)))
        .isInstanceOf(InvalidValueException.class);
    // a draft of a draft: the year after
    Plan second = PlanDrafts.nextYear(DRAFT, io.github.treem.planreport.ImplementationReport.of(DRAFT,
        io.github.treem.core.plan.ReportingPeriod.parse("2021"), List.of(), List.of(), ReportInputs.none()), LocalDate.of(2021, 12, 1));
    assertThat(second.getYear()).isEqualTo(2022);
    assertThat(PlanValidator.validate(second).isValid()).isTrue();
  }
}

package io.github.treem.planreport;

import io.github.treem.core.plan.CarriedTarget;
import io.github.treem.core.plan.CitationCorrection;
import io.github.treem.core.plan.FundingSource;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanDraft;
import io.github.treem.core.plan.PlanItem;
import io.github.treem.core.plan.PreviousOutcome;
import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.planreport.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Next year's plan drafted from this year's plan and its report: the same structure (units, items,
 * events, funding sources, reporting duties, recipients), the year moved on, and marked as a draft
 * ({@value PlanDraft#MARK_VI}) for the officer, never a decision.
 *
 * <pre>{@code
 * Plan draft = PlanDrafts.nextYear(plan, yearReport, LocalDate.of(2020, 12, 20));
 * PlanValidator.validate(draft).isValid(); // true
 * }</pre>
 *
 * <p>What moves: the year; the date of issue by one year (a proposal); "năm 2020" becomes "năm
 * 2021" in the title, the objective, the items, the targets, the funding sources and the closing
 * (dates inside citations are left alone); events are re-placed by their rules in the new year
 * (Tết Trung thu 2021 falls on 21 September). The number becomes "…/KH-UBND" for the office to
 * assign. The preamble stays as it was written: it cites last year's plan of the district, which
 * the officer replaces (a note says so).
 *
 * <p>Targets: carried over with this year's published value as the baseline (the reference of an
 * "increase" target); each is recorded in the draft with its value and outcome, a target not met
 * flagged. Items the report found not done are listed in the draft's notes with their reasons.
 * Planned amounts are kept as they were, with a note to update them to the new budget.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanDrafts {
  private PlanDrafts() {}

  /**
   * Drafts next year's plan.
   *
   * @param plan this year's plan
   * @param report its report (best: the year's; a half-year report is noted in the draft)
   * @param preparedOn the day the draft is made
   * @return the draft plan
   * @throws InvalidValueException (code {@code TREEM-PLANREPORT-0020}) when the report is not a
   *     report of the plan
   */
  public static Plan nextYear(Plan plan, ImplementationReport report, LocalDate preparedOn) {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(preparedOn, "preparedOn must not be null");
    if (!report.getPlan().equals(plan)) {
      throw new InvalidValueException("TREEM-PLANREPORT-0020", "the report is not a report of plan " + plan.getNumber());
    }
    int from = plan.getYear();
    int to = from + 1;
    List<String> notes = new ArrayList<>();
    notes.add("Dự thảo lập từ Kế hoạch số " + plan.getNumber() + " và báo cáo kết quả thực hiện " + report.getPeriod().labelVi()
        + "; cán bộ rà soát, chỉnh sửa trước khi trình Chủ tịch Ủy ban nhân dân ký ban hành.");
    if (report.getPeriod().getKind() != ReportingPeriod.Kind.YEAR) {
      notes.add("Báo cáo dùng để lập dự thảo là báo cáo " + report.getPeriod().labelVi() + ", chưa phải báo cáo cả năm " + from + ".");
    }
    notes.add("Cập nhật phần căn cứ: phần mở đầu giữ nguyên văn kế hoạch năm " + from
        + " (kế hoạch của cấp huyện năm " + from + ").");
    List<Target> targets = new ArrayList<>();
    List<CarriedTarget> carried = new ArrayList<>();
    for (Target t : plan.getTargets()) {
      TargetLine line = report.getTargets().stream().filter(l -> l.targetId().equals(t.getId())).findFirst().orElseThrow();
      Target.Builder b = Target.builder().from(t).year(to).textVi(Texts.moveYear(t.getTextVi(), from, to));
      line.value().getValue().ifPresent(b::baseline);
      targets.add(b.build());
      PreviousOutcome outcome = line.status() == TargetStatus.MET ? PreviousOutcome.MET
          : line.status() == TargetStatus.NOT_MET ? PreviousOutcome.NOT_MET : PreviousOutcome.NOT_ASSESSED;
      carried.add(CarriedTarget.builder().targetId(t.getId()).previousYear(from).previousValue(line.value().getValue())
          .outcome(outcome).previousGap(line.gap()).build());
      if (outcome == PreviousOutcome.NOT_MET) {
        notes.add("Chỉ tiêu " + t.getId() + " năm " + from + " không đạt (kết quả " + Texts.figure(line.value(), line.unit())
            + ", kế hoạch " + line.referenceText() + "): xem xét chỉ tiêu và giải pháp năm " + to + ".");
      }
    }
    for (NotDoneLine n : report.getNotDone()) {
      notes.add(n.itemId() + " chưa thực hiện được năm " + from + " (lý do: " + n.reasonVi().orElse("chưa ghi lý do")
          + "): xem xét chuyển sang năm " + to + ".");
    }
    if (plan.getFundingSources().stream().anyMatch(s -> s.getPlannedDong().isPresent()) || !plan.getFundingAllocations().isEmpty()) {
      notes.add("Kinh phí dự kiến giữ như kế hoạch năm " + from + ": cập nhật theo dự toán năm " + to + ".");
    }
    List<PlanItem> items = plan.getItems().stream().map(i -> moveItem(i, from, to)).toList();
    List<FundingSource> sources = plan.getFundingSources().stream()
        .map(s -> FundingSource.builder().from(s).nameVi(Texts.moveYear(s.getNameVi(), from, to)).build()).toList();
    List<ResponsibleUnit> units = plan.getResponsibleUnits().stream()
        .map(u -> plan.dutiesOf(u.getId()).isEmpty() ? u : ResponsibleUnit.builder().from(u).duties(List.of()).build()).toList();
    Plan.Builder b = Plan.builder().from(plan)
        .number(draftNumber(plan.getNumber()))
        .year(to)
        .issueDate(plan.getIssueDate().plusYears(1))
        .generalObjective(Texts.moveYear(plan.getGeneralObjective(), from, to))
        .items(items)
        .tasks(plan.itemsOf(io.github.treem.core.plan.PlanItemKind.TASK).isEmpty() ? plan.getTasks() : List.of())
        .solutions(plan.itemsOf(io.github.treem.core.plan.PlanItemKind.SOLUTION).isEmpty() ? plan.getSolutions() : List.of())
        .responsibleUnits(units)
        .targets(targets)
        .fundingSources(sources)
        .draft(PlanDraft.builder().basedOnNumber(plan.getNumber()).basedOnYear(from).basedOnReportPeriod(report.getPeriod())
            .preparedOn(preparedOn).carriedTargets(carried).notesVi(notes).build());
    plan.getTitle().ifPresent(t -> b.title(Texts.moveYear(t, from, to)));
    plan.getFunding().ifPresent(f -> b.funding(Texts.moveYear(f, from, to)));
    plan.getClosing().ifPresent(c -> b.closing(Texts.moveYear(c, from, to)));
    return b.build();
  }

  private static PlanItem moveItem(PlanItem i, int from, int to) {
    List<CitationCorrection> corrections = i.getCitationCorrections().stream()
        .map(c -> CitationCorrection.builder().from(c).asWritten(Texts.moveYear(c.getAsWritten(), from, to)).build()).toList();
    return PlanItem.builder().from(i).textVi(Texts.moveYear(i.getTextVi(), from, to)).citationCorrections(corrections).build();
  }

  /** "90/KH-UBND" gives "…/KH-UBND": the office assigns the number when the plan is issued. */
  static String draftNumber(String number) {
    int slash = number.indexOf('/');
    return slash < 0 ? "…/" + number : "…" + number.substring(slash);
  }
}

package io.github.treem.core.plan;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import org.apiguardian.api.API;

/**
 * The stable codes of the issues that {@link PlanValidator} and {@link ActivityValidator} report,
 * each with its severity and its text in Vietnamese and English; an issue appends a detail (the
 * identifiers of items, units, targets, events or funding sources involved, never personal data
 * and never an evidence note). A code is never reused for another meaning.
 *
 * <p>One of the registries of treem's issue-code model ({@link IssueCode}); the code is the
 * constant's name.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PlanIssueCode implements IssueCode {
  // ---- the plan ----
  /** Two items of the plan have the same identifier. */
  PLAN_ITEM_DUPLICATE_ID(Severity.ERROR, "Hai mục của kế hoạch trùng mã", "Two items of the plan have the same id"),
  /** An item names a unit that is not one of the plan's responsible units. */
  PLAN_ITEM_UNKNOWN_UNIT(Severity.ERROR, "Mục kế hoạch nêu đơn vị không có trong phần tổ chức thực hiện",
      "An item names a unit that is not one of the plan's units"),
  /** A duty has no unit. */
  PLAN_DUTY_WITHOUT_UNIT(Severity.ERROR, "Nhiệm vụ của đơn vị không ghi đơn vị", "A duty names no unit"),
  /** An item serves a target the plan does not have. */
  PLAN_ITEM_UNKNOWN_TARGET(Severity.ERROR, "Mục kế hoạch gắn với chỉ tiêu không có trong kế hoạch",
      "An item serves a target the plan does not have"),
  /** An item serves an item the plan does not have. */
  PLAN_ITEM_UNKNOWN_ITEM(Severity.ERROR, "Mục kế hoạch gắn với mục không có trong kế hoạch",
      "An item serves an item the plan does not have"),
  /** Items serve each other in a cycle. */
  PLAN_ITEM_CYCLE(Severity.ERROR, "Các mục kế hoạch phục vụ lẫn nhau thành vòng", "Items serve each other in a cycle"),
  /** An item names an event the plan does not define. */
  PLAN_ITEM_UNKNOWN_EVENT(Severity.ERROR, "Mục kế hoạch nêu sự kiện không có trong kế hoạch",
      "An item names an event the plan does not define"),
  /** A citation correction does not match the item's text. */
  PLAN_CITATION_NOT_IN_TEXT(Severity.ERROR, "Trích dẫn cần đính chính không có trong nội dung của mục",
      "The citation to correct is not in the item's text"),
  /** Two event types have the same identifier. */
  PLAN_EVENT_DUPLICATE_ID(Severity.ERROR, "Hai sự kiện trùng mã", "Two events have the same id"),
  /** An event cannot be placed in the plan's year. */
  PLAN_EVENT_UNRESOLVED(Severity.ERROR, "Không xác định được ngày của sự kiện trong năm kế hoạch",
      "The event cannot be placed in the plan's year"),
  /** An event falls (partly) outside the plan's year. */
  PLAN_EVENT_OUTSIDE_YEAR(Severity.WARNING, "Sự kiện rơi ra ngoài năm kế hoạch", "The event falls outside the plan's year"),
  /** No item names an event of the plan. */
  PLAN_EVENT_UNUSED(Severity.INFO, "Không mục nào nêu sự kiện này", "No item names the event"),
  /** A target is for another year than the plan. */
  PLAN_TARGET_OTHER_YEAR(Severity.WARNING, "Chỉ tiêu không cùng năm với kế hoạch", "The target is for another year than the plan"),
  /** No item serves a target. */
  PLAN_TARGET_NOT_SERVED(Severity.INFO, "Chưa có mục nào của kế hoạch phục vụ chỉ tiêu này", "No item serves the target"),
  /** A unit takes part in no item. */
  PLAN_UNIT_WITHOUT_ITEM(Severity.INFO, "Đơn vị không tham gia mục nào của kế hoạch", "The unit takes part in no item"),
  /** The plan's date of issue is far from its year. */
  PLAN_ISSUE_DATE_OUTSIDE_YEAR(Severity.WARNING, "Ngày ban hành kế hoạch không thuộc năm kế hoạch (hoặc quý IV năm trước)",
      "The plan is dated outside its year (and the last quarter of the year before)"),
  /** Two funding sources have the same identifier. */
  PLAN_FUNDING_DUPLICATE_SOURCE(Severity.ERROR, "Hai nguồn kinh phí trùng mã", "Two funding sources have the same id"),
  /** An allocation names a funding source the plan does not have. */
  PLAN_FUNDING_UNKNOWN_SOURCE(Severity.ERROR, "Phân bổ kinh phí từ nguồn không có trong kế hoạch",
      "An allocation names a funding source the plan does not have"),
  /** An allocation names an item the plan does not have. */
  PLAN_FUNDING_UNKNOWN_ITEM(Severity.ERROR, "Phân bổ kinh phí cho mục không có trong kế hoạch",
      "An allocation names an item the plan does not have"),
  /** A planned amount is negative. */
  PLAN_FUNDING_NEGATIVE(Severity.ERROR, "Số kinh phí dự kiến âm", "A planned amount is negative"),
  /** The allocations of a source add up to more than its planned total. */
  PLAN_FUNDING_OVER_TOTAL(Severity.ERROR, "Tổng phân bổ vượt tổng kinh phí dự kiến của nguồn",
      "The allocations of a source exceed its planned total"),
  /** A sum of amounts does not fit in a long. */
  PLAN_FUNDING_OVERFLOW(Severity.ERROR, "Tổng kinh phí vượt quá giới hạn tính toán", "A sum of amounts overflows"),
  /** Two allocations for the same source and item. */
  PLAN_FUNDING_DUPLICATE_ALLOCATION(Severity.WARNING, "Hai lần phân bổ cho cùng một nguồn và một mục",
      "Two allocations for the same source and item"),
  /** A reporting duty names an item the plan does not have. */
  PLAN_REPORTING_UNKNOWN_ITEM(Severity.ERROR, "Chế độ báo cáo gắn với mục không có trong kế hoạch",
      "A reporting duty names an item the plan does not have"),
  /** A reporting duty names a unit the plan does not have. */
  PLAN_REPORTING_UNKNOWN_UNIT(Severity.ERROR, "Chế độ báo cáo nêu đơn vị không có trong kế hoạch",
      "A reporting duty names a unit the plan does not have"),
  /** The unit that reports is not a unit of the item that states the duty. */
  PLAN_REPORTING_UNIT_NOT_ON_ITEM(Severity.WARNING, "Đơn vị báo cáo không phải đơn vị của mục nêu chế độ báo cáo",
      "The reporting unit is not a unit of the item that states the duty"),
  /** A draft says it was made from a plan of the same or a later year. */
  PLAN_DRAFT_YEAR(Severity.ERROR, "Dự thảo dựa trên kế hoạch không phải của năm trước",
      "The draft is based on a plan that is not of an earlier year"),
  /** A draft carries over a target it does not have. */
  PLAN_DRAFT_UNKNOWN_TARGET(Severity.ERROR, "Dự thảo chuyển tiếp chỉ tiêu không có trong kế hoạch",
      "The draft carries over a target it does not have"),

  // ---- the activity log ----
  /** Two activities have the same identifier. */
  ACTIVITY_DUPLICATE_ID(Severity.ERROR, "Hai hoạt động trùng mã", "Two activities have the same id"),
  /** An activity is dated outside the plan's year. */
  ACTIVITY_OUTSIDE_PLAN_PERIOD(Severity.ERROR, "Hoạt động không thuộc năm kế hoạch", "The activity is outside the plan's year"),
  /** An activity is dated after the day of the check. */
  ACTIVITY_IN_FUTURE(Severity.ERROR, "Hoạt động có ngày sau ngày kiểm tra", "The activity is dated after the day of the check"),
  /** An activity ends before it starts. */
  ACTIVITY_ENDS_BEFORE_START(Severity.ERROR, "Ngày kết thúc hoạt động trước ngày bắt đầu", "The activity ends before it starts"),
  /** An activity names a unit the plan does not have. */
  ACTIVITY_UNKNOWN_UNIT(Severity.ERROR, "Hoạt động ghi đơn vị không có trong kế hoạch", "The activity names a unit the plan does not have"),
  /** An activity serves no plan item. */
  ACTIVITY_NO_ITEM(Severity.ERROR, "Hoạt động chưa gắn với mục nào của kế hoạch", "The activity serves no item of the plan"),
  /** An activity serves an item the plan does not have. */
  ACTIVITY_UNKNOWN_ITEM(Severity.ERROR, "Hoạt động gắn với mục không có trong kế hoạch",
      "The activity serves an item the plan does not have"),
  /** The unit of an activity takes no part in the item it serves. */
  ACTIVITY_UNIT_NOT_ON_ITEM(Severity.WARNING, "Đơn vị thực hiện không được giao mục kế hoạch này",
      "The activity's unit has no part in the item it serves"),
  /** An activity names an event the plan does not define. */
  ACTIVITY_UNKNOWN_EVENT(Severity.ERROR, "Hoạt động gắn với sự kiện không có trong kế hoạch",
      "The activity names an event the plan does not define"),
  /** An activity of an event is dated outside the event's days. */
  ACTIVITY_OUTSIDE_EVENT(Severity.WARNING, "Hoạt động không diễn ra trong thời gian của sự kiện",
      "The activity is not within the event's days"),
  /** A count of people is negative. */
  ACTIVITY_COUNT_NEGATIVE(Severity.ERROR, "Số người được tiếp cận âm", "A count of people is negative"),
  /** The counts by sex add up to more than the total. */
  ACTIVITY_SEX_EXCEEDS_TOTAL(Severity.ERROR, "Số nam và nữ cộng lại lớn hơn tổng số", "The counts by sex exceed the total"),
  /** A cost is negative. */
  ACTIVITY_COST_NEGATIVE(Severity.ERROR, "Kinh phí hoạt động âm", "A cost is negative"),
  /** A cost names a funding source the plan does not have. */
  ACTIVITY_COST_UNKNOWN_SOURCE(Severity.ERROR, "Kinh phí từ nguồn không có trong kế hoạch",
      "A cost names a funding source the plan does not have"),
  /** A cost is above the plausible ceiling of one activity. */
  ACTIVITY_COST_IMPLAUSIBLE(Severity.WARNING, "Kinh phí của một hoạt động vượt mức hợp lý (cần kiểm tra số 0)",
      "The cost of one activity is above the plausible ceiling (check the zeros)"),
  /** A sum of costs does not fit in a long. */
  ACTIVITY_COST_OVERFLOW(Severity.ERROR, "Tổng kinh phí vượt quá giới hạn tính toán", "A sum of costs overflows"),
  /** The spending from a source exceeds its planned total. */
  ACTIVITY_SOURCE_OVERSPENT(Severity.WARNING, "Kinh phí đã chi vượt dự kiến của nguồn", "Spending exceeds the source's planned total"),
  /** The spending on an item from a source exceeds its allocation. */
  ACTIVITY_ITEM_OVERSPENT(Severity.WARNING, "Kinh phí đã chi cho mục vượt số được phân bổ",
      "Spending on the item exceeds its allocation"),
  /** An officer's assessment is for an item the plan does not have. */
  ASSESSMENT_UNKNOWN_ITEM(Severity.ERROR, "Đánh giá cho mục không có trong kế hoạch", "An assessment is for an item the plan does not have"),
  /** An item is assessed as not done without a reason. */
  ASSESSMENT_NOT_DONE_WITHOUT_REASON(Severity.WARNING, "Mục chưa thực hiện được nhưng chưa ghi lý do",
      "The item is not done and no reason is given"),
  /** An assessment is dated before the plan's year. */
  ASSESSMENT_BEFORE_PLAN_PERIOD(Severity.ERROR, "Đánh giá có ngày trước năm kế hoạch", "The assessment is dated before the plan's year"),
  /** An assessment is dated after the day of the check. */
  ASSESSMENT_IN_FUTURE(Severity.ERROR, "Đánh giá có ngày sau ngày kiểm tra", "The assessment is dated after the day of the check"),
  /** An item is assessed as done but no activity is logged for it. */
  ASSESSMENT_DONE_WITHOUT_ACTIVITY(Severity.INFO, "Mục được đánh giá đã hoàn thành nhưng chưa có hoạt động nào được ghi",
      "The item is assessed as done but no activity is logged for it");

  private final Definition definition;

  PlanIssueCode(Severity severity, String messageVi, String messageEn) {
    this.definition = new Definition(name(), severity, messageVi, messageEn);
  }

  /** {@return the code (the constant's name), its severity and its texts} */
  @Override
  public Definition definition() {
    return definition;
  }

  /**
   * An issue of this code at its severity, with a detail appended to both texts ({@code ": detail"}).
   *
   * @param location where
   * @param detail the identifiers involved (never personal data), or null for none
   * @return the issue
   */
  public Issue issue(Location location, String detail) {
    return issue(getSeverity(), location, detail);
  }
}

package io.github.treem.core.protection;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The stable codes of the issues that {@link ProtectionCaseValidator} reports, each with its
 * severity and its message in Vietnamese and English. A code is never reused for another meaning.
 * Messages hold no personal data and no description: at most the names of steps and rules.
 *
 * <p>One of the registries of treem's issue-code model ({@link IssueCode}); the code is the
 * constant's name. The texts are templates ({@code %s} for the names of steps or rules), filled
 * by {@link #issue(Location, Object[], Object[])}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CaseIssueCode implements IssueCode {
  /** The case id looks like a personal identification number (9 or 12 digits). Warning. */
  CASE_ID_LOOKS_PERSONAL(Severity.WARNING,
      "Mã hồ sơ có dạng số định danh cá nhân hoặc số CMND; mã hồ sơ phải là mã bí danh",
      "The case id looks like a personal identification number; a case id must be a pseudonymous code"),
  /** The child's date of birth is after the receipt of information. Error. */
  CASE_CHILD_BORN_AFTER_RECEIPT(Severity.ERROR,
      "Ngày sinh của trẻ em sau ngày tiếp nhận thông tin", "The child's date of birth is after the day the information was received"),
  /** The child was 16 or older when the information was received (Law on Children 2016 Điều 1). Warning. */
  CASE_CHILD_16_OR_OVER(Severity.WARNING,
      "Trẻ em đã đủ 16 tuổi khi tiếp nhận thông tin (Luật Trẻ em Điều 1)",
      "The child was 16 or older when the information was received (Law on Children, Art. 1)"),
  /** No kind of harm is recorded although harm or risk was found. Warning. */
  CASE_NO_HARM_KIND(Severity.WARNING,
      "Chưa ghi hành vi xâm hại hoặc hình thức gây tổn hại", "No kind of harm is recorded"),
  /** A step is dated before the receipt of information. Error. */
  CASE_STEP_BEFORE_RECEIPT(Severity.ERROR,
      "Bước \"%s\" có thời điểm trước khi tiếp nhận thông tin", "The step \"%s\" is dated before the information was received"),
  /** A step is dated after the closure. Error. */
  CASE_STEP_AFTER_CLOSURE(Severity.ERROR,
      "Bước \"%s\" có thời điểm sau khi đóng hồ sơ", "The step \"%s\" is dated after the case was closed"),
  /** A step is dated after the moment of validation. Error. */
  CASE_STEP_IN_FUTURE(Severity.ERROR,
      "Bước \"%s\" có thời điểm sau thời điểm kiểm tra", "The step \"%s\" is dated after the moment of validation"),
  /** Steps are recorded after the receipt but no initial risk assessment is (Decree 56/2017 Điều 26). Warning. */
  CASE_RISK_ASSESSMENT_MISSING(Severity.WARNING,
      "Chưa ghi đánh giá nguy cơ ban đầu (Nghị định 56/2017 Điều 26) nhưng đã có các bước sau",
      "Later steps are recorded without the initial risk assessment (Decree 56/2017, Art. 26)"),
  /** An emergency measure is recorded while the risk assessment found no need for emergency protection. Warning. */
  CASE_EMERGENCY_WITHOUT_SERIOUS_RISK(Severity.WARNING,
      "Có biện pháp khẩn cấp nhưng đánh giá nguy cơ không xác định tổn hại nghiêm trọng",
      "An emergency measure is recorded but the risk assessment found no need for emergency protection"),
  /** A separation ends before it starts. Error. */
  CASE_SEPARATION_ENDS_BEFORE_START(Severity.ERROR,
      "Ngày kết thúc tạm thời cách ly trước ngày bắt đầu", "The temporary separation ends before it starts"),
  /** An end date is recorded on an emergency intervention, which has none. Warning. */
  CASE_END_ON_INTERVENTION(Severity.WARNING,
      "Ngày kết thúc chỉ áp dụng cho tạm thời cách ly", "An end date applies to a temporary separation only"),
  /** The needs assessment is dated after the first plan (Decree 56/2017 Điều 27 precedes Điều 28). Warning. */
  CASE_NEEDS_ASSESSMENT_AFTER_PLAN(Severity.WARNING,
      "Xác định nhu cầu hỗ trợ, can thiệp sau khi xây dựng kế hoạch", "The needs assessment is dated after the plan was drafted"),
  /** A plan is approved before it was drafted. Error. */
  CASE_PLAN_APPROVED_BEFORE_DRAFTED(Severity.ERROR,
      "Kế hoạch được phê duyệt trước ngày xây dựng", "The plan is approved before it was drafted"),
  /** A plan names an approver but no approval date. Warning. */
  CASE_PLAN_APPROVER_WITHOUT_DATE(Severity.WARNING,
      "Có người phê duyệt kế hoạch nhưng chưa có ngày phê duyệt", "The plan names an approver but no approval date"),
  /** A plan is approved by a role other than the commune chairman (Decree 56/2017 Điều 28 khoản 4). Warning. */
  CASE_PLAN_APPROVER_NOT_CHAIRMAN(Severity.WARNING,
      "Kế hoạch không do Chủ tịch UBND cấp xã phê duyệt (Nghị định 56/2017 Điều 28 khoản 4)",
      "The plan is not approved by the commune chairman (Decree 56/2017, Art. 28 (4))"),
  /** A plan's implementation starts before its approval. Error. */
  CASE_PLAN_IMPLEMENTED_BEFORE_APPROVAL(Severity.ERROR,
      "Thực hiện kế hoạch trước ngày phê duyệt", "The plan's implementation starts before its approval"),
  /** A plan's implementation is recorded without an approval. Warning. */
  CASE_PLAN_IMPLEMENTED_WITHOUT_APPROVAL(Severity.WARNING,
      "Thực hiện kế hoạch chưa được phê duyệt", "A plan is carried out without an approval"),
  /** The plans are not in the order they were drafted. Error. */
  CASE_PLANS_OUT_OF_ORDER(Severity.ERROR,
      "Các kế hoạch không theo thứ tự ngày xây dựng", "The plans are not in the order they were drafted"),
  /** A review is dated before the first plan's approval. Error. */
  CASE_REVIEW_BEFORE_APPROVAL(Severity.ERROR,
      "Rà soát, đánh giá trước khi kế hoạch được phê duyệt", "A review is dated before the plan was approved"),
  /** A review is recorded but no plan is approved. Warning. */
  CASE_REVIEW_WITHOUT_PLAN(Severity.WARNING,
      "Có rà soát, đánh giá nhưng chưa có kế hoạch được phê duyệt", "A review is recorded but no plan is approved"),
  /** The entries of a list (measures, reviews, referrals) are not in time order. Warning. */
  CASE_STEPS_NOT_IN_ORDER(Severity.WARNING,
      "Các bước \"%s\" không theo thứ tự thời gian", "The steps \"%s\" are not in time order"),
  /** The case was closed as transferred without any referral. Warning. */
  CASE_TRANSFERRED_WITHOUT_REFERRAL(Severity.WARNING,
      "Đóng hồ sơ do chuyển giao nhưng chưa ghi việc chuyển gửi", "The case was closed as transferred but no referral is recorded"),
  /** The case was closed as no longer at risk without a review (Decree 56/2017 Điều 30). Warning. */
  CASE_CLOSED_WITHOUT_REVIEW(Severity.WARNING,
      "Kết thúc kế hoạch khi chưa rà soát, đánh giá (Nghị định 56/2017 Điều 30)",
      "The plan was ended without a review (Decree 56/2017, Art. 30)"),
  /** A deadline was missed (a warning: the record is right, the response was late). */
  CASE_DEADLINE_MISSED(Severity.WARNING,
      "Quá hạn: %s (%s)", "Deadline missed: %s (%s)"),
  /** A deadline depends on a calendar year that is provisional (not yet announced). Info. */
  CASE_DEADLINE_PROVISIONAL_CALENDAR(Severity.INFO,
      "Hạn \"%s\" tính theo lịch ngày nghỉ tạm tính (năm chưa công bố)",
      "The deadline \"%s\" is counted on a provisional calendar (a year not yet announced)");

  private final Definition definition;

  CaseIssueCode(Severity severity, String messageVi, String messageEn) {
    this.definition = new Definition(name(), severity, messageVi, messageEn);
  }

  /** {@return the code (the constant's name), its severity and its texts} */
  @Override
  public Definition definition() {
    return definition;
  }

  /**
   * An issue of this code, its texts being templates ({@code %s} for the names of steps or
   * rules).
   *
   * @param location where
   * @param argsVi the Vietnamese arguments of the template (names of steps or rules, never personal data)
   * @param argsEn the English arguments
   * @return the issue
   */
  public Issue issue(Location location, Object[] argsVi, Object[] argsEn) {
    return Issue.of(getCode(), getSeverity(), location, String.format(Locale.ROOT, getMessageVi(), argsVi),
        String.format(Locale.ROOT, getMessageEn(), argsEn));
  }
}

package io.github.treem.indicators.cfc;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The stable codes of the issues that {@link SelfAssessment#validate(ScoringTable)} reports, each
 * with its severity and its message in Vietnamese and English. A code is never reused for another
 * meaning; one of the registries of treem's issue-code model ({@link IssueCode}), the texts being
 * templates. Messages hold no evidence text and no name of a person: at most item identifiers,
 * units, dates and table identifiers.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SelfAssessmentIssueCode implements IssueCode {
  /** The commune code is not 5 digits. Error. */
  CFC_COMMUNE_CODE(Severity.ERROR, "Mã xã phải gồm đúng 5 chữ số", "The commune code must be exactly 5 digits"),
  /** The body or role that assessed is not given. Error. */
  CFC_ASSESSOR_MISSING(Severity.ERROR, "Chưa ghi cơ quan, chức danh đánh giá",
      "The body or role that made the assessment is not given"),
  /** The assessment is dated before the year it assesses begins. Error. */
  CFC_ASSESSED_BEFORE_YEAR(Severity.ERROR, "Ngày đánh giá %s trước năm được đánh giá %s",
      "The assessment date %s is before the year assessed, %s"),
  /** The self-assessment names another scoring table (or version) than the one used. Warning. */
  CFC_TABLE_MISMATCH(Severity.WARNING, "Bản tự đánh giá theo bảng điểm %s, đang chấm theo bảng %s",
      "The self-assessment was made against the table %s; it is scored with %s"),
  /** An entry names an item that the table does not have. Error. */
  CFC_UNKNOWN_ITEM(Severity.ERROR, "Bảng điểm không có mục %s", "The scoring table has no item %s"),
  /** Two entries give the same item. Error. */
  CFC_DUPLICATE_ITEM(Severity.ERROR, "Mục %s được ghi hai lần", "The item %s is given twice"),
  /** A value does not fit the item's unit (a yes/no for a rate, a fraction for a count, a percentage over 100, ...). Error. */
  CFC_VALUE_UNIT(Severity.ERROR, "Giá trị của mục %s không phù hợp với đơn vị %s",
      "The value of the item %s does not fit its unit, %s"),
  /** A value has no evidence note. Error. */
  CFC_EVIDENCE_MISSING(Severity.ERROR, "Mục %s chưa ghi minh chứng", "The item %s has no evidence note"),
  /** An item that only the self-assessment gives has no value: the criterion cannot be scored. Warning. */
  CFC_ITEM_MISSING(Severity.WARNING, "Chưa tự đánh giá mục %s: không chấm điểm được tiêu chí %s",
      "The item %s is not assessed: criterion %s cannot be scored"),
  /** The self-assessment is synthetic (demonstration data, not a commune's). Info. */
  CFC_SYNTHETIC(Severity.INFO, "Bản tự đánh giá là dữ liệu mẫu (tổng hợp), không phải của một xã thực",
      "The self-assessment is synthetic demonstration data, not a real commune's");

  private final Definition definition;

  SelfAssessmentIssueCode(Severity severity, String messageVi, String messageEn) {
    this.definition = new Definition(name(), severity, messageVi, messageEn);
  }

  /** {@return the code (the constant's name), its severity and its texts (templates)} */
  @Override
  public Definition definition() {
    return definition;
  }

  /**
   * An issue of this code, its texts being templates ({@code %s} for identifiers, units, dates).
   *
   * @param location where
   * @param args the arguments of the templates (identifiers, units, dates: never personal data)
   * @return the issue
   */
  public Issue issue(Location location, Object... args) {
    return Issue.of(getCode(), getSeverity(), location, String.format(Locale.ROOT, getMessageVi(), args),
        String.format(Locale.ROOT, getMessageEn(), args));
  }
}

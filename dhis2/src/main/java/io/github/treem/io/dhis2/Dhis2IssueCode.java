package io.github.treem.io.dhis2;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;
import org.apiguardian.api.API;

/**
 * The codes of the {@link io.github.treem.core.validation.Issue}s of a DHIS2 export: the checks
 * DHIS2 makes on import (its error codes in brackets), made before upload. The severity given is
 * the usual one; {@link #DHIS2_UNMAPPED_ORG_UNIT} is an error for a breakdown the mapping names and a
 * warning for a village it leaves out.
 *
 * @since 0.2.0 (was the constants class {@code Dhis2IssueCodes}, whose values it keeps)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Dhis2IssueCode implements IssueCode {
  /** An identifier is not a DHIS2 UID (11 characters, a letter then letters or digits) [E8102-E8106]. */
  DHIS2_INVALID_UID(Severity.ERROR, "Không phải UID của DHIS2", "Not a DHIS2 UID"),
  /** The period is not a DHIS2 period identifier [E8101]. */
  DHIS2_INVALID_PERIOD(Severity.ERROR, "Không phải mã kỳ báo cáo DHIS2", "Not a DHIS2 period"),
  /** The completion date is not an ISO date. */
  DHIS2_INVALID_COMPLETE_DATE(Severity.ERROR, "Ngày hoàn thành không phải ngày ISO", "Completion date is not an ISO date"),
  /** The mapping names an indicator code that treem does not know. */
  DHIS2_UNKNOWN_INDICATOR(Severity.ERROR, "Chỉ số không có trong treem", "Indicator unknown to treem"),
  /** The mapping names a breakdown dimension that treem does not know. */
  DHIS2_UNKNOWN_BREAKDOWN(Severity.ERROR, "Cách phân tổ không có trong treem", "Breakdown unknown to treem"),
  /** The mapping names a breakdown key that the dimension cannot have (or the report lacks). */
  DHIS2_UNKNOWN_BREAKDOWN_KEY(Severity.ERROR, "Khóa phân tổ không hợp lệ", "Breakdown key not valid"),
  /** A breakdown other than village or area needs a key. */
  DHIS2_BREAKDOWN_KEY_REQUIRED(Severity.ERROR, "Cách phân tổ này cần một khóa", "This breakdown needs a key"),
  /** Two values have the same (data element, period, org unit, COC, AOC) key [E8128]. */
  DHIS2_DUPLICATE_KEY(Severity.ERROR, "Hai giá trị trùng khóa", "Two values with the same key"),
  /** A village or area of the report has no org unit in the mapping: its values are left out. */
  DHIS2_UNMAPPED_ORG_UNIT(Severity.WARNING, "Không có đơn vị tổ chức DHIS2 tương ứng",
      "No DHIS2 organisation unit mapped"),
  /** The report does not compute a mapped indicator or breakdown: nothing exported for it. */
  DHIS2_NOT_IN_REPORT(Severity.WARNING, "Báo cáo không có số liệu này", "Not computed by the report"),
  /** A count indicator has no denominator: the mapped denominator is ignored. */
  DHIS2_DENOMINATOR_OF_COUNT(Severity.WARNING, "Chỉ số đếm không có mẫu số", "A count indicator has no denominator"),
  /** Suppressed cells (fewer than 5 children of sensitive groups) were not exported. */
  DHIS2_SUPPRESSED_NOT_EXPORTED(Severity.INFO, "Các ô bị ẩn không được xuất", "Suppressed cells not exported"),
  /** The org units of a merge are given by their GSO code: import with {@code orgUnitIdScheme=CODE}. */
  DHIS2_ORG_UNIT_BY_CODE(Severity.INFO, "Đơn vị tổ chức ghi bằng mã hành chính", "Org units given by their code"),
  /** Some org units of a merge have a UID in the mapping and some do not: DHIS2 reads one scheme per import. */
  DHIS2_MIXED_ORG_UNIT_SCHEME(Severity.ERROR, "Đơn vị tổ chức ghi lẫn UID và mã", "Org units mix UIDs and codes");

  private final Definition definition;

  Dhis2IssueCode(Severity severity, String messageVi, String messageEn) {
    this.definition = new Definition(name(), severity, messageVi, messageEn);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}

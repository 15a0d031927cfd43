package io.github.treem.core.admin;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;
import org.apiguardian.api.API;

/**
 * The stable codes of the {@link io.github.treem.core.validation.Issue}s about administrative units: a code that the unit data
 * does not know at a date, and a succession that cannot carry figures over. Each has a severity
 * and a text in Vietnamese and English; an issue adds the particulars (the code and the date,
 * never personal data). A code is never reused for another meaning.
 *
 * <p>One of the registries of treem's issue-code model ({@link IssueCode}); the code is the
 * constant's name.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AdministrativeIssueCode implements IssueCode {
  /** The code does not have the number of digits of its level (2 for a province, 3 for a district, 5 for a commune). */
  ADMIN_CODE_FORMAT(Severity.ERROR,
      "Mã đơn vị hành chính không đúng số chữ số của cấp",
      "The administrative unit code does not have the number of digits of its level"),
  /** No unit of the list ever had the code. */
  ADMIN_UNIT_UNKNOWN(Severity.ERROR,
      "Mã đơn vị hành chính không có trong danh mục",
      "The administrative unit code is not in the list"),
  /**
   * The list knows the code, but at other dates only (a unit merged away on 1 July 2025, or one
   * created then): the particulars give the periods in which the code is in force.
   */
  ADMIN_UNIT_NOT_IN_FORCE(Severity.ERROR,
      "Mã đơn vị hành chính không có hiệu lực vào ngày này",
      "The administrative unit code is not in force on that date"),
  /** A district is asked for at a date after 30 June 2025, when the district level no longer exists. */
  ADMIN_LEVEL_NOT_IN_USE(Severity.ERROR,
      "Cấp hành chính này không còn tồn tại vào ngày này (cấp huyện kết thúc ngày 30/06/2025)",
      "The administrative level does not exist on that date (the district level ended on 30/06/2025)"),
  /**
   * Only part of a unit went into its successor ({@link SuccessionKind#PARTIAL}): a figure of the
   * predecessor cannot be carried over and the series is not comparable across the change. For
   * the code that carries figures across successions (a series of commune figures across the
   * 2025 arrangement); {@link AdministrativeDivisions} itself reports no such issue.
   */
  ADMIN_SUCCESSION_PARTIAL(Severity.WARNING,
      "Đơn vị chỉ được sắp xếp một phần vào đơn vị mới: số liệu không so sánh được",
      "Only part of the unit went into the new unit: the figures are not comparable"),
  /**
   * The code resolved at a date before the date of the list that records it, and the list does
   * not say when the unit (or one of its parents) began: its name, type and parents are those of
   * the list's date and may be later than the date asked for (e.g. Huế's districts Thuận Hóa and
   * Phú Xuân, formed on 1 January 2025 by Nghị quyết 1314/NQ-UBTVQH15 with mergers of their
   * communes, given for 2020, when they were part of Thành phố Huế of
   * Thừa Thiên Huế). The code is resolved; its names are not to be shown as those of the date.
   */
  ADMIN_NAMES_AFTER_DATE(Severity.WARNING,
      "Tên và đơn vị cấp trên theo danh mục của một ngày sau ngày này: danh mục không ghi đơn vị trước ngày đó",
      "Names and parents as listed on a later date: the list does not record the units before it");

  private final Definition definition;

  AdministrativeIssueCode(Severity severity, String messageVi, String messageEn) {
    this.definition = new Definition(name(), severity, messageVi, messageEn);
  }

  /** {@return the code (the constant's name), its severity and its texts} */
  @Override
  public Definition definition() {
    return definition;
  }
}

package io.github.treem.core.admin;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The stable codes of the {@link Issue}s about administrative units: a code that the unit data
 * does not know at a date, and a succession that cannot carry figures over. Each has a severity
 * and a text in Vietnamese and English; an issue adds the particulars (the code and the date,
 * never personal data). A code is never reused for another meaning.
 *
 * <p>The methods are those of core's issue-code model ({@code getCode}, {@code getSeverity}, the
 * two texts, {@code issue}), so that this enum joins it unchanged.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AdministrativeIssueCode {
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
      "Only part of the unit went into the new unit: the figures are not comparable");

  private final Severity severity;
  private final String messageVi;
  private final String messageEn;

  AdministrativeIssueCode(Severity severity, String messageVi, String messageEn) {
    this.severity = severity;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }

  /** {@return the code as it appears in issues, the constant's name, e.g. {@code ADMIN_UNIT_UNKNOWN}} */
  public String getCode() {
    return name();
  }

  /** {@return the severity of the problem} */
  public Severity getSeverity() {
    return severity;
  }

  /** {@return the text in Vietnamese} */
  public String getMessageVi() {
    return messageVi;
  }

  /** {@return the text in English} */
  public String getMessageEn() {
    return messageEn;
  }

  /**
   * The text in a language.
   *
   * @param language the language
   * @return the text
   */
  public String getMessage(Language language) {
    return language == Language.EN ? messageEn : messageVi;
  }

  /**
   * An issue of this code at a location, with the code's severity and texts.
   *
   * @param location where
   * @return the issue
   */
  public Issue issue(Location location) {
    return issue(severity, location, null);
  }

  /**
   * An issue of this code with particulars appended to both texts ({@code ": detail"}).
   *
   * @param severity the severity (usually {@link #getSeverity()})
   * @param location where
   * @param detail the particulars, in words that need no translation (codes, dates), never
   *     personal data; or null for none
   * @return the issue
   */
  public Issue issue(Severity severity, Location location, String detail) {
    Objects.requireNonNull(location, "location must not be null");
    String suffix = detail == null || detail.isEmpty() ? "" : ": " + detail;
    return Issue.of(getCode(), severity, location, messageVi + suffix, messageEn + suffix);
  }
}

package io.github.treem.io.report;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import org.apiguardian.api.API;

/**
 * The stable codes of the problems of reports put side by side: a previous report that cannot be
 * last year's (another commune, a year not earlier, a year given twice) and a plan of another
 * year. Messages in Vietnamese and English; they name years and commune codes, never personal data.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ReportSeriesIssueCode {
  /** A previous report is of the report's year or a later one. */
  SERIES_NOT_EARLIER("Báo cáo năm trước phải của một năm trước năm báo cáo",
      "a previous report must be of a year before the report's"),
  /** Two reports of the same year. */
  SERIES_DUPLICATE_YEAR("Hai báo cáo của cùng một năm", "two reports of the same year"),
  /** A report is of another commune (commune codes resolved at the reports' dates). */
  SERIES_OTHER_COMMUNE("Báo cáo của một xã khác", "a report of another commune"),
  /** The plan is of another year than the report: its targets are not assessed. */
  SERIES_PLAN_OTHER_YEAR("Kế hoạch không phải của năm báo cáo: không đánh giá mục tiêu",
      "the plan is not of the report's year: its targets are not assessed"),
  /** The commune's self-assessment (child-friendly commune standard) is of another year than the report. */
  SERIES_SELF_ASSESSMENT_OTHER_YEAR("Bản tự đánh giá xã phù hợp với trẻ em không phải của năm báo cáo",
      "the child-friendly self-assessment is not of the report's year"),
  /** The commune's self-assessment is of another commune than the report. */
  SERIES_SELF_ASSESSMENT_OTHER_COMMUNE("Bản tự đánh giá xã phù hợp với trẻ em của một xã khác",
      "the child-friendly self-assessment is of another commune");

  private final String messageVi;
  private final String messageEn;

  ReportSeriesIssueCode(String messageVi, String messageEn) {
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }

  /** {@return the code, the constant's name} */
  public String getCode() {
    return name();
  }

  /** {@return the Vietnamese message} */
  public String getMessageVi() {
    return messageVi;
  }

  /** {@return the English message} */
  public String getMessageEn() {
    return messageEn;
  }

  /**
   * An issue of this code.
   *
   * @param severity the severity
   * @param location where (the file of the report, when known)
   * @param detail a detail appended to both messages (years, commune codes), or null
   * @return the issue
   */
  public Issue issue(Severity severity, Location location, String detail) {
    String suffix = detail == null || detail.isEmpty() ? "" : ": " + detail;
    return Issue.of(name(), severity, location, messageVi + suffix, messageEn + suffix);
  }
}

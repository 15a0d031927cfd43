package io.github.treem.io.submission;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The stable codes of the {@link Issue}s of a commune's submission and of the province's merge:
 * why a submission is refused, and what the merge could not carry over. Each has a severity and a
 * text in Vietnamese and English; an issue adds the particulars (codes, dates, versions, never
 * personal data: a submission holds none). A code is never reused for another meaning. An
 * unknown commune code is reported with the administrative units' own code
 * ({@link io.github.treem.core.admin.AdministrativeIssueCode#ADMIN_UNIT_UNKNOWN}).
 *
 * <p>The methods are those of core's issue-code model ({@code getCode}, {@code getSeverity}, the
 * two texts, {@code issue}).
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SubmissionIssueCode {
  /** The SHA-256 written in the submission is not that of its content: the file was changed after it was written. */
  SUBMISSION_DIGEST_MISMATCH(Severity.ERROR,
      "Mã băm SHA-256 không khớp nội dung báo cáo: tệp đã bị sửa sau khi xã gửi",
      "The SHA-256 does not match the submission's content: the file was changed after the commune wrote it"),
  /** Another reporting year than the submissions accepted before. */
  SUBMISSION_OTHER_YEAR(Severity.ERROR,
      "Báo cáo của năm khác", "A submission of another year"),
  /** Another reference date than the submissions accepted before. */
  SUBMISSION_OTHER_REFERENCE_DATE(Severity.ERROR,
      "Báo cáo có ngày tham chiếu khác", "A submission of another reference date"),
  /** Other indicator definitions: other indicators, breakdowns or WHO tables than the submissions accepted before. */
  SUBMISSION_OTHER_DEFINITIONS(Severity.ERROR,
      "Báo cáo tính theo định nghĩa chỉ tiêu khác (chỉ tiêu, cách phân tổ hoặc bảng WHO khác)",
      "A submission computed with other indicator definitions (indicators, breakdowns or WHO tables)"),
  /** Written by a treem version whose definitions may differ (another major or minor version). */
  SUBMISSION_INCOMPATIBLE_VERSION(Severity.ERROR,
      "Báo cáo do phiên bản treem không tương thích tạo ra (khác số phiên bản chính hoặc phụ)",
      "A submission written by an incompatible treem version (another major or minor version)"),
  /** A second submission of a commune already merged. */
  SUBMISSION_DUPLICATE_COMMUNE(Severity.ERROR,
      "Xã này đã có báo cáo trong lần tổng hợp", "This commune has already been merged"),
  /** The commune does not lie in the province asked for. */
  SUBMISSION_OUTSIDE_PROVINCE(Severity.ERROR,
      "Xã không thuộc tỉnh được tổng hợp", "The commune does not lie in the province being merged"),
  /**
   * A commune of before the 2025 arrangement did not go whole into one successor: its figures
   * cannot be assigned to a unit of the merge's date, and are shown apart, never summed into a
   * successor.
   */
  SUBMISSION_NOT_ADDITIVE(Severity.WARNING,
      "Xã cũ được sắp xếp vào nhiều đơn vị mới hoặc chỉ một phần: số liệu để riêng, không cộng vào đơn vị mới",
      "The former commune was split or went only in part into its successor: its figures are shown apart,"
          + " not added to a successor"),
  /** A commune of the province that sent nothing. */
  SUBMISSION_MISSING(Severity.WARNING,
      "Xã chưa gửi báo cáo", "The commune sent no submission"),
  /**
   * A submission with case figures carries no day-count histogram of the days to plan (written
   * before submissions carried one): the merge's median days to plan is not available, never
   * guessed from the communes' medians; every other figure is merged.
   */
  SUBMISSION_NO_DAY_HISTOGRAM(Severity.WARNING,
      "Báo cáo không có phân bố số ngày đến khi kế hoạch được phê duyệt: không tính được trung vị số ngày khi tổng hợp",
      "The submission carries no day-count histogram of the days to an approved plan: the merged median days"
          + " to plan is not available"),
  /**
   * The merged histogram's middle value lies beyond the days it counts one by one (its overflow):
   * the median days to plan is not known exactly, and not given.
   */
  SUBMISSION_MEDIAN_BEYOND_RANGE(Severity.WARNING,
      "Trung vị số ngày đến khi kế hoạch được phê duyệt vượt quá số ngày được đếm: không tính được chính xác",
      "The median days to an approved plan lies beyond the days counted: it is not known exactly");

  private final Severity severity;
  private final String messageVi;
  private final String messageEn;

  SubmissionIssueCode(Severity severity, String messageVi, String messageEn) {
    this.severity = severity;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }

  /** {@return the code as it appears in issues, the constant's name} */
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
   * An issue of this code with particulars appended to both texts ({@code ": detail"}).
   *
   * @param location where (the submission's file)
   * @param detail the particulars (codes, dates, versions), or null for none
   * @return the issue, with the code's severity
   */
  public Issue issue(Location location, String detail) {
    Objects.requireNonNull(location, "location must not be null");
    String suffix = detail == null || detail.isEmpty() ? "" : ": " + detail;
    return Issue.of(getCode(), severity, location, messageVi + suffix, messageEn + suffix);
  }
}

package io.github.treem.io.plan;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The codes of the problems of reading an activity log that are not JSON syntax or values (those
 * have the codes of {@link io.github.treem.io.json.JsonIssueCode}), with Vietnamese and English
 * messages. Messages never repeat an input value.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ActivityLogIssueCode {
  /** The document is not an activity log (no {@code "format": "treem-activity-log"}). */
  ACTIVITY_LOG_NOT_A_LOG("Tệp không phải nhật ký hoạt động định dạng treem", "not a treem activity log"),
  /** The log's format version is not one this treem reads. */
  ACTIVITY_LOG_UNSUPPORTED_VERSION("Phiên bản định dạng nhật ký hoạt động không được hỗ trợ",
      "unsupported activity log version"),
  /** The CSV file has no header row. */
  ACTIVITY_CSV_EMPTY("Tệp CSV không có dòng tiêu đề", "the CSV file has no header row"),
  /** A required column is missing from the header. */
  ACTIVITY_CSV_MISSING_COLUMN("Thiếu cột bắt buộc", "required column missing"),
  /** A column of the header is not a column of the format. */
  ACTIVITY_CSV_UNKNOWN_COLUMN("Cột không có trong định dạng (bị bỏ qua)", "column not defined by the format (ignored)"),
  /** A column appears twice in the header. */
  ACTIVITY_CSV_DUPLICATE_COLUMN("Cột bị lặp lại", "column appears twice"),
  /** A row has more fields than the header. */
  ACTIVITY_CSV_EXTRA_FIELDS("Dòng có nhiều trường hơn dòng tiêu đề", "the row has more fields than the header"),
  /** A required value is empty. */
  ACTIVITY_CSV_MISSING_VALUE("Thiếu giá trị bắt buộc", "required value missing"),
  /** A value cannot be read. */
  ACTIVITY_CSV_INVALID_VALUE("Giá trị không hợp lệ", "invalid value"),
  /** The CSV text cannot be parsed (e.g. a quote left open): reading stops. */
  ACTIVITY_CSV_SYNTAX("Lỗi cú pháp CSV: ngừng đọc tệp", "CSV syntax error: reading stops");

  private final String messageVi;
  private final String messageEn;

  ActivityLogIssueCode(String messageVi, String messageEn) {
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }

  /** {@return the stable code, the constant's name} */
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

  /** {@return the severity: a warning for an unknown column, an error otherwise} */
  public Severity getSeverity() {
    return this == ACTIVITY_CSV_UNKNOWN_COLUMN ? Severity.WARNING : Severity.ERROR;
  }

  /**
   * An issue of this code.
   *
   * @param location where
   * @param detail a detail appended to both messages (a column name, never an input value), or null
   * @return the issue
   */
  public Issue issue(Location location, @Nullable String detail) {
    String suffix = detail == null || detail.isEmpty() ? "" : ": " + detail;
    return Issue.of(name(), getSeverity(), location, messageVi + suffix, messageEn + suffix);
  }
}

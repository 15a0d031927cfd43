package io.github.treem.io.cases;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The stable codes of the problems of case files that are not JSON problems (those are
 * {@link io.github.treem.io.json.JsonIssueCode}) nor problems of a case's content (those are
 * {@link io.github.treem.core.protection.CaseIssueCode}), with their severity and messages in
 * Vietnamese and English. Messages never repeat a value of the input; they may name a column.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CaseFileIssueCode {
  /** The file has no record (no header, for CSV). Error. */
  CASE_FILE_EMPTY(Severity.ERROR, "Tệp không có hồ sơ nào", "the file holds no case"),
  /**
   * JSON Lines: the header line names another format than {@code treem-cases} (a register's
   * header, say): the file is refused and no line is read. Error.
   */
  CASE_FILE_NOT_CASES(Severity.ERROR, "Tệp không phải tệp hồ sơ bảo vệ trẻ em của treem; không đọc dòng nào",
      "not a treem case file; no line was read"),
  /** A case id repeats an earlier case of the file: the later one is rejected. Error. */
  CASE_DUPLICATE_ID(Severity.ERROR, "Mã hồ sơ trùng với một hồ sơ trước", "case id repeats an earlier case"),
  /** The case breaks a rule of the case itself (e.g. an id that is not a pseudonymous code). Error. */
  CASE_INVALID(Severity.ERROR, "Hồ sơ không hợp lệ", "invalid case"),
  /** CSV: the text is not CSV (an unclosed quote, a field too long): reading stops. Error. */
  CASE_CSV_SYNTAX(Severity.ERROR, "Lỗi cú pháp CSV; ngừng đọc tệp", "CSV syntax error; reading stopped"),
  /** CSV: a required column is missing: every row is rejected. Error. */
  CASE_CSV_MISSING_COLUMN(Severity.ERROR, "Thiếu cột bắt buộc", "required column missing"),
  /** CSV: a column appears twice: every row is rejected. Error. */
  CASE_CSV_DUPLICATE_COLUMN(Severity.ERROR, "Cột bị lặp lại", "column appears twice"),
  /** CSV: a column the format does not define: ignored. Warning. */
  CASE_CSV_UNKNOWN_COLUMN(Severity.WARNING, "Cột không có trong định dạng (bị bỏ qua)",
      "column not defined by the format (ignored)"),
  /** CSV: a row has another number of fields than the header. Error. */
  CASE_CSV_FIELD_COUNT(Severity.ERROR, "Số trường của dòng khác số cột của tiêu đề",
      "the row has another number of fields than the header"),
  /** CSV: a required value is empty. Error. */
  CASE_CSV_MISSING_VALUE(Severity.ERROR, "Thiếu giá trị bắt buộc", "required value missing"),
  /** CSV: a value is not one the column allows (a bad date, time, code or flag). Error. */
  CASE_CSV_INVALID_VALUE(Severity.ERROR, "Giá trị không hợp lệ", "invalid value"),
  /** CSV: the lists of a repeated step (values separated by |) have different lengths. Error. */
  CASE_CSV_LIST_LENGTHS(Severity.ERROR, "Các cột của cùng một bước có số phần tử khác nhau (phân cách bằng |)",
      "the columns of one repeated step have different numbers of values (separated by |)"),
  /** CSV: bytes that are not UTF-8. Error. */
  CASE_CSV_ENCODING(Severity.ERROR, "Dữ liệu không phải UTF-8 hợp lệ", "input is not valid UTF-8");

  private final Severity severity;
  private final String messageVi;
  private final String messageEn;

  CaseFileIssueCode(Severity severity, String messageVi, String messageEn) {
    this.severity = severity;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }

  /** {@return the code, the constant's name} */
  public String getCode() {
    return name();
  }

  /** {@return the severity} */
  public Severity getSeverity() {
    return severity;
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
   * An issue of this code at its severity.
   *
   * @param location where
   * @param detail a detail appended to both messages (a column name, an expected form; never an
   *     input value), or null
   * @return the issue
   */
  public Issue issue(Location location, @Nullable String detail) {
    String suffix = detail == null || detail.isEmpty() ? "" : ": " + detail;
    return Issue.of(name(), severity, location, messageVi + suffix, messageEn + suffix);
  }
}

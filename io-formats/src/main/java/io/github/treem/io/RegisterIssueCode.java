package io.github.treem.io;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;
import org.apiguardian.api.API;

/**
 * The stable codes of the problems the register readers report, with their texts in Vietnamese
 * and English. A code is never reused for another meaning. The severity given is the one in
 * {@link ReadMode#STRICT}; in {@link ReadMode#LENIENT} a value that can be dropped to "missing" is
 * dropped and its code reported as a warning (see {@link ReadMode}).
 *
 * <p>The codes of problems of a record's values (a date that is no date, a duplicate
 * {@code child_id}, ...) are the same in every format: CSV, JSON, JSON Lines (and any format to
 * come). The codes of problems of the text of a file are the format's own: {@code CSV_*} here,
 * {@code JSON_*} in {@link io.github.treem.io.json.JsonIssueCode}.
 *
 * @since 0.2.0 (was {@code RegisterIssueCodes}; the renamed codes are listed in the change log)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum RegisterIssueCode implements IssueCode {
  // ---- problems of a record's values: the same code in every format

  /** A required value (child_id, sex, date_of_birth in CSV; a required property in JSON) is missing. */
  MISSING_VALUE(Severity.ERROR, "Thiếu giá trị bắt buộc", "Required value missing"),
  /** A child_id already accepted earlier in the file: the later record is rejected. */
  DUPLICATE_CHILD_ID(Severity.ERROR, "Mã trẻ bị trùng với một bản ghi trước", "child_id repeats an earlier record"),
  /** Not a date (yyyy-MM-dd, or d/M/yyyy in CSV), or no such day. */
  INVALID_DATE(Severity.ERROR, "Ngày không hợp lệ (yyyy-MM-dd hoặc dd/MM/yyyy)",
      "Invalid date (yyyy-MM-dd or dd/MM/yyyy)"),
  /** Not a number, or a number out of the allowed range. */
  INVALID_NUMBER(Severity.ERROR, "Số không hợp lệ", "Invalid number"),
  /** Not one of the yes/no forms. */
  INVALID_YES_NO(Severity.ERROR, "Giá trị có/không không hợp lệ (Y/N, 1/0, có/không)",
      "Invalid yes/no value (Y/N, 1/0, yes/no)"),
  /** Not one of the codes of the field. */
  INVALID_CODE(Severity.ERROR, "Mã không thuộc danh mục của trường", "Value not among the field's codes"),
  /** Not a Decree 56/2017 special-circumstance code. */
  INVALID_CIRCUMSTANCE(Severity.ERROR, "Mã hoàn cảnh đặc biệt không hợp lệ", "Invalid special-circumstance code"),
  /** Neither a 1979-list ethnicity code nor a group name. */
  INVALID_ETHNICITY(Severity.ERROR, "Dân tộc không hợp lệ", "Invalid ethnicity"),
  /** Not a 5-digit commune code. */
  INVALID_COMMUNE_CODE(Severity.ERROR, "Mã xã phải có đúng 5 chữ số", "Commune code must have exactly 5 digits"),
  /** Not a 12-digit personal identification number (the value is never echoed). */
  INVALID_PERSONAL_ID(Severity.ERROR, "Số định danh cá nhân phải có đúng 12 chữ số",
      "Personal identification number must have exactly 12 digits"),
  /** Measurement values without measured_on. */
  MEASUREMENT_WITHOUT_DATE(Severity.ERROR, "Có số đo nhưng thiếu ngày cân đo", "Measurement values without measured_on"),
  /** measured_on not in the reporting year. */
  MEASUREMENT_OUTSIDE_YEAR(Severity.WARNING, "Ngày cân đo không thuộc năm báo cáo",
      "measured_on is not in the reporting year"),
  /** A grade without a school level. */
  GRADE_WITHOUT_LEVEL(Severity.ERROR, "Có lớp nhưng thiếu cấp học", "Grade without school_level"),
  /** Card dates without a card number. */
  CARD_WITHOUT_NUMBER(Severity.ERROR, "Có ngày của thẻ BHYT nhưng thiếu số thẻ",
      "Health-insurance card dates without hi_card_number"),
  /**
   * The values break an invariant of the model (the detail names the {@code TREEM-CORE-nnnn} code),
   * or another value is not allowed.
   */
  INVALID_VALUE(Severity.ERROR, "Giá trị không hợp lệ", "Invalid value"),

  // ---- problems of the text of a CSV file

  /** The file has no header line (empty or blank). */
  CSV_EMPTY_FILE(Severity.ERROR, "Tệp rỗng: không có dòng tiêu đề", "Empty file: no header line"),
  /** Bytes that are not valid UTF-8. */
  CSV_INVALID_ENCODING(Severity.ERROR, "Dữ liệu không phải UTF-8 hợp lệ", "Bytes that are not valid UTF-8"),
  /**
   * A file read as UTF-8 (the default) whose bytes are in another encoding, named in the detail
   * (Windows-1258, TCVN3, VNI, UTF-16): the file is not read further.
   *
   * @since 0.2.0
   */
  TEXT_NOT_UTF8(Severity.ERROR,
      "Tệp không phải UTF-8 nên không đọc được: trong Excel chọn Tệp > Lưu thành > CSV UTF-8 (Phân cách bằng dấu"
          + " phẩy) (*.csv), hoặc đọc với --encoding theo bảng mã của tệp",
      "The file is not UTF-8, so it was not read: in Excel choose File > Save As > CSV UTF-8 (Comma delimited)"
          + " (*.csv), or read it with --encoding and the file's encoding"),
  /**
   * UTF-8 text that reads as text typed in a TCVN3 (ABC) or VNI font (named in the detail): the
   * names would show as {@code NguyÔn}; read it with that encoding.
   *
   * @since 0.2.0
   */
  TEXT_LEGACY_FONT(Severity.WARNING,
      "Văn bản có vẻ được gõ bằng phông chữ cũ; đọc với --encoding theo phông chữ đó để tên hiển thị đúng",
      "The text looks typed in a legacy Vietnamese font; read it with --encoding and that font's encoding so that"
          + " names show right"),
  /** A required column (child_id, sex, date_of_birth) is absent: every row is rejected. */
  CSV_MISSING_COLUMN(Severity.ERROR, "Thiếu cột bắt buộc; mọi dòng bị loại",
      "Required column missing; every row is rejected"),
  /** Two header cells name the same column: every row is rejected. */
  CSV_DUPLICATE_COLUMN(Severity.ERROR, "Cột bị lặp lại trong tiêu đề; mọi dòng bị loại",
      "Column named twice in the header; every row is rejected"),
  /** A header cell names no known column: the column is ignored. */
  CSV_UNKNOWN_COLUMN(Severity.WARNING, "Cột không xác định, bị bỏ qua", "Unknown column, ignored"),
  /** The header has more columns than the limit: the file is not read. */
  CSV_TOO_MANY_COLUMNS(Severity.ERROR, "Tiêu đề có quá nhiều cột", "Too many columns in the header"),
  /** A row has more fields than the header. */
  CSV_TOO_MANY_FIELDS(Severity.ERROR, "Dòng có nhiều trường hơn tiêu đề", "Row has more fields than the header"),
  /** A row has fewer fields than the header. */
  CSV_TOO_FEW_FIELDS(Severity.ERROR, "Dòng có ít trường hơn tiêu đề", "Row has fewer fields than the header"),
  /**
   * A quoted field was not closed before the end of the file: reading stopped. No longer given
   * (an unclosed quote is now {@link #CSV_UNCLOSED_QUOTE} and reading resumes); kept so
   * that code naming it still compiles.
   *
   * @deprecated replaced by {@link #CSV_UNCLOSED_QUOTE}
   */
  @Deprecated
  CSV_UNBALANCED_QUOTES(Severity.ERROR, "Dấu ngoặc kép không được đóng; ngừng đọc tệp",
      "Quoted field not closed; reading stopped"),
  /**
   * A quoted field not closed by the end of the file or before a limit: the record is rejected at
   * the line where the quote opened, and reading resumes at the line after it.
   */
  CSV_UNCLOSED_QUOTE(Severity.ERROR, "Dấu ngoặc kép không được đóng; dòng bị loại, đọc tiếp từ dòng sau",
      "Quoted field not closed; row rejected, reading resumes at the next line"),
  /** A field is longer than the limit: the record is rejected (the field is skipped, not held). */
  CSV_FIELD_TOO_LONG(Severity.ERROR, "Trường dài quá giới hạn; dòng bị loại", "Field longer than the limit; row rejected"),
  /** A record is longer than the limit: the record is rejected. */
  CSV_LINE_TOO_LONG(Severity.ERROR, "Dòng dài quá giới hạn", "Row longer than the limit"),
  /** A character after a closing quote: the record is rejected. */
  CSV_SYNTAX(Severity.ERROR, "Lỗi cú pháp CSV (ký tự sau dấu ngoặc kép đóng); dòng bị loại",
      "CSV syntax error (a character after a closing quote); row rejected"),

  // ---- any format

  /** A register format that this build cannot read. */
  REGISTER_FORMAT_UNSUPPORTED(Severity.ERROR, "Định dạng tệp chưa được hỗ trợ", "File format not supported yet");

  private final Definition definition;

  RegisterIssueCode(Severity severity, String messageVi, String messageEn) {
    this.definition = new Definition(name(), severity, messageVi, messageEn);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}

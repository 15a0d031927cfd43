package io.github.treem.io.json;

import org.apiguardian.api.API;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;

/**
 * The stable codes of the problems the JSON and JSON Lines readers report, with their messages
 * in Vietnamese and English. Codes are never reused for another meaning. Messages never repeat
 * a value of the input (it may be personal data); they may name a property.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum JsonIssueCode {
  /** The text is not JSON (a syntax error). */
  JSON_SYNTAX("Lỗi cú pháp JSON", "JSON syntax error"),
  /** The input ends in the middle of a JSON value. */
  JSON_TRUNCATED("Dữ liệu JSON bị cắt cụt (kết thúc giữa chừng)", "JSON input ends in the middle of a value"),
  /** The bytes are not UTF-8. */
  JSON_ENCODING("Dữ liệu không phải UTF-8 hợp lệ", "input is not valid UTF-8"),
  /** An object has the same property twice. */
  JSON_DUPLICATE_KEY("Thuộc tính bị lặp lại trong cùng một đối tượng", "duplicate property in one object"),
  /** An object has a property the format does not define. */
  JSON_UNKNOWN_PROPERTY("Thuộc tính không có trong định dạng", "property not defined by the format"),
  /** A required property is missing. */
  JSON_MISSING_PROPERTY("Thiếu thuộc tính bắt buộc", "required property missing"),
  /** A value has the wrong JSON type (a string where a number belongs, null, ...). */
  JSON_WRONG_TYPE("Giá trị sai kiểu", "value of the wrong type"),
  /** A value has the right type but is not allowed (a bad date, an unknown code, a broken rule). */
  JSON_INVALID_VALUE("Giá trị không hợp lệ", "invalid value"),
  /** A limit of the reader was exceeded (nesting depth, number, string or name length, size). */
  JSON_LIMIT_EXCEEDED("Vượt quá giới hạn cho phép của bộ đọc JSON", "a limit of the JSON reader was exceeded"),
  /** The document is not a treem register (wrong format name or shape). */
  JSON_NOT_A_REGISTER("Tệp không phải sổ theo dõi trẻ em định dạng treem", "not a treem register document"),
  /** The register's version is not one this reader knows. */
  JSON_UNSUPPORTED_VERSION("Phiên bản định dạng không được hỗ trợ", "unsupported format version"),
  /** A JSON document stopped being read after a problem of the file itself. */
  JSON_DOCUMENT_STOPPED("Ngừng đọc tệp: các bản ghi sau vị trí này không được đọc",
      "reading stopped: records after this point were not read"),
  /** A child whose id repeats an earlier child of the same file: the later one is rejected. */
  JSON_DUPLICATE_ID("Mã trẻ bị trùng với một bản ghi trước", "child id repeats an earlier record");

  private final String messageVi;
  private final String messageEn;

  JsonIssueCode(String messageVi, String messageEn) {
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
   * @param location where
   * @param detail a detail appended to both messages (never an input value), or null
   * @return the issue
   */
  public Issue issue(Severity severity, Location location, String detail) {
    String suffix = detail == null || detail.isEmpty() ? "" : ": " + detail;
    return Issue.of(name(), severity, location, messageVi + suffix, messageEn + suffix);
  }
}

package io.github.treem.io.json;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;
import org.apiguardian.api.API;

/**
 * The stable codes of the problems of the JSON text that the JSON and JSON Lines readers (and the
 * report reader) report, with their messages in Vietnamese and English; all are errors in
 * {@link io.github.treem.io.ReadMode#STRICT}. Problems of a record's values have the codes that
 * every format shares ({@link io.github.treem.io.RegisterIssueCode}: {@code INVALID_DATE},
 * {@code DUPLICATE_CHILD_ID}, ...). Codes are never reused for another meaning. Messages never
 * repeat a value of the input (it may be personal data); they may name a property.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum JsonIssueCode implements IssueCode {
  /** The text is not JSON (a syntax error). */
  JSON_SYNTAX("Lỗi cú pháp JSON", "JSON syntax error"),
  /** The input ends in the middle of a JSON value. */
  JSON_TRUNCATED("Dữ liệu JSON bị cắt cụt (kết thúc giữa chừng)", "JSON input ends in the middle of a value"),
  /** The bytes are not UTF-8. */
  JSON_ENCODING("Dữ liệu không phải UTF-8 hợp lệ", "input is not valid UTF-8"),
  /** An object has the same property twice. */
  JSON_DUPLICATE_KEY("Thuộc tính bị lặp lại trong cùng một đối tượng", "duplicate property in one object"),
  /**
   * An object has a property the format does not define (a warning in
   * {@link io.github.treem.io.ReadMode#LENIENT}, where it is skipped).
   */
  JSON_UNKNOWN_PROPERTY("Thuộc tính không có trong định dạng", "property not defined by the format"),
  /**
   * A required property of the document is missing (a child's is
   * {@link io.github.treem.io.RegisterIssueCode#MISSING_VALUE}).
   */
  JSON_MISSING_PROPERTY("Thiếu thuộc tính bắt buộc", "required property missing"),
  /** A value has the wrong JSON type (a string where a number belongs, null, ...). */
  JSON_WRONG_TYPE("Giá trị sai kiểu", "value of the wrong type"),
  /** A limit of the reader was exceeded (nesting depth, number, string or name length, size). */
  JSON_LIMIT_EXCEEDED("Vượt quá giới hạn cho phép của bộ đọc JSON", "a limit of the JSON reader was exceeded"),
  /** The document is not a treem register (wrong format name or shape). */
  JSON_NOT_A_REGISTER("Tệp không phải sổ theo dõi trẻ em định dạng treem", "not a treem register document"),
  /** The register's version is not one this reader knows. */
  JSON_UNSUPPORTED_VERSION("Phiên bản định dạng không được hỗ trợ", "unsupported format version"),
  /** A JSON document stopped being read after a problem of the file itself. */
  JSON_DOCUMENT_STOPPED("Ngừng đọc tệp: các bản ghi sau vị trí này không được đọc",
      "reading stopped: records after this point were not read");

  private final Definition definition;

  JsonIssueCode(String messageVi, String messageEn) {
    this.definition = new Definition(name(), Severity.ERROR, messageVi, messageEn);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}

package io.github.treem.io.internal;

import io.github.treem.codec.internal.CodecMessages;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;

/**
 * The exception codes of treem io-formats (and the registry entries of the ids that open the
 * messages of the JSON codecs' decode errors, {@code TREEM-IO-100n}, defined by treem-codec's
 * {@code CodecMessages}).
 *
 * <p>The registry of the module's exception codes ({@code TREEM-IO-nnnn}, stable, never reused):
 * each is an {@link IssueCode} of severity {@code ERROR} whose texts say what the code means;
 * the exception's own message adds the particulars (never personal data). Internal: the codes
 * (strings) are the contract, read with {@code TreemException.getCode()}; a test keeps them
 * distinct across the modules.
 */
public enum IoErrorCode implements IssueCode {
  /** {@code TREEM-IO-0001}: The reporting year must be 1900 to 2200. */
  READ_YEAR_OUT_OF_RANGE("TREEM-IO-0001",
      "Năm báo cáo phải từ 1900 đến 2200",
      "The reporting year must be 1900 to 2200"),
  /** {@code TREEM-IO-0002}: A read limit must be greater than 0. */
  READ_LIMIT_NOT_POSITIVE("TREEM-IO-0002",
      "Giới hạn đọc phải lớn hơn 0",
      "A read limit must be greater than 0"),
  /** {@code TREEM-IO-0003}: The separator must be a comma or a semicolon. */
  CSV_SEPARATOR("TREEM-IO-0003",
      "Dấu phân cách phải là dấu phẩy hoặc dấu chấm phẩy",
      "The separator must be a comma or a semicolon"),
  /** {@code TREEM-IO-0004}: The read options both turn validation off and set a validator. */
  READ_VALIDATION_CONFLICT("TREEM-IO-0004",
      "Tùy chọn đọc vừa tắt kiểm tra vừa đặt bộ kiểm tra",
      "The read options both turn validation off and set a validator"),
  /** {@code TREEM-IO-0005}: The sheet to read is named by a blank text. */
  READ_SHEET_BLANK("TREEM-IO-0005",
      "Tên trang tính cần đọc để trống",
      "The sheet to read is named by a blank text"),
  /** {@code TREEM-IO-0401}: Empty file: no header row. */
  ANTHRO_EMPTY_FILE("TREEM-IO-0401",
      "Tệp trống: thiếu dòng tiêu đề",
      "Empty file: no header row"),
  /** {@code TREEM-IO-0402}: Missing column. */
  ANTHRO_MISSING_COLUMN("TREEM-IO-0402",
      "Thiếu cột",
      "Missing column"),
  /** {@code TREEM-IO-0403}: Invalid row. */
  ANTHRO_INVALID_ROW("TREEM-IO-0403",
      "Dòng không hợp lệ",
      "Invalid row"),
  /** {@code TREEM-IO-0404}: Malformed CSV. */
  ANTHRO_MALFORMED_CSV("TREEM-IO-0404",
      "CSV hỏng",
      "Malformed CSV"),
  /** {@code TREEM-IO-0701}: Not a DHIS2 period. */
  DHIS2_PERIOD_FORMAT("TREEM-IO-0701",
      "Không phải mã kỳ báo cáo DHIS2",
      "Not a DHIS2 period"),
  /** {@code TREEM-IO-0702}: Invalid DHIS2 mapping. */
  DHIS2_MAPPING_INVALID("TREEM-IO-0702",
      "Bảng ánh xạ DHIS2 không hợp lệ",
      "Invalid DHIS2 mapping"),
  /** {@code TREEM-IO-0801}: Not a treem report. */
  REPORT_UNREADABLE("TREEM-IO-0801",
      "Không phải báo cáo treem",
      "Not a treem report"),
  /** {@code TREEM-IO-1001}: JSON value of the wrong type. */
  JSON_WRONG_TYPE(CodecMessages.WRONG_TYPE,
      "Giá trị JSON sai kiểu",
      "JSON value of the wrong type"),
  /** {@code TREEM-IO-1002}: Invalid JSON value. */
  JSON_INVALID_VALUE(CodecMessages.INVALID_VALUE,
      "Giá trị JSON không hợp lệ",
      "Invalid JSON value"),
  /** {@code TREEM-IO-1003}: Required JSON property missing. */
  JSON_MISSING_PROPERTY(CodecMessages.MISSING_PROPERTY,
      "Thiếu thuộc tính JSON bắt buộc",
      "Required JSON property missing");

  private final Definition definition;

  IoErrorCode(String code, String messageVi, String messageEn) {
    this.definition = new Definition(code, Severity.ERROR, messageVi, messageEn);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}

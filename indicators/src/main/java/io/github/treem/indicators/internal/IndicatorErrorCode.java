package io.github.treem.indicators.internal;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;

/**
 * The exception codes of treem indicators.
 *
 * <p>The registry of the module's exception codes ({@code TREEM-IND-nnnn}, stable, never reused):
 * each is an {@link IssueCode} of severity {@code ERROR} whose texts say what the code means;
 * the exception's own message adds the particulars (never personal data). Internal: the codes
 * (strings) are the contract, read with {@code TreemException.getCode()}; a test keeps them
 * distinct across the modules.
 */
public enum IndicatorErrorCode implements IssueCode {
  /** {@code TREEM-IND-0001}: A z-score must be finite. */
  ZSCORE_NOT_FINITE("TREEM-IND-0001",
      "Chỉ số z phải là số hữu hạn",
      "A z-score must be finite"),
  /** {@code TREEM-IND-0002}: A z-score that is not computed cannot be flagged. */
  ZSCORE_FLAG_WITHOUT_VALUE("TREEM-IND-0002",
      "Chỉ số z không tính được thì không thể bị đánh dấu",
      "A z-score that is not computed cannot be flagged"),
  /** {@code TREEM-IND-0003}: The cell's figures do not match its state. */
  CELL_STATE_MISMATCH("TREEM-IND-0003",
      "Số liệu của ô không khớp với trạng thái của ô",
      "The cell's figures do not match its state"),
  /** {@code TREEM-IND-0004}: The numerator must be 0 to the denominator. */
  NUMERATOR_OUT_OF_RANGE("TREEM-IND-0004",
      "Tử số phải từ 0 đến mẫu số",
      "The numerator must be 0 to the denominator"),
  /** {@code TREEM-IND-0005}: Rows read must equal rows accepted plus rows rejected. */
  ROW_COUNTS_INCONSISTENT("TREEM-IND-0005",
      "Số dòng đọc phải bằng số dòng nhận cộng số dòng loại",
      "Rows read must equal rows accepted plus rows rejected"),
  /** {@code TREEM-IND-0010}: The calculator's year is not set. */
  CALCULATOR_YEAR_MISSING("TREEM-IND-0010",
      "Chưa đặt năm cho bộ tính chỉ số",
      "The calculator's year is not set"),
  /** {@code TREEM-IND-0011}: The calculator needs at least one indicator. */
  CALCULATOR_NO_INDICATORS("TREEM-IND-0011",
      "Bộ tính chỉ số cần ít nhất một chỉ số",
      "The calculator needs at least one indicator"),
  /** {@code TREEM-IND-0012}: Accumulators of different years, reference dates, indicators or breakdowns cannot be merged. */
  ACCUMULATORS_INCOMPATIBLE("TREEM-IND-0012",
      "Không thể gộp hai bộ cộng dồn khác năm, ngày tham chiếu, chỉ số hoặc cách phân tổ",
      "Accumulators of different years, reference dates, indicators or breakdowns cannot be merged"),
  /** {@code TREEM-IND-0013}: The accumulator was written by a calculator of another year, reference date, indicators or breakdowns. */
  ACCUMULATOR_OF_ANOTHER_CALCULATOR("TREEM-IND-0013",
      "Bộ cộng dồn được ghi bởi bộ tính khác năm, ngày tham chiếu, chỉ số hoặc cách phân tổ",
      "The accumulator was written by a calculator of another year, reference date, indicators or breakdowns"),
  /** {@code TREEM-IND-0014}: The binary form of the accumulator is corrupt. */
  ACCUMULATOR_CORRUPT("TREEM-IND-0014",
      "Dạng nhị phân của bộ cộng dồn bị hỏng",
      "The binary form of the accumulator is corrupt"),
  /** {@code TREEM-IND-0020}: The number of children must be 0 or more. */
  GENERATOR_CHILDREN_NEGATIVE("TREEM-IND-0020",
      "Số trẻ phải lớn hơn hoặc bằng 0",
      "The number of children must be 0 or more"),
  /** {@code TREEM-IND-0021}: The number of villages must be 1 to 99. */
  GENERATOR_VILLAGES_OUT_OF_RANGE("TREEM-IND-0021",
      "Số thôn phải từ 1 đến 99",
      "The number of villages must be 1 to 99"),
  /** {@code TREEM-IND-0022}: The error rate must be 0 to 1. */
  GENERATOR_ERROR_RATE_OUT_OF_RANGE("TREEM-IND-0022",
      "Tỷ lệ lỗi phải từ 0 đến 1",
      "The error rate must be 0 to 1"),
  /** {@code TREEM-IND-0023}: The year must be 1950 to 2200. */
  GENERATOR_YEAR_OUT_OF_RANGE("TREEM-IND-0023",
      "Năm phải từ 1950 đến 2200",
      "The year must be 1950 to 2200"),
  /** {@code TREEM-IND-0024}: A commune code has exactly 5 digits. */
  GENERATOR_COMMUNE_CODE_FORMAT("TREEM-IND-0024",
      "Mã xã phải có đúng 5 chữ số",
      "A commune code has exactly 5 digits"),
  /** {@code TREEM-IND-0301}: A WHO growth table is missing from the jar. */
  GROWTH_TABLE_MISSING("TREEM-IND-0301",
      "Thiếu bảng tăng trưởng của WHO trong tệp jar",
      "A WHO growth table is missing from the jar"),
  /** {@code TREEM-IND-0302}: A WHO growth table is malformed. */
  GROWTH_TABLE_MALFORMED("TREEM-IND-0302",
      "Bảng tăng trưởng của WHO bị hỏng",
      "A WHO growth table is malformed"),
  /** {@code TREEM-IND-0501}: An input digest is not a SHA-256 in lower-case hex. */
  MANIFEST_DIGEST_FORMAT("TREEM-IND-0501",
      "Mã băm của tệp đầu vào không phải SHA-256 dạng hex chữ thường",
      "An input digest is not a SHA-256 in lower-case hex"),
  /** {@code TREEM-IND-0502}: An input's encoding is given for a file that is not an input. */
  MANIFEST_ENCODING_INPUT("TREEM-IND-0502",
      "Bảng mã được ghi cho một tệp không có trong danh sách tệp đầu vào",
      "An input's encoding is given for a file that is not an input");

  private final Definition definition;

  IndicatorErrorCode(String code, String messageVi, String messageEn) {
    this.definition = new Definition(code, Severity.ERROR, messageVi, messageEn);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}

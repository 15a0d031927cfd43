package io.github.treem.io.report;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;
import org.apiguardian.api.API;

/**
 * The stable codes of the problems of the CSV self-assessment form ({@link SelfAssessmentCsv})
 * that are its own: its marker, its records and the form's fields. Problems of the CSV text and
 * of a cell's value have the register's codes ({@code CSV_*}, {@code INVALID_NUMBER},
 * {@code INVALID_DATE}, ... of {@link io.github.treem.io.RegisterIssueCode}), since the form is
 * read by the same tokeniser and cell parsers; problems of the self-assessment against its table
 * have the codes of {@link io.github.treem.indicators.cfc.SelfAssessmentIssueCode}. One of the
 * registries of treem's issue-code model ({@link IssueCode}); a code is never reused for another
 * meaning, and no text repeats a value of the file.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SelfAssessmentCsvIssueCode implements IssueCode {
  /** The {@code format} row names another format: the file is not read as a self-assessment. */
  CFC_CSV_NOT_A_FORM(Severity.ERROR, "Tệp không phải mẫu tự đánh giá xã phù hợp với trẻ em của treem",
      "Not a treem child-friendly commune self-assessment form"),
  /** The {@code version} row names a version this treem does not read. */
  CFC_CSV_UNSUPPORTED_VERSION(Severity.ERROR, "Phiên bản mẫu tự đánh giá không được hỗ trợ (đọc được phiên bản 1)",
      "Unsupported version of the self-assessment form (this treem reads version 1)"),
  /** The {@code record} cell is neither {@code form} nor {@code item}: the row is rejected. */
  CFC_CSV_UNKNOWN_RECORD(Severity.ERROR, "Loại dòng không hợp lệ (form hoặc item); dòng bị loại",
      "Unknown record kind (form or item); row rejected"),
  /** A {@code form} row names a field the form does not have: the row is rejected. */
  CFC_CSV_UNKNOWN_FIELD(Severity.ERROR, "Mẫu không có thông tin này; dòng bị loại",
      "The form has no such field; row rejected"),
  /** A field of the form is given twice: the second row is rejected. */
  CFC_CSV_DUPLICATE_FIELD(Severity.ERROR, "Thông tin được ghi hai lần; dòng bị loại",
      "Field given twice; row rejected"),
  /** A required field of the form (commune, year, type, date, assessor) is not given. */
  CFC_CSV_MISSING_FIELD(Severity.ERROR, "Thiếu thông tin bắt buộc của bản tự đánh giá",
      "Required field of the self-assessment missing"),
  /** An item row gives a value and a fraction (numerator, denominator) at once. */
  CFC_CSV_TWO_VALUES(Severity.ERROR, "Ghi cả giá trị và tử số, mẫu số: chỉ ghi một cách; dòng bị loại",
      "Both a value and a numerator and denominator: give one; row rejected"),
  /** An item row gives a numerator without a denominator, or the reverse. */
  CFC_CSV_HALF_FRACTION(Severity.ERROR, "Tỷ lệ cần cả tử số và mẫu số; dòng bị loại",
      "A rate needs both a numerator and a denominator; row rejected"),
  /** An item row gives an evidence note but no value. */
  CFC_CSV_EVIDENCE_WITHOUT_VALUE(Severity.ERROR, "Có minh chứng nhưng chưa ghi giá trị; dòng bị loại",
      "Evidence note without a value; row rejected"),
  /** More rows than a form can have: reading stops. */
  CFC_CSV_TOO_MANY_ROWS(Severity.ERROR, "Tệp có quá nhiều dòng cho một bản tự đánh giá; ngừng đọc",
      "Too many rows for a self-assessment form; reading stopped"),
  /** The text was not UTF-8 and was read in the encoding its bytes look like. */
  CFC_CSV_ENCODING_GUESSED(Severity.WARNING, "Tệp không phải UTF-8; đã đọc theo bảng mã",
      "The file is not UTF-8; read in the encoding");

  private final Definition definition;

  SelfAssessmentCsvIssueCode(Severity severity, String messageVi, String messageEn) {
    this.definition = new Definition(name(), severity, messageVi, messageEn);
  }

  /** {@return the code (the constant's name), its severity and its texts} */
  @Override
  public Definition definition() {
    return definition;
  }
}

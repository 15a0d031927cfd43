package io.github.treem.xlsx;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The stable codes of the problems of a workbook, with their texts in Vietnamese and English. A
 * code is never reused for another meaning. The texts of the refusals say how to save a workbook
 * that treem reads. One of the registries of treem's issue-code model ({@link IssueCode}); the
 * code is the constant's name.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum WorkbookIssueCode implements IssueCode {
  /** Neither a workbook (.xlsx) nor an old Excel file: e.g. a CSV or a PDF named .xlsx. */
  WORKBOOK_NOT_A_WORKBOOK(Severity.ERROR, "Tệp không phải sổ làm việc Excel (.xlsx)",
      "Not an Excel workbook (.xlsx)"),
  /** An Excel 97-2003 workbook (.xls, the old binary format). */
  WORKBOOK_XLS(Severity.ERROR,
      "Tệp Excel 97-2003 (.xls): mở tệp trong Excel, chọn Tệp > Lưu thành > Sổ làm việc Excel (*.xlsx)",
      "Excel 97-2003 workbook (.xls): open it in Excel and choose File > Save As > Excel Workbook (*.xlsx)"),
  /** An XML Spreadsheet 2003 file (.xml saved by old Excel). */
  WORKBOOK_XML_SPREADSHEET(Severity.ERROR,
      "Tệp Bảng tính XML 2003: mở tệp trong Excel, chọn Tệp > Lưu thành > Sổ làm việc Excel (*.xlsx)",
      "XML Spreadsheet 2003 file: open it in Excel and choose File > Save As > Excel Workbook (*.xlsx)"),
  /** A workbook protected by a password (encrypted). */
  WORKBOOK_ENCRYPTED(Severity.ERROR,
      "Sổ làm việc có mật khẩu: mở trong Excel, chọn Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu,"
          + " xóa mật khẩu rồi lưu lại (*.xlsx)",
      "Password-protected workbook: open it in Excel, choose File > Info > Protect Workbook > Encrypt with Password,"
          + " clear the password and save it again (*.xlsx)"),
  /** The file, a part of it, or all its parts together, are larger than the limit. */
  WORKBOOK_TOO_LARGE(Severity.ERROR, "Sổ làm việc lớn quá giới hạn; không đọc", "Workbook larger than the limit; not read"),
  /** A part expands far more than real workbooks do (a zip bomb). */
  WORKBOOK_COMPRESSION_RATIO(Severity.ERROR, "Một phần của sổ làm việc nén bất thường (tỉ lệ nén quá cao); không đọc",
      "A part of the workbook is compressed abnormally (compression ratio too high); not read"),
  /** A part's XML declares a document type (DTD): external entities are never read. */
  WORKBOOK_XML_DOCTYPE(Severity.ERROR, "XML của sổ làm việc có khai báo DOCTYPE (không được phép); không đọc",
      "The workbook's XML declares a DOCTYPE (not allowed); not read"),
  /** The shared-strings table has more strings, or more text, than the limit. */
  WORKBOOK_SHARED_STRINGS_LIMIT(Severity.ERROR, "Bảng chuỗi dùng chung của sổ làm việc vượt giới hạn; không đọc",
      "The workbook's shared-strings table exceeds the limit; not read"),
  /** The workbook is damaged: a broken zip, broken XML, or a part missing. */
  WORKBOOK_MALFORMED(Severity.ERROR, "Sổ làm việc bị hỏng; ngừng đọc", "Damaged workbook; reading stopped"),
  /** The sheet asked for is not in the workbook. */
  WORKBOOK_SHEET_NOT_FOUND(Severity.ERROR, "Không có trang tính này trong sổ làm việc", "No such sheet in the workbook"),
  /** A formula cell without a value saved with it (the workbook was not recalculated and saved). */
  WORKBOOK_FORMULA_WITHOUT_VALUE(Severity.ERROR,
      "Ô công thức chưa có giá trị: mở trong Excel, tính lại (F9) và lưu",
      "Formula cell without a saved value: open it in Excel, recalculate (F9) and save"),
  /** A cell holding an error value such as {@code #N/A} or {@code #DIV/0!}. */
  WORKBOOK_CELL_ERROR(Severity.ERROR, "Ô chứa giá trị lỗi", "Cell holds an error value"),
  /** A date cell whose serial number is no day (before 1900, after 9999, or 29/02/1900). */
  WORKBOOK_INVALID_DATE(Severity.ERROR, "Ô ngày tháng không phải một ngày có thật", "Date cell that is no real day"),
  /** A cell longer than the limit. */
  WORKBOOK_CELL_TOO_LONG(Severity.ERROR, "Ô dài quá giới hạn", "Cell longer than the limit"),
  /** A row with cells beyond the column limit: those cells are ignored. */
  WORKBOOK_TOO_MANY_COLUMNS(Severity.WARNING, "Dòng có ô vượt quá số cột giới hạn; các ô đó bị bỏ qua",
      "Row with cells beyond the column limit; those cells are ignored");

  private final Definition definition;

  WorkbookIssueCode(Severity severity, String messageVi, String messageEn) {
    this.definition = new Definition(name(), severity, messageVi, messageEn);
  }

  /** {@return the code (the constant's name), its severity and its texts} */
  @Override
  public Definition definition() {
    return definition;
  }

  /**
   * An issue of this code at its severity, with a detail appended to both texts ({@code ": detail"}).
   *
   * @param location where
   * @param detail the identifiers involved (never personal data), or null for none
   * @return the issue
   */
  public Issue issue(Location location, @Nullable String detail) {
    return issue(getSeverity(), location, detail);
  }
}

package io.github.treem.io;

import org.apiguardian.api.API;

/**
 * The file formats of a child register.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RegisterFormat {
  /** The flat CSV snapshot of one reporting year (docs/register-format.md). */
  CSV,
  /** One JSON document holding the register. */
  JSON,
  /** One JSON object per line. */
  JSON_LINES,
  /**
   * An Excel workbook (.xlsx), read by the treem-xlsx module ({@code RegisterXlsxReader}); an
   * old Excel file (.xls) or a password-protected workbook is recognised as one and refused there
   * with a coded issue that says how to save it.
   *
   * @since 0.2.0
   */
  XLSX
}

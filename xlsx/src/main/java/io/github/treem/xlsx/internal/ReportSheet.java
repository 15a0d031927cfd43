package io.github.treem.xlsx.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of the report workbook, written top to bottom in the one layout every sheet has: row 1
 * the title, row 2 the notes (or empty), row 3 the header, data from row 4; rows 1 to 3 frozen;
 * column widths from the longest text of each column. Numbers are numbers with a number format
 * that shows exactly the decimals of the value given (so a spreadsheet shows what treem decided,
 * never its own rounding); a hidden figure is the text {@code x}, right-aligned like numbers.
 * Every text is a string cell: nothing is ever written as a formula.
 *
 * <p>Not thread-safe.
 */
public final class ReportSheet {
  /** The row of the header (0-based); the data start on the next row. */
  public static final int HEADER_ROW = 2;
  private static final double MIN_WIDTH = 8;
  private static final double MAX_WIDTH = 60;

  private final Worksheet sheet;
  private final List<Integer> widths = new ArrayList<>();
  private int row = HEADER_ROW + 1;

  private ReportSheet(Worksheet sheet) {
    this.sheet = sheet;
  }

  /**
   * Starts a sheet with its title, notes and header.
   *
   * @param workbook the workbook
   * @param name the sheet's name (valid for Excel)
   * @param title the title (row 1)
   * @param note the notes (row 2), empty for none
   * @param header the column names (row 3)
   * @return the sheet
   */
  public static ReportSheet start(Workbook workbook, String name, String title, String note, List<String> header) {
    ReportSheet s = new ReportSheet(workbook.newWorksheet(name));
    s.sheet.value(0, 0, title);
    s.sheet.style(0, 0).bold().fontSize(12).set();
    if (!note.isEmpty()) {
      s.sheet.value(1, 0, note);
      s.sheet.style(1, 0).italic().set();
    }
    for (int c = 0; c < header.size(); c++) {
      s.sheet.value(HEADER_ROW, c, header.get(c));
      s.widen(c, header.get(c));
    }
    s.sheet.range(HEADER_ROW, 0, HEADER_ROW, header.size() - 1).style().bold().fillColor("D9E1F2").wrapText(true)
        .borderStyle(org.dhatim.fastexcel.BorderSide.BOTTOM, "thin").set();
    s.sheet.freezePane(0, HEADER_ROW + 1);
    return s;
  }

  /** Moves to the next row. */
  public void nextRow() {
    row++;
  }

  /**
   * A text cell (never a formula, whatever it starts with).
   *
   * @param column the column (0-based)
   * @param text the text; empty writes nothing
   */
  public void text(int column, String text) {
    if (!text.isEmpty()) {
      sheet.value(row, column, text);
      widen(column, text);
    }
  }

  /**
   * A whole number, with a thousands separator.
   *
   * @param column the column
   * @param value the number
   */
  public void count(int column, long value) {
    sheet.value(row, column, value);
    sheet.style(row, column).format("#,##0").set();
    widen(column, String.format(java.util.Locale.ROOT, "%,d", value));
  }

  /**
   * A whole number, or nothing when absent.
   *
   * @param column the column
   * @param value the number
   */
  public void count(int column, OptionalLong value) {
    if (value.isPresent()) {
      count(column, value.getAsLong());
    }
  }

  /**
   * A decimal shown with exactly its own decimals ({@code 99.99} as {@code 0.00}, {@code 90.0} as
   * {@code 0.0}, {@code 12} as {@code 0}); the cell holds the decimal as written.
   *
   * @param column the column
   * @param value the decimal; empty writes nothing
   */
  public void decimal(int column, Optional<BigDecimal> value) {
    if (value.isEmpty()) {
      return;
    }
    BigDecimal v = value.get();
    int scale = Math.max(v.scale(), 0);
    // the XML holds the decimal's own digits (FastExcel writes BigDecimal.toString(), an
    // xsd:double, in exponent form only below 10^-6), never a double's binary approximation
    sheet.value(row, column, v);
    sheet.style(row, column).format(scale == 0 ? "0" : "0." + "0".repeat(scale)).set();
    widen(column, v.toPlainString());
  }

  /**
   * A hidden figure: the text {@code x}, right-aligned.
   *
   * @param column the column
   * @param symbol the symbol of a hidden figure
   */
  public void hidden(int column, String symbol) {
    sheet.value(row, column, symbol);
    sheet.style(row, column).horizontalAlignment("right").set();
  }

  private void widen(int column, String text) {
    while (widths.size() <= column) {
      widths.add(0);
    }
    widths.set(column, Math.max(widths.get(column), text.length()));
  }

  /** Sets the column widths (call once, when every row is written). */
  public void finish() {
    for (int c = 0; c < widths.size(); c++) {
      sheet.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths.get(c) + 2)));
    }
  }
}

package io.github.treem.xlsx;

import io.github.treem.core.Child;
import io.github.treem.io.internal.csv.Column;
import io.github.treem.io.internal.csv.RegisterRow;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes children as the register in a workbook: one sheet, the CSV register's columns in its
 * canonical order (docs/register-format.md), one row per child with the same snapshot of the
 * reporting year as {@link io.github.treem.io.csv.RegisterCsvWriter} (and, for synthetic data,
 * its marker column {@code synthetic_data}). Dates are dates (shown
 * {@code yyyy-mm-dd}), {@code weight_kg}, {@code length_height_cm} and {@code grade} are numbers,
 * and everything else is text (codes such as {@code commune_code} {@code 07030} keep their
 * leading zeros). No formula is ever written: a text cell starting with {@code =} is text. The
 * header row is frozen and bold; the columns have widths for their content. Text is written inline
 * (not in a shared-strings table), so memory does not grow with the rows.
 *
 * <pre>{@code
 * try (RegisterXlsxWriter w = RegisterXlsxWriter.open(out, WorkbookWriteOptions.of(2020))) {
 *   children.forEach(w::write);
 * }
 * }</pre>
 *
 * <p>Implementation requirements: not thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class RegisterXlsxWriter implements Closeable {
  private static final int FLUSH_EVERY = 1_000;
  private static final String DATE_FORMAT = "yyyy-mm-dd";
  private final OutputStream out;
  private final WorkbookWriteOptions options;
  private final Workbook workbook;
  private final Worksheet sheet;
  private int row = 1;
  private boolean closed;

  private RegisterXlsxWriter(OutputStream out, WorkbookWriteOptions options) {
    this.out = out;
    this.options = options;
    this.workbook = new Workbook(out, "treem", "0.2");
    this.sheet = workbook.newWorksheet(options.getSheetName());
  }

  /**
   * Opens a writer and writes the header row.
   *
   * @param out the stream (closed by {@link #close()})
   * @param options the options
   * @return the writer
   */
  public static RegisterXlsxWriter open(OutputStream out, WorkbookWriteOptions options) {
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(options, "options must not be null");
    RegisterXlsxWriter w = new RegisterXlsxWriter(out, options);
    Column[] columns = Column.written(options.isSyntheticData());
    for (int c = 0; c < columns.length; c++) {
      String name = columns[c].getCanonical();
      w.sheet.inlineString(0, c, name);
      w.sheet.width(c, Math.max(name.length() + 2, width(columns[c])));
    }
    w.sheet.range(0, 0, 0, columns.length - 1).style().bold().set();
    w.sheet.freezePane(0, 1);
    return w;
  }

  private static double width(Column c) {
    return switch (c) {
      case FULL_NAME -> 28;
      case VILLAGE -> 20;
      case PERSONAL_ID, HI_CARD_NUMBER -> 18;
      default -> 12;
    };
  }

  /**
   * Writes one child.
   *
   * @param child the child
   * @throws UncheckedIOException on an I/O error
   */
  public void write(Child child) {
    Map<Column, Object> values = RegisterRow.of(child, options.getReportingYear(), options.getReferenceDate());
    Column[] columns = Column.written(options.isSyntheticData());
    for (int c = 0; c < columns.length; c++) {
      Object v = columns[c] == Column.SYNTHETIC_DATA ? "Y" : values.get(columns[c]);
      if (v == null) {
        continue;
      }
      if (v instanceof LocalDate d) {
        sheet.value(row, c, d);
        sheet.style(row, c).format(DATE_FORMAT).set();
      } else if (v instanceof BigDecimal || v instanceof Integer) {
        sheet.value(row, c, (Number) v);
      } else {
        sheet.inlineString(row, c, v.toString());
      }
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      try {
        sheet.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Finishes the workbook and closes the stream.
   *
   * @throws UncheckedIOException on an I/O error
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      workbook.finish();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

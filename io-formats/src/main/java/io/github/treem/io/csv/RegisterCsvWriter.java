package io.github.treem.io.csv;

import io.github.treem.core.Child;
import io.github.treem.io.internal.csv.Column;
import io.github.treem.io.internal.csv.RegisterRow;
import io.github.treem.io.internal.csv.Text;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes children as the CSV register (docs/register-format.md, format v1): one row per child,
 * the snapshot of a reporting year, every column in canonical order, UTF-8. Synthetic data
 * ({@link CsvWriteOptions#isSyntheticData()}) get the marker column {@code synthetic_data} last,
 * {@code Y} on every row.
 *
 * <p>Quoting follows RFC 4180 and is used only where needed (a separator, quote, CR or LF in the
 * field, or a leading or trailing space). The snapshot takes the enrolment, safety skills and
 * yearly status of year Y, the latest measurement of Y on or before the reference date, the
 * circumstances active on the reference date, and the last health-insurance card valid on the
 * reference date (or else the last card recorded).
 *
 * <p>Formula neutralisation: a text cell ({@code child_id}, {@code full_name}, {@code village},
 * {@code hi_card_number}) that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR,
 * possibly after single quotes, is written with a single quote {@code '}
 * prepended, so that spreadsheets do not run it as a formula. {@link RegisterCsvReader} removes
 * that quote again. Dates, codes and numbers are never neutralised.
 *
 * <pre>{@code
 * try (RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.of(2020))) {
 *   children.forEach(w::write);
 * }
 * }</pre>
 *
 * <p>Implementation requirements: not thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RegisterCsvWriter implements Closeable, Flushable {
  private final Writer out;
  private final CsvWriteOptions options;

  private RegisterCsvWriter(Writer out, CsvWriteOptions options) {
    this.out = out;
    this.options = options;
  }

  /**
   * Opens a writer and writes the byte-order mark (if asked) and the header.
   *
   * @param out the stream (closed by {@link #close()})
   * @param options the options
   * @return the writer
   * @throws UncheckedIOException on an I/O error
   */
  public static RegisterCsvWriter open(OutputStream out, CsvWriteOptions options) {
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(options, "options must not be null");
    RegisterCsvWriter w = new RegisterCsvWriter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65_536), options);
    List<String> header = new ArrayList<>();
    for (Column c : Column.written(options.isSyntheticData())) {
      header.add(c.getCanonical());
    }
    try {
      if (options.isByteOrderMark()) {
        w.out.write('\uFEFF');
      }
      w.line(header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w;
  }

  /**
   * {@return the canonical column names, in order (without the synthetic-data marker
   * {@code synthetic_data}, written last for synthetic data)}
   */
  public static List<String> columns() {
    List<String> names = new ArrayList<>();
    for (Column c : Column.written(false)) {
      names.add(c.getCanonical());
    }
    return List.copyOf(names);
  }

  /**
   * Writes one child.
   *
   * @param child the child
   * @throws UncheckedIOException on an I/O error
   */
  public void write(Child child) {
    Map<Column, Object> row = RegisterRow.of(child, options.getReportingYear(), options.getReferenceDate());
    List<String> fields = new ArrayList<>();
    for (Column c : Column.written(options.isSyntheticData())) {
      Object v = c == Column.SYNTHETIC_DATA ? "Y" : row.get(c);
      if (v == null) {
        fields.add("");
      } else if (v instanceof BigDecimal d) {
        fields.add(Text.decimal(d, options.getSeparator()));
      } else if (c.isText()) {
        fields.add(text(v.toString()));
      } else {
        fields.add(v.toString());
      }
    }
    try {
      line(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String s) {
    return Text.neutraliseText(s);
  }

  private void line(List<String> fields) throws IOException {
    out.write(Text.record(fields, options.getSeparator()));
    out.write(options.getLineEnding().getChars());
  }

  /**
   * Flushes the written rows to the stream.
   *
   * @throws UncheckedIOException on an I/O error
   */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws UncheckedIOException on an I/O error
   */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

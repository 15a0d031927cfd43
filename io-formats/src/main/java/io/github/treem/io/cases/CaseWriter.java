package io.github.treem.io.cases;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.io.json.TreemJson;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes cases, one at a time, as a JSON Lines case file ({@link #jsonLines(OutputStream)}: the
 * header line {@code {"format":"treem-cases","version":1}} first, then one case per line) or in
 * the officers' CSV form ({@link #csv(OutputStream)}; header first, {@code \r\n} line ends, UTF-8
 * with a byte-order mark for spreadsheets, a cell that a spreadsheet would take for a formula
 * prefixed with {@code '}). {@link #json(ProtectionCase)} gives one case as a JSON document.
 * What these write, the readers read back to equal cases, descriptions excepted in CSV: <b>the CSV
 * form never carries descriptions</b> (a spreadsheet travels; the free text stays in the JSON
 * record).
 *
 * <p>Synthetic cases ({@link #jsonLines(OutputStream, boolean)}, {@link #csv(OutputStream, boolean)}:
 * generated for tests and demonstrations, never real children) carry the synthetic-data marker of
 * their form: {@code "syntheticData":true} in the JSON Lines header line; the column
 * {@code synthetic_data}, last, {@code Y} on every row of the CSV form. The readers recognise it
 * ({@link CaseReader#isSyntheticData()}), and a report computed from the file says so.
 *
 * <p>Implementation requirements: not thread-safe. Closing the writer closes the stream.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CaseWriter implements Closeable, Flushable {
  private final @Nullable Writer text;
  private final OutputStream out;
  private final @Nullable SequenceWriter csv;

  private final boolean syntheticData;

  private CaseWriter(OutputStream out, boolean csvForm, boolean syntheticData) {
    this.out = Objects.requireNonNull(out, "out must not be null");
    this.syntheticData = syntheticData;
    if (csvForm) {
      this.text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      try {
        text.write('\uFEFF');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
      this.csv = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build().writer(schema)
          .writeValues(text);
      csv.write(CaseCsvRows.header(syntheticData));
    } else {
      this.text = null;
      this.csv = null;
      try {
        out.write(header(syntheticData).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The header line of a JSON Lines case file, without its line end:
   * {@code {"format":"treem-cases","version":1}}, with {@code ,"syntheticData":true} for
   * synthetic cases.
   *
   * @param syntheticData whether the cases are synthetic
   * @return the line
   */
  static String header(boolean syntheticData) {
    return "{\"format\":\"" + CaseJsonLinesReader.FORMAT + "\",\"version\":" + CaseJsonLinesReader.VERSION
        + (syntheticData ? ",\"syntheticData\":true" : "") + "}";
  }

  /**
   * A JSON Lines writer: the header line is written at once, then one case per line,
   * {@code \n} after each.
   *
   * @param out the stream
   * @return the writer
   * @throws UncheckedIOException when the header cannot be written
   */
  public static CaseWriter jsonLines(OutputStream out) {
    return new CaseWriter(out, false, false);
  }

  /**
   * A JSON Lines writer of real or synthetic cases: synthetic ones get
   * {@code "syntheticData":true} in the header line.
   *
   * @param out the stream
   * @param syntheticData whether the cases are synthetic (never real children)
   * @return the writer
   * @throws UncheckedIOException when the header cannot be written
   */
  public static CaseWriter jsonLines(OutputStream out, boolean syntheticData) {
    return new CaseWriter(out, false, syntheticData);
  }

  /**
   * A writer of the CSV form: the header is written at once.
   *
   * @param out the stream
   * @return the writer
   */
  public static CaseWriter csv(OutputStream out) {
    return new CaseWriter(out, true, false);
  }

  /**
   * A writer of the CSV form of real or synthetic cases: synthetic ones get the column
   * {@code synthetic_data}, last, {@code Y} on every row.
   *
   * @param out the stream
   * @param syntheticData whether the cases are synthetic (never real children)
   * @return the writer
   */
  public static CaseWriter csv(OutputStream out, boolean syntheticData) {
    return new CaseWriter(out, true, syntheticData);
  }

  /**
   * One case as a JSON document (indented, UTF-8 when written out), as {@code case-v1.schema.json}.
   *
   * @param c the case
   * @return the JSON text
   */
  public static String json(ProtectionCase c) {
    return TreemJson.strict().toPrettyJson(Objects.requireNonNull(c, "case must not be null"));
  }

  /**
   * Writes a case.
   *
   * @param c the case
   * @throws UncheckedIOException on an I/O error
   */
  public void write(ProtectionCase c) {
    Objects.requireNonNull(c, "case must not be null");
    try {
      if (csv != null) {
        String[] row = CaseCsvRows.toRow(c, syntheticData);
        for (int i = 0; i < row.length; i++) {
          String v = row[i];
          if (!v.isEmpty() && "=+-@\t\r'".indexOf(v.charAt(0)) >= 0) {
            row[i] = "'" + v;
          }
        }
        csv.write(row);
      } else {
        out.write(TreemJson.strict().toJson(c).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("the case could not be written", e));
    }
  }

  @Override
  public void flush() {
    try {
      if (csv != null && text != null) {
        csv.flush();
        text.flush();
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (csv != null && text != null) {
        csv.close();
        text.close();
      }
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.treem.io.anthro;

import io.github.treem.core.MeasurePosition;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.growth.Anthro2006Result;
import io.github.treem.indicators.growth.Who2007Result;
import io.github.treem.indicators.growth.WhoGrowth;
import io.github.treem.io.internal.IoErrorCode;
import io.github.treem.io.internal.csv.Text;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * Computes WHO growth z-scores for every row of a CSV file and writes them as CSV, one output row
 * per input row, in input order, with the column names of the WHO's R packages.
 *
 * <p>{@link Standard#WHO2006} (0-5 years, {@code anthro}): input columns
 * {@code id,sex,age_days,weight_kg,lenhei_cm,measure,oedema}; output columns
 * {@code id,clenhei,cmeasure,c9mo_flag,cbmi,zlen,flen,zwei,fwei,zwfl,fwfl,zbmi,fbmi}.
 *
 * <p>{@link Standard#WHO2007} (5-19 years, {@code anthroplus}): input columns
 * {@code id,sex,age_months,height_cm,weight_kg,oedema}; output columns
 * {@code id,cbmi,zhfa,fhfa,zwfa,fwfa,zbfa,fbfa}.
 *
 * <p>Input: columns are found by header name (any order; other columns are ignored). sex is
 * 1/2 or m/f (any case); measure l/h (any case); oedema y/n or 1/2 (any case; missing = no);
 * numbers use a decimal point; an empty cell or {@code NA} is missing. A row with a value outside
 * these forms (or a negative age) is malformed: it gets an ERROR issue located by line and column
 * and an output row that holds only its id.
 *
 * <p>Output: an empty cell where the WHO software gives NA. z-scores have exactly 2 decimals
 * (rounded as the WHO does); flags are 0/1 (empty when the z-score is missing); c9mo_flag is
 * 0/1; cmeasure is l/h or empty; clenhei and cbmi are unrounded, printed as R's
 * {@code write.csv} prints doubles: 15 significant digits, trailing zeros dropped. The CSV is
 * written by treem's one CSV policy (that of every treem CSV writer: quoting only where needed,
 * the id neutralised against spreadsheet formulas, numbers plain).
 *
 * <p>Version: the output is the z-score CSV format version {@value #VERSION}, and its header row
 * is its version marker: the output columns above, in that order, are version 1. There is no
 * comment line (spreadsheets and CSV importers would take it for the header) and no version
 * column (the file must stay comparable, column for column, with anthro's output); a later
 * version will change the header (docs/growth-standards.md §11).
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AnthroCsv {
  /** The growth standard (and so the CSV layout) to use. */
  public enum Standard {
    /** WHO Child Growth Standards 2006, 0-5 years, age in days. */
    WHO2006,
    /** WHO Growth Reference 2007, 5-19 years, age in months. */
    WHO2007
  }

  /**
   * The version of the z-score CSV format written; the header row
   * ({@link #outputColumns(Standard)}) is its marker.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final int VERSION = 1;

  private static final List<String> IN_2006 = List.of("id", "sex", "age_days", "weight_kg", "lenhei_cm", "measure", "oedema");
  private static final List<String> OUT_2006 =
      List.of("id", "clenhei", "cmeasure", "c9mo_flag", "cbmi", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi");
  private static final List<String> IN_2007 = List.of("id", "sex", "age_months", "height_cm", "weight_kg", "oedema");
  private static final List<String> OUT_2007 = List.of("id", "cbmi", "zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final MathContext SIGNIFICANT_15 = new MathContext(15, RoundingMode.HALF_EVEN);
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  private AnthroCsv() {}

  /**
   * {@return the input columns of a standard}
   *
   * @param standard the standard
   */
  public static List<String> inputColumns(Standard standard) {
    return standard == Standard.WHO2006 ? IN_2006 : IN_2007;
  }

  /**
   * {@return the output columns of a standard}
   *
   * @param standard the standard
   */
  public static List<String> outputColumns(Standard standard) {
    return standard == Standard.WHO2006 ? OUT_2006 : OUT_2007;
  }

  /**
   * Reads the CSV, computes the z-scores of each row and writes them as CSV. Streams: one row in
   * memory at a time. Does not close the reader or the writer.
   *
   * @param in the input CSV (with a header row)
   * @param out where the output CSV goes
   * @param standard the standard
   * @param fileName the input's name for issue locations (null when none)
   * @param issues receives one ERROR issue per malformed row (or for a malformed file)
   * @return the number of rows that were not processed because they were malformed; also 1 when
   *     the file itself is malformed (missing column, broken quoting)
   */
  public static long zscores(Reader in, Writer out, Standard standard, String fileName, Consumer<Issue> issues) {
    List<String> inCols = inputColumns(standard);
    List<String> outCols = outputColumns(standard);
    long bad = 0;
    Writer g = out;
    try (JsonParser p = MAPPER.createParser(in)) {
      writeRow(g, outCols.toArray(new String[0]));
      List<String> row = new ArrayList<>();
      long line = readRow(p, row);
      if (line < 0) {
        issues.accept(issue(IoErrorCode.ANTHRO_EMPTY_FILE, fileName, 1, null, "tệp trống: thiếu dòng tiêu đề", "empty file: no header row"));
        return 1;
      }
      int[] index = new int[inCols.size()];
      for (int i = 0; i < inCols.size(); i++) {
        index[i] = indexOf(row, inCols.get(i));
        if (index[i] < 0) {
          issues.accept(issue(IoErrorCode.ANTHRO_MISSING_COLUMN, fileName, line, inCols.get(i),
              "thiếu cột " + inCols.get(i), "missing column " + inCols.get(i)));
          bad = 1;
        }
      }
      if (bad > 0) {
        return bad;
      }
      int width = row.size();
      String[] cells = new String[outCols.size()];
      while ((line = readRow(p, row)) >= 0) {
        if (row.size() == 1 && row.get(0).isBlank() && width > 1) {
          continue; // an empty line
        }
        Arrays.fill(cells, "");
        cells[0] = index[0] < row.size() ? row.get(index[0]) : "";
        String error = null;
        String column = null;
        if (row.size() != width) {
          error = "expected " + width + " values, found " + row.size();
        } else {
          try {
            if (standard == Standard.WHO2006) {
              row2006(row, index, cells);
            } else {
              row2007(row, index, cells);
            }
          } catch (CellException e) {
            Arrays.fill(cells, 1, cells.length, "");
            error = e.getMessage();
            column = inCols.get(e.column);
          }
        }
        if (error != null) {
          bad++;
          issues.accept(issue(IoErrorCode.ANTHRO_INVALID_ROW, fileName, line, column, "dòng không hợp lệ: " + error, error));
        }
        writeRow(g, cells);
      }
    } catch (JacksonException e) {
      long l = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      issues.accept(issue(IoErrorCode.ANTHRO_MALFORMED_CSV, fileName, l, null, "CSV hỏng (dấu ngoặc kép?)", "malformed CSV (quotes?)"));
      return bad + 1;
    } finally {
      flush(out);
    }
    return bad;
  }

  private static void flush(Writer out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row2006(List<String> row, int[] ix, String[] cells) {
    Sex sex = sex(row.get(ix[1]), 1);
    double age = number(row.get(ix[2]), 2);
    if (age < 0) {
      throw new CellException(2, "age must not be negative");
    }
    double weight = number(row.get(ix[3]), 3);
    double lenhei = number(row.get(ix[4]), 4);
    MeasurePosition measure = measure(row.get(ix[5]), 5);
    boolean oedema = oedema(row.get(ix[6]), 6);
    Anthro2006Result r = WhoGrowth.standards().anthro2006(sex, age, weight, lenhei, measure, oedema);
    cells[1] = real(r.getClenhei());
    cells[2] = r.getCmeasure().map(MeasurePosition::getWhoCode).orElse("");
    cells[3] = r.isC9moFlag() ? "1" : "0";
    cells[4] = real(r.getCbmi());
    z(cells, 5, r.getZlen(), r.isFlen());
    z(cells, 7, r.getZwei(), r.isFwei());
    z(cells, 9, r.getZwfl(), r.isFwfl());
    z(cells, 11, r.getZbmi(), r.isFbmi());
  }

  private static void row2007(List<String> row, int[] ix, String[] cells) {
    Sex sex = sex(row.get(ix[1]), 1);
    double age = number(row.get(ix[2]), 2);
    if (age < 0) {
      throw new CellException(2, "age must not be negative");
    }
    double height = number(row.get(ix[3]), 3);
    double weight = number(row.get(ix[4]), 4);
    boolean oedema = oedema(row.get(ix[5]), 5);
    Who2007Result r = WhoGrowth.standards().who2007(sex, age, height, weight, oedema);
    cells[1] = real(r.getCbmi());
    z(cells, 2, r.getZhfa(), r.isFhfa());
    z(cells, 4, r.getZwfa(), r.isFwfa());
    z(cells, 6, r.getZbfa(), r.isFbfa());
  }

  private static void z(String[] cells, int at, double z, boolean flag) {
    if (Double.isNaN(z)) {
      cells[at] = "";
      cells[at + 1] = "";
    } else {
      cells[at] = formatZ(z);
      cells[at + 1] = flag ? "1" : "0";
    }
  }

  /**
   * Formats a rounded z-score with exactly 2 decimals ({@code -0.5} as {@code -0.50}).
   *
   * @param z a z-score rounded to 2 decimals (NaN gives an empty text, infinities R's {@code Inf}
   *     and {@code -Inf})
   * @return the text
   */
  public static String formatZ(double z) {
    if (Double.isNaN(z)) {
      return "";
    }
    if (Double.isInfinite(z)) {
      return z > 0 ? "Inf" : "-Inf";
    }
    long k = Math.round(z * 100);
    long a = Math.abs(k);
    StringBuilder b = new StringBuilder(8);
    if (k < 0) {
      b.append('-');
    }
    b.append(a / 100).append('.');
    long c = a % 100;
    if (c < 10) {
      b.append('0');
    }
    return b.append(c).toString();
  }

  /**
   * Formats a double as R's {@code write.csv} does: at most 15 significant digits, trailing zeros
   * dropped, no exponent.
   *
   * @param x the value (NaN gives an empty text, infinities R's {@code Inf} and {@code -Inf})
   * @return the text
   */
  public static String real(double x) {
    if (Double.isNaN(x)) {
      return "";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "Inf" : "-Inf";
    }
    if (x == 0) {
      return "0";
    }
    return Text.decimal(new BigDecimal(x).round(SIGNIFICANT_15).stripTrailingZeros(), ',');
  }

  private static @Nullable Sex sex(String text, int col) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "", "na" -> null;
      case "1", "m" -> Sex.MALE;
      case "2", "f" -> Sex.FEMALE;
      default -> throw new CellException(col, "sex must be 1, 2, m or f");
    };
  }

  private static @Nullable MeasurePosition measure(String text, int col) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "", "na" -> null;
      case "l" -> MeasurePosition.LYING;
      case "h" -> MeasurePosition.STANDING;
      default -> throw new CellException(col, "measure must be l or h");
    };
  }

  private static boolean oedema(String text, int col) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "", "na", "n", "2" -> false;
      case "y", "1" -> true;
      default -> throw new CellException(col, "oedema must be y or n");
    };
  }

  private static double number(String text, int col) {
    String t = text.strip();
    if (t.isEmpty() || t.equalsIgnoreCase("na")) {
      return Double.NaN;
    }
    if (!NUMBER.matcher(t).matches()) {
      throw new CellException(col, "not a number");
    }
    double d = Double.parseDouble(t);
    if (!Double.isFinite(d)) {
      throw new CellException(col, "not a finite number");
    }
    return d;
  }

  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip();
      if (i == 0 && h.startsWith("\uFEFF")) {
        h = h.substring(1);
      }
      if (h.equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Reads one row; returns its 1-based line (that of its first value), or -1 at the end. */
  private static long readRow(JsonParser p, List<String> row) {
    row.clear();
    JsonToken t = p.nextToken();
    if (t == null) {
      return -1;
    }
    long line = 0;
    while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
      if (row.isEmpty()) {
        line = p.currentTokenLocation().getLineNr();
      }
      String s = p.getString();
      row.add(s == null ? "" : s);
    }
    return line;
  }

  /** One row by treem's one CSV policy ({@link Text}). */
  private static void writeRow(Writer out, String[] cells) {
    // the id is the only text echoed from the input: no spreadsheet formula injection
    String[] row = cells.clone();
    row[0] = row[0] == null ? "" : Text.neutraliseText(row[0]);
    try {
      out.write(Text.join(Arrays.asList(row), ',', false));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Issue issue(IoErrorCode code, String file, long line, @Nullable String column, String vi, String en) {
    return Issue.of(code.getCode(), Severity.ERROR, Location.ofLine(file, line, column), vi, en);
  }

  /** A malformed cell: the index of its input column and what is wrong. */
  private static final class CellException extends RuntimeException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;
    final int column;

    CellException(int column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }
}

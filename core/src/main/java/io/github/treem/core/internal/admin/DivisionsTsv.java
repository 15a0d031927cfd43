package io.github.treem.core.internal.admin;

import io.github.treem.core.admin.AdministrativeUnitType;
import io.github.treem.core.admin.SuccessionKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tab-separated files of the unit data, {@code units.tsv} and {@code successions.tsv}:
 * UTF-8 (a byte-order mark is skipped), one record a line (LF or CRLF), the header line first;
 * lines that begin with {@code #} and blank lines are skipped; no quoting (no value holds a tab or a line
 * break). Columns:
 *
 * <pre>
 * units.tsv         code  type  parent  from  to  name
 * successions.tsv   from  to  date  kind
 * </pre>
 *
 * <p>{@code type} is an {@link AdministrativeUnitType} constant, {@code kind} a
 * {@link SuccessionKind} constant, dates ISO ({@code 2025-07-01}); {@code parent} is empty for a
 * province, {@code from} when the data do not record the first day, {@code to} while the unit is
 * in force. The format is simple enough to split by hand, which keeps core free of a CSV library
 * (the architecture rule: formats live in io-formats); a line that breaks it is a coded error
 * with its line number.
 */
public final class DivisionsTsv {
  /** The header of {@code units.tsv}. */
  public static final String UNITS_HEADER = "code\ttype\tparent\tfrom\tto\tname";
  /** The header of {@code successions.tsv}. */
  public static final String SUCCESSIONS_HEADER = "from\tto\tdate\tkind";

  private DivisionsTsv() {}

  /**
   * Reads and checks the two files.
   *
   * @param units {@code units.tsv}
   * @param successions {@code successions.tsv}
   * @return the index
   * @throws IOException when reading fails
   * @throws io.github.treem.core.validation.InvalidValueException (codes {@code TREEM-CORE-0610} to
   *     {@code 0620}) when a line is malformed or the data break an invariant
   */
  public static DivisionsIndex read(Reader units, Reader successions) throws IOException {
    return parse(text(units), text(successions));
  }

  /** The whole text of a reader (the files are about a megabyte: one string is cheaper than lines). */
  private static String text(Reader r) throws IOException {
    StringBuilder b = new StringBuilder(1 << 16);
    char[] buf = new char[1 << 14];
    for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
      b.append(buf, 0, n);
    }
    return b.toString();
  }

  private static DivisionsIndex parse(String unitsText, String successionsText) {
    Map<String, String> codes = new HashMap<>(1 << 15);
    Map<String, LocalDate> dates = new HashMap<>();
    List<UnitRecord> records = new ArrayList<>(16_384);
    Lines in = new Lines(unitsText, "units");
    in.header(UNITS_HEADER);
    for (String[] f = in.next(6); f != null; f = in.next(6)) {
      String code = intern(codes, f[0]);
      AdministrativeUnitType type = in.constant(AdministrativeUnitType.class, f[1]);
      String parent = f[2].isEmpty() ? null : intern(codes, f[2]);
      records.add(new UnitRecord(code, type, f[5], parent, in.date(dates, f[3]), in.date(dates, f[4]), in.line));
    }
    List<LinkRecord> links = new ArrayList<>(16_384);
    in = new Lines(successionsText, "successions");
    in.header(SUCCESSIONS_HEADER);
    for (String[] f = in.next(4); f != null; f = in.next(4)) {
      LocalDate date = in.date(dates, f[2]);
      if (date == null) {
        throw AdminDataError.DATE_FORMAT.exception("successions line " + in.line + ": the date is empty");
      }
      links.add(new LinkRecord(intern(codes, f[0]), intern(codes, f[1]), date,
          in.constant(SuccessionKind.class, f[3]), in.line));
    }
    return DivisionsIndex.of(records, links);
  }

  /**
   * Writes an index in the canonical order (the order of {@link DivisionsIndex#records()} and
   * {@link DivisionsIndex#links()}), so that reading and writing give the same bytes.
   *
   * @param index the index
   * @param units receives {@code units.tsv}
   * @param successions receives {@code successions.tsv}
   * @throws IOException when writing fails
   */
  public static void write(DivisionsIndex index, Writer units, Writer successions) throws IOException {
    StringBuilder b = new StringBuilder(64);
    units.write(UNITS_HEADER);
    units.write('\n');
    for (UnitRecord r : index.records()) {
      b.setLength(0);
      b.append(r.code).append('\t').append(r.type.name()).append('\t').append(r.parent == null ? "" : r.parent)
          .append('\t').append(r.from == null ? "" : r.from.toString())
          .append('\t').append(r.to == null ? "" : r.to.toString())
          .append('\t').append(r.name).append('\n');
      units.append(b);
    }
    successions.write(SUCCESSIONS_HEADER);
    successions.write('\n');
    for (LinkRecord l : index.links()) {
      b.setLength(0);
      b.append(l.fromCode).append('\t').append(l.toCode).append('\t').append(l.date).append('\t')
          .append(l.kind.name()).append('\n');
      successions.append(b);
    }
    units.flush();
    successions.flush();
  }

  /**
   * Reads the data in this package's resources ({@code units.tsv}, {@code successions.tsv}).
   *
   * @return the index
   * @throws UncheckedIOException when a resource is missing or cannot be read
   */
  public static DivisionsIndex readBundled() {
    try (InputStream u = resource("units.tsv"); InputStream s = resource("successions.tsv")) {
      return parse(new String(u.readAllBytes(), StandardCharsets.UTF_8), new String(s.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read treem's administrative-unit data", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = DivisionsTsv.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " is missing from treem-core");
    }
    return in;
  }

  private static String intern(Map<String, String> codes, String code) {
    String c = codes.putIfAbsent(code, code);
    return c == null ? code : c;
  }

  /** The lines of one file's text, split into fields; messages name the file and the line. */
  private static final class Lines {
    private final String text;
    private final String file;
    private int pos;
    /** The 1-based number of the line last read. */
    int line;

    Lines(String text, String file) {
      this.text = text;
      this.file = file;
      this.pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    /** Reads up to the header, which must be the first line that is neither blank nor a comment. */
    void header(String expected) {
      int start = skipToRecord();
      if (start < 0) {
        throw AdminDataError.HEADER.exception(file + ": empty");
      }
      int end = lineEnd(start);
      if (!text.startsWith(expected, start) || end - start != expected.length()) {
        throw AdminDataError.HEADER.exception(file + " line " + line + ": expected \""
            + expected.replace("\t", "<TAB>") + "\"");
      }
    }

    /** The fields of the next record, or null at the end. */
    String[] next(int n) {
      int start = skipToRecord();
      if (start < 0) {
        return null;
      }
      int end = lineEnd(start);
      String[] f = new String[n];
      int count = 0;
      while (true) {
        int tab = text.indexOf('\t', start);
        int stop = tab < 0 || tab > end ? end : tab;
        if (count < n) {
          f[count] = text.substring(start, stop);
        }
        count++;
        if (stop == end) {
          break;
        }
        start = stop + 1;
      }
      if (count != n) {
        throw AdminDataError.FIELD_COUNT.exception(file + " line " + line + ": " + count + " fields, expected " + n);
      }
      return f;
    }

    /** Moves past blank and comment lines to the start of the next record line (counted), or -1 at the end. */
    private int skipToRecord() {
      while (pos < text.length()) {
        int start = pos;
        int nl = text.indexOf('\n', start);
        pos = nl < 0 ? text.length() : nl + 1;
        line++;
        int end = lineEnd(start);
        if (end > start && text.charAt(start) != '#' && !isBlank(start, end)) {
          return start;
        }
      }
      return -1;
    }

    private boolean isBlank(int start, int end) {
      for (int i = start; i < end; i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** The end of the line that begins at {@code start}, without its line break ({@code \n} or {@code \r\n}). */
    private int lineEnd(int start) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      return end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    LocalDate date(Map<String, LocalDate> dates, String value) {
      if (value.isEmpty()) {
        return null;
      }
      LocalDate d = dates.get(value);
      if (d == null) {
        try {
          d = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
          throw AdminDataError.DATE_FORMAT.exception(file + " line " + line + ": \"" + value + "\"");
        }
        dates.put(value, d);
      }
      return d;
    }

    <E extends Enum<E>> E constant(Class<E> type, String value) {
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw AdminDataError.UNKNOWN_VALUE.exception(file + " line " + line + ": \"" + value + "\" is not a "
            + type.getSimpleName());
      }
    }
  }
}

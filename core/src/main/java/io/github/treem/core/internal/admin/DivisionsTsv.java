package io.github.treem.core.internal.admin;

import io.github.treem.core.admin.AdministrativeUnitType;
import io.github.treem.core.admin.SuccessionKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * UTF-8 (a byte-order mark is skipped), one record a line, the header line first; lines that
 * begin with {@code #} and blank lines are skipped; no quoting (no value holds a tab or a line
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
   * @throws io.github.treem.core.InvalidValueException (codes {@code TREEM-CORE-0610} to
   *     {@code 0620}) when a line is malformed or the data break an invariant
   */
  public static DivisionsIndex read(Reader units, Reader successions) throws IOException {
    Map<String, String> codes = new HashMap<>(1 << 15);
    Map<String, LocalDate> dates = new HashMap<>();
    List<UnitRecord> records = new ArrayList<>(16_384);
    BufferedReader in = buffered(units);
    int line = header(in, UNITS_HEADER, "units");
    for (String s = in.readLine(); s != null; s = in.readLine()) {
      line++;
      if (skip(s)) {
        continue;
      }
      String[] f = fields(s, 6, "units", line);
      String code = intern(codes, f[0]);
      AdministrativeUnitType type = constant(AdministrativeUnitType.class, f[1], "units", line);
      String parent = f[2].isEmpty() ? null : intern(codes, f[2]);
      records.add(new UnitRecord(code, type, f[5], parent, date(dates, f[3], "units", line),
          date(dates, f[4], "units", line), line));
    }
    List<LinkRecord> links = new ArrayList<>(16_384);
    in = buffered(successions);
    line = header(in, SUCCESSIONS_HEADER, "successions");
    for (String s = in.readLine(); s != null; s = in.readLine()) {
      line++;
      if (skip(s)) {
        continue;
      }
      String[] f = fields(s, 4, "successions", line);
      LocalDate date = date(dates, f[2], "successions", line);
      if (date == null) {
        throw AdminDataError.DATE_FORMAT.exception("successions line " + line + ": the date is empty");
      }
      links.add(new LinkRecord(intern(codes, f[0]), intern(codes, f[1]), date,
          constant(SuccessionKind.class, f[3], "successions", line), line));
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
      return read(new InputStreamReader(u, StandardCharsets.UTF_8), new InputStreamReader(s, StandardCharsets.UTF_8));
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

  private static BufferedReader buffered(Reader r) {
    return r instanceof BufferedReader ? (BufferedReader) r : new BufferedReader(r, 1 << 16);
  }

  /** Reads up to the header; returns its line number. */
  private static int header(BufferedReader in, String expected, String file) throws IOException {
    int line = 0;
    for (String s = in.readLine(); s != null; s = in.readLine()) {
      line++;
      if (line == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
        s = s.substring(1);
      }
      if (skip(s)) {
        continue;
      }
      if (!s.equals(expected)) {
        throw AdminDataError.HEADER.exception(file + " line " + line + ": expected \"" + expected.replace("\t", "<TAB>") + "\"");
      }
      return line;
    }
    throw AdminDataError.HEADER.exception(file + ": empty");
  }

  private static boolean skip(String s) {
    return s.isBlank() || s.charAt(0) == '#';
  }

  private static String[] fields(String s, int n, String file, int line) {
    String[] f = new String[n];
    int start = 0;
    int count = 0;
    while (true) {
      int tab = s.indexOf('\t', start);
      int end = tab < 0 ? s.length() : tab;
      if (count < n) {
        f[count] = s.substring(start, end);
      }
      count++;
      if (tab < 0) {
        break;
      }
      start = tab + 1;
    }
    if (count != n) {
      throw AdminDataError.FIELD_COUNT.exception(file + " line " + line + ": " + count + " fields, expected " + n);
    }
    return f;
  }

  private static String intern(Map<String, String> codes, String code) {
    String c = codes.putIfAbsent(code, code);
    return c == null ? code : c;
  }

  private static LocalDate date(Map<String, LocalDate> dates, String text, String file, int line) {
    if (text.isEmpty()) {
      return null;
    }
    LocalDate d = dates.get(text);
    if (d == null) {
      try {
        d = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw AdminDataError.DATE_FORMAT.exception(file + " line " + line + ": \"" + text + "\"");
      }
      dates.put(text, d);
    }
    return d;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String text, String file, int line) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw AdminDataError.UNKNOWN_VALUE.exception(file + " line " + line + ": \"" + text + "\" is not a "
          + type.getSimpleName());
    }
  }
}

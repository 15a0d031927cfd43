package io.github.treem.indicators.growth.internal;

import io.github.treem.core.validation.TreemException;
import io.github.treem.indicators.internal.IndicatorErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One WHO LMS table, in one primitive array: for each sex and each row index, the triple l, m, s.
 * Rows are indexed by an integer key: the age in days or months, or the length/height in
 * millimetres (tenths of a centimetre). Immutable after construction, hence thread-safe.
 */
public final class LmsTable {
  private final String fileName;
  private final int firstKey;
  private final int rows;
  /** [sex 1 rows..., sex 2 rows...] x (l, m, s). */
  private final double[] lms;
  private final String sha256;

  private LmsTable(String fileName, int firstKey, int rows, double[] lms, String sha256) {
    this.fileName = fileName;
    this.firstKey = firstKey;
    this.rows = rows;
    this.lms = lms;
    this.sha256 = sha256;
  }

  /** {@return the file name of the table, e.g. who2006-weianthro.txt} */
  public String getFileName() {
    return fileName;
  }

  /** {@return the SHA-256 of the table's bytes, lower-case hex} */
  public String getSha256() {
    return sha256;
  }

  /** {@return the smallest key} */
  public int getFirstKey() {
    return firstKey;
  }

  /** {@return the largest key} */
  public int getLastKey() {
    return firstKey + rows - 1;
  }

  /**
   * Finds a row.
   *
   * @param sex 1 or 2
   * @param key the row key (age in days or months, or length in mm)
   * @return the offset of l in {@code lms} (m and s follow), or -1 when there is no such row
   */
  public int offset(int sex, long key) {
    long i = key - firstKey;
    if (i < 0 || i >= rows || (sex != 1 && sex != 2)) {
      return -1;
    }
    return (int) (((sex - 1) * (long) rows + i) * 3);
  }

  /**
   * {@return l at an offset}
   *
   * @param off the offset
   */
  public double l(int off) {
    return lms[off];
  }

  /**
   * {@return m at an offset}
   *
   * @param off the offset
   */
  public double m(int off) {
    return lms[off + 1];
  }

  /**
   * {@return s at an offset}
   *
   * @param off the offset
   */
  public double s(int off) {
    return lms[off + 2];
  }

  /**
   * Loads a table from this module's resources.
   *
   * @param fileName the file name
   * @param keyScale 1 for age tables, 10 for length/height tables (key = value * 10)
   * @return the table
   */
  public static LmsTable load(String fileName, int keyScale) {
    byte[] bytes;
    try (InputStream in = LmsTable.class.getResourceAsStream("/io/github/treem/indicators/growth/tables/" + fileName)) {
      if (in == null) {
        throw new TreemException(IndicatorErrorCode.GROWTH_TABLE_MISSING, "WHO growth table missing from the jar: " + fileName);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(fileName, bytes, keyScale);
  }

  static LmsTable parse(String fileName, byte[] bytes, int keyScale) {
    // One pass over the text by index: the lines (LF or CR LF) and the tab-separated cells are
    // found without a regular expression, lists or per-line copies (the tables are 850 KB, read at
    // every start of a process); each number is parsed by the JDK (Integer.parseInt,
    // Double.parseDouble), as before. LmsTableTest compares this with the split-based reading.
    String text = new String(bytes, StandardCharsets.UTF_8);
    int lineCount = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineCount++;
      }
    }
    // header: sex, key, l, m, s[, loh]
    int n = 0;
    int[] sexes = new int[lineCount];
    long[] keys = new long[lineCount];
    double[] ls = new double[lineCount];
    double[] ms = new double[lineCount];
    double[] ss = new double[lineCount];
    int[] cells = new int[6]; // the starts of cells 0..4 and the end of cell 4
    int lineStart = text.indexOf('\n') + 1; // the header is skipped
    for (int i = 1; lineStart > 0 && i < lineCount; i++) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int from = lineStart;
      int to = lineEnd;
      lineStart = lineEnd + 1;
      // the line stripped (as String.strip: blanks at both ends, the CR of CR LF among them)
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (from == to) {
        continue; // a blank line, trailing ones too
      }
      cells[0] = from;
      int cell = 1;
      for (int k = from; k < to && cell < 5; k++) {
        if (text.charAt(k) == '\t') {
          cells[cell++] = k + 1;
        }
      }
      if (cell < 5) {
        throw bad(fileName, i + 1);
      }
      int tab = text.indexOf('\t', cells[4]);
      cells[5] = tab < 0 || tab > to ? to : tab;
      sexes[n] = Integer.parseInt(text.substring(cells[0], cells[1] - 1).strip());
      double keyValue = Double.parseDouble(text.substring(cells[1], cells[2] - 1).strip());
      long key = Math.round(keyValue * keyScale);
      // the WHO software matches rows by the double parsed from the text: k / 10.0 must be it
      if ((keyScale == 1 ? (double) key : key / (double) keyScale) != keyValue) {
        throw bad(fileName, i + 1);
      }
      keys[n] = key;
      ls[n] = Double.parseDouble(text.substring(cells[2], cells[3] - 1).strip());
      ms[n] = Double.parseDouble(text.substring(cells[3], cells[4] - 1).strip());
      ss[n] = Double.parseDouble(text.substring(cells[4], cells[5]).strip());
      n++;
    }
    if (n == 0 || n % 2 != 0) {
      throw bad(fileName, 0);
    }
    int rows = n / 2;
    long first = keys[0];
    double[] lms = new double[n * 3];
    for (int i = 0; i < n; i++) {
      int sex = sexes[i];
      int expectedSex = i < rows ? 1 : 2;
      long expectedKey = first + (i % rows);
      if (sex != expectedSex || keys[i] != expectedKey) {
        throw bad(fileName, i + 2);
      }
      lms[i * 3] = ls[i];
      lms[i * 3 + 1] = ms[i];
      lms[i * 3 + 2] = ss[i];
    }
    return new LmsTable(fileName, (int) first, rows, lms, sha256(bytes));
  }

  private static TreemException bad(String fileName, int line) {
    return new TreemException(IndicatorErrorCode.GROWTH_TABLE_MALFORMED, "WHO growth table " + fileName + " malformed at line " + line);
  }

  private static String sha256(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder sb = new StringBuilder(64);
      for (byte b : d) {
        sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "LmsTable[" + fileName + ", keys " + firstKey + ".." + getLastKey() + "]";
  }
}

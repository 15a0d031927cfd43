package io.github.treem.io.internal.csv;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * treem's one CSV writing policy, used by every CSV writer, and the text helpers of the register
 * reader that undo it. What a cell becomes depends only on what kind of file it is in:
 * <ul>
 *   <li>Files treem reads back (the register, {@code RegisterCsvWriter}; the rejected rows that
 *       {@code treem convert} keeps): a field is quoted (RFC 4180, {@link #quote}) when it holds
 *       the separator, a double quote (doubled inside), CR or LF, and also when it starts or ends
 *       with white space, which the register reader strips from unquoted cells
 *       ({@link #record}). A text cell that a spreadsheet would run as a formula (it starts with
 *       {@code = + - @}, tab or CR, possibly after single quotes: {@link #needsNeutralising}) gets
 *       a single quote before it ({@link #neutraliseText}), which the reader removes again
 *       ({@link #unneutralise}); a cell of any column of such a file keeps its number form
 *       ({@link #neutraliseCell}: the forms the register reader reads as numbers).
 *   <li>Files for people and other systems (the report, the DHIS2 data values, the anthro
 *       z-scores): a field is quoted only when it holds the separator, a double quote, CR or LF
 *       ({@link #exportRecord}); a cell whose first character would start a formula gets a single
 *       quote before it, except a number as treem writes one ({@link #neutraliseForDisplay}); an
 *       identifier echoed from the input is a text cell ({@link #neutraliseText}).
 *   <li>Numbers ({@link #decimal}): plain digits, never an exponent, {@code .} as the decimal
 *       separator, or {@code ,} when the field separator is {@code ;}.
 * </ul>
 * Every writer joins its cells here; none quotes or neutralises on its own.
 */
public final class Text {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");
  /** The numbers the register reader reads (a decimal point or comma, a sign). */
  private static final Pattern READ_NUMBER = Pattern.compile("[-+]?[0-9]+([.,][0-9]+)?");
  /** The numbers treem writes in its exports ({@code BigDecimal.toPlainString()}). */
  private static final Pattern WRITTEN_NUMBER = Pattern.compile("-?[0-9.]+");

  private Text() {}

  /**
   * Folds a name for matching: surrounding spaces dropped, lower case, diacritics removed
   * ({@code đ} read as {@code d}), runs of spaces, {@code _} and {@code -} made one {@code _}.
   *
   * @param s the text
   * @return the folded text
   */
  public static String fold(String s) {
    if (isPlainAscii(s)) {
      return s.toLowerCase(Locale.ROOT);
    }
    String d = s.strip().replace('Đ', 'D').replace('đ', 'd');
    d = MARKS.matcher(Normalizer.normalize(d, Normalizer.Form.NFD)).replaceAll("");
    return SEPARATORS.matcher(d.toLowerCase(Locale.ROOT)).replaceAll("_");
  }

  /** Whether folding is only lower-casing: ASCII letters, digits and single inner underscores. */
  private static boolean isPlainAscii(String s) {
    if (s.isEmpty() || s.charAt(0) == '_' || s.charAt(s.length() - 1) == '_') {
      return false;
    }
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c == '_' && prev != '_')
          || c == '.' || c == '(' || c == ')';
      if (!ok) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  /**
   * Whether a text cell must be neutralised against spreadsheet formula injection: it starts
   * with {@code = + - @}, tab or carriage return, possibly after single quotes (so that
   * neutralisation can be undone exactly).
   *
   * @param s the cell
   * @return true when the writer prefixes a single quote
   */
  public static boolean needsNeutralising(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\'') {
      i++;
    }
    return i < s.length() && isTrigger(s.charAt(i));
  }

  /**
   * Undoes {@link #needsNeutralising(String) neutralisation}: drops the leading single quote of a
   * cell whose rest would need neutralising.
   *
   * @param s the cell as read
   * @return the value
   */
  public static String unneutralise(String s) {
    if (s.length() > 1 && s.charAt(0) == '\'' && needsNeutralising(s.substring(1))) {
      return s.substring(1);
    }
    return s;
  }

  /**
   * A text cell of a file treem reads back made safe for spreadsheets: with a single quote before
   * it when it {@link #needsNeutralising(String) needs it} ({@link #unneutralise(String)} gives it
   * back exactly).
   *
   * @param s the text
   * @return the cell
   */
  public static String neutraliseText(String s) {
    return needsNeutralising(s) ? "'" + s : s;
  }

  /**
   * A cell of any column of a file treem reads back: as {@link #neutraliseText(String)}, except a
   * number as the register reader reads one ({@code -1.5}, {@code +3}, {@code -0,25}), kept so that
   * it reads back as the same number.
   *
   * @param cell the cell
   * @return the cell as written
   */
  public static String neutraliseCell(String cell) {
    return needsNeutralising(cell) && !READ_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
  }

  /**
   * A cell of a file for people and other systems: with a single quote before it when its first
   * character would start a formula ({@code = + - @}, tab, CR), except a number as treem writes one
   * ({@code -1.50}). A cell that already starts with a single quote is text to a spreadsheet.
   *
   * @param cell the cell
   * @return the cell as written
   */
  public static String neutraliseForDisplay(String cell) {
    return !cell.isEmpty() && isTrigger(cell.charAt(0)) && !WRITTEN_NUMBER.matcher(cell).matches() ? "'" + cell
        : cell;
  }

  /**
   * A decimal number as a CSV cell: plain digits without exponent, {@code ,} as the decimal
   * separator when the field separator is {@code ;}, else {@code .}.
   *
   * @param value the number
   * @param separator the field separator
   * @return the cell
   */
  public static String decimal(BigDecimal value, char separator) {
    String s = value.toPlainString();
    return separator == ';' ? s.replace('.', ',') : s;
  }

  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Formats one field per RFC 4180: quoted only when it holds the separator, a quote, CR or LF,
   * or, when {@code keepSpace}, starts or ends with white space (which the register reader strips).
   *
   * @param field the field
   * @param separator the separator
   * @param keepSpace whether surrounding white space must survive a reader that strips cells
   * @return the field as written
   */
  public static String quote(String field, char separator, boolean keepSpace) {
    boolean needs = false;
    for (int i = 0; i < field.length() && !needs; i++) {
      char c = field.charAt(i);
      needs = c == separator || c == '"' || c == '\n' || c == '\r';
    }
    if (!needs && keepSpace && !field.isEmpty()) {
      needs = Character.isWhitespace(field.charAt(0)) || Character.isWhitespace(field.charAt(field.length() - 1));
    }
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /**
   * A record of a file treem reads back, its cells as given (text cells already
   * {@link #neutraliseText neutralised}).
   *
   * @param fields the fields (null for empty)
   * @param separator the separator
   * @return the record without line ending
   */
  public static String record(Iterable<String> fields, char separator) {
    return join(fields, separator, true);
  }

  /**
   * A record of a file treem reads back with every cell {@link #neutraliseCell neutralised} (the
   * rejected rows that {@code treem convert} keeps).
   *
   * @param fields the fields (null for empty)
   * @param separator the separator
   * @return the record, without line ending
   */
  public static String neutralisedRecord(Iterable<String> fields, char separator) {
    return join(fields, separator, true, Text::neutraliseCell);
  }

  /**
   * A record of a file for people and other systems, every cell
   * {@link #neutraliseForDisplay neutralised for display}.
   *
   * @param fields the fields (null for empty)
   * @param separator the separator
   * @return the record, without line ending
   */
  public static String exportRecord(Iterable<String> fields, char separator) {
    return join(fields, separator, false, Text::neutraliseForDisplay);
  }

  /**
   * A record of cells already neutralised as their file needs (the anthro z-scores: the echoed
   * identifier is a text cell, the numbers are R's forms, {@code -Inf} included).
   *
   * @param fields the fields (null for empty)
   * @param separator the separator
   * @param keepSpace whether the file is read back by treem's register reader (see {@link #quote})
   * @return the record, without line ending
   */
  public static String join(Iterable<String> fields, char separator, boolean keepSpace) {
    return join(fields, separator, keepSpace, UnaryOperator.identity());
  }

  private static String join(Iterable<String> fields, char separator, boolean keepSpace, UnaryOperator<String> cell) {
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (String f : fields) {
      if (!first) {
        b.append(separator);
      }
      first = false;
      b.append(quote(cell.apply(f == null ? "" : f), separator, keepSpace));
    }
    return b.toString();
  }
}

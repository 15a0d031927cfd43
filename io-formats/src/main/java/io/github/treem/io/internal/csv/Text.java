package io.github.treem.io.internal.csv;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers of the CSV register. */
public final class Text {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

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
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' && prev != '_'
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

  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Formats one field per RFC 4180: quoted only when it holds the separator, a quote, CR or LF
   * (or starts or ends with a space, which readers strip).
   *
   * @param field the field
   * @param separator the separator
   * @return the field as written
   */
  public static String quote(String field, char separator) {
    boolean needs = false;
    for (int i = 0; i < field.length() && !needs; i++) {
      char c = field.charAt(i);
      needs = c == separator || c == '"' || c == '\n' || c == '\r';
    }
    if (!needs && !field.isEmpty()) {
      needs = Character.isWhitespace(field.charAt(0)) || Character.isWhitespace(field.charAt(field.length() - 1));
    }
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /**
   * Formats a record.
   *
   * @param fields the fields
   * @param separator the separator
   * @return the record without line ending
   */
  public static String record(Iterable<String> fields, char separator) {
    return join(fields, separator, false);
  }

  /**
   * Formats a record for a spreadsheet user: like {@link #record(Iterable, char)}, with every
   * field that a spreadsheet would run as a formula ({@link #needsNeutralising(String)}) prefixed
   * with a single quote, except plain numbers such as {@code -1.5}.
   *
   * @param fields the fields
   * @param separator the separator
   * @return the record, without line ending
   */
  public static String neutralisedRecord(Iterable<String> fields, char separator) {
    return join(fields, separator, true);
  }

  private static String join(Iterable<String> fields, char separator, boolean neutralise) {
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (String f : fields) {
      if (!first) {
        b.append(separator);
      }
      first = false;
      String v = f == null ? "" : f;
      if (neutralise && needsNeutralising(v) && !v.matches("[-+]?[0-9]+([.,][0-9]+)?")) {
        v = "'" + v;
      }
      b.append(quote(v, separator));
    }
    return b.toString();
  }
}

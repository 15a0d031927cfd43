package io.github.treem.io.internal.csv;

import io.github.treem.codec.internal.Codecs;
import io.github.treem.core.DisabilityDegree;
import io.github.treem.core.HouseholdPoverty;
import io.github.treem.core.MeasurePosition;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.taxonomy.Sex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Parsers of the CSV register's cells; each returns empty for a value it does not accept. */
public final class Cells {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Map<String, HouseholdPoverty> POVERTY = new HashMap<>();
  private static final Map<String, DisabilityDegree> DISABILITY = new HashMap<>();
  private static final Map<String, SchoolLevel> LEVEL = new HashMap<>();
  private static final Map<String, MeasurePosition> POSITION = new HashMap<>();
  private static final Map<String, Boolean> YES_NO = new HashMap<>();

  static {
    for (HouseholdPoverty p : HouseholdPoverty.values()) {
      POVERTY.put(Text.fold(p.name()), p);
      POVERTY.put(Text.fold(p.getNameVi()), p);
    }
    for (DisabilityDegree d : DisabilityDegree.values()) {
      DISABILITY.put(Text.fold(d.name()), d);
      DISABILITY.put(Text.fold(d.getNameVi()), d);
    }
    for (SchoolLevel l : SchoolLevel.values()) {
      LEVEL.put(Text.fold(l.name()), l);
      LEVEL.put(Text.fold(l.getNameVi()), l);
    }
    for (MeasurePosition p : MeasurePosition.values()) {
      POSITION.put(Text.fold(p.name()), p);
      POSITION.put(Text.fold(p.getNameVi()), p);
    }
    POSITION.put("l", MeasurePosition.LYING);
    POSITION.put("h", MeasurePosition.STANDING);
    for (String y : new String[] {"y", "yes", "1", "co"}) {
      YES_NO.put(y, Boolean.TRUE);
    }
    for (String n : new String[] {"n", "no", "0", "khong"}) {
      YES_NO.put(n, Boolean.FALSE);
    }
  }

  private static final Exact<HouseholdPoverty> POVERTY_EXACT = new Exact<>(exact(POVERTY));
  private static final Exact<DisabilityDegree> DISABILITY_EXACT = new Exact<>(exact(DISABILITY));
  private static final Exact<SchoolLevel> LEVEL_EXACT = new Exact<>(exact(LEVEL));
  private static final Exact<MeasurePosition> POSITION_EXACT = new Exact<>(exact(POSITION));
  private static final Exact<Boolean> YES_NO_EXACT = new Exact<>(exact(YES_NO));

  /**
   * The forms of a folded map's keys that fold to themselves or to the key in upper case
   * ({@code NONE}, {@code Y}): looked up as they are, without folding (the common cell).
   */
  private static <T> Map<String, T> exact(Map<String, T> folded) {
    Map<String, T> m = new HashMap<>();
    for (Map.Entry<String, T> e : folded.entrySet()) {
      for (String form : new String[] {e.getKey(), e.getKey().toUpperCase(Locale.ROOT)}) {
        if (Text.fold(form).equals(e.getKey())) {
          m.put(form, e.getValue());
        }
      }
    }
    return m;
  }

  /** The value of a cell in a folded map: as it is first, folded otherwise; null when none. */
  private static <T> @Nullable T find(Exact<T> exact, Map<String, T> folded, String s) {
    T v = exact.get(s);
    return v != null ? v : folded.get(Text.fold(s));
  }

  /**
   * The forms looked up as they are, grouped by length and compared with {@code equals}: a cell
   * is a new string on every row, so a {@code HashMap} look-up would hash it every time (the
   * register's code cells were 6 % of the reading thread's time in {@code HashMap.get}); here a
   * cell is compared with the one to three forms of its length, and {@code equals} stops at the
   * first differing character.
   */
  private static final class Exact<T> {
    private final String[][] forms;
    /** {@link #forms} as characters, for the cells read from a row's characters. */
    private final char[][][] chars;
    private final Object[][] values;

    Exact(Map<String, T> exact) {
      int longest = 0;
      for (String k : exact.keySet()) {
        longest = Math.max(longest, k.length());
      }
      int[] counts = new int[longest + 1];
      for (String k : exact.keySet()) {
        counts[k.length()]++;
      }
      forms = new String[longest + 1][];
      chars = new char[longest + 1][][];
      values = new Object[longest + 1][];
      for (int n = 0; n <= longest; n++) {
        forms[n] = new String[counts[n]];
        chars[n] = new char[counts[n]][];
        values[n] = new Object[counts[n]];
      }
      int[] at = new int[longest + 1];
      // sorted, so that the order of the forms (and so the time) does not depend on hashing
      for (Map.Entry<String, T> e : new TreeMap<>(exact).entrySet()) {
        int n = e.getKey().length();
        forms[n][at[n]] = e.getKey();
        chars[n][at[n]] = e.getKey().toCharArray();
        values[n][at[n]++] = e.getValue();
      }
    }

    @SuppressWarnings("unchecked") // values[n][i] is the T of forms[n][i]
    @Nullable T get(String s) {
      int n = s.length();
      if (n >= forms.length) {
        return null;
      }
      String[] f = forms[n];
      for (int i = 0; i < f.length; i++) {
        if (f[i].equals(s)) {
          return (T) values[n][i];
        }
      }
      return null;
    }

    /** {@link #get(String)} of the text {@code a[from, to)}, without a string. */
    @SuppressWarnings("unchecked") // values[n][i] is the T of forms[n][i]
    @Nullable T get(char[] a, int from, int to) {
      int n = to - from;
      if (n >= forms.length) {
        return null;
      }
      char[][] f = chars[n];
      for (int i = 0; i < f.length; i++) {
        if (Arrays.equals(f[i], 0, n, a, from, to)) {
          return (T) values[n][i];
        }
      }
      return null;
    }
  }

  /**
   * Whether a text equals the characters {@code a[from, to)}.
   *
   * @param s the text's characters (may be null: false)
   * @param a the characters
   * @param from the first
   * @param to after the last
   * @return true when equal
   */
  static boolean sameText(char @Nullable [] s, char[] a, int from, int to) {
    return s != null && Arrays.equals(s, 0, s.length, a, from, to);
  }

  // The parsers of a cell read from a row's characters (RowCells): the same values as the parsers
  // of a string below, the common cell parsed from the characters, any other through a string.

  /**
   * {@link #dateOrNull(String)} of the cell {@code a[from, to)}.
   *
   * @param a the characters
   * @param from the cell's first
   * @param to after its last
   * @return the date, or null
   */
  static @Nullable LocalDate dateAt(char[] a, int from, int to) {
    if (to - from == 10 && a[from + 4] == '-' && a[from + 7] == '-') {
      int y = digits(a, from, from + 4);
      int m = digits(a, from + 5, from + 7);
      int d = digits(a, from + 8, from + 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    return dateOrNull(new String(a, from, to - from));
  }

  /** The value of ASCII digits {@code a[from, to)} (at most 9), or -1 when one is not a digit. */
  private static int digits(char[] a, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (!isAsciiDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * {@link #yesNoOrNull(String)} of the cell {@code a[from, to)}.
   *
   * @param a the characters
   * @param from the cell's first
   * @param to after its last
   * @return the value, or null
   */
  static @Nullable Boolean yesNoAt(char[] a, int from, int to) {
    if (to - from == 1) {
      switch (a[from]) {
        case 'Y', 'y', '1' -> {
          return Boolean.TRUE;
        }
        case 'N', 'n', '0' -> {
          return Boolean.FALSE;
        }
        default -> {
          // other one-letter cells: as a string
        }
      }
    }
    Boolean v = YES_NO_EXACT.get(a, from, to);
    return v != null ? v : yesNoOrNull(new String(a, from, to - from));
  }

  /**
   * {@link #sexOrNull(String)} of the cell {@code a[from, to)}.
   *
   * @param a the characters
   * @param from the cell's first
   * @param to after its last
   * @return the sex, or null
   */
  static @Nullable Sex sexAt(char[] a, int from, int to) {
    if (to - from == 1) {
      char c = a[from];
      if (c == 'M' || c == 'm' || c == '1') {
        return Sex.MALE;
      }
      if (c == 'F' || c == 'f' || c == '2') {
        return Sex.FEMALE;
      }
    }
    return sexOrNull(new String(a, from, to - from));
  }

  /** {@link #find} of the cell {@code a[from, to)}: a string made only when it is not a form as written. */
  private static <T> @Nullable T findAt(Exact<T> exact, Map<String, T> folded, char[] a, int from, int to) {
    T v = exact.get(a, from, to);
    return v != null ? v : folded.get(Text.fold(new String(a, from, to - from)));
  }

  /**
   * {@link #povertyOrNull(String)} of the cell {@code a[from, to)}.
   *
   * @param a the characters
   * @param from the cell's first
   * @param to after its last
   * @return the value, or null
   */
  static @Nullable HouseholdPoverty povertyAt(char[] a, int from, int to) {
    return findAt(POVERTY_EXACT, POVERTY, a, from, to);
  }

  /**
   * {@link #disabilityOrNull(String)} of the cell {@code a[from, to)}.
   *
   * @param a the characters
   * @param from the cell's first
   * @param to after its last
   * @return the value, or null
   */
  static @Nullable DisabilityDegree disabilityAt(char[] a, int from, int to) {
    return findAt(DISABILITY_EXACT, DISABILITY, a, from, to);
  }

  /**
   * {@link #levelOrNull(String)} of the cell {@code a[from, to)}.
   *
   * @param a the characters
   * @param from the cell's first
   * @param to after its last
   * @return the value, or null
   */
  static @Nullable SchoolLevel levelAt(char[] a, int from, int to) {
    return findAt(LEVEL_EXACT, LEVEL, a, from, to);
  }

  /**
   * {@link #positionOrNull(String)} of the cell {@code a[from, to)}.
   *
   * @param a the characters
   * @param from the cell's first
   * @param to after its last
   * @return the value, or null
   */
  static @Nullable MeasurePosition positionAt(char[] a, int from, int to) {
    return findAt(POSITION_EXACT, POSITION, a, from, to);
  }

  /**
   * {@link #integer(String)} of the cell {@code a[from, to)}, as an int: the value, or
   * {@link Integer#MIN_VALUE} when it is not an integer.
   *
   * @param a the characters
   * @param from the cell's first
   * @param to after its last
   * @return the value, or {@code Integer.MIN_VALUE}
   */
  static int integerAt(char[] a, int from, int to) {
    int n = to - from;
    if (n >= 1 && n <= 9) {
      int v = digits(a, from, to); // 9 digits at most: no overflow
      if (v >= 0) {
        return v;
      }
    }
    OptionalInt v = integer(new String(a, from, to - from));
    return v.isPresent() ? v.getAsInt() : Integer.MIN_VALUE;
  }

  private Cells() {}

  /**
   * A date in {@code yyyy-MM-dd} or {@code d/M/yyyy}; no such day gives empty.
   *
   * @param s the cell (stripped, not empty)
   * @return the date, or empty
   */
  public static Optional<LocalDate> date(String s) {
    return Optional.ofNullable(dateOrNull(s));
  }

  /**
   * {@link #date(String)} without an {@code Optional} (the row mapper's form: one per date cell).
   *
   * @param s the cell (stripped, not empty)
   * @return the date, or null
   */
  public static @Nullable LocalDate dateOrNull(String s) {
    try {
      // the common case, yyyy-MM-dd, read by the codec's rule without a regular expression
      LocalDate iso = Codecs.isoDateOrNull(s);
      if (iso != null) {
        return iso;
      }
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = DMY.matcher(s);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether a text matches {@code [+-]?(\d+(\.\d*)?|\.\d+)} (ASCII digits): an optional sign,
   * then ASCII digits with at most one point, at least one digit; checked without a regular
   * expression (this runs for every number cell read).
   */
  static boolean isPlainDecimal(String t) {
    int i = 0;
    int n = t.length();
    if (n > 0 && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
      i = 1;
    }
    int digits = 0;
    int points = 0;
    for (; i < n; i++) {
      char c = t.charAt(i);
      if (isAsciiDigit(c)) {
        digits++;
      } else if (c == '.' && points == 0) {
        points++;
      } else {
        return false;
      }
    }
    return digits > 0;
  }

  /**
   * A decimal with {@code .} (or also {@code ,} when allowed) as separator; no exponent.
   *
   * @param s the cell
   * @param decimalComma whether {@code ,} is a decimal separator
   * @return the value, or empty
   */
  public static OptionalDouble decimal(String s, boolean decimalComma) {
    String t = decimalComma ? s.replace(',', '.') : s;
    if (!isPlainDecimal(t)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(t));
  }

  /**
   * An integer.
   *
   * @param s the cell
   * @return the value, or empty
   */
  public static OptionalInt integer(String s) {
    // [+-]?\d{1,9} (ASCII digits), without a regular expression
    int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    int n = s.length() - start;
    if (n < 1 || n > 9) {
      return OptionalInt.empty();
    }
    for (int i = start; i < s.length(); i++) {
      if (!isAsciiDigit(s.charAt(i))) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(Integer.parseInt(s));
  }

  /**
   * A yes/no value: {@code Y/N}, {@code 1/0}, {@code yes/no}, {@code có/không}, any case.
   *
   * @param s the cell
   * @return the value, or empty
   */
  public static Optional<Boolean> yesNo(String s) {
    return Optional.ofNullable(yesNoOrNull(s));
  }

  /**
   * {@link #yesNo(String)} without an {@code Optional}.
   *
   * @param s the cell
   * @return the value ({@link Boolean#TRUE} or {@link Boolean#FALSE}), or null
   */
  public static @Nullable Boolean yesNoOrNull(String s) {
    if (s.length() == 1) {
      // the common cell, without a look-up: Y, N, 1, 0 in either case (as YES_NO has them)
      switch (s.charAt(0)) {
        case 'Y', 'y', '1' -> {
          return Boolean.TRUE;
        }
        case 'N', 'n', '0' -> {
          return Boolean.FALSE;
        }
        default -> {
          // other one-letter cells: the look-up below decides
        }
      }
    }
    return find(YES_NO_EXACT, YES_NO, s);
  }

  /**
   * A sex: {@code M}/{@code F}, {@code 1}/{@code 2}, {@code Nam}/{@code Nữ}, {@code male}/{@code female}.
   *
   * @param s the cell
   * @return the sex, or empty
   */
  public static Optional<Sex> sex(String s) {
    return Optional.ofNullable(sexOrNull(s));
  }

  /**
   * {@link #sex(String)} without an {@code Optional}.
   *
   * @param s the cell
   * @return the sex, or null
   */
  public static @Nullable Sex sexOrNull(String s) {
    if (s.length() == 1) {
      char c = s.charAt(0);
      if (c == 'M' || c == 'm' || c == '1') {
        return Sex.MALE;
      }
      if (c == 'F' || c == 'f' || c == '2') {
        return Sex.FEMALE;
      }
    }
    return switch (Text.fold(s)) {
      case "m", "1", "nam", "male" -> Sex.MALE;
      case "f", "2", "nu", "female" -> Sex.FEMALE;
      default -> null;
    };
  }

  /**
   * A poverty status.
   *
   * @param s the cell
   * @return the status, or empty
   */
  public static Optional<HouseholdPoverty> poverty(String s) {
    return Optional.ofNullable(povertyOrNull(s));
  }

  /**
   * {@link #poverty(String)} without an {@code Optional}.
   *
   * @param s the cell
   * @return the value, or null
   */
  public static @Nullable HouseholdPoverty povertyOrNull(String s) {
    return find(POVERTY_EXACT, POVERTY, s);
  }

  /**
   * A disability degree.
   *
   * @param s the cell
   * @return the degree, or empty
   */
  public static Optional<DisabilityDegree> disability(String s) {
    return Optional.ofNullable(disabilityOrNull(s));
  }

  /**
   * {@link #disability(String)} without an {@code Optional}.
   *
   * @param s the cell
   * @return the value, or null
   */
  public static @Nullable DisabilityDegree disabilityOrNull(String s) {
    return find(DISABILITY_EXACT, DISABILITY, s);
  }

  /**
   * A school level.
   *
   * @param s the cell
   * @return the level, or empty
   */
  public static Optional<SchoolLevel> level(String s) {
    return Optional.ofNullable(levelOrNull(s));
  }

  /**
   * {@link #level(String)} without an {@code Optional}.
   *
   * @param s the cell
   * @return the value, or null
   */
  public static @Nullable SchoolLevel levelOrNull(String s) {
    return find(LEVEL_EXACT, LEVEL, s);
  }

  /**
   * A measuring position.
   *
   * @param s the cell
   * @return the position, or empty
   */
  public static Optional<MeasurePosition> position(String s) {
    return Optional.ofNullable(positionOrNull(s));
  }

  /**
   * {@link #position(String)} without an {@code Optional}.
   *
   * @param s the cell
   * @return the value, or null
   */
  public static @Nullable MeasurePosition positionOrNull(String s) {
    return find(POSITION_EXACT, POSITION, s);
  }
}

package io.github.treem.indicators.internal;

import java.util.Comparator;

/**
 * The order of breakdown cells (internal, not API): natural order, numbers by value ("Thôn 2"
 * before "Thôn 10", age "6-11" before "12-23"), then {@code NONE}, then {@code UNKNOWN} last.
 * Consistent with equals.
 */
public final class CellKeys {

  /** The order. */
  public static final Comparator<String> ORDER = CellKeys::compare;

  private CellKeys() {}

  private static int rank(String s) {
    return s.equals("UNKNOWN") ? 2 : s.equals("NONE") ? 1 : 0;
  }

  private static int compare(String a, String b) {
    int r = Integer.compare(rank(a), rank(b));
    if (r != 0) {
      return r;
    }
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }
}

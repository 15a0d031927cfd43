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
    if (a.equals(b)) {
      return 0;
    }
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
        int c = compareNumbers(a, si, i, b, sj, j);
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

  /**
   * Compares two runs of digits by value: leading {@code 0}s dropped (one digit kept), then the
   * longer run is larger, then character by character. In place: no substring, no regular
   * expression (this runs for every child added to an accumulator).
   */
  private static int compareNumbers(String a, int from, int until, String b, int fromB, int untilB) {
    int i = from;
    while (i < until - 1 && a.charAt(i) == '0') {
      i++;
    }
    int j = fromB;
    while (j < untilB - 1 && b.charAt(j) == '0') {
      j++;
    }
    int la = until - i;
    int lb = untilB - j;
    if (la != lb) {
      return Integer.compare(la, lb);
    }
    for (int k = 0; k < la; k++) {
      char ca = a.charAt(i + k);
      char cb = b.charAt(j + k);
      if (ca != cb) {
        return ca - cb;
      }
    }
    return 0;
  }
}

package io.github.treem.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellKeysTest {

  /** The order as first written (with a regular expression), the reference of the fast one. */
  private static int reference(String a, String b) {
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

  private static int rank(String s) {
    return s.equals("UNKNOWN") ? 2 : s.equals("NONE") ? 1 : 0;
  }

  private static final String[] PIECES = {"Thôn ", "0", "00", "1", "2", "9", "10", "007", "-", " ", "a", "A", "Đ",
      "\u0661", "\u0660", "x", "NONE", "UNKNOWN", "12-23", "6-11", ""};

  private static String randomKey(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(5);
    for (int k = 0; k < n; k++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void sameSignAsTheRegexReferenceOnRandomKeys(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < 20_000; n++) {
      String a = randomKey(r);
      String b = r.nextInt(10) == 0 ? a : randomKey(r);
      assertThat(Integer.signum(CellKeys.ORDER.compare(a, b)))
          .as("compare(%s, %s)", a, b)
          .isEqualTo(Integer.signum(reference(a, b)));
    }
  }

  @Test
  void naturalOrderOfVillagesAndAges() {
    List<String> keys = new ArrayList<>(List.of("UNKNOWN", "Thôn 10", "NONE", "Thôn 2", "Thôn 02", "48-59", "6-11",
        "12-23", "0-5", "Thôn 1"));
    keys.sort(CellKeys.ORDER);
    assertThat(keys).containsExactly("0-5", "6-11", "12-23", "48-59", "Thôn 1", "Thôn 02", "Thôn 2", "Thôn 10",
        "NONE", "UNKNOWN");
  }
}

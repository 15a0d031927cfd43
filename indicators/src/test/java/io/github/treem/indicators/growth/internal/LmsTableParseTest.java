package io.github.treem.indicators.growth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.TreemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * LmsTable's one-pass reading against the reading it replaced (a regular expression split into
 * lines, then into cells), on the twelve WHO tables and on seeded variations of them (CR LF,
 * blank lines, blanks around cells, a sixth column, damaged lines): the same table, or the same
 * failure.
 */
class LmsTableParseTest {
  private static final List<String> FILES = List.of("who2006-weianthro.txt", "who2006-lenanthro.txt",
      "who2006-wflanthro.txt", "who2006-wfhanthro.txt", "who2006-bmianthro.txt", "who2006-hcanthro.txt",
      "who2006-acanthro.txt", "who2006-tsanthro.txt", "who2006-ssanthro.txt", "who2007-wfawho2007.txt",
      "who2007-hfawho2007.txt", "who2007-bfawho2007.txt");

  /** The table as the reading before read it: first key, rows, l m s; or the exception. */
  private record Read(int first, int rows, double[] lms) {}

  private static Object reference(byte[] bytes, int keyScale) {
    try {
      String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
      int n = 0;
      int[] sexes = new int[lines.length];
      long[] keys = new long[lines.length];
      double[][] v = new double[3][lines.length];
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 5) {
          return "bad " + (i + 1);
        }
        sexes[n] = Integer.parseInt(f[0].strip());
        double keyValue = Double.parseDouble(f[1].strip());
        long key = Math.round(keyValue * keyScale);
        if ((keyScale == 1 ? (double) key : key / (double) keyScale) != keyValue) {
          return "bad " + (i + 1);
        }
        keys[n] = key;
        for (int c = 0; c < 3; c++) {
          v[c][n] = Double.parseDouble(f[2 + c].strip());
        }
        n++;
      }
      if (n == 0 || n % 2 != 0) {
        return "bad 0";
      }
      int rows = n / 2;
      double[] lms = new double[n * 3];
      for (int i = 0; i < n; i++) {
        if (sexes[i] != (i < rows ? 1 : 2) || keys[i] != keys[0] + (i % rows)) {
          return "bad " + (i + 2);
        }
        for (int c = 0; c < 3; c++) {
          lms[i * 3 + c] = v[c][i];
        }
      }
      return new Read((int) keys[0], rows, lms);
    } catch (NumberFormatException e) {
      return NumberFormatException.class.getSimpleName();
    }
  }

  private static Object actual(String name, byte[] bytes, int keyScale) {
    LmsTable t;
    try {
      t = LmsTable.parse(name, bytes, keyScale);
    } catch (NumberFormatException e) {
      return NumberFormatException.class.getSimpleName();
    } catch (TreemException e) {
      String m = e.getMessage();
      return "bad " + m.substring(m.lastIndexOf(' ') + 1);
    }
    int rows = t.getLastKey() - t.getFirstKey() + 1;
    double[] lms = new double[rows * 6];
    for (int sex = 1; sex <= 2; sex++) {
      for (int k = 0; k < rows; k++) {
        int off = t.offset(sex, t.getFirstKey() + k);
        int at = ((sex - 1) * rows + k) * 3;
        lms[at] = t.l(off);
        lms[at + 1] = t.m(off);
        lms[at + 2] = t.s(off);
      }
    }
    return new Read(t.getFirstKey(), rows, lms);
  }

  private static void assertSame(String name, byte[] bytes, int keyScale) {
    Object want = reference(bytes, keyScale);
    Object got = actual(name, bytes, keyScale);
    if (want instanceof Read w && got instanceof Read g) {
      assertThat(g.first()).as(name).isEqualTo(w.first());
      assertThat(g.rows()).as(name).isEqualTo(w.rows());
      assertThat(Arrays.equals(g.lms(), w.lms())).as(name).isTrue();
    } else {
      assertThat(got).as(name).isEqualTo(want);
    }
  }

  private static byte[] bytes(String file) throws IOException {
    try (InputStream in = Objects.requireNonNull(
        LmsTable.class.getResourceAsStream("/io/github/treem/indicators/growth/tables/" + file), file)) {
      return in.readAllBytes();
    }
  }

  private static int scale(String file) {
    return file.contains("wfl") || file.contains("wfh") ? 10 : 1;
  }

  @Test
  void theWhoTablesReadAsBefore() throws IOException {
    for (String f : FILES) {
      byte[] b = bytes(f);
      assertSame(f, b, scale(f));
      assertThat(LmsTable.parse(f, b, scale(f)).getSha256()).isEqualTo(Tables.CHECKSUMS.get(f));
    }
  }

  @Test
  void variedAndDamagedTablesReadOrFailAsBefore() throws IOException {
    Random random = new Random(17);
    String[] damage = {"\r\n", "\n\n", "  \t", "\t", " ", "x", "1e3", "\t0.5", "", "-", "\u00A0"};
    int tables = 0;
    int failures = 0;
    for (int round = 0; round < 300; round++) {
      String f = FILES.get(random.nextInt(FILES.size()));
      String[] lines = new String(bytes(f), StandardCharsets.UTF_8).split("\n", -1);
      // a small table: the header, the first k rows of each sex
      int second = 1;
      while (!lines[second].startsWith("2")) {
        second++;
      }
      int k = 1 + random.nextInt(30);
      List<String> picked = new java.util.ArrayList<>(List.of(lines[0]));
      picked.addAll(Arrays.asList(lines).subList(1, 1 + k));
      picked.addAll(Arrays.asList(lines).subList(second, second + k));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < picked.size(); i++) {
        String line = picked.get(i);
        if (i > 0 && random.nextInt(3 * picked.size()) < 2) {
          // change a few characters of this line: blanks around cells, a sixth column, damage
          int at = random.nextInt(line.length() + 1);
          line = line.substring(0, at) + damage[random.nextInt(damage.length)] + line.substring(at);
        }
        sb.append(line).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
      }
      if (random.nextBoolean()) {
        sb.append("\n  \n");
      }
      byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
      assertSame(f + " round " + round, b, scale(f));
      if (reference(b, scale(f)) instanceof Read) {
        tables++;
      } else {
        failures++;
      }
    }
    assertThat(tables).isGreaterThan(20);
    assertThat(failures).isGreaterThan(20);
  }
}

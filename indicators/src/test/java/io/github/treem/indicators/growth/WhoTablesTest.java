package io.github.treem.indicators.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.treem.core.MeasurePosition;
import io.github.treem.core.taxonomy.Sex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every row of every WHO table, through the public API: z of the median is 0, z at SD(k) is k for
 * k = ±1, ±2, ±3, and beyond ±3 the plain LMS (length/height, head circumference) or the
 * restricted extension (the weight-based ones, arm circumference, skinfolds) gives ±4, ±5.
 */
class WhoTablesTest {
  private static final WhoGrowth WHO = WhoGrowth.standards();
  private static final double EPS = 1e-9;

  /** sex, key, l, m, s as the table's text says. */
  static List<double[]> rows(String file) throws IOException {
    try (InputStream in = WhoTablesTest.class.getResourceAsStream("/io/github/treem/indicators/growth/tables/" + file)) {
      assertThat(in).as(file).isNotNull();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      List<double[]> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].strip().split("\t");
        if (f.length >= 5) {
          rows.add(new double[] {
            Double.parseDouble(f[0]), Double.parseDouble(f[1]),
            Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
      }
      return rows;
    }
  }

  static double sd(double[] r, double k) {
    double l = r[2];
    return r[3] * Math.pow(1 + l * r[4] * k, 1 / l);
  }

  static Sex sex(double[] r) {
    return r[0] == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** Checks one row; f maps a measurement to the unrounded z-score. */
  static void checkRow(String file, double[] r, boolean restricted, DoubleUnaryOperator f) {
    String what = file + " sex " + (int) r[0] + " key " + r[1];
    assertThat(f.applyAsDouble(r[3])).as(what + " at m").isCloseTo(0, within(EPS));
    for (int k = -3; k <= 3; k++) {
      assertThat(f.applyAsDouble(sd(r, k))).as(what + " at SD" + k).isCloseTo(k, within(EPS));
    }
    double sd3 = sd(r, 3);
    double sd2 = sd(r, 2);
    double sdm3 = sd(r, -3);
    double sdm2 = sd(r, -2);
    for (int k = 4; k <= 5; k++) {
      double up = restricted ? sd3 + (k - 3) * (sd3 - sd2) : sd(r, k);
      double down = restricted ? sdm3 - (k - 3) * (sdm2 - sdm3) : sd(r, -k);
      assertThat(f.applyAsDouble(up)).as(what + " at +" + k).isCloseTo(k, within(EPS));
      if (down > 0) {
        assertThat(f.applyAsDouble(down)).as(what + " at -" + k).isCloseTo(-k, within(EPS));
      } else {
        assertThat(f.applyAsDouble(down)).as(what + " at -" + k + " (not positive)").isNaN();
      }
    }
    if (restricted) {
      // beyond +3 the restricted value differs from the plain LMS one (the tables are skewed)
      double y = sd3 + 2 * (sd3 - sd2);
      double plain = (Math.pow(y / r[3], r[2]) - 1) / (r[4] * r[2]);
      assertThat(Math.abs(plain - 5)).as(what + " plain differs").isGreaterThan(1e-6);
    }
  }

  @Test
  void weightForAgeEveryRow() throws IOException {
    for (double[] r : rows("who2006-weianthro.txt")) {
      checkRow("wei", r, true, y -> WHO.anthro2006(sex(r), r[1], y, Double.NaN, null, false).getZweiUnrounded());
    }
  }

  @Test
  void lengthHeightForAgeEveryRowPlainLms() throws IOException {
    for (double[] r : rows("who2006-lenanthro.txt")) {
      checkRow("len", r, false, y -> WHO.anthro2006(sex(r), r[1], Double.NaN, y, null, false).getZlenUnrounded());
    }
  }

  @Test
  void bmiForAgeEveryRow() throws IOException {
    // 100 cm: the BMI is the weight itself
    for (double[] r : rows("who2006-bmianthro.txt")) {
      checkRow("bmi", r, true, y -> WHO.anthro2006(sex(r), r[1], y, 100, null, false).getZbmiUnrounded());
    }
  }

  @Test
  void headCircumferenceEveryRowPlainLms() throws IOException {
    for (double[] r : rows("who2006-hcanthro.txt")) {
      checkRow("hc", r, false, y -> full(r, y, Double.NaN, Double.NaN, Double.NaN).getZhcUnrounded());
    }
  }

  @Test
  void armCircumferenceAndSkinfoldsEveryRow() throws IOException {
    for (double[] r : rows("who2006-acanthro.txt")) {
      checkRow("ac", r, true, y -> full(r, Double.NaN, y, Double.NaN, Double.NaN).getZacUnrounded());
    }
    for (double[] r : rows("who2006-tsanthro.txt")) {
      checkRow("ts", r, true, y -> full(r, Double.NaN, Double.NaN, y, Double.NaN).getZtsUnrounded());
    }
    for (double[] r : rows("who2006-ssanthro.txt")) {
      checkRow("ss", r, true, y -> full(r, Double.NaN, Double.NaN, Double.NaN, y).getZssUnrounded());
    }
  }

  private static Anthro2006Result full(double[] r, double hc, double ac, double ts, double ss) {
    return WHO.anthro2006(sex(r), r[1], Double.NaN, Double.NaN, null, false, hc, ac, ts, ss);
  }

  @Test
  void weightForLengthEveryRow() throws IOException {
    // no age: the position chooses the table
    for (double[] r : rows("who2006-wflanthro.txt")) {
      checkRow("wfl", r, true, y -> WHO.anthro2006(sex(r), Double.NaN, y, r[1], MeasurePosition.LYING, false).getZwflUnrounded());
    }
  }

  @Test
  void weightForHeightEveryRow() throws IOException {
    for (double[] r : rows("who2006-wfhanthro.txt")) {
      checkRow("wfh", r, true, y -> WHO.anthro2006(sex(r), Double.NaN, y, r[1], MeasurePosition.STANDING, false).getZwflUnrounded());
    }
  }

  @Test
  void who2007EveryRowWithinItsAgeRange() throws IOException {
    for (double[] r : rows("who2007-hfawho2007.txt")) {
      DoubleUnaryOperator f = y -> WHO.who2007(sex(r), r[1], y, Double.NaN, false).getZhfaUnrounded();
      if (r[1] <= 228) {
        checkRow("hfa", r, false, f);
      } else {
        assertThat(f.applyAsDouble(r[3])).isNaN();
      }
    }
    for (double[] r : rows("who2007-wfawho2007.txt")) {
      DoubleUnaryOperator f = y -> WHO.who2007(sex(r), r[1], Double.NaN, y, false).getZwfaUnrounded();
      if (r[1] <= 120) {
        checkRow("wfa", r, true, f);
      } else {
        assertThat(f.applyAsDouble(r[3])).isNaN();
      }
    }
    for (double[] r : rows("who2007-bfawho2007.txt")) {
      DoubleUnaryOperator f = y -> WHO.who2007(sex(r), r[1], 100, y, false).getZbfaUnrounded();
      if (r[1] <= 228) {
        checkRow("bfa", r, true, f);
      } else {
        assertThat(f.applyAsDouble(r[3])).isNaN();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "who2006-weianthro.txt", "who2006-lenanthro.txt", "who2006-wflanthro.txt", "who2006-wfhanthro.txt",
    "who2006-bmianthro.txt", "who2006-hcanthro.txt", "who2006-acanthro.txt", "who2006-tsanthro.txt",
    "who2006-ssanthro.txt", "who2007-wfawho2007.txt", "who2007-hfawho2007.txt", "who2007-bfawho2007.txt"})
  void checksumsOfEveryTable(String file) throws Exception {
    byte[] bytes;
    try (InputStream in = WhoTablesTest.class.getResourceAsStream("/io/github/treem/indicators/growth/tables/" + file)) {
      bytes = in.readAllBytes();
    }
    byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    StringBuilder hex = new StringBuilder();
    for (byte b : d) {
      hex.append(String.format("%02x", b));
    }
    assertThat(WHO.getTableChecksums()).containsEntry(file, hex.toString()).hasSize(12);
  }
}

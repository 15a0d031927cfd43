package io.github.treem.io.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The date and decimal parsers without regular expressions give what the regular expressions gave. */
class CellsFastPathTest {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private static Optional<LocalDate> referenceDate(String s) {
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
      m = DMY.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1))));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static OptionalDouble referenceDecimal(String s, boolean comma) {
    String t = comma ? s.replace(',', '.') : s;
    return DECIMAL.matcher(t).matches() ? OptionalDouble.of(Double.parseDouble(t)) : OptionalDouble.empty();
  }

  private static final String DATE_CHARS = "0123456789-/ x\u0661";
  private static final String NUMBER_CHARS = "0123456789.,+- e\u0661";

  private static String random(SplittableRandom r, String alphabet, int maxLength) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void datesAsTheRegularExpressions(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < 50_000; n++) {
      String s;
      switch (r.nextInt(3)) {
        case 0:
          s = String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33));
          break;
        case 1:
          s = r.nextInt(32) + "/" + r.nextInt(14) + "/" + (1900 + r.nextInt(200));
          break;
        default:
          s = random(r, DATE_CHARS, 11);
          break;
      }
      assertThat(Cells.date(s)).as(s).isEqualTo(referenceDate(s));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23})
  void decimalsAsTheRegularExpression(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < 50_000; n++) {
      String s = r.nextBoolean() ? String.valueOf(Math.round(r.nextDouble() * 2000) / 10.0) : random(r, NUMBER_CHARS, 6);
      boolean comma = r.nextBoolean();
      assertThat(Cells.decimal(s, comma)).as(s).isEqualTo(referenceDecimal(s, comma));
    }
  }

  @Test
  void edgeCases() {
    assertThat(Cells.date("2020-02-29")).contains(LocalDate.of(2020, 2, 29));
    assertThat(Cells.date("2019-02-29")).isEmpty();
    assertThat(Cells.date("0000-01-01")).contains(LocalDate.of(0, 1, 1));
    assertThat(Cells.date("3/4/2020")).contains(LocalDate.of(2020, 4, 3));
    assertThat(Cells.decimal(".5", false)).hasValue(0.5);
    assertThat(Cells.decimal("5.", false)).hasValue(5.0);
    assertThat(Cells.decimal(".", false)).isEmpty();
    assertThat(Cells.decimal("-", false)).isEmpty();
    assertThat(Cells.decimal("1.2.3", false)).isEmpty();
    assertThat(Cells.decimal("12,5", true)).hasValue(12.5);
    assertThat(Cells.decimal("12,5", false)).isEmpty();
  }
}

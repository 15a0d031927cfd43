package io.github.treem.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The codec's ISO date reading gives what {@link LocalDate#parse} gives, on every text. */
class IsoDateTest {
  private static @Nullable LocalDate byFormatter(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void same(String s) {
    LocalDate expected = s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
        && s.chars().filter(c -> c >= '0' && c <= '9').count() == 8 ? byFormatter(s) : null;
    assertThat(Codecs.isoDateOrNull(s)).as(s).isEqualTo(expected);
  }

  @Test
  void everyMonthAndDayOfLeapAndCommonYearsAndTheEnds() {
    for (String y : new String[] {"0000", "0001", "0004", "1900", "1999", "2000", "2019", "2020", "2024",
        "2100", "9999"}) {
      for (int m = 0; m <= 19; m++) {
        for (int d = 0; d <= 39; d++) {
          same(String.format(java.util.Locale.ROOT, "%s-%02d-%02d", y, m, d));
        }
      }
    }
    assertThat(Codecs.isoDateOrNull("2020-02-29")).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(Codecs.isoDateOrNull("2019-02-29")).isNull();
    assertThat(Codecs.isoDateOrNull("2020-04-31")).isNull();
    assertThat(Codecs.isoDateOrNull("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
  }

  @Test
  void seededTextsOfTheShapeAndNearIt() {
    Random r = new Random(17);
    String alphabet = "0123456789-+/ ٣x";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = i % 10 == 0 ? r.nextInt(13) : 10;
      for (int k = 0; k < n; k++) {
        boolean dash = n == 10 && (k == 4 || k == 7) && r.nextInt(20) != 0;
        b.append(dash ? '-' : r.nextInt(30) == 0 ? alphabet.charAt(r.nextInt(alphabet.length()))
            : (char) ('0' + (k == 5 ? r.nextInt(2) : k == 8 ? r.nextInt(4) : r.nextInt(10))));
      }
      same(b.toString());
    }
  }
}

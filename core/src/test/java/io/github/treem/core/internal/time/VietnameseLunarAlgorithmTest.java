package io.github.treem.core.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cached per-year tables give the direct algorithm's answers. */
class VietnameseLunarAlgorithmTest {
  private final VietnameseLunarAlgorithm algorithm = new VietnameseLunarAlgorithm(7);

  @Test
  void tablesEqualTheDirectAlgorithmForEveryMonthOf1900To2199() {
    for (int year = 1900; year <= 2199; year++) {
      for (int month = 1; month <= 12; month++) {
        for (boolean leap : new boolean[] {false, true}) {
          for (int day : new int[] {1, 29}) {
            assertThat(algorithm.toJdn(year, month, day, leap)).as(year + "/" + month + (leap ? "+" : "") + "/" + day)
                .isEqualTo(algorithm.toJdnDirect(year, month, day, leap));
          }
        }
      }
    }
  }

  @Test
  void tablesEqualTheDirectAlgorithmOnSeededRandomDays() {
    Random random = new Random(1985_01_21L);
    long first = LocalDate.of(1900, 2, 1).toEpochDay();
    long span = LocalDate.of(2199, 12, 31).toEpochDay() - first;
    for (int i = 0; i < 30_000; i++) {
      long jdn = first + (long) (random.nextDouble() * span) + VietnameseLunarAlgorithm.JDN_OF_EPOCH_DAY_0;
      assertThat(algorithm.toLunar(jdn)).as("jdn " + jdn).containsExactly(algorithm.toLunarDirect(jdn));
    }
  }

  @Test
  void monthLengthsAre29Or30AndAddUpToTheYear() {
    for (int year = 1900; year <= 2199; year++) {
      int leapMonth = algorithm.leapMonth(year);
      long total = 0;
      for (int month = 1; month <= 12; month++) {
        int length = algorithm.monthLength(year, month, false);
        assertThat(length).isBetween(29, 30);
        total += length;
      }
      if (leapMonth != 0) {
        total += algorithm.monthLength(year, leapMonth, true);
      }
      assertThat(total).as("days of lunar year " + year)
          .isEqualTo(algorithm.toJdn(year + 1, 1, 1, false) - algorithm.toJdn(year, 1, 1, false));
    }
  }
}

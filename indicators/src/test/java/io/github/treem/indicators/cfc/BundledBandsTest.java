package io.github.treem.indicators.cfc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every criterion's bands of the bundled table at their edges, with exact fractions: the value on
 * a bound, and the nearest fractions on either side, fall where the interval notation says.
 */
class BundledBandsTest {
  private static final ScoringTable TABLE = ScoringTable.qd06();

  private static int points(String item, ItemValue v) {
    return TABLE.item(item).orElseThrow().bandOf(v).orElseThrow().getPoints();
  }

  @ParameterizedTest(name = "{0}: {1}/{2} -> {3} points")
  @CsvSource({
      // 2.1 births registered on time: [100] 50, [95,100) 35, [90,95) 20, [0,90) 0, none 50
      "2.1, 100, 100, 50", "2.1, 99999, 100000, 35", "2.1, 19, 20, 35", "2.1, 18999, 20000, 20",
      "2.1, 9, 10, 20", "2.1, 899999, 1000000, 0", "2.1, 0, 5, 0", "2.1, 0, 0, 50",
      // 3.1 abused per 100,000: [0] 100, (0,100] 50, (100,*) 0
      "3.1, 0, 2480, 100", "3.1, 1, 1000000, 50", "3.1, 1, 1000, 50", "3.1, 100, 100000, 50", "3.1, 1001, 1000000, 0",
      "3.1, 3, 2480, 0",
      // 4.1 in conflict with the law per 100,000: [0] 50, (0,100] 25, (100,*) 0
      "4.1, 0, 1, 50", "4.1, 1, 1000, 25", "4.1, 10001, 10000000, 0",
      // 5.1 injured per 100,000: [0,500] 75, (500,550] 50, (550,800] 25, (800,*) 0
      "5.1, 5, 1000, 75", "5.1, 5001, 1000000, 50", "5.1, 55, 10000, 50", "5.1, 5501, 1000000, 25",
      "5.1, 8, 1000, 25", "5.1, 8001, 1000000, 0",
      // 6.1 supported: [95,100] 50 (S), [0,95) 0, none 50
      "6.1, 19, 20, 50", "6.1, 22, 23, 50", "6.1, 18999, 20000, 0", "6.1, 0, 0, 50",
      // 6.2 plans approved in time: [100] 75 (S), [0,100) 0, none 75
      "6.2, 3, 3, 75", "6.2, 999, 1000, 0", "6.2, 0, 0, 75",
      // 7.1 fully immunised: [98,100] 50 (S), [95,98) 30, [90,95) 15, [0,90) 0, none 50
      "7.1, 49, 50, 50", "7.1, 48999, 50000, 30", "7.1, 38, 39, 30", "7.1, 19, 20, 30", "7.1, 18999, 20000, 15",
      "7.1, 9, 10, 15", "7.1, 8999, 10000, 0",
      // 8.1 underweight: [0,10) 50, [10,15) 30, [15,20) 15, [20,100] 0 (no band for nothing to count)
      "8.1, 9999, 100000, 50", "8.1, 1, 10, 30", "8.1, 14999, 100000, 30", "8.1, 3, 20, 15", "8.1, 1, 5, 0",
      "8.1, 1, 1, 0",
      // 8.2 stunting: [0,20) 50, [20,25) 30, [25,30) 15, [30,100] 0
      "8.2, 1999, 10000, 50", "8.2, 1, 5, 30", "8.2, 1, 4, 15", "8.2, 2999, 10000, 15", "8.2, 3, 10, 0",
      // 9.1 check-ups: [90,100] 50, [80,90) 30, [70,80) 15, [0,70) 0
      "9.1, 9, 10, 50", "9.1, 8999, 10000, 30", "9.1, 4, 5, 30", "9.1, 7, 10, 15", "9.1, 6999, 10000, 0",
      // 10.1 preschool and 10.2 school: [95,100] 50, [90,95) 30, [80,90) 15, [0,80) 0
      "10.1, 19, 20, 50", "10.1, 9499, 10000, 30", "10.1, 9, 10, 30", "10.1, 4, 5, 15", "10.1, 7999, 10000, 0",
      "10.2, 1702, 1731, 50", "10.2, 1, 1, 50",
      // 11.2, 12.2: [50,100] 50, [25,50) 25, [0,25) 0
      "11.2, 1, 2, 50", "11.2, 49999, 100000, 25", "11.2, 1, 4, 25", "11.2, 24999, 100000, 0",
      "12.2, 6, 11, 50", "12.2, 5, 11, 25", "12.2, 2, 11, 0",
      // 13.1 satisfied: [80,100] 50, [60,80) 25, [0,60) 0
      "13.1, 4, 5, 50", "13.1, 79999, 100000, 25", "13.1, 3, 5, 25", "13.1, 59999, 100000, 0",
      })
  void fractionsAtBandEdges(String item, long numerator, long denominator, int expected) {
    assertThat(points(item, ItemValue.fraction(numerator, denominator))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} points")
  @CsvSource({
      "11.2, 50, 50", "11.2, 49.999, 25", "11.2, 25, 25", "11.2, 24.99, 0", "11.2, 0, 0", "11.2, 100, 50",
      "13.1, 80.0, 50", "13.1, 79.9999, 25", "13.1, 60, 25", "13.1, 59.5, 0",
      "5.1, 500, 75", "5.1, 500.0001, 50", "5.1, 550, 50", "5.1, 550.01, 25", "5.1, 800, 25", "5.1, 800.5, 0",
      "3.1, 0, 100", "3.1, 0.001, 50", "3.1, 100, 50", "3.1, 100.001, 0",
      "7.1, 98, 50", "7.1, 97.99, 30", "7.1, 95, 30", "7.1, 94.9, 15",
      })
  void decimalsAtBandEdges(String item, String value, int expected) {
    assertThat(points(item, ItemValue.decimal(new BigDecimal(value)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} points")
  @CsvSource({
      "1.1, true, 50", "1.1, false, 0", "1.2, true, 15", "1.2, false, 0", "1.3, true, 15", "1.3, false, 0",
      "1.4, true, 20", "1.4, false, 0", "11.1, true, 25", "11.1, false, 0", "12.1, true, 25", "12.1, false, 0",
      })
  void yesNoItems(String item, boolean yes, int expected) {
    assertThat(points(item, ItemValue.of(yes))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1} has no band")
  @CsvSource({
      "8.1, NOTHING", "8.2, NOTHING", "10.1, NOTHING", "3.1, NOTHING", "1.1, FRACTION", "2.1, YES", "2.1, DECIMAL_OVER_100",
      "5.1, YES",
      })
  void valuesThatDoNotFitHaveNoBand(String item, String kind) {
    ItemValue v;
    switch (kind) {
      case "NOTHING":
        v = ItemValue.nothingToCount();
        break;
      case "FRACTION":
        v = ItemValue.fraction(1, 2);
        break;
      case "YES":
        v = ItemValue.yes();
        break;
      default:
        v = ItemValue.decimal(new BigDecimal("100.01"));
        break;
    }
    assertThat(TABLE.item(item).orElseThrow().bandOf(v)).isEmpty();
  }
}

package io.github.treem.indicators;

import static io.github.treem.indicators.Kids.child;
import static io.github.treem.indicators.Kids.reg;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code BIRTH_REG_ON_TIME} with the law's calendar (docs/indicators.md §3.7): the 60 days run from
 * the day after birth (Civil Code 2015 Art. 147 (3)) and a last day on a weekend, a public holiday,
 * a substitute day or a swapped day off moves to the next working day (Art. 148 (5)); a make-up
 * working Saturday is a working day. Dates are those of the bundled calendar (Tết and the
 * announced swaps).
 */
class BirthRegistrationDeadlineTest {

  private static String outcome(int year, String reference, String dob, String registered) {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(year).referenceDate(LocalDate.parse(reference))
        .indicators(java.util.List.of(Indicators.BIRTH_REG_ON_TIME)).growthScorer(Kids.SCORER).build();
    Child.Builder b = child(dob);
    if (registered != null) {
      b.birthRegistration(reg(registered));
    }
    return IndicatorDefinitionsTest.outcome(calc, Indicators.BIRTH_REG_ON_TIME, b.build());
  }

  @ParameterizedTest(name = "born {2}, registered {3}, R {1}: {4}")
  @CsvSource({
      // Tết 2024 (8-14 February, substitute days 13-14): day 60 is Saturday 10 February, due Thursday 15 February
      "2023, 2024-03-31, 2023-12-12, 2024-02-15, N",
      "2023, 2024-03-31, 2023-12-12, 2024-02-16, D",
      // Tết 2021 (10-16 February with substitute days): day 60 is Thursday 11 February, due Wednesday 17 February
      "2020, 2021-03-31, 2020-12-13, 2021-02-17, N",
      "2020, 2021-03-31, 2020-12-13, 2021-02-18, D",
      // a weekend: day 60 is Sunday 3 March 2024, due Monday 4 March
      "2024, 2024-12-31, 2024-01-03, 2024-03-03, N",
      "2024, 2024-12-31, 2024-01-03, 2024-03-04, N",
      "2024, 2024-12-31, 2024-01-03, 2024-03-05, D",
      // 27 April 2024 (Saturday) to 1 May: weekend, swapped day off 29 April, 30 April and 1 May; due Thursday 2 May
      "2024, 2024-12-31, 2024-02-27, 2024-05-02, N",
      "2024, 2024-12-31, 2024-02-27, 2024-05-03, D",
      // Saturday 26 April 2025 is a make-up working day: no extension
      "2025, 2025-12-31, 2025-02-25, 2025-04-26, N",
      "2025, 2025-12-31, 2025-02-25, 2025-04-28, D",
      // a plain weekday deadline is not moved: born 2 January 2020, day 60 is Monday 2 March
      "2020, 2020-12-31, 2020-01-02, 2020-03-02, N",
      "2020, 2020-12-31, 2020-01-02, 2020-03-03, D",
      })
  void deadlineMovesOverRestDays(int year, String reference, String dob, String registered, String expected) {
    assertThat(outcome(year, reference, dob, registered)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "born {2}, not registered, R {1}: {3}")
  @CsvSource({
      // day 60 is Saturday 31 December 2022 = R; 1 January is a Sunday, 2 January its substitute day: due 3 January 2023
      "2022, 2022-12-31, 2022-11-01, NOT_YET_DUE",
      // day 60 is Sunday 3 March 2024: not yet due on the Sunday, due (and missed) from Monday 4 March
      "2024, 2024-03-03, 2024-01-03, NOT_YET_DUE",
      "2024, 2024-03-04, 2024-01-03, D",
      // Tết 2024: not yet due during the holiday, due on Thursday 15 February
      "2023, 2024-02-14, 2023-12-12, NOT_YET_DUE",
      "2023, 2024-02-15, 2023-12-12, D",
      })
  void notYetDueUntilTheExtendedDeadline(int year, String reference, String dob, String expected) {
    assertThat(outcome(year, reference, dob, null)).isEqualTo(expected);
  }
}

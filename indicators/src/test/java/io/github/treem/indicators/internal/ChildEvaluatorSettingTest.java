package io.github.treem.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.time.WorkingDays;
import io.github.treem.indicators.GrowthScorer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The setting's interval of dates of birth against {@link ChildEvaluator#turnsOneIn}, day by day. */
class ChildEvaluatorSettingTest {

  @Test
  void firstBirthdayIntervalIsTurnsOneIn() {
    int checked = 0;
    for (int year = 2015; year <= 2025; year++) {
      LocalDate start = LocalDate.of(year, 1, 1);
      LocalDate[] refs = {start, start.plusDays(58), start.plusDays(59), LocalDate.of(year, 3, 1),
          LocalDate.of(year, 6, 30), LocalDate.of(year, 12, 31), start.minusDays(1), start.minusDays(500),
          LocalDate.of(year + 1, 3, 1)};
      for (LocalDate ref : refs) {
        ChildEvaluator.Setting s = new ChildEvaluator.Setting(year, ref, GrowthScorer.who());
        for (LocalDate dob = start.minusYears(3); !dob.isAfter(ref.plusDays(3)); dob = dob.plusDays(1)) {
          assertThat(s.turnsOne(dob.toEpochDay())).as("%s %s %s", year, ref, dob)
              .isEqualTo(ChildEvaluator.turnsOneIn(dob, year, ref));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(50_000);
  }

  @Test
  void bornOn29February() {
    ChildEvaluator.Setting s = new ChildEvaluator.Setting(2021, LocalDate.of(2021, 2, 28), GrowthScorer.who());
    assertThat(s.turnsOne(LocalDate.of(2020, 2, 29).toEpochDay())).isFalse(); // turns 1 on 1 March 2021
    assertThat(s.turnsOne(LocalDate.of(2020, 2, 28).toEpochDay())).isTrue();
    ChildEvaluator.Setting t = new ChildEvaluator.Setting(2021, LocalDate.of(2021, 3, 1), GrowthScorer.who());
    assertThat(t.turnsOne(LocalDate.of(2020, 2, 29).toEpochDay())).isTrue();
  }

  @Test
  void registrationDeadlineIsTheWorkingDayRule() {
    for (int year = 2016; year <= 2026; year++) {
      ChildEvaluator.Setting s = new ChildEvaluator.Setting(year, LocalDate.of(year, 12, 31), GrowthScorer.who());
      // every day of the year twice (computed, then cached), and days outside the year
      for (int pass = 0; pass < 2; pass++) {
        for (LocalDate dob = LocalDate.of(year - 1, 12, 1); dob.isBefore(LocalDate.of(year + 1, 1, 31)); dob = dob.plusDays(1)) {
          assertThat(s.birthRegistrationDeadline(dob, dob.toEpochDay())).as("%s", dob)
              .isEqualTo(WorkingDays.vietnam().lastDayOfPeriodInDays(dob, 60).toEpochDay());
        }
      }
    }
  }
}

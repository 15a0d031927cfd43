package io.github.treem.core.age;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeRulesTest {

  @ParameterizedTest(name = "{0}: {1} -> {2} = {3}")
  @CsvSource({
      "COMPLETED_YEARS, 2015-02-28, 2020-02-28, 5",
      "COMPLETED_YEARS, 2015-02-28, 2020-02-27, 4",
      "COMPLETED_YEARS, 2015-02-28, 2016-02-29, 1",
      "COMPLETED_YEARS, 2016-02-29, 2017-02-28, 0",
      "COMPLETED_YEARS, 2016-02-29, 2017-03-01, 1",
      "COMPLETED_YEARS, 2016-02-29, 2020-02-28, 3",
      "COMPLETED_YEARS, 2016-02-29, 2020-02-29, 4",
      "COMPLETED_YEARS, 2004-12-31, 2020-12-30, 15",
      "COMPLETED_YEARS, 2004-12-31, 2020-12-31, 16",
      "COMPLETED_YEARS, 2020-05-05, 2020-05-05, 0",
      "COMPLETED_MONTHS, 2014-03-15, 2020-03-14, 71",
      "COMPLETED_MONTHS, 2014-03-15, 2020-03-15, 72",
      "COMPLETED_MONTHS, 2016-01-31, 2016-02-29, 0",
      "COMPLETED_MONTHS, 2016-01-31, 2016-03-01, 1",
      "COMPLETED_MONTHS, 2016-02-29, 2016-03-29, 1",
      "COMPLETED_MONTHS, 2016-02-29, 2016-03-28, 0",
      "COMPLETED_MONTHS, 2015-02-28, 2020-02-28, 60",
      "WHO_DAYS, 2018-01-01, 2018-01-01, 0",
      "WHO_DAYS, 2018-01-01, 2020-01-01, 730",
      "WHO_DAYS, 2018-01-01, 2020-01-02, 731",
      "WHO_DAYS, 2016-01-01, 2018-01-01, 731",
      "WHO_DAYS, 2015-01-01, 2020-01-01, 1826",
      "WHO_DAYS, 2016-02-28, 2016-03-01, 2",
      "SCHOOL_AGE_BY_BIRTH_YEAR, 2014-12-31, 2020-09-01, 6",
      "SCHOOL_AGE_BY_BIRTH_YEAR, 2014-01-01, 2020-09-01, 6",
      "SCHOOL_AGE_BY_BIRTH_YEAR, 2014-12-31, 2020-01-01, 6",
      "SCHOOL_AGE_BY_BIRTH_YEAR, 2015-01-01, 2020-12-31, 5",
      "SCHOOL_AGE_BY_BIRTH_YEAR, 2020-06-01, 2020-12-31, 0",
  })
  void ages(AgeRules rule, LocalDate birth, LocalDate at, long expected) {
    assertThat(rule.ageAt(birth, at)).isEqualTo(expected);
  }

  @Test
  void dateBeforeBirthIsRejected() {
    for (AgeRules rule : AgeRules.values()) {
      assertThatThrownBy(() -> rule.ageAt(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 2, 29)))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0701");
    }
  }

  @Test
  void whoMonths() {
    assertThat(AgeRules.whoAgeInMonths(730)).isCloseTo(23.98357289527721, within(1e-12));
    assertThat(AgeRules.whoAgeInMonths(731)).isCloseTo(24.016427104722794, within(1e-12));
    assertThat(AgeRules.whoAgeInMonths(30.4375 * 60)).isEqualTo(60.0);
    assertThat(AgeRules.whoAgeInMonths(1826)).isLessThan(60.0);
    assertThat(AgeRules.whoAgeInMonths(0)).isZero();
  }

  @ParameterizedTest
  @CsvSource({
      "2004-12-31, 2020-12-30, true",
      "2004-12-31, 2020-12-31, false",
      "2004-02-29, 2020-02-28, true",
      "2004-02-29, 2020-02-29, false",
      "2021-01-01, 2020-12-31, false",
  })
  void under16(LocalDate birth, LocalDate date, boolean expected) {
    assertThat(AgeRules.isUnder16(birth, date)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "2014-03-15, 2020-03-14, true",
      "2014-03-15, 2020-03-15, false",
      "2014-12-31, 2020-12-30, true",
      "2014-12-31, 2020-12-31, false",
      "2014-02-28, 2020-02-27, true",
      "2014-02-28, 2020-02-28, false",
      "2020-12-31, 2020-12-31, true",
      "2021-01-01, 2020-12-31, false",
  })
  void under72Months(LocalDate birth, LocalDate date, boolean expected) {
    assertThat(AgeRules.isUnder72Months(birth, date)).isEqualTo(expected);
  }

  @RepeatedTest(20)
  void rulesAgreeWithEachOther(RepetitionInfo info) {
    SplittableRandom random = new SplittableRandom(20200309L + info.getCurrentRepetition());
    for (int i = 0; i < 500; i++) {
      LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(2000, 1, 1).toEpochDay(),
          LocalDate.of(2025, 1, 1).toEpochDay()));
      LocalDate at = birth.plusDays(random.nextInt(0, 7000));
      long years = AgeRules.COMPLETED_YEARS.ageAt(birth, at);
      long months = AgeRules.COMPLETED_MONTHS.ageAt(birth, at);
      long days = AgeRules.WHO_DAYS.ageAt(birth, at);
      long school = AgeRules.SCHOOL_AGE_BY_BIRTH_YEAR.ageAt(birth, at);
      assertThat(months / 12).isEqualTo(years);
      assertThat(days).isEqualTo(at.toEpochDay() - birth.toEpochDay());
      // the birthday of the completed year is reached, the next one is not
      assertThat(birth.plus(Period.ofYears((int) years))).isBeforeOrEqualTo(at);
      assertThat(birth.plus(Period.ofYears((int) years + 1))).isAfter(at);
      assertThat(birth.plusMonths(months)).isBeforeOrEqualTo(at);
      // school age is the completed years, or one more before the birthday of the year
      assertThat(school).isBetween(years, years + 1);
    }
  }

  @Test
  void namesAndUnits() {
    assertThat(AgeRules.COMPLETED_YEARS.getUnit()).isEqualTo(ChronoUnit.YEARS);
    assertThat(AgeRules.COMPLETED_MONTHS.getUnit()).isEqualTo(ChronoUnit.MONTHS);
    assertThat(AgeRules.WHO_DAYS.getUnit()).isEqualTo(ChronoUnit.DAYS);
    assertThat(AgeRules.SCHOOL_AGE_BY_BIRTH_YEAR.getNameVi()).isEqualTo("Tuổi tính theo năm");
    assertThat(AgeRules.values()).hasSize(4);
  }
}

package io.github.treem.indicators.cfc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.indicators.AgeBasis;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.internal.ChildEvaluator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EPI_U1's definition and its population rule (first birthday in [1 January Y, R]). */
class EpiIndicatorTest {

  @Test
  void definition() {
    Indicators epi = Indicators.EPI_U1;
    assertThat(epi.getCode()).isEqualTo("EPI_U1");
    assertThat(epi.getUnit()).isEqualTo(IndicatorUnit.PERCENT);
    assertThat(epi.getAgeBasis()).isEqualTo(AgeBasis.FIRST_BIRTHDAY_IN_YEAR);
    assertThat(epi.getLegalBasis().toString())
        .isEqualTo("Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ, Điều 2, khoản 1, điểm g");
    assertThat(ScoringTable.qd06().item("7.1").orElseThrow().getInputCode()).contains(epi.getCode());
  }

  @ParameterizedTest(name = "born {0}, Y {1}, R {2}: {3}")
  @CsvSource({
      "2019-01-01, 2020, 2020-12-31, true",   // first birthday 1 January 2020
      "2018-12-31, 2020, 2020-12-31, false",  // turned 1 in 2019
      "2019-12-31, 2020, 2020-12-31, true",   // turns 1 on R
      "2020-01-01, 2020, 2020-12-31, false",  // turns 1 in 2021
      "2019-07-01, 2020, 2020-06-30, false",  // turns 1 the day after R
      "2019-06-30, 2020, 2020-06-30, true",
      "2020-02-29, 2021, 2021-12-31, true",   // first birthday 1 March 2021 (1 completed year, as Period counts)
      "2020-02-29, 2021, 2021-02-28, false",
      "2020-02-29, 2021, 2021-03-01, true",
      "2019-02-28, 2020, 2020-02-28, true",
      "2019-03-01, 2020, 2020-02-29, false",
      })
  void turnsOneIn(String dob, int year, String reference, boolean expected) {
    LocalDate born = LocalDate.parse(dob);
    LocalDate ref = LocalDate.parse(reference);
    // the same rule as completed years: 1 completed year on R, and not yet 1 on 31 December of Y-1
    boolean byPeriod = java.time.Period.between(born, ref).getYears() >= 1
        && java.time.Period.between(born, LocalDate.of(year - 1, 12, 31)).getYears() < 1;
    assertThat(byPeriod).isEqualTo(expected);
    assertThat(ChildEvaluator.turnsOneIn(LocalDate.parse(dob), year, LocalDate.parse(reference)))
        .isEqualTo(expected);
  }
}

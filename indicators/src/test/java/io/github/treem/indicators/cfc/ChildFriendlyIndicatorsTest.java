package io.github.treem.indicators.cfc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.indicators.AgeBasis;
import io.github.treem.indicators.IndicatorUnit;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** EPI_U1's definition and its population rule (first birthday in [1 January Y, R]). */
class ChildFriendlyIndicatorsTest {

  @Test
  void definition() {
    ChildFriendlyIndicators epi = ChildFriendlyIndicators.EPI_U1;
    assertThat(epi.getCode()).isEqualTo("EPI_U1");
    assertThat(epi.getUnit()).isEqualTo(IndicatorUnit.PERCENT);
    assertThat(epi.getAgeBasis()).isEqualTo(AgeBasis.FIRST_BIRTHDAY_IN_YEAR);
    assertThat(epi.getLegalBasis().toString())
        .isEqualTo("Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ, Điều 2, khoản 1, điểm g");
    assertThat(ChildFriendlyIndicators.fromCode(" epi_u1 ")).contains(epi);
    assertThat(ChildFriendlyIndicators.fromCode("HI_U6")).isEmpty();
    assertThat(ChildFriendlyIndicators.EPI_FULL_BY_1_COLUMN).isEqualTo("epi_full_by_1");
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
      "2020-02-29, 2021, 2021-12-31, true",   // first birthday 28 February 2021
      "2020-02-29, 2021, 2021-02-27, false",
      "2020-02-29, 2021, 2021-02-28, true",
      })
  void turnsOneIn(String dob, int year, String reference, boolean expected) {
    assertThat(ChildFriendlyIndicators.turnsOneIn(LocalDate.parse(dob), year, LocalDate.parse(reference)))
        .isEqualTo(expected);
  }
}

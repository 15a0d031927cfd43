package io.github.treem.io.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Dhis2PeriodTest {

  @ParameterizedTest
  @CsvSource({
      "2020, 2020-01-01/P1Y",
      "202001, 2020-01-01/P1M",
      "202012, 2020-12-01/P1M",
      "20200229, 2020-02-29/P1D",
      "2020Q1, 2020-01-01/P3M",
      "2020Q4, 2020-10-01/P3M",
      "2020S2, 2020-07-01/P6M",
      "2020AprilS2, 2020-10-01/P6M",
      "202003B, 2020-05-01/P2M",
      "2020April, 2020-04-01/P1Y",
      "2020July, 2020-07-01/P1Y",
      "2020Oct, 2020-10-01/P1Y",
      "2020Nov, 2020-11-01/P1Y",
      // ISO weeks: week 1 of 2020 starts on Monday 30 December 2019; 2020 has 53 weeks
      "2020W1, 2019-12-30/P7D",
      "2020W5, 2020-01-27/P7D",
      "2020W53, 2020-12-28/P7D",
      "2021W1, 2021-01-04/P7D",
      "2020WedW1, 2020-01-01/P7D",
      "2020SunW1, 2019-12-29/P7D",
      "2020BiW1, 2019-12-30/P14D",
      "2020BiW2, 2020-01-13/P14D"})
  void valid(String id, String adx) {
    Dhis2Period p = Dhis2Period.parse(id);
    assertThat(p.toAdx()).isEqualTo(adx);
    assertThat(p.getIdentifier()).isEqualTo(id);
    assertThat(Dhis2Period.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "20", "20201", "202013", "202000", "20200230", "2020Q0", "2020Q5", "2020S3",
      "2020W0", "2020W54", "2021W53", "202007B", "2020Jan", "2020-01", "2020MonW1", "2020BiW28", " 2020", "2020w1"})
  void invalid(String id) {
    assertThat(Dhis2Period.isValid(id)).isFalse();
    assertThatThrownBy(() -> Dhis2Period.parse(id)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.getCode()).isEqualTo("TREEM-IO-0701"));
  }
}

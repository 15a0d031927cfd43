package io.github.treem.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.Golden;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"046218001234", " 046218001234", "046218001234  ", "\t046218001234\n"})
  void parsesTwelveDigitsIgnoringSurroundingSpace(String text) {
    PersonalIdNumber n = PersonalIdNumber.parse(text);
    assertThat(n.getDigits()).isEqualTo("046218001234");
    assertThat(PersonalIdNumber.isWellFormed(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"04621800123", "0462180012345", "04621800123A", "O46218001234", "046 218 001234",
      "046-218001234", "", "   ", "０４６２１８００１２３４"})
  void rejectsOtherForms(String text) {
    assertThat(PersonalIdNumber.isWellFormed(text)).isFalse();
    assertThatThrownBy(() -> PersonalIdNumber.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> {
          assertThat(((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0201");
          assertThat(e.getMessage()).doesNotContain(text.isBlank() ? "\u0000" : text.strip());
        });
  }

  @Test
  void nullIsNotWellFormed() {
    assertThat(PersonalIdNumber.isWellFormed(null)).isFalse();
  }

  @ParameterizedTest(name = "{0} {1} -> digit {2}")
  @CsvSource({
      "MALE, 1999, 0", "FEMALE, 1999, 1",
      "MALE, 1900, 0", "FEMALE, 1900, 1",
      "MALE, 2000, 2", "FEMALE, 2000, 3",
      "MALE, 2099, 2", "FEMALE, 2099, 3",
      "MALE, 2100, 4", "FEMALE, 2100, 5",
      "MALE, 2200, 6", "FEMALE, 2299, 7",
      "MALE, 2300, 8", "FEMALE, 2399, 9",
  })
  void centurySexDigit(Sex sex, int year, int digit) {
    assertThat(PersonalIdNumber.centurySexDigit(sex, year)).contains(digit);
    String digits = "046" + digit + String.format("%02d", year % 100) + "001234";
    PersonalIdNumber n = PersonalIdNumber.parse(digits);
    assertThat(n.getCenturySexDigit()).isEqualTo(digit);
    assertThat(n.getSex()).isEqualTo(sex);
    assertThat(n.getBirthYear()).isEqualTo(year);
    assertThat(n.getCenturyStart()).isEqualTo(year / 100 * 100);
    assertThat(n.isConsistentWith(sex, year)).isTrue();
    assertThat(n.isConsistentWith(sex == Sex.MALE ? Sex.FEMALE : Sex.MALE, year)).isFalse();
    assertThat(n.isConsistentWith(sex, year + 1)).isFalse();
    assertThat(n.isConsistentWith(sex, year - 100)).isFalse();
  }

  @Test
  void centurySexDigitOutOfRange() {
    assertThat(PersonalIdNumber.centurySexDigit(Sex.MALE, 1899)).isEmpty();
    assertThat(PersonalIdNumber.centurySexDigit(Sex.FEMALE, 2400)).isEmpty();
  }

  @Test
  void provinceCodesAreTheGoldenSixtyThree() {
    List<String[]> rows = Golden.rows("id-province-codes.txt");
    assertThat(rows).hasSize(63);
    assertThat(IdProvinceCodes.all()).hasSize(63);
    for (String[] r : rows) {
      assertThat(IdProvinceCodes.nameOf(r[0])).contains(r[1]);
      PersonalIdNumber n = PersonalIdNumber.parse(r[0] + "218001234");
      assertThat(n.isKnownProvinceCode()).isTrue();
      assertThat(n.getProvinceName()).contains(r[1]);
    }
    assertThat(IdProvinceCodes.all().keySet()).containsExactly(rows.stream().map(r -> r[0]).toArray(String[]::new));
  }

  @ParameterizedTest
  @CsvSource({
      "001, Thành phố Hà Nội", "046, Tỉnh Thừa Thiên Huế", "079, Thành phố Hồ Chí Minh", "096, Tỉnh Cà Mau",
      "002, Tỉnh Hà Giang", "067, Tỉnh Đắk Nông",
  })
  void knownProvinces(String code, String name) {
    PersonalIdNumber n = PersonalIdNumber.parse(code + "318000001");
    assertThat(n.getProvinceName()).contains(name);
    assertThat(n.getRegistrationPlaceCode()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "003", "005", "013", "047", "097", "099", "100", "840", "999"})
  void unknownPlaceCodesParseLeniently(String code) {
    PersonalIdNumber n = PersonalIdNumber.parse(code + "218001234");
    assertThat(n.isKnownProvinceCode()).isFalse();
    assertThat(n.getProvinceName()).isEqualTo(Optional.empty());
  }

  @Test
  void toStringMasksTheNumber() {
    PersonalIdNumber n = PersonalIdNumber.parse("046218001234");
    assertThat(n.toString()).isEqualTo("046*********").doesNotContain("218001234");
  }

  @RepeatedTest(10)
  void roundTripAndConsistency(RepetitionInfo info) {
    SplittableRandom random = new SplittableRandom(46L * info.getCurrentRepetition());
    List<String> codes = List.copyOf(IdProvinceCodes.all().keySet());
    for (int i = 0; i < 200; i++) {
      Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      int year = random.nextInt(1900, 2400);
      String code = codes.get(random.nextInt(codes.size()));
      String digits = code + PersonalIdNumber.centurySexDigit(sex, year).orElseThrow()
          + String.format("%02d", year % 100) + String.format("%06d", random.nextInt(1_000_000));
      PersonalIdNumber n = PersonalIdNumber.parse(digits);
      assertThat(n.getDigits()).isEqualTo(digits);
      assertThat(n).isEqualTo(PersonalIdNumber.parse(" " + digits + " "));
      assertThat(n.hashCode()).isEqualTo(PersonalIdNumber.parse(digits).hashCode());
      assertThat(n.isConsistentWith(sex, year)).isTrue();
      assertThat(n.getBirthYear()).isEqualTo(year);
      assertThat(n.getSex()).isEqualTo(sex);
      assertThat(n.isKnownProvinceCode()).isTrue();
    }
  }

  /** The year read from positions 4-6 in place, for every century digit and every 2-digit year. */
  @Test
  void birthYearOfEveryCenturyDigitAndYear() {
    for (int century = 0; century <= 9; century++) {
      for (int yy = 0; yy <= 99; yy++) {
        PersonalIdNumber n = PersonalIdNumber.parse(String.format("046%d%02d123456", century, yy));
        int year = 1900 + 100 * (century / 2) + yy;
        assertThat(n.getBirthYear()).as("digit %d, year %02d", century, yy).isEqualTo(year);
        Sex sex = century % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        assertThat(n.isConsistentWith(sex, year)).isTrue();
        assertThat(n.isConsistentWith(sex, year + 1)).isFalse();
        assertThat(n.isConsistentWith(sex == Sex.MALE ? Sex.FEMALE : Sex.MALE, year)).isFalse();
      }
    }
  }
}

package io.github.treem.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthInsuranceCodeTest {

  @Test
  void parsesTheFourParts() {
    HealthInsuranceCode c = HealthInsuranceCode.parse(" TE1460123456789 ");
    assertThat(c.getBeneficiaryGroup()).isEqualTo("TE");
    assertThat(c.getBenefitLevel()).isEqualTo(1);
    assertThat(c.getProvinceCode()).isEqualTo("46");
    assertThat(c.getSocialInsuranceNumber()).isEqualTo("0123456789");
    assertThat(c.getCode()).isEqualTo("TE1460123456789");
    assertThat(c.isChildUnderSix()).isTrue();
    assertThat(c).isEqualTo(HealthInsuranceCode.parse("TE1460123456789")).hasSameHashCodeAs(HealthInsuranceCode.parse("TE1460123456789"));
  }

  @Test
  void otherGroupIsNotChildUnderSix() {
    HealthInsuranceCode c = HealthInsuranceCode.parse("HS4010123456789");
    assertThat(c.isChildUnderSix()).isFalse();
    assertThat(c.getBenefitLevel()).isEqualTo(4);
    assertThat(c.getProvinceCode()).isEqualTo("01");
  }

  @Test
  void toStringMasksTheNumber() {
    assertThat(HealthInsuranceCode.parse("TE1460123456789").toString())
        .isEqualTo("TE1************")
        .doesNotContain("46", "0123456789");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "TE146012345678", // 14
      "TE14601234567890", // 16
      "te1460123456789", // lower case
      "Te1460123456789",
      "TE0460123456789", // benefit 0
      "TE6460123456789", // benefit 6
      "T11460123456789", // digit in group
      "TE146012345678X",
      "TE1 460123456789",
      "ĐE1460123456789", // non-ASCII letter
      "TE146０123456789", // full-width digit
      "",
      "0123456789"})
  void rejectsMalformedWithoutEchoingTheText(String text) {
    assertThat(HealthInsuranceCode.isWellFormed(text)).isFalse();
    assertThatThrownBy(() -> HealthInsuranceCode.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("TREEM-CORE-0301: ")
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0301"))
        .satisfies(e -> {
          if (text.length() > 3) {
            assertThat(e.getMessage()).doesNotContain(text.substring(3));
          }
        });
  }

  @Test
  void nullIsNotWellFormed() {
    assertThat(HealthInsuranceCode.isWellFormed(null)).isFalse();
    assertThat(HealthInsuranceCode.isSocialInsuranceNumber(null)).isFalse();
  }

  @Test
  void socialInsuranceNumberIsTenDigits() {
    assertThat(HealthInsuranceCode.isSocialInsuranceNumber("0123456789")).isTrue();
    assertThat(HealthInsuranceCode.isSocialInsuranceNumber(" 0123456789 ")).isTrue();
    assertThat(HealthInsuranceCode.isSocialInsuranceNumber("012345678")).isFalse();
    assertThat(HealthInsuranceCode.isSocialInsuranceNumber("01234567890")).isFalse();
    assertThat(HealthInsuranceCode.isSocialInsuranceNumber("012345678A")).isFalse();
    assertThat(HealthInsuranceCode.isSocialInsuranceNumber("TE1460123456789")).isFalse();
  }

  @RepeatedTest(20)
  void randomWellFormedCodesRoundTrip(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(20_201_231L + info.getCurrentRepetition());
    StringBuilder b = new StringBuilder();
    b.append((char) ('A' + r.nextInt(26))).append((char) ('A' + r.nextInt(26))).append(1 + r.nextInt(5));
    for (int i = 0; i < 12; i++) {
      b.append(r.nextInt(10));
    }
    String text = b.toString();
    HealthInsuranceCode c = HealthInsuranceCode.parse(text);
    assertThat(c.getBeneficiaryGroup() + c.getBenefitLevel() + c.getProvinceCode() + c.getSocialInsuranceNumber())
        .isEqualTo(text);
    // breaking any one position makes it malformed
    int pos = r.nextInt(15);
    char bad = pos < 2 ? '7' : pos == 2 ? (r.nextBoolean() ? '0' : '9') : 'x';
    String broken = text.substring(0, pos) + bad + text.substring(pos + 1);
    assertThat(HealthInsuranceCode.isWellFormed(broken)).isFalse();
  }
}

package io.github.treem.planreport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.planreport.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {
  @ParameterizedTest
  @CsvSource({"0, 0", "999, 999", "1000, 1.000", "1500000, 1.500.000", "-25000, -25.000", "9223372036854775807, 9.223.372.036.854.775.807"})
  void numbers(long n, String text) {
    assertThat(Texts.number(n)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"96.55|96,55", "100.00|100", "-2.50|-2,5", "1234.5|1.234,5", "0.05|0,05"})
  void decimals(String value, String text) {
    assertThat(Texts.decimal(new BigDecimal(value))).isEqualTo(text);
  }

  @Test
  void datesAsTheDecreeWritesThem() {
    assertThat(Texts.dateLine(LocalDate.of(2020, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2020");
    assertThat(Texts.dateLine(LocalDate.of(2021, 1, 8))).isEqualTo("ngày 08 tháng 01 năm 2021");
    assertThat(Texts.dateLine(LocalDate.of(2021, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2021");
    assertThat(Texts.dateLine(LocalDate.of(2020, 12, 25))).isEqualTo("ngày 25 tháng 12 năm 2020");
    assertThat(Texts.dayMonthYear(LocalDate.of(2020, 10, 1))).isEqualTo("01/10/2020");
  }

  @Test
  void namesAndSymbols() {
    assertThat(Texts.issuerLines("Ủy ban nhân dân xã Quảng Vinh")).containsExactly("ỦY BAN NHÂN DÂN", "XÃ QUẢNG VINH");
    assertThat(Texts.issuerLines("Ủy ban nhân dân phường Phú Hội")).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG PHÚ HỘI");
    assertThat(Texts.issuerLines("Ủy ban nhân dân thị trấn Sịa")).containsExactly("ỦY BAN NHÂN DÂN", "THỊ TRẤN SỊA");
    assertThat(Texts.issuerLines("Ban chỉ đạo")).containsExactly("BAN CHỈ ĐẠO");
    assertThat(Texts.place("Ủy ban nhân dân xã Quảng Vinh")).isEqualTo("Quảng Vinh");
    assertThat(Texts.issuerSymbol("90/KH-UBND")).isEqualTo("UBND");
    assertThat(Texts.issuerSymbol("12/KH-BCĐ")).isEqualTo("BCĐ");
    assertThat(Texts.issuerSymbol("90")).isEqualTo("UBND");
  }

  @Test
  void movingTheYear() {
    assertThat(Texts.moveYear("Tháng hành động vì trẻ em năm 2020, ngày 21 tháng 02 năm 2020; Luật năm 2014", 2020, 2021))
        .isEqualTo("Tháng hành động vì trẻ em năm 2021, ngày 21 tháng 02 năm 2021; Luật năm 2014");
    assertThat(Texts.moveYear("năm 20201 và năm 2020.", 2020, 2021)).isEqualTo("năm 20201 và năm 2021.");
  }

  @Test
  void figures() {
    assertThat(Texts.figure(Figure.of(new BigDecimal("97.50")), "%")).isEqualTo("97,5%");
    assertThat(Texts.figure(Figure.suppressed(), "%")).isEqualTo("x");
    assertThat(Texts.figure(Figure.noData())).isEqualTo("—");
    assertThat(Texts.dong(OptionalLong.of(20_000_000))).isEqualTo("20.000.000");
    assertThat(Texts.dong(OptionalLong.empty())).isEqualTo("—");
  }
}

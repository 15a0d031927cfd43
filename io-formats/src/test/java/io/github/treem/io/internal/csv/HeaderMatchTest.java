package io.github.treem.io.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMatchTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "villag|VILLAGE",
      "Thôn xóm|VILLAGE",
      "Ngay sinh nhat|DATE_OF_BIRTH",
      "Ngày sinh nhật|DATE_OF_BIRTH",
      "ngya_sinh|DATE_OF_BIRTH",
      "date of brith|DATE_OF_BIRTH",
      "Cân nặng (kg)|WEIGHT_KG",
      "weight|WEIGHT_KG",
      "Chiều cao|LENGTH_HEIGHT_CM",
      "Họ và tên|FULL_NAME",
      "GIOI TINH NAM NU|SEX",
      "child id number|CHILD_ID",
      "so the BH|HI_CARD_NUMBER"})
  void anUnknownHeaderGetsTheNearestKnownColumn(String header, Column expected) {
    assertThat(Column.byHeader(header)).as("not a known header").isEmpty();
    assertThat(HeaderMatch.suggest(header)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Ghi chú", "xyz", "do", "STT", "'   '"})
  void aHeaderNearNoColumnGetsNoSuggestion(String header) {
    assertThat(HeaderMatch.suggest(header)).isEmpty();
  }

  @Test
  void theFindingsOfAHeaderInOrder() {
    HeaderMatch m = HeaderMatch.of(List.of("Mã trẻ", "villag", "GIOI_TINH", "ma tre", "Ghi chú"));
    assertThat(m.getColumns()).containsExactly(Column.CHILD_ID, null, Column.SEX, null, null);
    assertThat(m.getFindings()).extracting(HeaderMatch.Finding::code).extracting(Enum::name).containsExactly(
        "CSV_UNKNOWN_COLUMN", "CSV_DUPLICATE_COLUMN", "CSV_UNKNOWN_COLUMN", "CSV_MISSING_COLUMN");
    assertThat(m.getFatal()).map(Enum::name).contains("CSV_MISSING_COLUMN");
    Issue villag = m.getFindings().get(0).issue("f.csv", 1, "villag");
    assertThat(villag.getMessageEn())
        .isEqualTo("Unknown column, ignored (column villag); did you mean the column \"Thôn\" (village / thon)?");
    assertThat(villag.getMessageVi())
        .isEqualTo("Cột không xác định, bị bỏ qua (cột villag); có phải là cột \"Thôn\" (village / thon)?");
    assertThat(m.getFindings().get(2).issue("f.csv", 1, "Ghi chú").getMessageEn())
        .isEqualTo("Unknown column, ignored (column Ghi chú)");
    Issue missing = m.getFindings().get(3).issue("f.csv", 1, "date_of_birth");
    assertThat(missing.getMessageEn()).endsWith("; its header may be \"Ngày sinh\", ngay_sinh or date_of_birth");
    assertThat(missing.getMessageVi()).endsWith("; tiêu đề có thể là \"Ngày sinh\", ngay_sinh hoặc date_of_birth");
  }

  @Test
  void anOfficersHeaderWithDiacriticsIsNamedByItsTitle() {
    Issue dob = HeaderMatch.of(List.of("Mã trẻ", "Giới tính", "Ngay sinh nhat")).getFindings().get(0)
        .issue("f.csv", 1, "Ngay sinh nhat");
    assertThat(dob.getMessageVi()).endsWith("; có phải là cột \"Ngày sinh\" (date_of_birth / ngay_sinh)?");
    assertThat(dob.getMessageEn()).endsWith("; did you mean the column \"Ngày sinh\" (date_of_birth / ngay_sinh)?");
  }

  @Test
  void everyColumnsTitleIsAHeaderOfThatColumn() {
    for (Column c : Column.values()) {
      assertThat(Column.byHeader(c.getLabel())).as(c.getLabel()).contains(c);
      assertThat(c.getLabel()).as("a title of its own, not the alias").isNotEqualTo(c.getAlias().replace('_', ' '));
    }
    assertThat(Column.DATE_OF_BIRTH.getLabel()).isEqualTo("Ngày sinh");
    assertThat(Column.HI_CARD_NUMBER.getLabel()).isEqualTo("Số thẻ BHYT");
  }

  @Test
  void distanceCountsASwapAsOneEdit() {
    assertThat(HeaderMatch.distance("ngya", "ngay")).isEqualTo(1);
    assertThat(HeaderMatch.distance("villag", "village")).isEqualTo(1);
    assertThat(HeaderMatch.distance("", "abc")).isEqualTo(3);
    assertThat(HeaderMatch.distance("a".repeat(100_000), "abc")).isEqualTo(Integer.MAX_VALUE);
  }
}

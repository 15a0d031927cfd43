package io.github.treem.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdministrativeUnitTest {

  static final AdministrativeUnit HUE = AdministrativeUnit.builder()
      .code("46").name("Tỉnh Thừa Thiên Huế").level(AdministrativeLevel.PROVINCE)
      .validTo(LocalDate.of(2024, 12, 31)).build();
  static final AdministrativeUnit QUANG_DIEN = AdministrativeUnit.builder()
      .code("477").name("Huyện Quảng Điền").level(AdministrativeLevel.DISTRICT).parent(HUE)
      .validTo(LocalDate.of(2025, 6, 30)).build();
  static final AdministrativeUnit QUANG_VINH = AdministrativeUnit.builder()
      .code("19885").name("Xã Quảng Vinh").level(AdministrativeLevel.COMMUNE).parent(QUANG_DIEN)
      .validTo(LocalDate.of(2025, 6, 30))
      .successorCode("19885").successorDate(LocalDate.of(2025, 7, 1)).successorName("Xã Đan Điền")
      .build();
  static final AdministrativeUnit VILLAGE = AdministrativeUnit.builder()
      .code("QV-01").name("Thôn Đức Nhuận").level(AdministrativeLevel.VILLAGE).parent(QUANG_VINH).build();

  @Test
  void ancestorsNearestFirst() {
    assertThat(VILLAGE.getAncestors()).containsExactly(QUANG_VINH, QUANG_DIEN, HUE);
    assertThat(QUANG_VINH.getAncestors()).containsExactly(QUANG_DIEN, HUE);
    assertThat(HUE.getAncestors()).isEmpty();
    assertThat(VILLAGE.getRoot()).isEqualTo(HUE);
    assertThat(HUE.getRoot()).isEqualTo(HUE);
  }

  @Test
  void within() {
    assertThat(VILLAGE.isWithin(HUE)).isTrue();
    assertThat(VILLAGE.isWithin(QUANG_VINH)).isTrue();
    assertThat(QUANG_VINH.isWithin(QUANG_VINH)).isTrue();
    assertThat(HUE.isWithin(QUANG_VINH)).isFalse();
    AdministrativeUnit sia = AdministrativeUnit.builder().code("19867").name("Thị trấn Sịa")
        .level(AdministrativeLevel.COMMUNE).parent(QUANG_DIEN).build();
    assertThat(VILLAGE.isWithin(sia)).isFalse();
    assertThat(VILLAGE.ancestorAt(AdministrativeLevel.DISTRICT)).contains(QUANG_DIEN);
    assertThat(VILLAGE.ancestorAt(AdministrativeLevel.VILLAGE)).contains(VILLAGE);
  }

  @Test
  void afterTheReformACommuneHangsFromItsProvince() {
    AdministrativeUnit thanhPhoHue = AdministrativeUnit.builder().code("46").name("Thành phố Huế")
        .level(AdministrativeLevel.PROVINCE).validFrom(LocalDate.of(2025, 1, 1)).build();
    AdministrativeUnit danDien = AdministrativeUnit.builder().code("19885").name("Xã Đan Điền")
        .level(AdministrativeLevel.COMMUNE).parent(thanhPhoHue).validFrom(LocalDate.of(2025, 7, 1)).build();
    assertThat(danDien.getAncestors()).containsExactly(thanhPhoHue);
    assertThat(danDien.ancestorAt(AdministrativeLevel.DISTRICT)).isEmpty();
    // same code, different unit in time
    assertThat(danDien.getCommuneCode()).isEqualTo(QUANG_VINH.getCommuneCode());
    assertThat(danDien).isNotEqualTo(QUANG_VINH);
    assertThat(QUANG_VINH.isValidOn(LocalDate.of(2020, 3, 9))).isTrue();
    assertThat(QUANG_VINH.isValidOn(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(danDien.isValidOn(LocalDate.of(2025, 6, 30))).isFalse();
    assertThat(danDien.isValidOn(LocalDate.of(2025, 7, 1))).isTrue();
    assertThat(QUANG_VINH.getSuccessorCode()).contains("19885");
    assertThat(QUANG_VINH.getSuccessorDate()).contains(LocalDate.of(2025, 7, 1));
    assertThat(QUANG_VINH.getSuccessorName()).contains("Xã Đan Điền");
  }

  @Test
  void ofCommune() {
    AdministrativeUnit u = AdministrativeUnit.ofCommune(CommuneCode.parse("19885"), "Xã Quảng Vinh");
    assertThat(u.getLevel()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(u.getCode()).isEqualTo("19885");
    assertThat(u.getParent()).isEmpty();
    assertThat(u.getCommuneCode()).contains(CommuneCode.parse("19885"));
    assertThat(HUE.getCommuneCode()).isEmpty();
  }

  @Test
  void invariants() {
    assertThatThrownBy(() -> AdministrativeUnit.builder().code("1988").name("x").level(AdministrativeLevel.COMMUNE).build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0603");
    assertThatThrownBy(() -> AdministrativeUnit.builder().code("46").name("x").level(AdministrativeLevel.PROVINCE)
        .parent(QUANG_DIEN).build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0604");
    assertThatThrownBy(() -> AdministrativeUnit.builder().code("19867").name("x").level(AdministrativeLevel.COMMUNE)
        .parent(QUANG_VINH).build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0604");
    assertThatThrownBy(() -> AdministrativeUnit.builder().code("46").name("x").level(AdministrativeLevel.PROVINCE)
        .validFrom(LocalDate.of(2025, 1, 1)).validTo(LocalDate.of(2024, 12, 31)).build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0605");
    assertThatThrownBy(() -> AdministrativeUnit.builder().code("46").name("x").level(AdministrativeLevel.PROVINCE)
        .successorCode("46").build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0606");
    assertThatThrownBy(() -> AdministrativeUnit.builder().code(" ").name("x").level(AdministrativeLevel.PROVINCE).build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0601");
    assertThatThrownBy(() -> AdministrativeUnit.builder().code("19885").name("x").level(AdministrativeLevel.COMMUNE)
        .type(AdministrativeUnitType.HUYEN).build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0607");
  }

  @Test
  void types() {
    assertThat(QUANG_VINH.getType()).isEmpty();
    AdministrativeUnit typed = AdministrativeUnit.builder().from(QUANG_VINH).type(AdministrativeUnitType.XA).build();
    assertThat(typed.getType()).contains(AdministrativeUnitType.XA);
    assertThat(typed).isNotEqualTo(QUANG_VINH);
    for (AdministrativeUnitType t : AdministrativeUnitType.values()) {
      assertThat(t.isOf(t.getLevel())).isTrue();
      assertThat(t.getNameVi()).isNotBlank();
      assertThat(t.getNameEn()).isNotBlank();
      assertThat(t.getLevel()).isNotEqualTo(AdministrativeLevel.VILLAGE);
    }
    assertThat(AdministrativeUnitType.DAC_KHU.isOf(AdministrativeLevel.COMMUNE)).isTrue();
    assertThat(AdministrativeUnitType.THANH_PHO_CAP_HUYEN.isOf(AdministrativeLevel.PROVINCE)).isFalse();
  }

  @Test
  void levels() {
    assertThat(AdministrativeLevel.DISTRICT.isInUseOn(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(AdministrativeLevel.DISTRICT.isInUseOn(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(AdministrativeLevel.COMMUNE.isInUseOn(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(AdministrativeLevel.DISTRICT.getLastDay()).contains(LocalDate.of(2025, 6, 30));
    assertThat(AdministrativeLevel.PROVINCE.getLastDay()).isEmpty();
    assertThat(AdministrativeLevel.PROVINCE.isAbove(AdministrativeLevel.COMMUNE)).isTrue();
    assertThat(AdministrativeLevel.COMMUNE.isAbove(AdministrativeLevel.COMMUNE)).isFalse();
    assertThat(AdministrativeLevel.COMMUNE.getCodeLength()).isEqualTo(5);
    assertThat(AdministrativeLevel.DISTRICT.getCodeLength()).isEqualTo(3);
  }
}

package io.github.treem.core.admin;

import static io.github.treem.core.admin.AdministrativeLevel.COMMUNE;
import static io.github.treem.core.admin.AdministrativeLevel.DISTRICT;
import static io.github.treem.core.admin.AdministrativeLevel.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled data through the API: the facts of domain-vn.md section 9 and the reform's edges. */
class AdministrativeDivisionsTest {
  static final AdministrativeDivisions VN = AdministrativeDivisions.gso();
  static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);
  static final LocalDate LAST_OLD = LocalDate.of(2025, 6, 30);
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  static final CommuneCode QUANG_VINH = CommuneCode.parse("19885");

  static AdministrativeUnit commune(String code, LocalDate date) {
    return VN.resolveCommune(CommuneCode.parse(code), date).getUnit().orElseThrow();
  }

  static List<String> codes(List<AdministrativeUnit> units) {
    return units.stream().map(AdministrativeUnit::getCode).collect(Collectors.toList());
  }

  /**
   * Issue 19: at 31/12/2020 the list of 1 March 2025 names Huế's districts by their 2025 names
   * (Quận Phú Xuân, formed on 1 January 2025 from Thành phố Huế): the lookup resolves the code but
   * says, coded, that the names are those of a later list; from the list's date on it does not.
   */
  @Test
  void aLookupBeforeTheListsDateSaysItsNamesAreOfALaterList() {
    assertThat(VN.getListDate()).contains(MARCH_2025);
    UnitResolution in2020 = VN.resolveCommune(CommuneCode.parse("19753"), LocalDate.of(2020, 12, 31));
    assertThat(in2020.isResolved()).isTrue();
    assertThat(in2020.getUnit().orElseThrow().ancestorAt(DISTRICT).orElseThrow().getName()).isEqualTo("Quận Phú Xuân");
    assertThat(in2020.getIssues()).extracting(Issue::getCode).containsExactly("ADMIN_NAMES_AFTER_DATE");
    Issue i = in2020.getIssues().get(0);
    assertThat(i.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(i.getMessage(Language.EN)).contains("2020-12-31").contains("2025-03-01");
    assertThat(in2020.toString()).contains("ADMIN_NAMES_AFTER_DATE");
    // the list's own date, and the units of the 2025 arrangement (their first day recorded): no warning
    assertThat(VN.resolveCommune(CommuneCode.parse("19753"), MARCH_2025).getIssues()).isEmpty();
    assertThat(VN.resolveCommune(CommuneCode.parse("19753"), REFORM).getIssues()).isEmpty();
    // a province with a recorded history is still flagged through its undated communes and districts
    assertThat(VN.resolve(PROVINCE, "46", LocalDate.of(2020, 12, 31)).getUnit().orElseThrow().getName())
        .isEqualTo("Tỉnh Thừa Thiên Huế");
    // data without a list date (read or built) say nothing
    AdministrativeDivisions built = VN.toBuilder().build();
    assertThat(built.getListDate()).isEmpty();
    assertThat(built.resolveCommune(CommuneCode.parse("19753"), LocalDate.of(2020, 12, 31)).getIssues()).isEmpty();
    assertThat(built.withListDate(MARCH_2025).resolveCommune(CommuneCode.parse("19753"), LocalDate.of(2020, 12, 31))
        .getIssues()).hasSize(1);
  }

  @Test
  void countsBeforeAndAfterTheReform() {
    for (LocalDate d : List.of(MARCH_2025, LAST_OLD)) {
      assertThat(VN.units(PROVINCE, d)).hasSize(63);
      assertThat(VN.units(DISTRICT, d)).hasSize(696);
      assertThat(VN.units(COMMUNE, d)).hasSize(10_047);
    }
    for (LocalDate d : List.of(REFORM, LocalDate.of(2030, 1, 1))) {
      assertThat(VN.units(PROVINCE, d)).hasSize(34);
      assertThat(VN.units(DISTRICT, d)).isEmpty();
      assertThat(VN.units(COMMUNE, d)).hasSize(3_321);
    }
    // sorted by code, each shown at the date with its parents
    List<AdministrativeUnit> provinces = VN.units(PROVINCE, REFORM);
    assertThat(codes(provinces)).isSorted().startsWith("01", "04", "08").endsWith("92", "96");
  }

  @Test
  void quangVinhOnFirstMarch2025() {
    UnitResolution r = VN.resolveCommune(QUANG_VINH, MARCH_2025);
    assertThat(r.isResolved()).isTrue();
    assertThat(r.getIssues()).isEmpty();
    AdministrativeUnit u = r.getUnit().orElseThrow();
    assertThat(u.getCode()).isEqualTo("19885");
    assertThat(u.getName()).isEqualTo("Xã Quảng Vinh");
    assertThat(u.getLevel()).isEqualTo(COMMUNE);
    assertThat(u.getType()).contains(AdministrativeUnitType.XA);
    assertThat(u.getValidFrom()).isEmpty();
    assertThat(u.getValidTo()).contains(LAST_OLD);
    AdministrativeUnit district = u.getParent().orElseThrow();
    assertThat(district.getCode()).isEqualTo("477");
    assertThat(district.getName()).isEqualTo("Huyện Quảng Điền");
    assertThat(district.getType()).contains(AdministrativeUnitType.HUYEN);
    AdministrativeUnit province = district.getParent().orElseThrow();
    // the list of 1 March 2025 names the province Thành phố Huế (centrally-run since 1 January 2025)
    assertThat(province.getCode()).isEqualTo("46");
    assertThat(province.getName()).isEqualTo("Thành phố Huế");
    assertThat(province.getType()).contains(AdministrativeUnitType.THANH_PHO_TRUNG_UONG);
    assertThat(province.getValidFrom()).contains(LocalDate.of(2025, 1, 1));
    assertThat(u.ancestorAt(DISTRICT).map(AdministrativeUnit::getCode)).contains("477");
    assertThat(u.ancestorAt(PROVINCE).map(AdministrativeUnit::getCode)).contains("46");
    // its one successor, wholly
    assertThat(u.getSuccessorCode()).contains("19885");
    assertThat(u.getSuccessorDate()).contains(REFORM);
    assertThat(u.getSuccessorName()).contains("Xã Đan Điền");
  }

  @Test
  void quangVinhInThuaThienHueBefore2025() {
    AdministrativeUnit u = commune("19885", LocalDate.of(2020, 3, 9));
    assertThat(u.getName()).isEqualTo("Xã Quảng Vinh");
    assertThat(u.getParent().orElseThrow().getName()).isEqualTo("Huyện Quảng Điền");
    AdministrativeUnit province = u.getRoot();
    assertThat(province.getCode()).isEqualTo("46");
    assertThat(province.getName()).isEqualTo("Tỉnh Thừa Thiên Huế");
    assertThat(province.getType()).contains(AdministrativeUnitType.TINH);
    assertThat(province.getValidTo()).contains(LocalDate.of(2024, 12, 31));
    assertThat(commune("19885", LocalDate.of(2024, 12, 31)).getRoot().getName()).isEqualTo("Tỉnh Thừa Thiên Huế");
    assertThat(commune("19885", LocalDate.of(2025, 1, 1)).getRoot().getName()).isEqualTo("Thành phố Huế");
    // the same commune in both forms of its province
    assertThat(commune("19885", LocalDate.of(2024, 12, 31)).getName()).isEqualTo("Xã Quảng Vinh");
  }

  @Test
  void danDienFromFirstJuly2025() {
    assertThat(commune("19885", LAST_OLD).getName()).isEqualTo("Xã Quảng Vinh");
    AdministrativeUnit u = commune("19885", REFORM);
    assertThat(u.getName()).isEqualTo("Xã Đan Điền");
    assertThat(u.getType()).contains(AdministrativeUnitType.XA);
    assertThat(u.getValidFrom()).contains(REFORM);
    assertThat(u.getValidTo()).isEmpty();
    assertThat(u.getSuccessorCode()).isEmpty();
    AdministrativeUnit province = u.getParent().orElseThrow();
    assertThat(province.getLevel()).isEqualTo(PROVINCE);
    assertThat(province.getCode()).isEqualTo("46");
    assertThat(province.getName()).isEqualTo("Thành phố Huế");
    assertThat(province.getValidFrom()).contains(REFORM);
    assertThat(u.ancestorAt(DISTRICT)).isEmpty();
    // same code, another unit: equal neither to the old one nor across the date
    assertThat(u).isNotEqualTo(commune("19885", MARCH_2025));
    assertThat(commune("19885", LocalDate.of(2026, 5, 1))).isEqualTo(u);
  }

  @Test
  void theFourCommunesMergedIntoDanDien() {
    List<Succession> merged = VN.predecessorsOf(COMMUNE, "19885", LocalDate.of(2025, 12, 31));
    assertThat(merged).extracting(s -> s.getPredecessor().getCode())
        .containsExactly("19870", "19876", "19885", "19897");
    assertThat(merged).extracting(s -> s.getPredecessor().getName())
        .containsExactly("Xã Quảng Thái", "Xã Quảng Lợi", "Xã Quảng Vinh", "Xã Quảng Phú");
    assertThat(merged).allSatisfy(s -> {
      assertThat(s.getKind()).isEqualTo(SuccessionKind.FULL);
      assertThat(s.isPartial()).isFalse();
      assertThat(s.getDate()).isEqualTo(REFORM);
      assertThat(s.getSuccessor()).isEqualTo(commune("19885", REFORM));
      // the predecessor is shown on its last day, in its district
      assertThat(s.getPredecessor().getValidTo()).contains(LAST_OLD);
      assertThat(s.getPredecessor().getParent().orElseThrow().getCode()).isEqualTo("477");
    });
    List<Succession> next = VN.successorsOf(COMMUNE, "19885", MARCH_2025);
    assertThat(next).hasSize(1);
    assertThat(next.get(0).toString()).isEqualTo("19885 Xã Quảng Vinh -> 19885 Xã Đan Điền on 2025-07-01 (FULL)");
    assertThat(next.get(0)).isEqualTo(merged.get(2));
    // the new unit has no successor yet; the old one no predecessor in the data
    assertThat(VN.successorsOf(COMMUNE, "19885", REFORM)).isEmpty();
    assertThat(VN.predecessorsOf(COMMUNE, "19885", MARCH_2025)).isEmpty();
  }

  @Test
  void theRestOfQuangDien() {
    assertThat(codes(VN.communesWithin(DISTRICT, "477", MARCH_2025))).containsExactly(
        "19867", "19870", "19873", "19876", "19879", "19882", "19885", "19888", "19891", "19894", "19897");
    assertThat(successorCodes("19867")).containsExactly("19867"); // Thị trấn Sịa -> xã Quảng Điền
    assertThat(commune("19867", REFORM).getName()).isEqualTo("Xã Quảng Điền");
    assertThat(successorCodes("19873")).containsExactly("19873"); // Quảng Ngạn -> phường Phong Quảng
    assertThat(commune("19873", REFORM).getName()).isEqualTo("Phường Phong Quảng");
    assertThat(successorCodes("19891")).containsExactly("20014"); // Quảng Thành -> phường Hóa Châu
    assertThat(commune("20014", REFORM).getName()).isEqualTo("Phường Hóa Châu");
    // Huế after the reform: 40 units, 21 phường and 19 xã
    List<AdministrativeUnit> hue = VN.communesWithin(PROVINCE, "46", REFORM);
    assertThat(hue).hasSize(40);
    assertThat(hue.stream().filter(u -> u.getType().orElseThrow() == AdministrativeUnitType.PHUONG)).hasSize(21);
    assertThat(hue.stream().filter(u -> u.getType().orElseThrow() == AdministrativeUnitType.XA)).hasSize(19);
    assertThat(hue).allSatisfy(u -> assertThat(u.getParent().orElseThrow().getCode()).isEqualTo("46"));
    // before: the communes of the province's nine districts
    List<AdministrativeUnit> oldHue = VN.communesWithin(PROVINCE, "46", MARCH_2025);
    assertThat(oldHue).hasSize(VN.units(DISTRICT, MARCH_2025).stream()
        .filter(d -> d.getParent().orElseThrow().getCode().equals("46"))
        .mapToInt(d -> VN.communesWithin(DISTRICT, d.getCode(), MARCH_2025).size()).sum());
    assertThat(oldHue).hasSize(134);
    // no districts after the reform, no unknown province
    assertThat(VN.communesWithin(DISTRICT, "477", REFORM)).isEmpty();
    assertThat(VN.communesWithin(PROVINCE, "99", REFORM)).isEmpty();
    assertThatThrownBy(() -> VN.communesWithin(COMMUNE, "19885", REFORM)).isInstanceOf(IllegalArgumentException.class);
  }

  static List<String> successorCodes(String oldCommune) {
    return VN.successorsOf(COMMUNE, oldCommune, MARCH_2025).stream().map(s -> s.getSuccessor().getCode())
        .collect(Collectors.toList());
  }

  @Test
  void aPartialLink() {
    // Phường Cống Vị (Ba Đình, Hà Nội) was divided between Phường Ngọc Hà and Phường Giảng Võ
    List<Succession> s = VN.successorsOf(COMMUNE, "00007", MARCH_2025);
    assertThat(s).extracting(x -> x.getSuccessor().getCode() + " " + x.getSuccessor().getName())
        .containsExactly("00008 Phường Ngọc Hà", "00025 Phường Giảng Võ");
    assertThat(s).allSatisfy(x -> {
      assertThat(x.getKind()).isEqualTo(SuccessionKind.PARTIAL);
      assertThat(x.isPartial()).isTrue();
      assertThat(x.getPredecessor().getName()).isEqualTo("Phường Cống Vị");
    });
    // a unit split among several successors has no single successor on AdministrativeUnit
    assertThat(commune("00007", MARCH_2025).getSuccessorCode()).isEmpty();
    // new -> old: Phường Ba Đình took parts of six wards and the whole of two
    List<Succession> baDinh = VN.predecessorsOf(COMMUNE, "00004", REFORM);
    assertThat(baDinh).filteredOn(x -> x.getKind() == SuccessionKind.FULL)
        .extracting(x -> x.getPredecessor().getName()).containsExactly("Phường Trúc Bạch", "Phường Quán Thánh");
    assertThat(baDinh).filteredOn(Succession::isPartial).extracting(x -> x.getPredecessor().getCode())
        .contains("00016", "00019", "00022");
  }

  @Test
  void anUnknownCodeIsACodedIssueNeverAGuess() {
    UnitResolution r = VN.resolveCommune(CommuneCode.parse("99999"), MARCH_2025);
    assertThat(r.isResolved()).isFalse();
    assertThat(r.getUnit()).isEmpty();
    assertThat(r.getIssues()).hasSize(1);
    Issue i = r.getIssues().get(0);
    assertThat(i.getCode()).isEqualTo("ADMIN_UNIT_UNKNOWN");
    assertThat(i.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(i.getLocation()).isEqualTo(Location.unknown());
    assertThat(i.getMessageVi()).isEqualTo("Mã đơn vị hành chính không có trong danh mục: 99999");
    assertThat(i.getMessageEn()).isEqualTo("The administrative unit code is not in the list: 99999");
    assertThat(i.withLocation(Location.ofLine("submission.json", 3, "commune_code")).getLocation().getFile())
        .contains("submission.json");
    assertThat(r.toString()).startsWith("unresolved: ERROR ADMIN_UNIT_UNKNOWN");
  }

  @Test
  void aCodeInForceOnlyBeforeTheReform() {
    // Xã Quảng Thái went into Xã Đan Điền: its code is not reused
    assertThat(commune("19870", LAST_OLD).getName()).isEqualTo("Xã Quảng Thái");
    UnitResolution r = VN.resolveCommune(CommuneCode.parse("19870"), REFORM);
    assertThat(r.getUnit()).isEmpty();
    Issue i = r.getIssues().get(0);
    assertThat(i.getCode()).isEqualTo("ADMIN_UNIT_NOT_IN_FORCE");
    assertThat(i.getMessage(Language.EN))
        .isEqualTo("The administrative unit code is not in force on that date: 19870 @ 2025-07-01 (…–2025-06-30)");
    assertThat(i.getMessage(Language.VI)).startsWith("Mã đơn vị hành chính không có hiệu lực vào ngày này: 19870");
    // its successor is found from a date on which it is in force, never by resolving it later
    assertThat(successorCodes("19870")).containsExactly("19885");
    assertThat(VN.successorsOf(COMMUNE, "19870", REFORM)).isEmpty();
  }

  @Test
  void aCodeInForceOnlyAfterTheReform() {
    // Đặc khu Bạch Long Vĩ took the place of Huyện Bạch Long Vĩ, a district without communes
    UnitResolution before = VN.resolveCommune(CommuneCode.parse("11948"), LAST_OLD);
    assertThat(before.getIssues()).extracting(Issue::getCode).containsExactly("ADMIN_UNIT_NOT_IN_FORCE");
    assertThat(before.getIssues().get(0).getMessageEn()).endsWith("11948 @ 2025-06-30 (2025-07-01–…)");
    AdministrativeUnit u = commune("11948", REFORM);
    assertThat(u.getName()).isEqualTo("Đặc khu Bạch Long Vĩ");
    assertThat(u.getType()).contains(AdministrativeUnitType.DAC_KHU);
    assertThat(u.getParent().orElseThrow().getName()).isEqualTo("Thành phố Hải Phòng");
    List<Succession> from = VN.predecessorsOf(COMMUNE, "11948", REFORM);
    assertThat(from).hasSize(1);
    assertThat(from.get(0).getPredecessor().getLevel()).isEqualTo(DISTRICT);
    assertThat(from.get(0).getPredecessor().getName()).isEqualTo("Huyện Bạch Long Vĩ");
    assertThat(VN.successorsOf(DISTRICT, "318", MARCH_2025)).extracting(s -> s.getSuccessor().getCode())
        .containsExactly("11948");
    assertThat(VN.communesWithin(DISTRICT, "318", MARCH_2025)).isEmpty();
  }

  @Test
  void aCodeReusedByAnUnrelatedUnit() {
    // 23710 was Xã A Dơk (Gia Lai, district 626) and is Xã Ia Băng from 1 July 2025, which A Dơk did not go into
    assertThat(commune("23710", MARCH_2025).getName()).isEqualTo("Xã A Dơk");
    assertThat(commune("23710", REFORM).getName()).isEqualTo("Xã Ia Băng");
    assertThat(successorCodes("23710")).doesNotContain("23710");
    assertThat(VN.predecessorsOf(COMMUNE, "23710", REFORM)).extracting(s -> s.getPredecessor().getCode())
        .doesNotContain("23710");
    assertThat(VN.history(COMMUNE, "23710")).extracting(AdministrativeUnit::getName)
        .containsExactly("Xã A Dơk", "Xã Ia Băng");
  }

  @Test
  void history() {
    List<AdministrativeUnit> h = VN.history(COMMUNE, "19885");
    assertThat(h).extracting(AdministrativeUnit::getName).containsExactly("Xã Quảng Vinh", "Xã Đan Điền");
    assertThat(h.get(0).getRoot().getName()).isEqualTo("Thành phố Huế"); // on its last day
    assertThat(VN.history(PROVINCE, "46")).extracting(AdministrativeUnit::getName)
        .containsExactly("Tỉnh Thừa Thiên Huế", "Thành phố Huế", "Thành phố Huế");
    assertThat(VN.history(COMMUNE, "99999")).isEmpty();
    assertThat(VN.history(DISTRICT, "19885")).isEmpty();
  }

  @Test
  void districtsEndOnThirtiethJune2025() {
    assertThat(VN.resolve(DISTRICT, "477", LAST_OLD).getUnit().orElseThrow().getName()).isEqualTo("Huyện Quảng Điền");
    UnitResolution r = VN.resolve(DISTRICT, "477", REFORM);
    assertThat(r.getIssues()).extracting(Issue::getCode).containsExactly("ADMIN_LEVEL_NOT_IN_USE");
    assertThat(r.getIssues().get(0).getMessageEn()).endsWith(": DISTRICT 477 @ 2025-07-01");
    // a district ends without successor (its communes have theirs)
    assertThat(VN.successorsOf(DISTRICT, "477", MARCH_2025)).isEmpty();
  }

  @Test
  void provincesAcrossTheReform() {
    // a renamed province is followed to its end; successions are the reform's
    List<Succession> hue = VN.successorsOf(PROVINCE, "46", LocalDate.of(2024, 6, 1));
    assertThat(hue).hasSize(1);
    assertThat(hue.get(0).getPredecessor().getName()).isEqualTo("Thành phố Huế");
    assertThat(hue.get(0).getSuccessor().getValidFrom()).contains(REFORM);
    assertThat(VN.predecessorsOf(PROVINCE, "46", REFORM)).extracting(s -> s.getPredecessor().getCode())
        .containsExactly("46");
    // Hà Giang went into Tuyên Quang; Tuyên Quang took in Hà Giang and itself
    assertThat(VN.successorsOf(PROVINCE, "02", MARCH_2025)).extracting(s -> s.getSuccessor().getName())
        .containsExactly("Tỉnh Tuyên Quang");
    assertThat(VN.predecessorsOf(PROVINCE, "08", REFORM)).extracting(s -> s.getPredecessor().getName())
        .containsExactly("Tỉnh Hà Giang", "Tỉnh Tuyên Quang");
    assertThat(VN.resolve(PROVINCE, "02", REFORM).getIssues()).extracting(Issue::getCode)
        .containsExactly("ADMIN_UNIT_NOT_IN_FORCE");
  }

  @Test
  void aCorrectedLinkOfTheSource() {
    // Xã Tân Phú (Châu Thành, An Giang) went into Xã Vĩnh An (An Giang), not into Đồng Tháp's Xã Tân Phú Trung
    List<Succession> s = VN.successorsOf(COMMUNE, "30622", MARCH_2025);
    assertThat(s).extracting(x -> x.getSuccessor().getCode() + " " + x.getSuccessor().getName())
        .containsExactly("30604 Xã Vĩnh An");
    assertThat(s.get(0).getSuccessor().getRoot().getName()).isEqualTo("Tỉnh An Giang");
    assertThat(VN.predecessorsOf(COMMUNE, "30259", REFORM)).extracting(x -> x.getPredecessor().getCode())
        .doesNotContain("30622");
  }

  @Test
  void malformedCodesAndLevels() {
    assertThat(VN.resolve(COMMUNE, "1988", MARCH_2025).getIssues()).extracting(Issue::getCode)
        .containsExactly("ADMIN_CODE_FORMAT");
    assertThat(VN.resolve(PROVINCE, "477", MARCH_2025).getIssues().get(0).getMessageEn())
        .endsWith(": PROVINCE \"477\", 2 digits");
    assertThat(VN.resolve(COMMUNE, "1988\u0000x\u202eyyyyyyyyyyyyyyyyy", MARCH_2025).getIssues().get(0).getMessageEn())
        .endsWith(": COMMUNE \"1988?x?yyyyy…\", 5 digits");
    assertThat(VN.resolve(DISTRICT, "19885", MARCH_2025).getIssues()).extracting(Issue::getCode)
        .containsExactly("ADMIN_CODE_FORMAT");
    assertThatThrownBy(() -> VN.resolve(AdministrativeLevel.VILLAGE, "1", MARCH_2025))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VN.units(AdministrativeLevel.VILLAGE, MARCH_2025))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VN.resolveCommune(QUANG_VINH, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theSharedInstance() {
    assertThat(AdministrativeDivisions.gso()).isSameAs(VN);
    assertThat(VN.successions()).hasSize(10_667);
  }

  @Test
  void issueCodes() {
    for (AdministrativeIssueCode c : AdministrativeIssueCode.values()) {
      assertThat(c.getCode()).isEqualTo(c.name()).startsWith("ADMIN_");
      assertThat(c.getMessageVi()).isNotBlank().isNotEqualTo(c.getMessageEn());
      assertThat(c.getMessage(Language.EN)).isEqualTo(c.getMessageEn());
      Issue i = c.issue(Location.ofPath("communeCode"));
      assertThat(i.getCode()).isEqualTo(c.getCode());
      assertThat(i.getSeverity()).isEqualTo(c.getSeverity());
      assertThat(i.getMessageVi()).isEqualTo(c.getMessageVi());
      assertThat(i.getLocation().getPath()).contains("communeCode");
    }
    assertThat(AdministrativeIssueCode.ADMIN_SUCCESSION_PARTIAL.getSeverity()).isEqualTo(Severity.WARNING);
  }
}

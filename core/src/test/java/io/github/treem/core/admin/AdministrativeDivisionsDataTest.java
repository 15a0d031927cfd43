package io.github.treem.core.admin;

import static io.github.treem.core.admin.AdministrativeLevel.COMMUNE;
import static io.github.treem.core.admin.AdministrativeLevel.DISTRICT;
import static io.github.treem.core.admin.AdministrativeLevel.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Self-consistency of the whole bundled data, and its agreement with the facts of domain-vn.md
 * section 9 (the province mapping of Nghị quyết 60-NQ/TW and Công văn 915/CTK-CSCL, the commune
 * counts of Công văn 1027/CTK-CSCL).
 */
class AdministrativeDivisionsDataTest {
  static final AdministrativeDivisions VN = AdministrativeDivisions.gso();
  static final LocalDate OLD = LocalDate.of(2025, 6, 30);
  static final LocalDate NEW = LocalDate.of(2025, 7, 1);

  /** Old GSO province code -> new province code (domain-vn.md 9.2). */
  static final String PROVINCE_MAPPING = "01>01 02>08 04>04 06>19 08>08 10>15 11>11 12>12 14>14 15>15 17>25 19>19 20>20"
      + " 22>22 24>24 25>25 26>25 27>24 30>31 31>31 33>33 34>33 35>37 36>37 37>37 38>38 40>40 42>42 44>44 45>44"
      + " 46>46 48>48 49>48 51>51 52>52 54>66 56>56 58>56 60>68 62>51 64>52 66>66 67>68 68>68 70>75 72>80 74>79"
      + " 75>75 77>79 79>79 80>80 82>82 83>86 84>86 86>86 87>82 89>91 91>91 92>92 93>92 94>92 95>96 96>96";

  /** Commune-level units per new province (rows of Công văn 1027/CTK-CSCL, domain-vn.md 9.2). */
  static final String NEW_COMMUNES = "01=126 04=56 08=124 11=45 12=38 14=75 15=99 19=92 20=65 22=54 24=99 25=148"
      + " 31=114 33=104 37=129 38=166 40=130 42=69 44=78 46=40 48=94 51=96 52=135 56=65 66=102 68=124 75=95"
      + " 79=168 80=96 82=102 86=124 91=102 92=103 96=64";

  @Test
  void typesBeforeAndAfter() {
    assertThat(typeCounts(OLD)).isEqualTo(Map.of(
        AdministrativeUnitType.TINH, 57L, AdministrativeUnitType.THANH_PHO_TRUNG_UONG, 6L,
        AdministrativeUnitType.HUYEN, 508L, AdministrativeUnitType.THANH_PHO_CAP_HUYEN, 87L,
        AdministrativeUnitType.THI_XA, 52L, AdministrativeUnitType.QUAN, 49L,
        AdministrativeUnitType.XA, 7706L, AdministrativeUnitType.PHUONG, 1724L, AdministrativeUnitType.THI_TRAN, 617L));
    // 3,321 = 2,621 xã + 687 phường + 13 đặc khu; 28 tỉnh + 6 thành phố
    assertThat(typeCounts(NEW)).isEqualTo(Map.of(
        AdministrativeUnitType.TINH, 28L, AdministrativeUnitType.THANH_PHO_TRUNG_UONG, 6L,
        AdministrativeUnitType.XA, 2621L, AdministrativeUnitType.PHUONG, 687L, AdministrativeUnitType.DAC_KHU, 13L));
  }

  static Map<AdministrativeUnitType, Long> typeCounts(LocalDate d) {
    Map<AdministrativeUnitType, Long> m = new EnumMap<>(AdministrativeUnitType.class);
    for (AdministrativeLevel l : List.of(PROVINCE, DISTRICT, COMMUNE)) {
      for (AdministrativeUnit u : VN.units(l, d)) {
        m.merge(u.getType().orElseThrow(), 1L, Long::sum);
      }
    }
    return m;
  }

  @Test
  void namesAndParentsAtEveryDateOfTheData() {
    List<String> bad = new ArrayList<>();
    int checked = 0;
    for (LocalDate d : List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1), OLD, NEW)) {
      boolean districts = DISTRICT.isInUseOn(d);
      for (AdministrativeLevel l : List.of(PROVINCE, DISTRICT, COMMUNE)) {
        // the parents, in force at the date: commune, district, province before; commune, province after
        List<AdministrativeLevel> chain = l == COMMUNE ? (districts ? List.of(DISTRICT, PROVINCE) : List.of(PROVINCE))
            : l == DISTRICT ? List.of(PROVINCE) : List.of();
        for (AdministrativeUnit u : VN.units(l, d)) {
          checked++;
          String name = u.getName();
          boolean ok = !name.isBlank() && !name.contains("  ") && name.equals(name.strip())
              && u.getType().orElseThrow().getLevel() == l
              && u.isValidOn(d)
              && u.getAncestors().stream().map(AdministrativeUnit::getLevel).collect(Collectors.toList()).equals(chain)
              && u.getAncestors().stream().allMatch(a -> a.isValidOn(d) && !a.getName().isBlank())
              && VN.resolve(l, u.getCode(), d).getUnit().orElseThrow().equals(u);
          if (!ok) {
            bad.add(d + " " + u.getCode());
          }
        }
      }
    }
    assertThat(bad).isEmpty();
    assertThat(checked).isEqualTo(2 * (63 + 696 + 10_047) + 63 + 696 + 10_047 + 34 + 3_321);
  }

  @Test
  void everyOldCommuneHasASuccessorAndEveryNewOneAPredecessor() {
    List<AdministrativeUnit> old = VN.units(COMMUNE, OLD);
    for (AdministrativeUnit u : old) {
      List<Succession> next = VN.successorsOf(COMMUNE, u.getCode(), OLD);
      assertThat(next).as(u.getCode()).isNotEmpty();
      // one successor: the whole unit; several: a part in each
      if (next.size() == 1) {
        assertThat(next.get(0).getKind()).as(u.getCode()).isEqualTo(SuccessionKind.FULL);
      } else {
        assertThat(next).as(u.getCode()).allMatch(Succession::isPartial);
      }
    }
    for (AdministrativeUnit u : VN.units(COMMUNE, NEW)) {
      assertThat(VN.predecessorsOf(COMMUNE, u.getCode(), NEW)).as(u.getCode()).isNotEmpty();
    }
    // the five island districts without communes each became a đặc khu
    List<AdministrativeUnit> emptyDistricts = VN.units(DISTRICT, OLD).stream()
        .filter(d -> VN.communesWithin(DISTRICT, d.getCode(), OLD).isEmpty()).collect(Collectors.toList());
    assertThat(emptyDistricts).extracting(AdministrativeUnit::getName).containsExactly(
        "Huyện Bạch Long Vĩ", "Huyện Cồn Cỏ", "Huyện Hoàng Sa", "Huyện Lý Sơn", "Huyện Côn Đảo");
    for (AdministrativeUnit d : emptyDistricts) {
      List<Succession> s = VN.successorsOf(DISTRICT, d.getCode(), OLD);
      assertThat(s).hasSize(1);
      assertThat(s.get(0).getSuccessor().getType()).contains(AdministrativeUnitType.DAC_KHU);
      assertThat(s.get(0).getSuccessor().getName()).isEqualTo(d.getName().replace("Huyện", "Đặc khu"));
    }
    assertThat(VN.successions().stream().filter(s -> s.getPredecessor().getLevel() == COMMUNE)).hasSize(10_599);
    assertThat(VN.successions().stream().filter(Succession::isPartial)).hasSize(1_012);
  }

  @Test
  void roundTripsOldToNewToOld() {
    int links = 0;
    for (AdministrativeUnit old : VN.units(COMMUNE, OLD)) {
      for (Succession s : VN.successorsOf(COMMUNE, old.getCode(), OLD)) {
        List<Succession> back = VN.predecessorsOf(COMMUNE, s.getSuccessor().getCode(), NEW);
        assertThat(back).as(s.toString()).contains(s);
        links++;
      }
    }
    assertThat(links).isEqualTo(10_599);
    for (AdministrativeUnit neu : VN.units(COMMUNE, NEW)) {
      for (Succession s : VN.predecessorsOf(COMMUNE, neu.getCode(), NEW)) {
        LocalDate day = s.getPredecessor().getValidTo().orElseThrow();
        assertThat(VN.successorsOf(s.getPredecessor().getLevel(), s.getPredecessor().getCode(), day)).contains(s);
      }
    }
    // every succession in the data is found from both ends
    Set<Succession> all = new HashSet<>(VN.successions());
    assertThat(all).hasSize(10_667);
  }

  @Test
  void theProvinceMappingOfTheReform() {
    Map<String, String> expected = new TreeMap<>();
    for (String pair : PROVINCE_MAPPING.split(" ")) {
      expected.put(pair.substring(0, 2), pair.substring(3));
    }
    Map<String, String> actual = new TreeMap<>();
    for (AdministrativeUnit p : VN.units(PROVINCE, OLD)) {
      List<Succession> s = VN.successorsOf(PROVINCE, p.getCode(), OLD);
      assertThat(s).as(p.getCode()).hasSize(1);
      assertThat(s.get(0).getKind()).isEqualTo(SuccessionKind.FULL);
      actual.put(p.getCode(), s.get(0).getSuccessor().getCode());
    }
    assertThat(actual).isEqualTo(expected);
    // and every commune went into the province its province went into
    for (AdministrativeUnit c : VN.units(COMMUNE, OLD)) {
      String newProvince = expected.get(c.getRoot().getCode());
      for (Succession s : VN.successorsOf(COMMUNE, c.getCode(), OLD)) {
        assertThat(s.getSuccessor().getRoot().getCode()).as(s.toString()).isEqualTo(newProvince);
      }
    }
  }

  @Test
  void communesPerNewProvince() {
    Map<String, Integer> expected = new TreeMap<>();
    for (String pair : NEW_COMMUNES.split(" ")) {
      expected.put(pair.substring(0, 2), Integer.parseInt(pair.substring(3)));
    }
    Map<String, Integer> actual = new TreeMap<>();
    for (AdministrativeUnit p : VN.units(PROVINCE, NEW)) {
      actual.put(p.getCode(), VN.communesWithin(PROVINCE, p.getCode(), NEW).size());
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3_321);
  }

  @Test
  void aNewCommuneUsuallyReusesAPredecessorsCode() {
    List<String> fresh = new ArrayList<>();
    for (AdministrativeUnit u : VN.units(COMMUNE, NEW)) {
      boolean reused = VN.predecessorsOf(COMMUNE, u.getCode(), NEW).stream()
          .anyMatch(s -> s.getPredecessor().getCode().equals(u.getCode()));
      if (!reused) {
        fresh.add(u.getCode());
      }
    }
    // the five đặc khu that replaced districts, and two codes of Gia Lai that an unrelated unit had
    assertThat(fresh).containsExactly("11948", "19742", "20333", "21548", "23710", "23737", "26732");
  }

  @Test
  void writeGivesTheBundledBytes() throws IOException {
    StringWriter units = new StringWriter();
    StringWriter successions = new StringWriter();
    VN.write(units, successions);
    assertThat(units.toString()).isEqualTo(resource("units.tsv"));
    assertThat(successions.toString()).isEqualTo(resource("successions.tsv"));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = AdministrativeDivisionsDataTest.class.getResourceAsStream(
        "/io/github/treem/core/internal/admin/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void namesThatDoNotBeginWithTheirType() {
    // kept as recorded: capitalised types ("Thị Trấn") and two wards of Phú Nhuận typed as xã
    Map<AdministrativeUnitType, String> prefix = new EnumMap<>(AdministrativeUnitType.class);
    prefix.put(AdministrativeUnitType.TINH, "Tỉnh ");
    prefix.put(AdministrativeUnitType.THANH_PHO_TRUNG_UONG, "Thành phố ");
    prefix.put(AdministrativeUnitType.QUAN, "Quận ");
    prefix.put(AdministrativeUnitType.HUYEN, "Huyện ");
    prefix.put(AdministrativeUnitType.THI_XA, "Thị xã ");
    prefix.put(AdministrativeUnitType.THANH_PHO_CAP_HUYEN, "Thành phố ");
    prefix.put(AdministrativeUnitType.XA, "Xã ");
    prefix.put(AdministrativeUnitType.PHUONG, "Phường ");
    prefix.put(AdministrativeUnitType.THI_TRAN, "Thị trấn ");
    prefix.put(AdministrativeUnitType.DAC_KHU, "Đặc khu ");
    Map<String, String> odd = new HashMap<>();
    for (LocalDate d : List.of(OLD, NEW)) {
      for (AdministrativeLevel l : List.of(PROVINCE, DISTRICT, COMMUNE)) {
        for (AdministrativeUnit u : VN.units(l, d)) {
          if (!u.getName().startsWith(prefix.get(u.getType().orElseThrow()))) {
            odd.put(u.getCode(), u.getName());
          }
        }
      }
    }
    assertThat(odd).hasSize(19).containsEntry("27046", "Phường 5").containsEntry("27076", "Phường 15")
        .containsValue("Thị Trấn Mường Chà");
    assertThat(odd.values()).allMatch(n -> n.startsWith("Thị Trấn ") || n.startsWith("Thị Xã ")
        || n.startsWith("Thành Phố ") || Arrays.asList("Phường 5", "Phường 15").contains(n));
  }
}

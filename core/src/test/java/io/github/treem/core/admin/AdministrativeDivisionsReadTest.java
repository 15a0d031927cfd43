package io.github.treem.core.admin;

import static io.github.treem.core.admin.AdministrativeLevel.COMMUNE;
import static io.github.treem.core.admin.AdministrativeLevel.DISTRICT;
import static io.github.treem.core.admin.AdministrativeLevel.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Data the caller supplies: the tab-separated files and the builder, good and bad. */
class AdministrativeDivisionsReadTest {
  static final String UNITS = "code\ttype\tparent\tfrom\tto\tname\n";
  static final String SUCCESSIONS = "from\tto\tdate\tkind\n";
  /** A small tree: a province, a district of two communes, merged on 2026-01-01 into one commune of the province. */
  static final String TREE = UNITS
      + "90\tTINH\t\t\t\tTỉnh Thử\n"
      + "900\tHUYEN\t90\t\t2025-12-31\tHuyện Một\n"
      + "90001\tXA\t900\t\t2025-12-31\tXã Đông\n"
      + "90002\tTHI_TRAN\t900\t2020-01-01\t2025-12-31\tThị trấn Tây\n"
      + "90001\tXA\t90\t2026-01-01\t\tXã Đông Tây\n";
  static final String TREE_LINKS = SUCCESSIONS
      + "90001\t90001\t2026-01-01\tFULL\n"
      + "90002\t90001\t2026-01-01\tFULL\n";

  static AdministrativeDivisions read(String units, String successions) throws IOException {
    return AdministrativeDivisions.read(new StringReader(units), new StringReader(successions));
  }

  @Test
  void readsAndWritesTheFormat() throws IOException {
    AdministrativeDivisions d = read("\uFEFF# a comment\r\n" + TREE.replace("\n", "\r\n") + "\n\n", "# links\n" + TREE_LINKS);
    AdministrativeUnit tay = d.resolveCommune(CommuneCode.parse("90002"), LocalDate.of(2024, 1, 1)).getUnit().orElseThrow();
    assertThat(tay.getName()).isEqualTo("Thị trấn Tây");
    assertThat(tay.getType()).contains(AdministrativeUnitType.THI_TRAN);
    assertThat(tay.getParent().orElseThrow().getName()).isEqualTo("Huyện Một");
    assertThat(d.resolveCommune(CommuneCode.parse("90002"), LocalDate.of(2019, 12, 31)).getIssues().get(0).getCode())
        .isEqualTo("ADMIN_UNIT_NOT_IN_FORCE");
    assertThat(d.predecessorsOf(COMMUNE, "90001", LocalDate.of(2026, 1, 1))).extracting(s -> s.getPredecessor().getName())
        .containsExactly("Xã Đông", "Thị trấn Tây");
    assertThat(d.communesWithin(PROVINCE, "90", LocalDate.of(2026, 1, 1))).extracting(AdministrativeUnit::getName)
        .containsExactly("Xã Đông Tây");
    assertThat(d.communesWithin(PROVINCE, "90", LocalDate.of(2025, 1, 1))).extracting(AdministrativeUnit::getName)
        .containsExactly("Xã Đông", "Thị trấn Tây");
    // written canonically: without the comments, BOM and CRs, and read back equal
    StringWriter u = new StringWriter();
    StringWriter s = new StringWriter();
    d.write(u, s);
    assertThat(u.toString()).isEqualTo(UNITS
        + "90\tTINH\t\t\t\tTỉnh Thử\n"
        + "900\tHUYEN\t90\t\t2025-12-31\tHuyện Một\n"
        + "90001\tXA\t900\t\t2025-12-31\tXã Đông\n"
        + "90001\tXA\t90\t2026-01-01\t\tXã Đông Tây\n"
        + "90002\tTHI_TRAN\t900\t2020-01-01\t2025-12-31\tThị trấn Tây\n");
    assertThat(s.toString()).isEqualTo(TREE_LINKS);
    AdministrativeDivisions again = read(u.toString(), s.toString());
    assertThat(again.successions()).isEqualTo(d.successions());
    assertThat(again.units(COMMUNE, LocalDate.of(2024, 1, 1))).isEqualTo(d.units(COMMUNE, LocalDate.of(2024, 1, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // what                  | units (\n, \t as written)                     | successions  | code | message part
      "no header             | 90\\tTINH\\t\\t\\t\\tT                       |              | 0610 | units line 1: expected",
      "empty file            | ''                                            |              | 0610 | units: empty",
      "field count           | 90\\tTINH\\t\\t\\tT                          |              | 0611 | units line 2: 5 fields, expected 6",
      "unknown type          | 90\\tBANG\\t\\t\\t\\tT                       |              | 0613 | units line 2: \"BANG\" is not a AdministrativeUnitType",
      "bad date              | 90\\tTINH\\t\\t2025-02-30\\t\\tT             |              | 0614 | units line 2: \"2025-02-30\"",
      "code of another level | 900\\tTINH\\t\\t\\t\\tT                      |              | 0612 | unit 900 (line 2): a PROVINCE code has 2 digits",
      "blank name            | 90\\tTINH\\t\\t\\t\\t                        |              | 0615 | unit 90 (line 2)",
      "ends before it begins | 90\\tTINH\\t\\t2025-02-01\\t2025-01-31\\tT    |              | 0616 | unit 90 (line 2)",
      "overlap               | 90\\tTINH\\t\\t\\t2025-01-31\\tT\\n90\\tTINH\\t\\t2025-01-31\\t\\tT | | 0617 | unit 90 (line 2) and unit 90 (line 3)",
      "no parent             | 90001\\tXA\\t\\t\\t\\tX                      |              | 0618 | unit 90001 (line 2): no parent",
      "province with parent  | 90\\tTINH\\t91\\t\\t\\tT                     |              | 0618 | a province has no parent",
      "parent missing        | 90001\\tXA\\t900\\t\\t\\tX                   |              | 0618 | no unit 900",
      "parent of a commune   | 90\\tTINH\\t\\t\\t\\tT\\n90001\\tXA\\t90002\\t\\t\\tX | | 0618 | parent 90002 is not the code of a unit above a COMMUNE",
      "parent ends first     | 90\\tTINH\\t\\t\\t2025-06-30\\tT\\n90001\\tXA\\t90\\t\\t\\tX | | 0618 | parent 90 is not in force on 2025-07-01",
      "parent begins late    | 90\\tTINH\\t\\t2020-01-01\\t\\tT\\n90001\\tXA\\t90\\t\\t\\tX | | 0618 | parent 90 is not in force on the unit's first days",
      "parent has a gap      | 90\\tTINH\\t\\t\\t2020-01-01\\tT\\n90\\tTINH\\t\\t2020-01-03\\t\\tT\\n90001\\tXA\\t90\\t\\t\\tX | | 0618 | not in force on 2020-01-02",
      "no predecessor        | 90\\tTINH\\t\\t2020-01-01\\t\\tT              | 91\\t90\\t2020-01-01\\tFULL | 0619 | no unit 91 ends on 2019-12-31",
      "no successor          | 90\\tTINH\\t\\t\\t2019-12-31\\tT              | 90\\t90\\t2020-01-01\\tFULL | 0619 | no unit 90 begins on 2020-01-01",
      "succession twice      | 90\\tTINH\\t\\t\\t2019-12-31\\tT\\n91\\tTINH\\t\\t2020-01-01\\t\\tU | 90\\t91\\t2020-01-01\\tFULL\\n90\\t91\\t2020-01-01\\tPARTIAL | 0620 | is listed twice",
      "full into two         | 90\\tTINH\\t\\t\\t2019-12-31\\tT\\n91\\tTINH\\t\\t2020-01-01\\t\\tU\\n92\\tTINH\\t\\t2020-01-01\\t\\tV | 90\\t91\\t2020-01-01\\tPARTIAL\\n90\\t92\\t2020-01-01\\tFULL | 0620 | has 2 successors",
      "succession kind       | 90\\tTINH\\t\\t\\t\\tT                        | 90\\t90\\t2020-01-01\\tSOME | 0613 | successions line 2: \"SOME\" is not a SuccessionKind",
      "succession no date    | 90\\tTINH\\t\\t\\t\\tT                        | 90\\t90\\t\\tFULL | 0614 | successions line 2: the date is empty",
      "succession code       | 90\\tTINH\\t\\t\\t\\tT                        | 9\\t90\\t2020-01-01\\tFULL | 0612 | succession 9 -> 90 on 2020-01-01 (line 2)",
  })
  void refusesBrokenData(String what, String units, String successions, String code, String message) {
    String u = units.equals("''") ? "" : (units.startsWith("90") ? UNITS : "") + unescape(units) + "\n";
    if (what.equals("no header")) {
      u = unescape(units) + "\n";
    }
    String s = SUCCESSIONS + (successions == null ? "" : unescape(successions) + "\n");
    String fu = u;
    ThrowingCallable read = () -> read(fu, s);
    assertThatThrownBy(read).as(what).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("TREEM-CORE-" + code + ": ")
        .hasMessageContaining(message)
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-" + code);
  }

  static String unescape(String s) {
    return s.replace("\\t", "\t").replace("\\n", "\n");
  }

  @Test
  void aNewerListThroughTheBuilder() {
    // a later arrangement: Xã Đan Điền and Xã Quảng Điền (Huế) form one commune on 2027-01-01
    LocalDate day = LocalDate.of(2027, 1, 1);
    AdministrativeDivisions later = AdministrativeDivisions.gso().toBuilder()
        .endUnit("19885", day.minusDays(1))
        .endUnit("19867", day.minusDays(1))
        .addUnit("19867", AdministrativeUnitType.XA, "Xã Quảng Điền Mới", "46", day, null)
        .addSuccession("19885", "19867", day, SuccessionKind.FULL)
        .addSuccession("19867", "19867", day, SuccessionKind.FULL)
        .build();
    assertThat(later.resolveCommune(CommuneCode.parse("19885"), day).getIssues().get(0).getMessageEn())
        .endsWith("19885 @ 2027-01-01 (…–2025-06-30, 2025-07-01–2026-12-31)");
    AdministrativeUnit danDien = later.resolveCommune(CommuneCode.parse("19885"), LocalDate.of(2026, 6, 1))
        .getUnit().orElseThrow();
    assertThat(danDien.getSuccessorCode()).contains("19867");
    assertThat(danDien.getSuccessorName()).contains("Xã Quảng Điền Mới");
    // a series steps through both arrangements
    Succession first = later.successorsOf(COMMUNE, "19885", LocalDate.of(2025, 3, 1)).get(0);
    List<Succession> second = later.successorsOf(COMMUNE, first.getSuccessor().getCode(), first.getDate());
    assertThat(second).extracting(s -> s.getSuccessor().getName()).containsExactly("Xã Quảng Điền Mới");
    assertThat(later.predecessorsOf(COMMUNE, "19867", day)).hasSize(2);
    assertThat(later.units(COMMUNE, day)).hasSize(3_320);
    // the bundled data are unchanged
    assertThat(AdministrativeDivisions.gso().resolveCommune(CommuneCode.parse("19885"), day).getUnit()
        .orElseThrow().getName()).isEqualTo("Xã Đan Điền");
  }

  @Test
  void theBuilderChecksEverythingAndCanBuildAgain() {
    AdministrativeDivisions.Builder b = AdministrativeDivisions.builder()
        .addUnit("90", AdministrativeUnitType.TINH, "Tỉnh Thử", null, null, null)
        .addUnit("900", AdministrativeUnitType.QUAN, "Quận Một", "90", null, null);
    AdministrativeDivisions one = b.build();
    AdministrativeDivisions two = b.build();
    assertThat(one.units(DISTRICT, LocalDate.of(2000, 1, 1))).isEqualTo(two.units(DISTRICT, LocalDate.of(2000, 1, 1)));
    b.addUnit("90001", AdministrativeUnitType.PHUONG, "Phường", "91", null, null);
    assertThatThrownBy(b::build).isInstanceOf(InvalidValueException.class)
        .hasMessage("TREEM-CORE-0618: The parent unit is missing, of a wrong level, or not in force throughout the"
            + " unit's period: unit 90001 (entry 3): no unit 91");
    assertThatThrownBy(() -> b.endUnit("77", LocalDate.of(2020, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.addUnit(null, AdministrativeUnitType.XA, "x", null, null, null))
        .isInstanceOf(NullPointerException.class);
  }
}

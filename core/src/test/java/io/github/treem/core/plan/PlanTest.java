package io.github.treem.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanTest {

  static ResponsibleUnit unit(String id, UnitRole role) {
    return ResponsibleUnit.builder().id(id).nameVi(role.getNameVi()).nameEn(role.getNameEn()).role(role).build();
  }

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  static Target target(String id, String indicator, TargetComparator c, String threshold, String lead) {
    return Target.builder().id(id).indicatorCode(indicator).comparator(c).threshold(d(threshold))
        .year(2020).leadUnitId(lead).textVi("...").build();
  }

  /** The Quảng Vinh 2020 plan (seed), with its computable targets. */
  static Plan quangVinh() {
    return Plan.builder()
        .number("90/KH-UBND")
        .title("Thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020")
        .issuerName("Ủy ban nhân dân xã Quảng Vinh")
        .issuerCommuneCode(CommuneCode.parse("19885"))
        .issueDate(LocalDate.of(2020, 3, 9))
        .year(2020)
        .addLegalBases(LegalReference.of("Kế hoạch 36/KH-UBND ngày 21/02/2020 của UBND huyện Quảng Điền",
            "Plan 36/KH-UBND of Quảng Điền district"))
        .generalObjective("Đẩy mạnh công tác tuyên truyền, vận động ...")
        .addTasks("Tập trung tuyên truyền ...", "Thực hiện quyền của trẻ em ...")
        .addSolutions("Tăng cường sự lãnh đạo ...")
        .funding("Ngân sách huyện bố trí trong dự toán năm 2020")
        .addResponsibleUnits(
            unit("LDTBXH", UnitRole.CHILD_PROTECTION_OFFICER),
            unit("TU_PHAP", UnitRole.CIVIL_REGISTRAR),
            unit("SCHOOLS", UnitRole.SCHOOL_BOARDS),
            unit("HEALTH", UnitRole.COMMUNE_HEALTH_STATION),
            unit("MASS", UnitRole.MASS_ORGANISATIONS),
            unit("VILLAGES", UnitRole.VILLAGE_HEADS_AND_COLLABORATORS),
            unit("POLICE", UnitRole.COMMUNE_POLICE))
        .addTargets(
            target("T1", "HI_U6", TargetComparator.AT_LEAST, "100", "HEALTH"),
            target("T2", "UNDERWEIGHT_U5", TargetComparator.BELOW, "9", "HEALTH"),
            target("T3", "PRESCHOOL_3_5", TargetComparator.AT_LEAST, "97", "SCHOOLS"),
            Target.builder().id("T5").indicatorCode("CAN_SWIM").comparator(TargetComparator.INCREASE)
                .year(2020).leadUnitId("SCHOOLS").addCooperatingUnitIds("VILLAGES")
                .textVi("Tăng dần tỷ lệ học sinh tiểu học, trung học cơ sở được học bơi, biết bơi")
                .build(),
            target("T8", "BIRTH_REG_ON_TIME", TargetComparator.AT_LEAST, "100", "TU_PHAP"))
        .build();
  }

  @Test
  void lookups() {
    Plan p = quangVinh();
    assertThat(p.targetFor("UNDERWEIGHT_U5").map(Target::getId)).contains("T2");
    assertThat(p.targetFor("NO_SUCH")).isEmpty();
    assertThat(p.targetsFor("HI_U6")).extracting(Target::getId).containsExactly("T1");
    assertThat(p.target("T5").map(Target::getIndicatorCode)).contains("CAN_SWIM");
    assertThat(p.unit("POLICE").map(ResponsibleUnit::getRole)).contains(UnitRole.COMMUNE_POLICE);
    assertThat(p.unit("NOPE")).isEmpty();
    assertThat(p.unitsWithRole(UnitRole.CIVIL_REGISTRAR)).extracting(ResponsibleUnit::getId).containsExactly("TU_PHAP");
    assertThat(p.targetsLedBy("HEALTH")).extracting(Target::getId).containsExactly("T1", "T2");
    assertThat(p.getIssuerCommuneCode().map(CommuneCode::getCode)).contains("19885");
  }

  @Test
  void unitIdsAreUnique() {
    assertThatThrownBy(() -> Plan.builder().from(quangVinh())
        .addResponsibleUnits(unit("POLICE", UnitRole.COMMUNE_POLICE)).build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0522");
  }

  @Test
  void targetIdsAreUnique() {
    assertThatThrownBy(() -> Plan.builder().from(quangVinh())
        .addTargets(target("T1", "X", TargetComparator.AT_LEAST, "1", "HEALTH")).build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0523");
  }

  @Test
  void everyUnitATargetNamesExists() {
    assertThatThrownBy(() -> Plan.builder().from(quangVinh())
        .addTargets(target("T9", "X", TargetComparator.AT_LEAST, "1", "GHOST")).build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0524");
    Target coop = Target.builder().from(target("T9", "X", TargetComparator.AT_LEAST, "1", "HEALTH"))
        .addCooperatingUnitIds("GHOST").build();
    assertThatThrownBy(() -> Plan.builder().from(quangVinh()).addTargets(coop).build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0524");
  }

  @Test
  void thresholdRequiredExceptForIncrease() {
    assertThatThrownBy(() -> Target.builder().id("T").indicatorCode("HI_U6").comparator(TargetComparator.AT_LEAST)
        .year(2020).leadUnitId("U").textVi("x").build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0505");
    Target inc = Target.builder().id("T").indicatorCode("CAN_SWIM").comparator(TargetComparator.INCREASE)
        .year(2020).leadUnitId("U").textVi("x").build();
    assertThat(inc.getThreshold()).isEmpty();
  }

  @Test
  void thresholdIsExactDecimal() {
    // 9.1 as a double is 9.0999999999999996447...; the target compares with 9.1 itself
    Target t = target("T", "X", TargetComparator.AT_LEAST, "9.1", "U");
    assertThat(t.isMet(d("9.10"), Optional.empty())).isTrue();
    assertThat(t.isMet(d("9.0999999999999999"), Optional.empty())).isFalse();
    assertThat(t.gap(d("9.0999999999999999"), Optional.empty())).isEqualByComparingTo("-0.0000000000000001");
  }

  @Test
  void leadIsNotCooperating() {
    assertThatThrownBy(() -> Target.builder().from(target("T", "X", TargetComparator.AT_MOST, "1", "U"))
        .addCooperatingUnitIds("U").build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0508");
  }

  @ParameterizedTest
  @CsvSource({
      // comparator, threshold, value, met, gap
      "AT_LEAST, 100, 100, true, 0",
      "AT_LEAST, 100, 99.5, false, -0.5",
      "AT_LEAST, 97, 98, true, 0",
      "AT_MOST, 9, 9, true, 0",
      "AT_MOST, 9, 9.25, false, 0.25",
      "BELOW, 9, 8.99, true, 0",
      "BELOW, 9, 9, false, 0",
      "BELOW, 9, 12.5, false, 3.5",
  })
  void comparators(TargetComparator c, String threshold, String value, boolean met, String gap) {
    Target t = target("T", "X", c, threshold, "U");
    assertThat(t.isMet(d(value), Optional.empty())).isEqualTo(met);
    assertThat(t.gap(d(value), Optional.empty())).isEqualByComparingTo(gap);
    assertThat(c.test(d(value), d(threshold))).isEqualTo(met);
    assertThat(c.isSatisfiedBy(d(value).compareTo(d(threshold)))).isEqualTo(met);
  }

  @Test
  void increaseUsesTheBaseline() {
    Target inc = Target.builder().id("T").indicatorCode("CAN_SWIM").comparator(TargetComparator.INCREASE)
        .baseline(d("40")).year(2020).leadUnitId("U").textVi("x").build();
    assertThat(inc.isMet(d("40.5"), Optional.empty())).isTrue();
    assertThat(inc.isMet(d("40"), Optional.empty())).isFalse();
    assertThat(inc.gap(d("38"), Optional.empty())).isEqualByComparingTo("-2");
    // an explicit baseline (last year's computed value) wins over the plan's
    assertThat(inc.isMet(d("40.5"), Optional.of(d("45")))).isFalse();
    assertThat(inc.gap(d("40.5"), Optional.of(d("45")))).isEqualByComparingTo("-4.5");
    assertThat(inc.referenceValue(Optional.empty())).hasValue(d("40"));
  }

  @Test
  void increaseWithoutAnyBaselineThrows() {
    Target inc = Target.builder().id("T").indicatorCode("CAN_SWIM").comparator(TargetComparator.INCREASE)
        .year(2020).leadUnitId("U").textVi("x").build();
    assertThat(inc.isMet(d("10"), Optional.of(d("5")))).isTrue();
    assertThatThrownBy(() -> inc.isMet(d("10"), Optional.empty()))
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0510");
  }

  @Test
  void thresholdIgnoresBaselineArgumentForOtherComparators() {
    Target t = target("T", "X", TargetComparator.AT_LEAST, "70", "U");
    assertThat(t.isMet(d("71"), Optional.of(d("90")))).isTrue();
    assertThat(t.referenceValue(Optional.of(d("90")))).hasValue(d("70"));
  }

  @Test
  void rolesCarryNamesAndLegalHooks() {
    assertThat(UnitRole.values()).hasSize(8);
    assertThat(UnitRole.CIVIL_REGISTRAR.getLegalHook()).isEqualTo("Luật Hộ tịch Điều 15 khoản 2, Điều 16");
    assertThat(UnitRole.COMMUNE_POLICE.getNameVi()).isEqualTo("Công an xã");
    assertThat(UnitRole.CHILD_PROTECTION_OFFICER.getLegalHook()).contains("Luật Trẻ em Điều 53");
    for (UnitRole r : UnitRole.values()) {
      assertThat(r.getNameVi()).isNotBlank();
      assertThat(r.getNameEn()).isNotBlank();
      assertThat(r.getLegalHook()).isNotBlank();
    }
  }

  @Test
  void issuerUnitMustAgreeWithIssuerCode() {
    Plan p = Plan.builder().from(quangVinh())
        .issuerUnit(AdministrativeUnit.ofCommune(CommuneCode.parse("19885"), "Xã Quảng Vinh")).build();
    assertThat(p.getIssuerUnit().map(AdministrativeUnit::getName)).contains("Xã Quảng Vinh");
    assertThatThrownBy(() -> Plan.builder().from(quangVinh())
        .issuerUnit(AdministrativeUnit.ofCommune(CommuneCode.parse("19867"), "Thị trấn Sịa")).build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0525");
  }

  @Test
  void blankIdsRejected() {
    assertThatThrownBy(() -> unit(" ", UnitRole.COMMUNE_POLICE))
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0501");
    assertThatThrownBy(() -> target("", "X", TargetComparator.AT_LEAST, "1", "U"))
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0503");
    assertThatThrownBy(() -> Plan.builder().from(quangVinh()).number(" ").build())
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-CORE-0520");
  }
}

package io.github.treem.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.admin.AdministrativeLevel;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlansTest {

  @Test
  void quangVinh2020Targets() {
    Plan p = Plans.quangVinh2020();
    assertThat(p.getNumber()).isEqualTo("90/KH-UBND");
    assertThat(p.getIssueDate()).isEqualTo(LocalDate.of(2020, 3, 9));
    assertThat(p.getYear()).isEqualTo(2020);
    assertThat(p.getTargets().stream()
        .map(t -> t.getIndicatorCode() + " " + t.getComparator().getSymbol() + " "
            + (t.getThreshold().isPresent() ? String.valueOf(t.getThreshold().getAsDouble()) : "baseline"))
        .collect(Collectors.toList()))
        .containsExactly("HI_U6 >= 100.0", "UNDERWEIGHT_U5 < 9.0", "PRESCHOOL_3_5 >= 97.0", "GRADE1_AT_6 >= 100.0",
            "INJURY_SKILLS >= 70.0", "CAN_SWIM > baseline", "WELFARE_COVERAGE >= 100.0", "BIRTH_REG_ON_TIME >= 100.0");
    assertThat(p.getTargets()).allSatisfy(t -> assertThat(t.getYear()).isEqualTo(2020));
    assertThat(p.getTasks()).hasSize(6);
    assertThat(p.getSolutions()).hasSize(8);
    assertThat(p.getResponsibleUnits()).hasSize(8);
    assertThat(p.getResponsibleUnits()).extracting(ResponsibleUnit::getRole).containsExactly(UnitRole.values());
    assertThat(p.targetFor("BIRTH_REG_ON_TIME").map(Target::getLeadUnitId)).contains(Plans.TU_PHAP_HO_TICH);
    assertThat(p.targetFor("UNDERWEIGHT_U5").orElseThrow().isMet(8.9, OptionalDouble.empty())).isTrue();
    assertThat(p.targetFor("UNDERWEIGHT_U5").orElseThrow().gap(10.25, OptionalDouble.empty())).isEqualTo(1.25);
    assertThat(p.targetFor("SPECIAL_CIRCUMSTANCES")).isEmpty();
    assertThat(p).isSameAs(Plans.quangVinh2020());
  }

  @Test
  void issuerIsTheOldCommuneWithItsSuccessor() {
    Plan p = Plans.quangVinh2020();
    var unit = p.getIssuerUnit().orElseThrow();
    assertThat(unit.getCode()).isEqualTo("19885");
    assertThat(unit.isValidOn(p.getIssueDate())).isTrue();
    assertThat(unit.ancestorAt(AdministrativeLevel.DISTRICT).map(u -> u.getCode())).contains("477");
    assertThat(unit.getSuccessorName()).contains("Xã Đan Điền");
    assertThat(unit.getSuccessorDate()).contains(LocalDate.of(2025, 7, 1));
  }
}

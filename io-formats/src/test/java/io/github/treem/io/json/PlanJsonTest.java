package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.ValueInstantiationException;

class PlanJsonTest {
  private static final Plan PLAN = TreemJson.bundledPlan("quang-vinh-2020");

  @Test
  void theBundledPlanIsTheQuangVinhPlan() {
    assertThat(PLAN.getNumber()).isEqualTo("90/KH-UBND");
    assertThat(PLAN.getIssuerName()).isEqualTo("Ủy ban nhân dân xã Quảng Vinh");
    assertThat(PLAN.getIssuerCommuneCode()).contains(CommuneCode.parse("19885"));
    assertThat(PLAN.getIssueDate()).isEqualTo(LocalDate.of(2020, 3, 9));
    assertThat(PLAN.getYear()).isEqualTo(2020);
    assertThat(PLAN.getLegalBases()).extracting(LegalReference::getDocument).containsExactly(
        "Luật Trẻ em 102/2016/QH13",
        "Luật Hộ tịch 60/2014/QH13",
        "Kế hoạch 36/KH-UBND ngày 21/02/2020 của UBND huyện Quảng Điền",
        "Chỉ thị 20-CT/TW ngày 05/11/2012 của Bộ Chính trị",
        "Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ");
    // the plan's words are kept as written (task 4), with the corrected reference beside them
    assertThat(treemJsonText()).contains("06/2019/QĐ-TTg").contains("\"corrected\"");
    assertThat(PLAN.getTasks()).hasSize(6);
    assertThat(PLAN.getSolutions()).hasSize(8);
    assertThat(PLAN.getFunding()).isPresent();
    assertThat(PLAN.getResponsibleUnits()).hasSize(7);
    assertThat(PLAN.getTargets().stream()
        .map(t -> t.getIndicatorCode() + " " + t.getComparator() + " "
            + (t.getThreshold().isPresent() ? t.getThreshold().get().toPlainString() : "-"))
        .collect(Collectors.toList())).containsExactly(
        "HI_U6 AT_LEAST 100.0", "UNDERWEIGHT_U5 BELOW 9.0", "PRESCHOOL_3_5 AT_LEAST 97.0",
        "GRADE1_AT_6 AT_LEAST 100.0", "INJURY_SKILLS AT_LEAST 70.0", "CAN_SWIM INCREASE -",
        "WELFARE_COVERAGE AT_LEAST 100.0", "CHILD_FRIENDLY_COMMUNE AT_LEAST 100.0", "BIRTH_REG_ON_TIME AT_LEAST 100.0",
        "LEGAL_AID AT_LEAST 100.0");
    assertThat(PLAN.targetFor("UNDERWEIGHT_U5").orElseThrow().getTextVi())
        .isEqualTo("Giảm tỷ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng thể nhẹ cân xuống dưới 9%.");
  }

  @Test
  void plansRoundTrip() {
    TreemJson json = TreemJson.strict();
    assertThat(json.readPlan(json.writePlan(PLAN))).isEqualTo(PLAN);
  }

  @Test
  void planInvariantsAreDecodeErrors() {
    String text = TreemJson.strict().writePlan(PLAN).replace("\"leadUnitId\" : \"SCHOOLS\"", "\"leadUnitId\" : \"NOBODY\"");
    assertThatThrownBy(() -> TreemJson.strict().readPlan(text)).isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("TREEM-CORE-0524");
    assertThatThrownBy(() -> TreemJson.bundledPlan("nope")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TreemJson.bundledPlan("../x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(TargetComparator.valueOf("INCREASE")).isNotNull();
  }

  private static String treemJsonText() {
    return TreemJson.strict().writePlan(PLAN);
  }
}

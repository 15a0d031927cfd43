package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import io.github.treem.core.plan.AssignmentBasis;
import io.github.treem.core.plan.CitationCorrection;
import io.github.treem.core.plan.DesiredDirection;
import io.github.treem.core.plan.MonitoringLine;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanItem;
import io.github.treem.core.plan.PlanItemKind;
import io.github.treem.core.plan.PlanValidator;
import io.github.treem.core.plan.Target;
import io.github.treem.core.validation.Issue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * Plan JSON version 2: the bundled plan in full round-trips byte for byte, version 1 plans are
 * still read, the schema accepts what the reader accepts and rejects what it rejects, and the
 * bundled plan's texts are the plan's own words.
 */
class PlanJsonV2Test {
  static final String BUNDLED = "/io/github/treem/io/plans/quang-vinh-2020.json";

  static String resource(String name) throws IOException {
    try (InputStream in = PlanJsonV2Test.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theBundledPlanIsAGoldenFileThatRoundTripsByteForByte() throws IOException {
    String golden = resource(BUNDLED);
    Plan plan = TreemJson.strict().readPlan(golden);
    assertThat(TreemJson.strict().writePlan(plan) + "\n").isEqualTo(golden);
    assertThat(TreemJson.strict().readPlan(TreemJson.strict().writePlan(plan))).isEqualTo(plan);
    assertThat(golden).startsWith("{\n  \"version\" : 2,");
  }

  @Test
  void theBundledPlanHasEverySectionAndValidates() {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    assertThat(plan.itemsOf(PlanItemKind.TASK)).hasSize(6);
    assertThat(plan.itemsOf(PlanItemKind.SOLUTION)).hasSize(8);
    assertThat(plan.itemsOf(PlanItemKind.DUTY)).hasSize(16);
    assertThat(plan.getResponsibleUnits()).hasSize(7);
    assertThat(plan.getEventTypes()).extracting(e -> e.getId()).containsExactly("ACTION_MONTH_FOR_CHILDREN", "MID_AUTUMN_FESTIVAL");
    assertThat(plan.getFundingSources()).hasSize(3);
    assertThat(plan.getReportingDuties()).hasSize(3);
    assertThat(plan.getRecipients()).hasSize(9);
    assertThat(plan.getPreamble()).hasSize(2);
    assertThat(plan.getClosing()).isPresent();
    assertThat(plan.getTargets()).hasSize(10);
    // the texts have one home: tasks, solutions and duties are filled from the items
    assertThat(plan.getTasks()).hasSize(6);
    assertThat(plan.unit("LDTBXH").orElseThrow().getDuties()).hasSize(5);
    assertThat(PlanValidator.validate(plan).getIssues()).extracting(Issue::toString).isEmpty();
  }

  @Test
  void task4KeepsTheCitationAsWrittenAndCarriesTheCorrection() {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    PlanItem nv4 = plan.item("NV4").orElseThrow();
    assertThat(nv4.getTextVi()).contains("Quyết định số 06/2019/QĐ-TTg ngày 03/01/2019");
    CitationCorrection c = nv4.getCitationCorrections().get(0);
    assertThat(nv4.getTextVi()).contains(c.getAsWritten());
    assertThat(c.getCorrected().getDocument()).isEqualTo("Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ");
    assertThat(c.getNoteVi()).hasValueSatisfying(n -> assertThat(n).contains("06/QĐ-TTg"));
  }

  @Test
  void targetsWhoseLeadThePlanDoesNotNameAreMarkedInferred() {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    // T10 (legal aid) is the duty of the justice section, which the plan names (section V.2)
    assertThat(plan.getTargets()).filteredOn(t -> !t.getId().equals("T10")).allMatch(Target::isLeadUnitInferred)
        .extracting(Target::getLeadUnitBasis).containsOnly(AssignmentBasis.READING);
    assertThat(plan.getTargets()).filteredOn(t -> t.getId().equals("T10")).singleElement()
        .extracting(Target::getLeadUnitBasis).isEqualTo(AssignmentBasis.STATED);
    // a target whose lead is stated writes nothing: the default
    Target stated = Target.builder().from(plan.getTargets().get(0)).leadUnitBasis(AssignmentBasis.STATED).build();
    assertThat(TreemJson.strict().toJson(stated)).doesNotContain("leadUnitBasis");
    assertThat(TreemJson.strict().toJson(plan.getTargets().get(0))).contains("\"leadUnitBasis\":\"READING\"");
  }

  /** Every text of the bundled plan is in the plan's source text (line breaks and runs of spaces joined). */
  @Test
  void theTextsAreThePlansOwnWordsVerbatim() throws IOException {
    String source = normalise(resource("/io/github/treem/io/plans/quang-vinh-2020.source.txt"));
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    List<String> texts = new ArrayList<>();
    plan.getItems().forEach(i -> texts.add(i.getTextVi()));
    plan.getTargets().forEach(t -> texts.add(t.getTextVi()));
    plan.getMonitoring().forEach(m -> texts.add(m.getTextVi()));
    texts.addAll(plan.getPreamble());
    texts.add(plan.getGeneralObjective());
    texts.add(plan.getClosing().orElseThrow());
    texts.add(plan.getFunding().orElseThrow());
    plan.getResponsibleUnits().forEach(u -> texts.add(u.getNameVi()));
    for (String t : texts) {
      assertThat(source).as("in the plan's text").contains(normalise(t));
    }
    assertThat(texts).hasSizeGreaterThan(45);
  }

  /**
   * The aims without a number (stunting, overweight) are monitoring lines: the plan's words quoted
   * from its fourth solution, each with its indicator and the way it should move, and no threshold.
   */
  @Test
  void stuntingAndOverweightAreMonitoringLinesQuotedFromSolution4() {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    assertThat(plan.getMonitoring()).extracting(MonitoringLine::getId, MonitoringLine::getIndicatorCode,
        MonitoringLine::getDirection).containsExactly(
            org.assertj.core.groups.Tuple.tuple("M1", "STUNTING_U5", DesiredDirection.DECREASE),
            org.assertj.core.groups.Tuple.tuple("M2", "OVERWEIGHT_U5", DesiredDirection.DECREASE));
    String gp4 = plan.item("GP4").orElseThrow().getTextVi();
    assertThat(plan.getMonitoring()).allSatisfy(m -> {
      assertThat(m.getItemId()).contains("GP4");
      assertThat(gp4).contains(m.getTextVi());
      assertThat(m.getTextEn()).isNotBlank();
    });
    assertThat(plan.monitoringLine("M1").orElseThrow().getTextVi()).endsWith("nhất là suy dinh dưỡng chiều cao theo tuổi");
    assertThat(plan.monitoringLine("M2").orElseThrow().getTextVi()).contains("thừa cân, béo phì");
    // no target is set on them: they are never met or missed
    assertThat(plan.targetFor("STUNTING_U5")).isEmpty();
    assertThat(plan.targetFor("OVERWEIGHT_U5")).isEmpty();
  }

  @Test
  void aMonitoringLineRoundTripsAndItsReferencesAreChecked() throws IOException {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    MonitoringLine none = MonitoringLine.builder().id("M3").indicatorCode("WASTING_U5").direction(DesiredDirection.NONE)
        .textVi("theo dõi").textEn("followed").build();
    Plan more = Plan.builder().from(plan).addMonitoring(none).build();
    String json = TreemJson.strict().writePlan(more);
    assertThat(TreemJson.strict().readPlan(json)).isEqualTo(more);
    assertThat(TreemJson.strict().readPlan(json).monitoringLine("M3").orElseThrow().getItemId()).isEmpty();
    // a plan without lines writes none, and a version 2 plan without them reads with none
    String without = TreemJson.strict().writePlan(Plan.builder().from(plan).monitoring(List.of()).build());
    assertThat(without).doesNotContain("\"monitoring\"");
    assertThat(TreemJson.strict().readPlan(without).getMonitoring()).isEmpty();
    // the id of a target, or an item the plan does not have, is refused with its code
    String golden = resource(BUNDLED);
    assertThatThrownBy(() -> TreemJson.strict().readPlan(golden.replaceFirst("\"id\" : \"M2\"", "\"id\" : \"T2\"")))
        .hasMessageContaining("TREEM-CORE-0573");
    assertThatThrownBy(() -> TreemJson.strict().readPlan(golden.replaceFirst("\"itemId\" : \"GP4\"", "\"itemId\" : \"GP9\"")))
        .hasMessageContaining("TREEM-CORE-0574");
    assertThatThrownBy(() -> MonitoringLine.builder().id("M").indicatorCode("X").direction(DesiredDirection.NONE)
        .textVi("x").textEn(" ").build()).hasMessageContaining("TREEM-CORE-0572");
  }

  static String normalise(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  @Test
  void aVersion1PlanIsStillRead() throws IOException {
    String v1 = resource("/plans/quang-vinh-2020-v1.json");
    assertThat(v1).doesNotContain("\"version\"");
    Plan plan = TreemJson.strict().readPlan(v1);
    assertThat(plan.getTasks()).hasSize(6);
    assertThat(plan.getSolutions()).hasSize(8);
    assertThat(plan.getItems()).isEmpty();
    assertThat(plan.unit("POLICE").orElseThrow().getDuties()).hasSize(2);
    assertThat(PlanValidator.validate(plan).isValid()).isTrue();
    // written again, it is a version 2 plan that keeps the texts (no items: the lists stay)
    String v2 = TreemJson.strict().writePlan(plan);
    assertThat(v2).contains("\"version\" : 2").contains("\"tasks\"").contains("\"duties\"");
    assertThat(TreemJson.strict().readPlan(v2)).isEqualTo(plan);
    assertThat(TreemJson.strict().readPlan(v1.replaceFirst("\\{", "{\"version\": 1,"))).isEqualTo(plan);
  }

  @Test
  void anUnsupportedVersionIsALocatedCodedError() throws IOException {
    String v3 = resource(BUNDLED).replaceFirst("\"version\" : 2", "\"version\" : 3");
    assertThatThrownBy(() -> TreemJson.strict().readPlan(v3)).isInstanceOf(JacksonException.class)
        .hasMessageContaining("version");
  }

  @Test
  void theSchemaAcceptsVersion1AndVersion2() throws IOException {
    Schema v2 = JsonSchemaTest.schema("plan-v2.schema.json");
    assertThat(v2.validate(resource(BUNDLED), InputFormat.JSON)).isEmpty();
    assertThat(v2.validate(resource("/plans/quang-vinh-2020-v1.json"), InputFormat.JSON)).isEmpty();
    assertThat(JsonSchemaTest.schema("plan-v1.schema.json").validate(resource("/plans/quang-vinh-2020-v1.json"),
        InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws IOException {
    Schema v2 = JsonSchemaTest.schema("plan-v2.schema.json");
    String golden = resource(BUNDLED);
    List<String> bad = List.of(
        golden.replaceFirst("\"version\" : 2", "\"version\" : 3"),
        golden.replaceFirst("\"leadUnitBasis\" : \"READING\"", "\"leadUnitBasis\" : \"GUESS\""),
        golden.replaceFirst("\"kind\" : \"TASK\"", "\"kind\" : \"CHORE\""),
        golden.replaceFirst("\"calendar\" : \"LUNAR\"", "\"calendar\" : \"MOON\""),
        golden.replaceFirst("\"asWritten\" : ", "\"asWriten\" : "),
        golden.replaceFirst("\"direction\" : \"DECREASE\"", "\"direction\" : \"DOWN\""),
        golden.replaceFirst("\"textEn\" : \"child malnutrition", "\"gloss\" : \"child malnutrition"),
        golden.replaceFirst("\"closing\" : ", "\"closing\" : null, \"x\" : "));
    for (String json : bad) {
      assertThat(json).isNotEqualTo(golden);
      assertThat(v2.validate(json, InputFormat.JSON)).as("schema").isNotEmpty();
      assertThatThrownBy(() -> TreemJson.strict().readPlan(json)).as("reader").isInstanceOf(RuntimeException.class);
    }
    // a negative amount is read, and the plan's validator reports it, located
    String negative = golden.replaceFirst("\"kind\" : \"DISTRICT_BUDGET\"", "\"kind\" : \"DISTRICT_BUDGET\", \"plannedDong\" : -1");
    assertThat(v2.validate(negative, InputFormat.JSON)).isNotEmpty();
    assertThat(PlanValidator.validate(TreemJson.strict().readPlan(negative)).getIssues())
        .extracting(Issue::getCode).contains("PLAN_FUNDING_NEGATIVE");
  }
}

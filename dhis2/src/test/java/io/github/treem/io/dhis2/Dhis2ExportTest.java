package io.github.treem.io.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.TreemException;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Dhis2ExportTest {
  static final String GOLDEN = "golden/dhis2/";

  static String resource(String name) throws IOException {
    try (InputStream in = Dhis2ExportTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Dhis2Mapping exampleMapping() throws IOException {
    return Dhis2Mapping.parse(new StringReader(resource(GOLDEN + "quang-vinh-2020.mapping.json")));
  }

  static List<BreakdownCell> cells(Object... keyNumDen) {
    List<BreakdownCell> l = new ArrayList<>();
    for (int i = 0; i < keyNumDen.length; i += 3) {
      l.add(BreakdownCell.of((String) keyNumDen[i], IndicatorUnit.PERCENT, (Integer) keyNumDen[i + 1],
          (Integer) keyNumDen[i + 2]));
    }
    return l;
  }

  /** A hand-made report of the Quảng Vinh 2020 targets. */
  static IndicatorReport handMade() {
    List<IndicatorResult> r = new ArrayList<>();
    Map<BreakdownDimension, List<BreakdownCell>> hiBreakdowns = new LinkedHashMap<>();
    hiBreakdowns.put(BreakdownDimension.SEX, cells("FEMALE", 3, 4, "MALE", 5, 6));
    hiBreakdowns.put(BreakdownDimension.VILLAGE, cells("Thôn 1", 3, 4, "Thôn 2", 5, 5, "Xóm Mới", 0, 1));
    r.add(IndicatorResult.of(Indicators.HI_U6, 8, 10, Map.of(ExclusionReason.MISSING_DOB, 2L), hiBreakdowns));
    r.add(IndicatorResult.of(Indicators.UNDERWEIGHT_U5, 4, 52, Map.of(), Map.of()));
    r.add(IndicatorResult.of(Indicators.PRESCHOOL_3_5, 61, 63, Map.of(), Map.of()));
    r.add(IndicatorResult.of(Indicators.GRADE1_AT_6, 20, 20, Map.of(), Map.of()));
    r.add(IndicatorResult.of(Indicators.INJURY_SKILLS, 150, 190, Map.of(), Map.of()));
    r.add(IndicatorResult.of(Indicators.CAN_SWIM, 80, 190, Map.of(), Map.of()));
    r.add(IndicatorResult.of(Indicators.WELFARE_COVERAGE, 0, 0, Map.of(), Map.of()));
    // BIRTH_REG_ON_TIME not computed
    List<BreakdownCell> groups = new ArrayList<>();
    for (String[] g : new String[][] {{"A", "6"}, {"D", "9"}, {"L", "3"}, {"NONE", "0"}}) {
      groups.add(BreakdownCell.of(g[0], IndicatorUnit.COUNT, Long.parseLong(g[1]), 0));
    }
    r.add(IndicatorResult.of(Indicators.SPECIAL_CIRCUMSTANCES, 17, 0, Map.of(),
        Map.of(BreakdownDimension.GROUP, groups)));
    return IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), r);
  }

  static void assertGolden(String name, String actual) throws IOException {
    assertThat(actual).isEqualTo(GoldenFiles.expected(Path.of("src/test/resources/" + GOLDEN + name), actual));
  }

  @ParameterizedTest
  @EnumSource(Dhis2Format.class)
  void goldenFiles(Dhis2Format format) throws IOException {
    Dhis2DataValueSet set = Dhis2Export.of(exampleMapping()).withExported(OffsetDateTime.parse("2021-01-15T08:00:00+07:00"))
        .toDataValueSet(handMade());
    assertGolden("quang-vinh-2020." + format.getFileExtension(), set.format(format));
  }

  @Test
  void valuesAndIssuesOfTheExample() throws IOException {
    Dhis2DataValueSet set = Dhis2Export.of(exampleMapping()).toDataValueSet(handMade());
    assertThat(set.isValid()).isTrue();
    List<String> rows = set.getDataValues().stream()
        .map(v -> v.getDataElement() + " " + v.getOrgUnit() + " " + v.getCategoryOptionCombo() + " " + v.getValue())
        .toList();
    assertThat(rows).startsWith(
        "tmDeNum0001 tmOuQVinh01 HllvX50cXC0 8",
        "tmDeDen0001 tmOuQVinh01 HllvX50cXC0 10",
        "tmDeNum0002 tmOuQVinh01 HllvX50cXC0 4",
        "tmDeDen0002 tmOuQVinh01 HllvX50cXC0 52");
    // sex cells, then village cells at the villages' org units
    assertThat(rows).containsSubsequence(
        "tmDeNum0001 tmOuQVinh01 tmCocMale01 5",
        "tmDeDen0001 tmOuQVinh01 tmCocMale01 6",
        "tmDeNum0001 tmOuQVinh01 tmCocFemal1 3",
        "tmDeDen0001 tmOuQVinh01 tmCocFemal1 4",
        "tmDeNum0001 tmOuThon001 HllvX50cXC0 3",
        "tmDeDen0001 tmOuThon001 HllvX50cXC0 4",
        "tmDeNum0001 tmOuThon002 HllvX50cXC0 5",
        "tmDeDen0001 tmOuThon002 HllvX50cXC0 5",
        "tmDeCnt0001 tmOuQVinh01 HllvX50cXC0 17");
    // no denominator for WELFARE_COVERAGE's 0/0? it is a count of 0 children: exported as 0
    assertThat(rows).contains("tmDeNum0007 tmOuQVinh01 HllvX50cXC0 0", "tmDeDen0007 tmOuQVinh01 HllvX50cXC0 0");
    // the suppressed group L is never exported
    assertThat(rows).noneMatch(s -> s.contains("tmCocGrpL01"));
    assertThat(codes(set.getIssues())).containsExactlyInAnyOrder(
        "WARNING DHIS2_NOT_IN_REPORT values[7].indicator",
        "WARNING DHIS2_UNMAPPED_ORG_UNIT values[10]",
        "INFO DHIS2_SUPPRESSED_NOT_EXPORTED values");
  }

  static List<String> codes(List<Issue> issues) {
    return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + " " + i.getLocation().getPath().orElse(""))
        .toList();
  }

  static Dhis2Mapping.Builder base() {
    return Dhis2Mapping.builder().dataSet("tmDsPlan001").period("2020").orgUnit("tmOuQVinh01");
  }

  @Test
  void checksDhis2WouldMake() {
    Dhis2Mapping m = base().dataSet("tmDs_Plan01").period("2020Q5").orgUnit("1mOuQVinh01").completeDate("15/01/2021")
        .putOrgUnits("Thôn 1", "tmOuThon1")
        .addValues(Dhis2ValueMapping.builder().indicator("HI_U7").numerator(Dhis2Operand.of("tmDeNum0001")).build())
        .addValues(Dhis2ValueMapping.builder().indicator("HI_U6").breakdown("sex").key("OTHER")
            .numerator(Dhis2Operand.of("tmDeNum0001")).build())
        .addValues(Dhis2ValueMapping.builder().indicator("HI_U6").breakdown("sex")
            .numerator(Dhis2Operand.of("tmDeNum0001")).build())
        .addValues(Dhis2ValueMapping.builder().indicator("HI_U6").breakdown("colour").key("RED")
            .numerator(Dhis2Operand.of("tmDeNum0001")).build())
        .addValues(Dhis2ValueMapping.builder().indicator("HI_U6")
            .numerator(Dhis2Operand.builder().dataElement("tmDeNum0001").categoryOptionCombo("tooShort").build())
            .build())
        .build();
    assertThat(codes(Dhis2Export.of(m).validate())).containsExactly(
        "ERROR DHIS2_INVALID_UID dataSet",
        "ERROR DHIS2_INVALID_UID orgUnit",
        "ERROR DHIS2_INVALID_PERIOD period",
        "ERROR DHIS2_INVALID_COMPLETE_DATE completeDate",
        "ERROR DHIS2_INVALID_UID orgUnits[\"Thôn 1\"]",
        "ERROR DHIS2_UNKNOWN_INDICATOR values[0].indicator",
        "ERROR DHIS2_UNKNOWN_BREAKDOWN_KEY values[1].key",
        "ERROR DHIS2_BREAKDOWN_KEY_REQUIRED values[2].key",
        "ERROR DHIS2_UNKNOWN_BREAKDOWN values[3].breakdown",
        "ERROR DHIS2_INVALID_UID values[4].numerator.categoryOptionCombo");
    Issue key = Dhis2Export.of(m).validate().get(6);
    assertThat(key.getMessageEn()).isEqualTo("key \"OTHER\" is not a key of the sex breakdown (MALE, FEMALE, UNKNOWN)");
    assertThat(key.getMessageVi()).startsWith("Khóa \"OTHER\" không có trong phân tổ sex");
  }

  @Test
  void duplicateKeys() {
    Dhis2Mapping m = base()
        .addValues(Dhis2ValueMapping.builder().indicator("HI_U6").numerator(Dhis2Operand.of("tmDeNum0001"))
            .denominator(Dhis2Operand.of("tmDeDen0001")).build())
        .addValues(Dhis2ValueMapping.builder().indicator("PRESCHOOL_3_5").numerator(Dhis2Operand.of("tmDeDen0001"))
            .build())
        .build();
    Dhis2DataValueSet set = Dhis2Export.of(m).toDataValueSet(handMade());
    assertThat(set.isValid()).isFalse();
    assertThat(codes(set.getIssues())).containsExactly("ERROR DHIS2_DUPLICATE_KEY dataValues[2]");
    assertThat(set.getIssues().get(0).getMessageEn())
        .isEqualTo("value #2 has the same key as value #1 (tmDeDen0001/2020/tmOuQVinh01/HllvX50cXC0/HllvX50cXC0)");
  }

  @Test
  void countHasNoDenominator() {
    Dhis2Mapping m = base()
        .addValues(Dhis2ValueMapping.builder().indicator("SPECIAL_CIRCUMSTANCES").numerator(Dhis2Operand.of("tmDeCnt0001"))
            .denominator(Dhis2Operand.of("tmDeDen0009")).build())
        .build();
    Dhis2DataValueSet set = Dhis2Export.of(m).toDataValueSet(handMade());
    assertThat(set.getDataValues()).hasSize(1);
    assertThat(set.getDataValues().get(0).getValue()).isEqualTo("17");
    assertThat(codes(set.getIssues())).containsExactly("WARNING DHIS2_DENOMINATOR_OF_COUNT values[0].denominator");
  }

  @Test
  void malformedMappings() {
    for (String json : List.of("{", "[]", "{\"version\":2}", "{\"version\":1,\"dataSet\":\"a\",\"period\":\"2020\","
        + "\"orgUnit\":\"b\",\"values\":[{\"indicator\":\"HI_U6\"}]}", "{\"version\":1,\"dataSet\":\"a\",\"period\":\"2020\","
        + "\"orgUnit\":\"b\",\"values\":[],\"extra\":1}")) {
      assertThatThrownBy(() -> Dhis2Mapping.parse(new StringReader(json))).as(json)
          .isInstanceOfSatisfying(TreemException.class, e -> assertThat(e.getCode()).isEqualTo("TREEM-IO-0702"));
    }
  }

  @Test
  void exampleMappingReadsAsWritten() throws IOException {
    Dhis2Mapping m = exampleMapping();
    assertThat(m.getDataSet()).isEqualTo("tmDsPlan001");
    assertThat(m.getOrgUnits()).hasSize(10).containsEntry("Thôn 10", "tmOuThon010");
    assertThat(m.getValues()).hasSize(15);
    assertThat(m.getValues().get(9).getKey()).contains("FEMALE");
    assertThat(m.getValues().get(11).getDenominator()).isEmpty();
    assertThat(Dhis2Export.of(m).validate()).isEmpty();
  }

  @Test
  void aDocumentIsExportedAsPublishedAndItsInternalFormNever() throws IOException {
    Dhis2Export export = Dhis2Export.of(exampleMapping()).withExported(OffsetDateTime.parse("2021-01-15T08:00:00+07:00"));
    io.github.treem.core.plan.Plan plan = io.github.treem.io.json.TreemJson.bundledPlan("quang-vinh-2020");
    java.util.List<io.github.treem.indicators.TargetAssessment> targets =
        io.github.treem.indicators.TargetAssessment.assessAll(plan, handMade(), java.util.Optional.empty());
    io.github.treem.io.report.ReportDocument doc = io.github.treem.io.report.ReportDocument.of(handMade(), targets);
    String published = export.toDataValueSet(doc).format(Dhis2Format.JSON);
    // the figures of the published document (targets and statuses beside them), the same as the report's
    assertThat(published).isEqualTo(export.toDataValueSet(doc.published()).format(Dhis2Format.JSON))
        .isEqualTo(export.toDataValueSet(handMade()).format(Dhis2Format.JSON));
    // the unsuppressed internal form leaves the commune only published: group L (3 children) is not exported
    io.github.treem.io.report.ReportDocument internal =
        io.github.treem.io.report.ReportDocument.unsuppressedForInternalUse(handMade(), targets);
    Dhis2DataValueSet set = export.toDataValueSet(internal);
    assertThat(set.format(Dhis2Format.JSON)).isEqualTo(published).doesNotContain("tmCocGrpL01");
    assertThat(codes(set.getIssues())).contains("INFO DHIS2_SUPPRESSED_NOT_EXPORTED values");
    // every value exported is a count of the published report: no rate, so none can cross a target
    io.github.treem.indicators.IndicatorReport shown = doc.published().getReport();
    assertThat(set.getDataValues()).allSatisfy(v -> assertThat(v.getValue()).matches("[0-9]+"));
    assertThat(set.getDataValues().stream().map(Dhis2DataValue::getValue))
        .contains(Long.toString(shown.result(Indicators.HI_U6).orElseThrow().getNumerator()));
  }
}

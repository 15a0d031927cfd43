package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

  static IndicatorReport report() {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020)
        .indicators(List.of(Indicators.HI_U6, Indicators.SPECIAL_CIRCUMSTANCES))
        .breakdowns(BreakdownDimension.VILLAGE).build();
    Accumulator acc = calc.newAccumulator();
    acc.add(Child.builder().id("a").sex(Sex.MALE).dateOfBirth(LocalDate.of(2018, 1, 1)).village("Thôn \"1\"")
        .addHealthInsuranceCards(HealthInsuranceCard.builder().number("TE1").build()).build(), "X");
    acc.add(Child.builder().id("b").sex(Sex.FEMALE).dateOfBirth(LocalDate.of(2017, 1, 1)).village("Thôn 2")
        .addCircumstances(io.github.treem.core.CircumstanceEpisode.of(SpecialCircumstanceSubgroup.L4)).build(), "X");
    acc.add(Child.builder().id("c").build(), "X");
    return acc.result().withDataQuality(DataQuality.of(4, 3, 1));
  }

  @Test
  void json() {
    IndicatorReport r = io.github.treem.indicators.DisclosureControl.publish(report(), java.util.List.of()).report();
    List<TargetAssessment> t = TargetAssessment.assessAll(TreemJson.bundledPlan("quang-vinh-2020"), r, Optional.empty()).subList(0, 2);
    String json = ReportRenderer.json(r, t, false);
    assertThat(json).isEqualTo("{\"format\":\"treem-report\",\"version\":1,\"year\":2020,\"referenceDate\":\"2020-12-31\",\"suppressed\":true,\"indicators\":["
        + "\n{\"code\":\"HI_U6\",\"name\":\"Children under 6 with a health-insurance card\",\"unit\":\"PERCENT\","
        + "\"numerator\":1,\"denominator\":2,\"value\":50.00,\"state\":\"VALUE\",\"exclusions\":{\"MISSING_DOB\":1},"
        + "\"breakdowns\":{\"village\":[{\"key\":\"Thôn \\\"1\\\"\",\"numerator\":1,\"denominator\":1,\"value\":100.00,"
        + "\"state\":\"VALUE\"},{\"key\":\"Thôn 2\",\"numerator\":0,\"denominator\":1,\"value\":0.00,\"state\":\"VALUE\"}]}},"
        + "\n{\"code\":\"SPECIAL_CIRCUMSTANCES\",\"name\":\"Number of children in special circumstances\",\"unit\":\"COUNT\","
        + "\"numerator\":1,\"denominator\":null,\"value\":1,\"state\":\"VALUE\",\"exclusions\":{},"
        // one child in special circumstances: no complement could protect a lone group cell, so
        // the group breakdown is withheld (DisclosureControl, "Small totals")
        + "\"breakdowns\":{\"village\":[{\"key\":\"Thôn 2\",\"numerator\":1,\"denominator\":null,\"value\":1,\"state\":\"VALUE\"}]}}],"
        + "\"targets\":[\n{\"id\":\"T1\",\"indicator\":\"HI_U6\",\"comparator\":\"AT_LEAST\",\"threshold\":100.0,"
        + "\"value\":50.00,\"status\":\"NOT_MET\",\"gap\":-50.00},"
        + "\n{\"id\":\"T2\",\"indicator\":\"UNDERWEIGHT_U5\",\"comparator\":\"BELOW\",\"threshold\":9.0,\"value\":null,"
        + "\"status\":\"NO_DATA\",\"gap\":null}],"
        + "\"dataQuality\":{\"rowsRead\":4,\"rowsAccepted\":3,\"rowsRejected\":1}}\n");
  }

  @Test
  void csvAndTable() {
    IndicatorReport r = report();
    String csv = ReportRenderer.csv(r, List.of());
    assertThat(csv).startsWith("indicator,dimension,key,numerator,denominator,value,state\n"
        + "HI_U6,total,,1,2,50.00,VALUE\nHI_U6,exclusion,MISSING_DOB,1,,,\n"
        + "HI_U6,village,\"Thôn \"\"1\"\"\",1,1,100.00,VALUE\nHI_U6,village,Thôn 2,0,1,0.00,VALUE\n"
        + "SPECIAL_CIRCUMSTANCES,total,,1,,1,VALUE\n");
    String table = ReportRenderer.table(ReportDocument.unsuppressedForInternalUse(r, List.of()), true);
    assertThat(table).contains("HI_U6                  Trẻ em dưới 6 tuổi có thẻ BHYT\n  1/2 = 50,00%\n  loại trừ: "
        + io.github.treem.indicators.ExclusionReason.MISSING_DOB.getNameVi() + " 1\n")
        .contains("ngày tham chiếu 31/12/2020").contains("KHÔNG ẩn số nhỏ").contains("Dòng đọc: 4, chấp nhận: 3, từ chối: 1");
    // a count prints as a count
    assertThat(table).contains("SPECIAL_CIRCUMSTANCES  Số trẻ em có hoàn cảnh đặc biệt\n  1\n").doesNotContain("1/0");
    // given a report that is not suppressed, the table publishes it first
    assertThat(ReportRenderer.table(r, List.of(), false)).contains("(small numbers suppressed)").doesNotContain("<5");
  }

  @Test
  void exclusionReasonsAreJoinedUnambiguouslyThoughALabelHasAComma() {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020)
        .indicators(List.of(Indicators.UNDERWEIGHT_U5)).build();
    Accumulator acc = calc.newAccumulator();
    acc.add(Child.builder().id("a").sex(Sex.MALE).build(), "X");
    acc.add(Child.builder().id("b").sex(Sex.MALE).dateOfBirth(LocalDate.of(2019, 1, 1)).build(), "X");
    acc.add(Child.builder().id("c").sex(Sex.FEMALE).dateOfBirth(LocalDate.of(2015, 6, 1)).build(), "X");
    ReportDocument doc = ReportDocument.unsuppressedForInternalUse(acc.result(), List.of());
    // a label of its own has a comma ("đã quá 5 tuổi, không được cân đo trong năm"): reasons are
    // joined by "; ", in both languages
    assertThat(io.github.treem.indicators.ExclusionReason.AGED_OUT_UNMEASURED.getNameVi()).contains(",");
    assertThat(ReportRenderer.table(doc, true)).contains("  loại trừ: thiếu ngày sinh 1; "
        + "không được cân đo trong năm 1; đã quá 5 tuổi, không được cân đo trong năm 1\n");
    assertThat(ReportRenderer.table(doc, false)).contains("  excluded: date of birth missing 1; "
        + "not measured in the reporting year 1; turned 5 during the year, not measured 1\n");
  }

  @Test
  void theTableShowsTheEdgesOnTheirSideWithTheGapsUnit() {
    IndicatorReport r = IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of(
        io.github.treem.indicators.IndicatorResult.of(Indicators.HI_U6, 19_999, 20_000, java.util.Map.of(), java.util.Map.of()),
        io.github.treem.indicators.IndicatorResult.of(Indicators.SPECIAL_CIRCUMSTANCES, 74, 0, java.util.Map.of(), java.util.Map.of()),
        io.github.treem.indicators.IndicatorResult.of(Indicators.WELFARE_COVERAGE, 60, 70,
            java.util.Map.of(io.github.treem.indicators.ExclusionReason.MISSING_POVERTY, 1L), java.util.Map.of())));
    List<TargetAssessment> t = List.of(TargetAssessment.of("T1", "HI_U6", io.github.treem.core.plan.TargetComparator.AT_LEAST,
        Optional.of(io.github.treem.indicators.ExactValue.of(new java.math.BigDecimal("100"))),
        io.github.treem.indicators.ExactValue.of(r.getResults().get(0))));
    String vi = ReportRenderer.table(r, t, true);
    assertThat(vi).contains("  19999/20000 = 99,99%\n").contains("SPECIAL_CIRCUMSTANCES  Số trẻ em có hoàn cảnh đặc biệt\n  74\n")
        .contains(io.github.treem.indicators.ExclusionReason.MISSING_POVERTY.getNameVi() + " x\n")
        .contains("(chênh lệch -0,01 điểm phần trăm)").contains(io.github.treem.indicators.DisclosureControl.NOTE_VI)
        .doesNotContain("100,00").doesNotContain("74/0");
    String en = ReportRenderer.table(r, t, false);
    assertThat(en).contains("  19999/20000 = 99.99%\n").contains("(gap -0.01 percentage points)")
        .contains(io.github.treem.indicators.DisclosureControl.NOTE_EN);
  }
}

package io.github.treem.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportPipeline;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.io.submission.ProvinceRollUp;
import io.github.treem.io.submission.ProvinceStanding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The province's workbook read back: its sheets, the counts per target, every commune, the coverage. */
class ProvinceXlsxWriterTest {
  static Map<String, CommuneSubmission> submissions = new LinkedHashMap<>();
  static ProvinceRollUp.Result merged;

  @BeforeAll
  static void merge() {
    List<String> codes = List.of("19885", "19888", "19891", "19894", "19750");
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).breakdowns(CommuneSubmission.BREAKDOWNS).build();
      CommuneGenerator gen = CommuneGenerator.builder().seed(70 + i).year(2020).children(i == 1 ? 9 : 140 + 40 * i)
          .communeCode(code).errorRate(0).build();
      submissions.put(code + ".json", CommuneSubmission.of(CommuneCode.parse(code),
          ReportPipeline.builder().calculator(calc).unsuppressedForInternalUse().build()
              .finish(calc.compute(gen.stream(), code), Map.of("register.csv", "0".repeat(64)))));
    }
    merged = ProvinceRollUp.builder().plan(TreemJson.bundledPlan("quang-vinh-2020")).build().merge(submissions);
  }

  @Test
  void theProvinceSheetsComeFirstThenTheReport() {
    Map<String, List<WorkbookRow>> sheets = ReportXlsxWriterTest.readAll(ProvinceXlsxWriter.of(merged).toBytes());
    List<String> names = List.copyOf(sheets.keySet());
    ProvinceStanding standing = merged.getStanding().orElseThrow();
    int n = standing.getTargets().size();
    assertThat(names.get(0)).isEqualTo("Tổng hợp tỉnh");
    for (int i = 0; i < n; i++) {
      assertThat(names.get(1 + i)).isEqualTo("#" + standing.getTargets().get(i).getTarget().getId());
    }
    assertThat(names.subList(1 + n, 3 + n)).containsExactly("Các xã", "Độ phủ");
    assertThat(names).contains("Mục tiêu", "Chỉ tiêu", "Nguồn");

    // the summary: one row per target, the counts of the standing
    List<WorkbookRow> summary = data(sheets.get("Tổng hợp tỉnh"));
    for (int i = 0; i < n; i++) {
      ProvinceStanding.TargetStanding t = standing.getTargets().get(i);
      WorkbookRow row = summary.get(i);
      assertThat(row.text(0)).isEqualTo(t.getTarget().getId());
      assertThat(row.text(5)).isEqualTo("Tỉnh Thừa Thiên Huế (46)");
      assertThat(row.text(8)).isEqualTo(Integer.toString(t.getCommunes().size()));
      assertThat(row.text(9)).isEqualTo(Long.toString(t.getCommunesMet()));
      assertThat(row.text(10)).isEqualTo(Integer.toString(t.getCommunesNotMet().size()));
      assertThat(row.text(11)).isEqualTo(Long.toString(t.getCommunesHidden()));
      assertThat(row.text(13)).isEqualTo(Integer.toString(t.getCommunesMissing().size()));
    }
    // each target's sheet: the province, the districts, every commune; rank 1 the first of the ranked list
    for (ProvinceStanding.TargetStanding t : standing.getTargets()) {
      List<WorkbookRow> sheet = data(sheets.get("#" + t.getTarget().getId()));
      assertThat(sheet.size())
          .isEqualTo(t.getProvinces().size() + t.getDistricts().size() + t.getCommunes().size());
      if (!t.getCommunesNotMet().isEmpty()) {
        assertThat(sheet).filteredOn(r -> r.text(6).equals("1")).singleElement()
            .satisfies(r -> assertThat(r.text(1)).isEqualTo(t.getCommunesNotMet().get(0).getCode()))
            .satisfies(r -> assertThat(r.text(4)).isEqualTo("không đạt"));
      }
      assertThat(sheet).filteredOn(r -> r.text(1).equals(t.getCommunesMissing().get(0).getCode())).singleElement()
          .satisfies(r -> assertThat(r.text(4)).isEqualTo("chưa gửi"));
    }
    // every commune of the province, with its district; the coverage lists those that sent nothing
    List<WorkbookRow> communes = data(sheets.get("Các xã"));
    assertThat(communes.size()).isEqualTo(standing.getTargets().get(0).getCommunes().size());
    assertThat(communes).filteredOn(r -> r.text(0).equals("19885")).singleElement()
        .satisfies(r -> assertThat(r.text(2)).isEqualTo("Huyện Quảng Điền (477)"))
        .satisfies(r -> assertThat(r.text(3)).isEqualTo("có"));
    List<WorkbookRow> coverage = sheets.get("Độ phủ");
    assertThat(coverage).filteredOn(r -> r.text(1).equals("46")).singleElement()
        .satisfies(r -> assertThat(r.text(3)).isEqualTo("5"));
    assertThat(coverage).filteredOn(r -> r.text(4).equals("1") && r.text(3).equals("0")).hasSize(merged.getMissing().size());
  }

  /** The data rows of a sheet (after its header), as the reader gives them (empty rows are not rows). */
  static List<WorkbookRow> data(List<WorkbookRow> rows) {
    return rows.stream().filter(r -> r.number() > ReportXlsxWriter.HEADER_ROW).toList();
  }

  @Test
  void inEnglishAndWithoutAPlan() {
    Map<String, List<WorkbookRow>> sheets = ReportXlsxWriterTest.readAll(ProvinceXlsxWriter.of(merged)
        .withLanguage(Language.EN).toBytes());
    assertThat(sheets).containsKeys("Province summary", "Communes", "Coverage", "Targets");
    ProvinceRollUp.Result noPlan = ProvinceRollUp.builder().build().merge(submissions);
    assertThatThrownBy(() -> ProvinceXlsxWriter.of(noPlan)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plan");
  }
}

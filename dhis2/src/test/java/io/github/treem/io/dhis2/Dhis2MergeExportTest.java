package io.github.treem.io.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.io.submission.ProvinceRollUp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DHIS2 export of a province's merge: one org unit per commune, district and province, by GSO code or UID. */
class Dhis2MergeExportTest {
  static ProvinceRollUp.Result merged;

  @BeforeAll
  static void merge() {
    Map<String, CommuneSubmission> s = new LinkedHashMap<>();
    List<String> codes = List.of("19885", "19888", "19891", "19750", "19753");
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).breakdowns(CommuneSubmission.BREAKDOWNS).build();
      CommuneGenerator gen = CommuneGenerator.builder().seed(40 + i).year(2020).children(i == 2 ? 8 : 150 + 50 * i)
          .communeCode(code).errorRate(0).build();
      ReportDocument doc = ReportPipeline.builder().calculator(calc).unsuppressedForInternalUse().build()
          .finish(calc.compute(gen.stream(), code), Map.of("register.csv", "0".repeat(64)));
      s.put(code + ".json", CommuneSubmission.of(CommuneCode.parse(code), doc));
    }
    merged = ProvinceRollUp.builder().by(AdministrativeLevel.PROVINCE).build().merge(s);
  }

  static Dhis2Mapping.Builder mapping() {
    return Dhis2Mapping.builder().dataSet("tmDsPlan001").period("2020").orgUnit("tmOuHue0001")
        .addValues(Dhis2ValueMapping.builder().indicator("HI_U6").numerator(Dhis2Operand.of("tmDeNum0001"))
            .denominator(Dhis2Operand.of("tmDeDen0001")).build())
        .addValues(Dhis2ValueMapping.builder().indicator("HI_U6").breakdown("sex").key("FEMALE")
            .numerator(Dhis2Operand.builder().dataElement("tmDeNum0001").categoryOptionCombo("tmCocFem001").build())
            .build());
  }

  static List<String> codes(List<Issue> issues) {
    return issues.stream().map(i -> i.getSeverity() + " " + i.getCode()).toList();
  }

  @Test
  void everyCommuneDistrictAndProvinceIsAnOrgUnitByItsCode() {
    Dhis2DataValueSet set = Dhis2Export.of(mapping().build()).toDataValueSet(merged);
    assertThat(set.isValid()).isTrue();
    assertThat(codes(set.getIssues())).contains("INFO DHIS2_ORG_UNIT_BY_CODE").doesNotContain("ERROR DHIS2_DUPLICATE_KEY");
    // the published area cells of each level, each a numerator and a denominator at the unit's code
    int expected = 0;
    for (Map.Entry<AdministrativeLevel, ReportDocument> e : merged.getLevels().entrySet()) {
      IndicatorResult r = e.getValue().published().getReport().result(Indicators.HI_U6).orElseThrow();
      for (BreakdownCell c : r.getBreakdowns().get(BreakdownDimension.AREA)) {
        Optional<Dhis2DataValue> num = set.getDataValues().stream()
            .filter(v -> v.getOrgUnit().equals(c.getKey()) && v.getDataElement().equals("tmDeNum0001")
                && v.getCategoryOptionCombo().equals(Dhis2Mapping.DEFAULT_COMBO)).findFirst();
        if (c.getState() == ValueState.SUPPRESSED) {
          assertThat(num).as("hidden cell of " + c.getKey()).isEmpty();
        } else {
          expected += 2;
          assertThat(num.orElseThrow().getValue()).isEqualTo(Long.toString(c.getNumerator().getAsLong()));
        }
      }
    }
    assertThat(set.getDataValues().stream().filter(v -> v.getCategoryOptionCombo().equals(Dhis2Mapping.DEFAULT_COMBO)))
        .hasSize(expected);
    assertThat(set.getDataValues()).extracting(Dhis2DataValue::getOrgUnit).contains("19885", "477", "46");
    // the disaggregated mapping goes to the mapping's org unit, from the merged document
    assertThat(set.getDataValues()).filteredOn(v -> v.getCategoryOptionCombo().equals("tmCocFem001"))
        .extracting(Dhis2DataValue::getOrgUnit).containsExactly("tmOuHue0001");
  }

  @Test
  void aUidInTheMappingIsUsedAndAMixIsRefused() {
    Dhis2DataValueSet mixed = Dhis2Export.of(mapping().putOrgUnits("46", "tmOuHue0001").build()).toDataValueSet(merged);
    assertThat(mixed.isValid()).isFalse();
    assertThat(codes(mixed.getIssues())).contains("ERROR DHIS2_MIXED_ORG_UNIT_SCHEME");
    assertThat(mixed.getDataValues()).extracting(Dhis2DataValue::getOrgUnit).contains("tmOuHue0001").doesNotContain("46");
  }
}

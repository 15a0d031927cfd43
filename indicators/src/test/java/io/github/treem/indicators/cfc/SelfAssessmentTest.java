package io.github.treem.indicators.cfc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.synthetic.SyntheticSelfAssessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The self-assessment model's validation: coded, located issues without evidence or names. */
class SelfAssessmentTest {
  private static final ScoringTable TABLE = ScoringTable.qd06();

  private static SelfAssessment.Builder base() {
    return SelfAssessment.builder().from(SyntheticSelfAssessment.quangVinh(2020)).synthetic(false);
  }

  private static List<String> codes(ValidationReport r) {
    return r.getIssues().stream().map(Issue::getCode).toList();
  }

  @Test
  void theSyntheticExampleIsValidAndSaysItIsSynthetic() {
    SelfAssessment sa = SyntheticSelfAssessment.quangVinh(2020);
    ValidationReport r = sa.validate(TABLE);
    assertThat(r.isValid()).isTrue();
    assertThat(codes(r)).containsExactly("CFC_SYNTHETIC");
    assertThat(r.getIssues().get(0).getSeverity()).isEqualTo(Severity.INFO);
    assertThat(sa.isSynthetic()).isTrue();
    assertThat(sa.getCommuneCode()).isEqualTo("19885");
    assertThat(sa.getEntries()).allSatisfy(e -> assertThat(e.getEvidence().reveal()).endsWith("(dữ liệu mẫu)"));
    // every item the register does not compute is given
    for (ScoringItem i : TABLE.items()) {
      if (i.getInput() != InputSource.REGISTER) {
        assertThat(sa.entry(i.getId())).as(i.getId()).isPresent();
      }
    }
  }

  @Test
  void eachProblemHasItsCodeAndLocation() {
    SelfAssessment sa = base().communeCode("1988").assessedBy(" ").assessedOn(LocalDate.of(2019, 12, 31))
        .tableId("QD-OTHER").tableVersion("1")
        .entries(List.of(
            SelfAssessmentEntry.of("1.1", ItemValue.yes(), "quyết định"),
            SelfAssessmentEntry.of("99.1", ItemValue.yes(), "x"),
            SelfAssessmentEntry.of("1.1", ItemValue.no(), "quyết định"),
            SelfAssessmentEntry.of("9.1", ItemValue.yes(), "x"),
            SelfAssessmentEntry.of("13.1", ItemValue.decimal(new BigDecimal("100.5")), "x"),
            SelfAssessmentEntry.of("1.2", ItemValue.fraction(1, 2), "x"),
            SelfAssessmentEntry.of("1.3", ItemValue.yes(), "  ")))
        .build();
    ValidationReport r = sa.validate(TABLE);
    assertThat(r.isValid()).isFalse();
    assertThat(r.getIssues()).extracting(i -> i.getCode() + "@" + i.getLocation())
        .startsWith("CFC_COMMUNE_CODE@communeCode", "CFC_ASSESSOR_MISSING@assessedBy",
            "CFC_ASSESSED_BEFORE_YEAR@assessedOn", "CFC_TABLE_MISMATCH@tableId",
            "CFC_UNKNOWN_ITEM@entries[1].itemId", "CFC_DUPLICATE_ITEM@entries[2].itemId",
            "CFC_VALUE_UNIT@entries[3].value", "CFC_VALUE_UNIT@entries[4].value", "CFC_VALUE_UNIT@entries[5].value",
            "CFC_EVIDENCE_MISSING@entries[6].evidence");
    Issue unit = r.getIssues().stream().filter(i -> i.getCode().equals("CFC_VALUE_UNIT")).findFirst().orElseThrow();
    assertThat(unit.getMessageEn()).isEqualTo("The value of the item 9.1 does not fit its unit, PERCENT");
    assertThat(unit.getMessageVi()).isEqualTo("Giá trị của mục 9.1 không phù hợp với đơn vị PERCENT");
    assertThat(unit.getSeverity()).isEqualTo(Severity.ERROR);
    Issue before = r.getIssues().get(2);
    assertThat(before.getMessageEn()).isEqualTo("The assessment date 2019-12-31 is before the year assessed, 2020");
    // the items only the self-assessment gives, and that are missing now, are warned about
    assertThat(r.getIssues().stream().filter(i -> i.getCode().equals("CFC_ITEM_MISSING")).map(Issue::getMessageEn))
        .contains("The item 4.1 is not assessed: criterion 4 cannot be scored")
        .doesNotContain("The item 6.1 is not assessed: criterion 6 cannot be scored"); // 6.1 has a stand-in
    assertThat(r.getIssues()).allSatisfy(i -> assertThat(i.getMessageVi() + i.getMessageEn())
        .doesNotContain("quyết định").doesNotContain("UBND"));
  }

  @Test
  void toStringShowsNeitherEvidenceNorAssessor() {
    SelfAssessment sa = SyntheticSelfAssessment.quangVinh(2020);
    assertThat(sa.toString()).isEqualTo("SelfAssessment{communeCode=19885, year=2020, type=OTHER, entries=17, synthetic}");
    assertThat(sa.getEntries().get(0).toString()).contains("[hidden]").doesNotContain("Quyết định");
  }
}

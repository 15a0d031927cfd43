package io.github.treem.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.io.submission.ProvinceRollUp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Synthetic communes with real codes, their submissions, and the assertions on submissions and merges. */
class TreemSubmissionsTest {
  private static final LocalDate REF = LocalDate.of(2020, 12, 31);
  private static final Set<BreakdownDimension> MERGED = EnumSet.complementOf(EnumSet.of(BreakdownDimension.VILLAGE));

  @Test
  void theSameSeedGivesTheSameCommunesAndSubmissions() {
    List<TreemSubmissions.Commune> a = TreemSubmissions.province("46", REF, 5, 4, 2020);
    List<TreemSubmissions.Commune> b = TreemSubmissions.province("46", REF, 5, 4, 2020);
    assertThat(a).extracting(TreemSubmissions.Commune::getCode)
        .containsExactlyElementsOf(b.stream().map(TreemSubmissions.Commune::getCode).toList())
        .allSatisfy(code -> assertThat(AdministrativeDivisions.gso().resolve(AdministrativeLevel.COMMUNE, code, REF)
            .getUnit().orElseThrow().ancestorAt(AdministrativeLevel.PROVINCE).orElseThrow().getCode()).isEqualTo("46"));
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).getSubmission().getSha256()).isEqualTo(b.get(i).getSubmission().getSha256());
      TreemAssertions.assertThat(a.get(i).getSubmission()).isOfCommune(a.get(i).getCode()).hasYear(2020)
          .hasReferenceDate(REF).isIntact();
    }
    assertThat(TreemSubmissions.province("46", REF, 6, 4, 2020).get(0).getSubmission().getSha256())
        .isNotEqualTo(a.get(0).getSubmission().getSha256());
  }

  @Test
  void theMergeIsNumberForNumberTheReportOverTheRegisters() {
    List<TreemSubmissions.Commune> hue = TreemSubmissions.province("46", REF, 9, 7, 2020);
    ProvinceRollUp.Result merged = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE).unsuppressedForInternalUse()
        .build().merge(TreemSubmissions.byFileName(hue));
    long expected = AdministrativeDivisions.gso().communesWithin(AdministrativeLevel.PROVINCE, "46", REF).size();
    TreemAssertions.assertThat(merged).hasAccepted(7).hasNoRefusals().hasCoverage(7, expected)
        .isNumberForNumber(TreemSubmissions.reportOver(hue, MERGED));
    // a wrong expectation fails, saying what differs
    List<TreemSubmissions.Commune> fewer = hue.subList(0, 6);
    assertThatThrownBy(() -> TreemAssertions.assertThat(merged)
        .isNumberForNumber(TreemSubmissions.reportOver(fewer, MERGED))).isInstanceOf(AssertionError.class)
        .hasMessageContaining("merged as");
  }

  @Test
  void refusalsAndMissingCommunesAreAsserted() {
    TreemSubmissions.Commune c = TreemSubmissions.commune("19885", 1, 40, 2020);
    Map<String, CommuneSubmission> twice = new LinkedHashMap<>();
    twice.put("a.json", c.getSubmission());
    twice.put("b.json", c.getSubmission());
    ProvinceRollUp.Result r = ProvinceRollUp.builder().build().merge(twice);
    TreemAssertions.assertThat(r).hasAccepted(1).hasRefusal("SUBMISSION_DUPLICATE_COMMUNE", "b.json").isMissing("19888");
    assertThatThrownBy(() -> TreemAssertions.assertThat(r).hasNoRefusals()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("SUBMISSION_DUPLICATE_COMMUNE @ b.json");
    assertThatThrownBy(() -> TreemAssertions.assertThat(c.getSubmission()).isOfCommune("19888"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("19885");
  }
}

package io.github.treem.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.io.submission.ProvinceRollUp;
import io.github.treem.io.submission.ProvinceStanding;
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

  @Test
  void everyAssertionPassesOnTheTruthAndFailsSayingWhatDiffers() {
    List<TreemSubmissions.Commune> hue = TreemSubmissions.province("46", REF, 3, 4, 2020);
    io.github.treem.core.plan.Plan plan = io.github.treem.io.json.TreemJson.bundledPlan("quang-vinh-2020");
    ProvinceRollUp.Result merged = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE).plan(plan)
        .unsuppressedForInternalUse().build().merge(TreemSubmissions.byFileName(hue));
    ProvinceStanding.TargetStanding t1 = merged.getStanding().orElseThrow().getTargets().stream()
        .filter(t -> t.getTarget().getId().equals("T1")).findFirst().orElseThrow();
    io.github.treem.indicators.TargetStatus province = t1.getProvinces().get(0).getAssessment().getStatus();
    io.github.treem.indicators.IndicatorResult hi = merged.getDocument().orElseThrow().getReport()
        .result(io.github.treem.indicators.Indicators.HI_U6).orElseThrow();
    MergeAssert ok = TreemAssertions.assertThat(merged).hasAccepted(4)
        .hasCommunesMeeting("T1", t1.getCommunesMet()).hasProvinceStatus("T1", province)
        .hasIndicator("HI_U6", hi.getNumerator(), hi.getDenominator());
    assertThat(ok).isNotNull();
    assertThatThrownBy(() -> TreemAssertions.assertThat(merged).hasAccepted(5)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("5");
    assertThatThrownBy(() -> TreemAssertions.assertThat(merged).hasCoverage(5, 1)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> TreemAssertions.assertThat(merged).isMissing(hue.get(0).getCode()))
        .isInstanceOf(AssertionError.class).hasMessageContaining(hue.get(0).getCode());
    assertThatThrownBy(() -> TreemAssertions.assertThat(merged).hasCommunesMeeting("T1", t1.getCommunesMet() + 1))
        .isInstanceOf(AssertionError.class).hasMessageContaining("T1");
    assertThatThrownBy(() -> TreemAssertions.assertThat(merged).hasCommunesMeeting("T99", 0))
        .isInstanceOf(AssertionError.class).hasMessageContaining("T99");
    io.github.treem.indicators.TargetStatus other = province == io.github.treem.indicators.TargetStatus.MET
        ? io.github.treem.indicators.TargetStatus.NOT_MET : io.github.treem.indicators.TargetStatus.MET;
    assertThatThrownBy(() -> TreemAssertions.assertThat(merged).hasProvinceStatus("T1", other))
        .isInstanceOf(AssertionError.class).hasMessageContaining(province.name());
    assertThatThrownBy(() -> TreemAssertions.assertThat(merged).hasIndicator("HI_U6", hi.getNumerator() + 1,
        hi.getDenominator())).isInstanceOf(AssertionError.class).hasMessageContaining("HI_U6");
    CommuneSubmission s = hue.get(0).getSubmission();
    io.github.treem.indicators.IndicatorResult own = s.getReport()
        .result(io.github.treem.indicators.Indicators.HI_U6).orElseThrow();
    TreemAssertions.assertThat(s).hasIndicator("HI_U6", own.getNumerator(), own.getDenominator());
    assertThatThrownBy(() -> TreemAssertions.assertThat(s).hasIndicator("HI_U6", own.getNumerator(),
        own.getDenominator() + 1)).isInstanceOf(AssertionError.class).hasMessageContaining(hue.get(0).getCode());
    assertThatThrownBy(() -> TreemAssertions.assertThat(s).hasYear(2021)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("2020");
    assertThatThrownBy(() -> TreemAssertions.assertThat(s).hasReferenceDate(REF.minusDays(1)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("2020-12-31");
  }
}

package io.github.treem.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.ExactValue;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The province's view of its targets: counts, ranking, districts and province, published figures only. */
class ProvinceStandingTest {
  private static final AdministrativeDivisions VN = AdministrativeDivisions.gso();
  private static final LocalDate REF = LocalDate.of(2020, 12, 31);

  static Plan plan() throws IOException {
    try (InputStream in = ProvinceStandingTest.class.getResourceAsStream("/io/github/treem/io/plans/quang-vinh-2020.json")) {
      return TreemJson.strict().readPlan(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static Map<String, CommuneSubmission> hue(long seed, int n) {
    Random random = new Random(seed);
    List<AdministrativeUnit> hue = new ArrayList<>(VN.communesWithin(AdministrativeLevel.PROVINCE, "46", REF));
    Collections.shuffle(hue, random);
    Map<String, CommuneSubmission> out = new LinkedHashMap<>();
    for (AdministrativeUnit c : hue.subList(0, n)) {
      // a few small communes, so that some cells are hidden
      int children = random.nextInt(4) == 0 ? 8 + random.nextInt(10) : 60 + random.nextInt(200);
      out.put(c.getCode() + ".json", Communes.submission(c.getCode(),
          Communes.register(c.getCode(), seed * 1000 + out.size(), children, 2020), REF));
    }
    return out;
  }

  @Test
  void eachCommuneIsAssessedOnItsPublishedFigureOnly() throws IOException {
    Plan plan = plan();
    Map<String, CommuneSubmission> s = hue(11, 14);
    ProvinceRollUp.Result published = ProvinceRollUp.builder().by(AdministrativeLevel.PROVINCE).plan(plan).build().merge(s);
    ProvinceRollUp.Result internal = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE).plan(plan)
        .unsuppressedForInternalUse().build().merge(s);
    ProvinceStanding view = published.getStanding().orElseThrow();
    assertThat(published.getLevels()).containsOnlyKeys(AdministrativeLevel.COMMUNE, AdministrativeLevel.DISTRICT,
        AdministrativeLevel.PROVINCE);
    ReportDocument communes = published.getLevels().get(AdministrativeLevel.COMMUNE);
    assertThat(communes.getReport().isSuppressed()).isTrue();
    long expectedCommunes = VN.communesWithin(AdministrativeLevel.PROVINCE, "46", REF).size();
    int hiddenSeen = 0;
    for (ProvinceStanding.TargetStanding t : view.getTargets()) {
      Target target = t.getTarget();
      assertThat(t.getCommunes()).hasSize((int) expectedCommunes);
      assertThat(t.getCommunesMissing()).hasSize((int) expectedCommunes - s.size());
      assertThat(t.getCommunesMet() + t.getCommunesNotMet().size() + t.getCommunesHidden() + t.getCommunesNoData()
          + t.getCommunesMissing().size()).isEqualTo(expectedCommunes);
      Optional<IndicatorResult> unsuppressed = Indicators.fromCode(target.getIndicatorCode())
          .flatMap(internal.getDocument().orElseThrow().getReport()::result);
      Optional<IndicatorResult> shown = Indicators.fromCode(target.getIndicatorCode())
          .flatMap(communes.getReport()::result);
      for (ProvinceStanding.AreaStanding a : t.getCommunes()) {
        Optional<BreakdownCell> cell = shown.flatMap(r -> r.getBreakdowns().getOrDefault(BreakdownDimension.AREA, List.of()).stream()
            .filter(c -> c.getKey().equals(a.getCode())).findFirst());
        if (cell.isPresent() && cell.get().getState() == ValueState.SUPPRESSED) {
          hiddenSeen++;
          // a hidden figure tells nothing, not even its side of the threshold
          assertThat(a.getState()).isEqualTo(ValueState.SUPPRESSED);
          assertThat(a.getAssessment().getStatus()).isEqualTo(TargetStatus.NO_DATA);
          assertThat(a.getValue()).isEmpty();
          continue;
        }
        if (cell.isEmpty() || target.getThreshold().isEmpty() && target.getBaseline().isEmpty()) {
          assertThat(a.getAssessment().getStatus()).isEqualTo(TargetStatus.NO_DATA);
          continue;
        }
        // the same status as the unsuppressed figure, assessed exactly
        BreakdownCell raw = unsuppressed.orElseThrow().getBreakdowns().get(BreakdownDimension.AREA).stream()
            .filter(c -> c.getKey().equals(a.getCode())).findFirst().orElseThrow();
        ExactValue v = ExactValue.of(unsuppressed.get().getIndicator().getUnit(), raw).orElseThrow();
        java.math.BigDecimal ref = target.getComparator() == TargetComparator.INCREASE
            ? target.getBaseline().orElseThrow() : target.getThreshold().orElseThrow();
        boolean met = target.getComparator().isSatisfiedBy(v.compareTo(ExactValue.of(ref)));
        assertThat(a.getAssessment().getStatus()).as(target.getId() + " " + a.getCode())
            .isEqualTo(met ? TargetStatus.MET : TargetStatus.NOT_MET);
      }
      // ranked: the furthest from the target first
      List<ProvinceStanding.AreaStanding> ranked = t.getCommunesNotMet();
      for (int i = 1; i < ranked.size(); i++) {
        int cmp = ranked.get(i - 1).getAssessment().getExactValue().orElseThrow()
            .compareTo(ranked.get(i).getAssessment().getExactValue().orElseThrow());
        boolean lowerIsWorse = target.getComparator() == TargetComparator.AT_LEAST
            || target.getComparator() == TargetComparator.INCREASE;
        assertThat(lowerIsWorse ? cmp <= 0 : cmp >= 0).isTrue();
      }
      // districts and the province: their published values
      assertThat(t.getProvinces()).extracting(ProvinceStanding.AreaStanding::getCode).containsExactly("46");
      assertThat(t.getProvinces().get(0).getReceived()).isEqualTo(s.size());
      assertThat(t.getDistricts()).isNotEmpty()
          .allSatisfy(d -> assertThat(d.getCode()).hasSize(3));
      assertThat(t.getDistricts().stream().mapToLong(ProvinceStanding.AreaStanding::getExpected).sum())
          .isEqualTo(expectedCommunes);
      Optional<ExactValue> province = unsuppressed.flatMap(ExactValue::of);
      if (province.isPresent() && t.getProvinces().get(0).getState() == ValueState.VALUE) {
        assertThat(t.getProvinces().get(0).getAssessment().getExactValue()).contains(province.get());
      }
    }
    // register indicators' area cells are not sensitive: none hidden here (see aHiddenCellTellsNothing)
    assertThat(hiddenSeen).isZero();
  }

  /** A hidden commune cell (a case indicator's, say) is counted hidden: neither met, nor missed, nor missing. */
  @Test
  void aHiddenCellTellsNothing() throws IOException {
    Plan plan = plan();
    java.util.function.Function<List<BreakdownCell>, ReportDocument> doc = cells -> ReportDocument
        .unsuppressedForInternalUse(io.github.treem.indicators.IndicatorReport.of(2020, REF, List.of(IndicatorResult.of(
            Indicators.HI_U6, 109, 120, Map.of(), Map.of(BreakdownDimension.AREA, cells)))), List.of());
    Map<AdministrativeLevel, ReportDocument> levels = new LinkedHashMap<>();
    levels.put(AdministrativeLevel.COMMUNE, doc.apply(List.of(
        BreakdownCell.of("19885", io.github.treem.indicators.IndicatorUnit.PERCENT, 100, 100),
        BreakdownCell.of("19888", io.github.treem.indicators.IndicatorUnit.PERCENT, 6, 16),
        BreakdownCell.suppressed("19891"))));
    levels.put(AdministrativeLevel.PROVINCE, doc.apply(List.of(
        BreakdownCell.of("46", io.github.treem.indicators.IndicatorUnit.PERCENT, 109, 120))));
    Map<AdministrativeLevel, List<ProvinceRollUp.Coverage>> coverage = new LinkedHashMap<>();
    coverage.put(AdministrativeLevel.COMMUNE, List.of(new ProvinceRollUp.Coverage("19885", 1, 1),
        new ProvinceRollUp.Coverage("19888", 1, 1), new ProvinceRollUp.Coverage("19891", 1, 1),
        new ProvinceRollUp.Coverage("19894", 1, 0)));
    coverage.put(AdministrativeLevel.PROVINCE, List.of(new ProvinceRollUp.Coverage("46", 4, 3)));
    ProvinceStanding.TargetStanding t = ProvinceStanding.of(plan, levels, coverage, VN, REF).getTargets().stream()
        .filter(x -> x.getTarget().getIndicatorCode().equals("HI_U6")).findFirst().orElseThrow();
    assertThat(t.getTarget().getComparator()).isEqualTo(TargetComparator.AT_LEAST);
    assertThat(t.getCommunes()).extracting(ProvinceStanding.AreaStanding::getCode)
        .containsExactly("19885", "19888", "19891", "19894");
    ProvinceStanding.AreaStanding hidden = t.getCommunes().get(2);
    assertThat(hidden.getState()).isEqualTo(ValueState.SUPPRESSED);
    assertThat(hidden.getAssessment().getStatus()).isEqualTo(TargetStatus.NO_DATA);
    assertThat(hidden.getValue()).isEmpty();
    assertThat(t.getCommunesHidden()).isEqualTo(1);
    assertThat(t.getCommunesMissing()).extracting(ProvinceStanding.AreaStanding::getCode).containsExactly("19894");
    assertThat(t.getCommunesNoData()).isZero();
    assertThat(t.getCommunesMet() + t.getCommunesNotMet().size()).isEqualTo(2);
    assertThat(t.getCommunesNotMet()).extracting(ProvinceStanding.AreaStanding::getCode).containsExactly("19888");
    assertThat(t.getCommunes().get(0).getName()).isEqualTo("Xã Quảng Vinh");
    assertThat(t.getCommunes().get(0).getParentCode()).contains("477");
    assertThat(t.getProvinces().get(0).getValue()).isPresent();
  }

  @Test
  void afterTheArrangementThereAreNoDistricts() throws IOException {
    Map<String, CommuneSubmission> s = hue(5, 6);
    ProvinceRollUp.Result r = ProvinceRollUp.builder().at(LocalDate.of(2025, 7, 1)).plan(plan()).build().merge(s);
    assertThat(r.getLevels()).containsOnlyKeys(AdministrativeLevel.COMMUNE, AdministrativeLevel.PROVINCE);
    ProvinceStanding.TargetStanding t = r.getStanding().orElseThrow().getTargets().get(0);
    assertThat(t.getDistricts()).isEmpty();
    assertThat(t.getCommunes()).hasSize(VN.communesWithin(AdministrativeLevel.PROVINCE, "46", LocalDate.of(2025, 7, 1))
        .size());
    assertThat(r.getCoverage(AdministrativeLevel.DISTRICT)).isEmpty();
  }

  @Test
  void withoutAPlanThereIsNoStandingButTheLevelsAreThere() {
    ProvinceRollUp.Result r = ProvinceRollUp.builder().build().merge(hue(3, 3));
    assertThat(r.getStanding()).isEmpty();
    assertThat(r.getLevels()).containsKey(AdministrativeLevel.COMMUNE);
  }
}

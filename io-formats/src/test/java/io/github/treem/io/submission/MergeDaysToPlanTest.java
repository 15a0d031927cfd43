package io.github.treem.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cases.CaseAccumulator;
import io.github.treem.indicators.cases.CaseFigureCalculator;
import io.github.treem.indicators.cases.DayHistogram;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The median days to plan through {@code treem merge}: from the communes' day-count histograms,
 * exactly the median over all their cases; published by level with the disclosure rule; not
 * available, coded, when a submission carries no histogram.
 */
class MergeDaysToPlanTest {
  private static final LocalDate REF = LocalDate.of(2024, 12, 31);
  /** Communes of Thừa Thiên Huế in 2024: Quảng Điền (198..) and Huế city (197..). */
  private static final List<String> CODES = List.of("19870", "19873", "19876", "19879", "19885", "19888", "19750",
      "19753", "19756", "19759");
  private static final byte[] EMPTY_REGISTER = Communes.register("19870", 1, 5, 2024);

  /** The median over all the cases at once, as {@code treem report --cases} computes it (one accumulator). */
  private static ReportDocument union(List<ProtectionCase> cases, boolean suppressed) throws Exception {
    CaseAccumulator acc = CaseFigureCalculator.builder().year(2024).referenceDate(REF).build().newAccumulator();
    cases.forEach(acc::add);
    ReportPipeline.Builder b = ReportPipeline.builder().calculator(IndicatorCalculator.builder().year(2024)
        .referenceDate(REF).build()).cases(acc);
    if (!suppressed) {
      b.unsuppressedForInternalUse();
    }
    return b.build().run(List.of(Communes.source("19870", EMPTY_REGISTER)));
  }

  private static Map<String, CommuneSubmission> partition(List<ProtectionCase> pool, int communes, SplittableRandom rnd) {
    List<List<ProtectionCase>> parts = new ArrayList<>();
    for (int i = 0; i < communes; i++) {
      parts.add(new ArrayList<>());
    }
    pool.forEach(c -> parts.get(rnd.nextInt(communes)).add(c));
    Map<String, CommuneSubmission> subs = new LinkedHashMap<>();
    for (int i = 0; i < communes; i++) {
      String code = CODES.get(i);
      subs.put(code + ".json", Communes.submission(code, EMPTY_REGISTER, parts.get(i), REF));
    }
    return subs;
  }

  @Test
  void theMergedMedianIsTheMedianOfTheUnionOverRandomPartitions() throws Exception {
    SplittableRandom rnd = new SplittableRandom(2024_16);
    for (int round = 0; round < 8; round++) {
      List<ProtectionCase> pool = Communes.cases("19870", 100 + round, 1500, rnd.nextInt(1, 120), 2024);
      int communes = rnd.nextInt(1, CODES.size() + 1);
      Map<String, CommuneSubmission> subs = partition(pool, communes, rnd);
      ProvinceRollUp.Result internal = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE)
          .unsuppressedForInternalUse().build().merge(subs);
      MedianDaysToPlan all = union(pool, false).getDaysToPlan().orElseThrow();
      assertThat(internal.getDocument().orElseThrow().getDaysToPlan()).as("round %d", round).contains(all);
      ProvinceRollUp.Result published = ProvinceRollUp.builder().build().merge(subs);
      assertThat(published.getDocument().orElseThrow().getDaysToPlan()).as("round %d", round)
          .isEqualTo(union(pool, true).getDaysToPlan());
      // every level's cells hold the median of their own communes' cases, unsuppressed
      for (AdministrativeLevel level : List.of(AdministrativeLevel.COMMUNE, AdministrativeLevel.DISTRICT,
          AdministrativeLevel.PROVINCE)) {
        DayHistogram sum = DayHistogram.empty();
        for (MedianDaysToPlan m : internal.getDaysToPlan(level).values()) {
          sum = sum.plus(m.getHistogram().orElseThrow());
        }
        assertThat(sum).isEqualTo(all.getHistogram().orElseThrow());
      }
      assertThat(internal.getDaysToPlan(AdministrativeLevel.PROVINCE).get("46"))
          .isEqualTo(MedianDaysToPlan.unsuppressed(all.getHistogram().orElseThrow(), all.getExcluded().orElseThrow()));
    }
  }

  @Test
  void aHiddenCommuneMedianNeverStandsAloneAmongItsSiblings() {
    SplittableRandom rnd = new SplittableRandom(7);
    List<ProtectionCase> pool = Communes.cases("19870", 11, 1500, 60, 2024);
    // commune 19870 gets two cases with an approved plan at most, the others share the rest
    List<ProtectionCase> few = new ArrayList<>();
    List<ProtectionCase> rest = new ArrayList<>();
    for (ProtectionCase c : pool) {
      boolean planned = c.getFirstPlan().flatMap(p -> p.getApprovedOn()).isPresent();
      if (planned && few.stream().filter(x -> x.getFirstPlan().flatMap(p -> p.getApprovedOn()).isPresent()).count() < 2) {
        few.add(c);
      } else {
        rest.add(c);
      }
    }
    Map<String, CommuneSubmission> subs = new LinkedHashMap<>();
    subs.put("a", Communes.submission("19870", EMPTY_REGISTER, few, REF));
    List<ProtectionCase> b = new ArrayList<>();
    List<ProtectionCase> c = new ArrayList<>();
    rest.forEach(x -> (rnd.nextBoolean() ? b : c).add(x));
    subs.put("b", Communes.submission("19873", EMPTY_REGISTER, b, REF));
    subs.put("c", Communes.submission("19876", EMPTY_REGISTER, c, REF));
    ProvinceRollUp.Result r = ProvinceRollUp.builder().by(AdministrativeLevel.COMMUNE).build().merge(subs);
    Map<String, MedianDaysToPlan> communes = r.getDaysToPlan(AdministrativeLevel.COMMUNE);
    assertThat(communes.get("19870").getState()).isEqualTo(ValueState.SUPPRESSED);
    // the sibling with fewer cases is hidden with it; the other sibling is shown, without counts
    long hiddenSiblings = communes.entrySet().stream().filter(e -> !e.getKey().equals("19870"))
        .filter(e -> e.getValue().getState() == ValueState.SUPPRESSED).count();
    assertThat(hiddenSiblings).isEqualTo(1);
    communes.values().forEach(m -> {
      assertThat(m.getCases()).isEmpty();
      assertThat(m.getExcluded()).isEmpty();
      assertThat(m.getHistogram()).isEmpty();
    });
    // the district and the province, of more than τ cases, are shown
    assertThat(r.getDaysToPlan(AdministrativeLevel.DISTRICT).values()).allMatch(m -> m.getState() == ValueState.VALUE);
    assertThat(r.getDaysToPlan(AdministrativeLevel.PROVINCE).values()).allMatch(m -> m.getState() == ValueState.VALUE);
    MedianDaysToPlan total = r.getDocument().orElseThrow().getDaysToPlan().orElseThrow();
    assertThat(total.isSuppressed()).isTrue();
    assertThat(total.getHistogram()).isEmpty();
    assertThat(r.getLevels().get(AdministrativeLevel.DISTRICT).getDaysToPlan()).contains(total);
  }

  @Test
  void aSubmissionWithoutItsHistogramLeavesTheMedianNotAvailableCodedAndEverythingElseMerged() throws Exception {
    List<ProtectionCase> pool = Communes.cases("19870", 5, 1500, 60, 2024);
    SplittableRandom rnd = new SplittableRandom(5);
    Map<String, CommuneSubmission> subs = partition(pool, 3, rnd);
    // one submission as written before submissions carried the histogram
    CommuneSubmission old = subs.get("19873.json");
    MedianDaysToPlan m = old.getDocument().getDaysToPlan().orElseThrow();
    MedianDaysToPlan withoutHistogram = MedianDaysToPlan.of(m.getState(), m.getCases(), m.getExcluded(), m.getMedian(), false);
    CommuneSubmission older = CommuneSubmission.of(CommuneCode.parse("19873"),
        ReportDocument.builder().from(old.getDocument()).daysToPlan(withoutHistogram).build());
    assertThat(older.getDocument().getDaysToPlan().orElseThrow().getHistogram()).isEmpty();
    subs.put("19873.json", older);
    ProvinceRollUp.Result r = ProvinceRollUp.builder().build().merge(subs);
    ReportDocument doc = r.getDocument().orElseThrow();
    assertThat(doc.getDaysToPlan()).isEmpty();
    assertThat(doc.getManifest().orElseThrow().getOptions().get("daysToPlan")).contains("not available")
        .contains("SUBMISSION_NO_DAY_HISTOGRAM").contains("1 of 3");
    assertThat(r.getIssues()).extracting(Issue::getCode).containsOnlyOnce("SUBMISSION_NO_DAY_HISTOGRAM");
    assertThat(r.getSubmissionsAccepted()).isEqualTo(3);
    assertThat(r.hasRefusals()).isFalse();
    assertThat(r.getDaysToPlan(AdministrativeLevel.COMMUNE)).isEmpty();
    // the counts are merged all the same
    assertThat(doc.getReport().getResults().stream().filter(x -> x.getCode().equals("CASES_RECEIVED")).findFirst()
        .orElseThrow().getNumerator()).isEqualTo(union(pool, false).getReport().getResults().stream()
            .filter(x -> x.getCode().equals("CASES_RECEIVED")).findFirst().orElseThrow().getNumerator());
  }
}

package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.indicators.internal.IntegerRanges;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The decomposition of the area breakdowns across levels ({@link AreaBlocks}: each indicator's
 * area breakdown apart, province by province while a province's own cell is published) hides
 * exactly what the one loop over the whole publication hides (issue 19), on seeded random
 * countries of a few provinces with many small cells, some provinces small as a whole (their own
 * cell hidden: the provinces solved together).
 */
class AreaBlocksEquivalenceTest {
  private static final LocalDate R = LocalDate.of(2020, 12, 31);

  private record Commune(String key, String district, String province, long cases, long inTime, long sc, long welfare) {}

  @Test
  void theDecompositionHidesWhatTheWholeProblemHides() {
    SplittableRandom random = new SplittableRandom(20261219L);
    int provincesHidden = 0;
    int communesHidden = 0;
    int withheld = 0;
    for (int run = 0; run < 150; run++) {
      List<Commune> communes = country(random);
      IndicatorReport all = report(communes);
      AreaHierarchy areas = hierarchy(communes);
      Publication whole = DisclosureControl.publish(all, List.of(), DisclosureRule.DEFAULT, areas,
          cached(), true, false);
      Publication blocks = DisclosureControl.publish(all, List.of(), DisclosureRule.DEFAULT, areas,
          cached(), true, true);
      assertThat(blocks.report()).as("run %d", run).isEqualTo(whole.report());
      assertThat(blocks.audit().getFigures()).as("run %d", run).isEqualTo(whole.audit().getFigures());
      assertThat(blocks.audit().isPassed()).isTrue();
      for (IndicatorResult r : blocks.report().getResults()) {
        List<BreakdownCell> area = r.getBreakdowns().get(BreakdownDimension.AREA);
        if (area == null) {
          withheld++;
          continue;
        }
        for (BreakdownCell c : area) {
          if (c.getState() == ValueState.SUPPRESSED) {
            if (c.getKey().startsWith("p:")) {
              provincesHidden++;
            } else if (c.getKey().startsWith("c:")) {
              communesHidden++;
            }
          }
        }
      }
    }
    // the generator reaches every path: provinces alone, provinces together, withheld breakdowns
    assertThat(communesHidden).isGreaterThan(500);
    assertThat(provincesHidden).isGreaterThan(20);
    assertThat(withheld).isGreaterThan(0);
  }

  /**
   * Provinces that must be solved together, more than {@link AreaBlocks#BLOCK_LIMIT} cells of
   * them (400 provinces of 2 to 3 cases each: every province's own cell is small): the area
   * breakdown is withheld, the conservative way out; everything else is published and audited.
   */
  @Test
  void aBlockTooLargeIsWithheldNotLeaked() {
    List<Commune> communes = new ArrayList<>();
    for (int p = 1; p <= 400; p++) {
      communes.add(new Commune(p + "101", p + "1", "" + p, 1, 0, 30, 20));
      communes.add(new Commune(p + "102", p + "1", "" + p, 1 + p % 2, 1, 40, 30));
    }
    IndicatorReport all = report(communes);
    assertThat(all.result(CaseIndicators.CASES_RECEIVED).orElseThrow().getBreakdowns().get(BreakdownDimension.AREA))
        .hasSizeGreaterThan(AreaBlocks.BLOCK_LIMIT);
    Publication p = DisclosureControl.publish(all, List.of(), DisclosureRule.DEFAULT, hierarchy(communes));
    assertThat(p.audit().isPassed()).isTrue();
    assertThat(p.report().result(CaseIndicators.CASES_RECEIVED).orElseThrow().getBreakdowns())
        .doesNotContainKey(BreakdownDimension.AREA);
    assertThat(p.report().result(CaseIndicators.CASES_RECEIVED).orElseThrow().getNumerator()).isEqualTo(1000);
    // a breakdown with nothing hidden is published whole
    assertThat(p.report().result(Indicators.WELFARE_COVERAGE).orElseThrow().getBreakdowns().get(BreakdownDimension.AREA))
        .hasSize(2 * 400 + 400 + 400);
  }

  private static java.util.function.Function<io.github.treem.indicators.internal.LinearProblem,
      io.github.treem.indicators.internal.Ranges> cached() {
    IntegerRanges.Cache cache = new IntegerRanges.Cache();
    return p -> IntegerRanges.of(p, cache);
  }

  /** 1 to 5 provinces of 1 to 4 districts of 1 to 5 communes; small counts often, a small province now and then. */
  private static List<Commune> country(SplittableRandom random) {
    List<Commune> out = new ArrayList<>();
    int provinces = 1 + random.nextInt(5);
    for (int p = 1; p <= provinces; p++) {
      boolean small = random.nextInt(4) == 0;
      int districts = 1 + random.nextInt(4);
      for (int d = 1; d <= districts; d++) {
        int n = 1 + random.nextInt(5);
        for (int c = 1; c <= n; c++) {
          long cases = small ? random.nextInt(2) : random.nextInt(4) == 0 ? 0
              : random.nextInt(3) == 0 ? 1 + random.nextInt(4) : random.nextInt(30);
          long sc = small ? random.nextInt(2) : random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40);
          out.add(new Commune(String.format("%d%d%02d", p, d, c), p + "" + d, "" + p, cases,
              cases == 0 ? 0 : random.nextLong(cases + 1), sc, sc == 0 ? 0 : random.nextLong(sc + 1)));
        }
      }
    }
    return out;
  }

  private static AreaHierarchy hierarchy(List<Commune> communes) {
    Map<String, String> parents = new HashMap<>();
    for (Commune c : communes) {
      parents.put("c:" + c.key(), "d:" + c.district());
      parents.put("d:" + c.district(), "p:" + c.province());
    }
    return AreaHierarchy.of(parents);
  }

  /**
   * CASES_RECEIVED (a sensitive population's count), LEGAL_AID (a sensitive population's rate)
   * and WELFARE_COVERAGE (a rate over children in special circumstances) by area at every level.
   */
  private static IndicatorReport report(List<Commune> communes) {
    Map<String, long[]> cells = new TreeMap<>(BreakdownCell.keyOrder());
    for (Commune c : communes) {
      for (String k : List.of("c:" + c.key(), "d:" + c.district(), "p:" + c.province())) {
        long[] v = cells.computeIfAbsent(k, x -> new long[4]);
        v[0] += c.cases();
        v[1] += c.inTime();
        v[2] += c.sc();
        v[3] += c.welfare();
      }
    }
    List<BreakdownCell> received = new ArrayList<>();
    List<BreakdownCell> plans = new ArrayList<>();
    List<BreakdownCell> welfare = new ArrayList<>();
    cells.forEach((k, v) -> {
      if (v[0] > 0) {
        received.add(BreakdownCell.of(k, IndicatorUnit.COUNT, v[0], 0));
        plans.add(BreakdownCell.of(k, IndicatorUnit.PERCENT, v[1], v[0]));
      }
      if (v[2] > 0) {
        welfare.add(BreakdownCell.of(k, IndicatorUnit.PERCENT, v[3], v[2]));
      }
    });
    long cases = communes.stream().mapToLong(Commune::cases).sum();
    long inTime = communes.stream().mapToLong(Commune::inTime).sum();
    long sc = communes.stream().mapToLong(Commune::sc).sum();
    long paid = communes.stream().mapToLong(Commune::welfare).sum();
    return IndicatorReport.of(2020, R, List.of(
        IndicatorResult.of(CaseIndicators.CASES_RECEIVED, cases, 0, Map.of(), Map.of(BreakdownDimension.AREA, received)),
        IndicatorResult.of(Indicators.WELFARE_COVERAGE, paid, sc, Map.of(), Map.of(BreakdownDimension.AREA, welfare)),
        IndicatorResult.of(Indicators.LEGAL_AID, inTime, cases, Map.of(), Map.of(BreakdownDimension.AREA, plans))));
  }
}

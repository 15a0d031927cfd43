package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.indicators.internal.IntegerRanges;
import io.github.treem.indicators.internal.LinearProblem;
import io.github.treem.indicators.internal.Ranges;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Auditing interchangeable hidden figures once per class (issue 17: a province's folder report,
 * hundreds of hidden communes in one area breakdown) publishes what auditing every figure alone
 * publishes: the same figures hidden, the same audit, figure by figure, on seeded random
 * province reports (communes as area cells, their villages summed by name across communes, with
 * and without districts) and on generated registers; and it solves fewer linear programs.
 */
class InterchangeableFiguresEquivalenceTest {
  private static final LocalDate R = LocalDate.of(2020, 12, 31);

  private record Commune(String key, String district, long cases, long inTime, long sc, long paid, int village) {}

  private static Function<LinearProblem, Ranges> cached() {
    IntegerRanges.Cache cache = new IntegerRanges.Cache();
    return p -> IntegerRanges.of(p, cache);
  }

  private static int[] compare(IndicatorReport raw, AreaHierarchy areas, String what) {
    Publication once = DisclosureControl.publish(raw, List.of(), DisclosureRule.DEFAULT, areas, cached(), true, true,
        true);
    Publication each = DisclosureControl.publish(raw, List.of(), DisclosureRule.DEFAULT, areas, cached(), true, true,
        false);
    assertThat(once.report()).as(what).isEqualTo(each.report());
    assertThat(once.audit().getFigures()).as(what).isEqualTo(each.audit().getFigures());
    assertThat(once.audit().isPassed()).as(what).isTrue();
    // the audit of the published report alone (what verify runs), with its own solver
    DisclosureAudit.Model a = new DisclosureAudit.Model(once.report(), DisclosureRule.DEFAULT, areas);
    DisclosureAudit.Model b = new DisclosureAudit.Model(once.report(), DisclosureRule.DEFAULT, areas);
    b.interchangeable = false;
    DisclosureAudit fast = a.audit(false, IntegerRanges::of);
    DisclosureAudit slow = b.audit(false, IntegerRanges::of);
    assertThat(fast.getFigures()).as(what).isEqualTo(slow.getFigures());
    return new int[] {fast.getLinearPrograms(), slow.getLinearPrograms(), fast.getFigures().size()};
  }

  @Test
  void provinceReportsPublishAndAuditTheSame() {
    SplittableRandom random = new SplittableRandom(20261203L);
    long lpOnce = 0;
    long lpEach = 0;
    long hidden = 0;
    for (int run = 0; run < 60; run++) {
      List<Commune> communes = province(random);
      boolean districts = run % 3 == 2;
      int[] lp = compare(report(communes, districts), districts ? hierarchy(communes) : AreaHierarchy.NONE,
          "run " + run);
      lpOnce += lp[0];
      lpEach += lp[1];
      hidden += lp[2];
    }
    assertThat(hidden).as("hidden figures compared").isGreaterThan(1_000);
    assertThat(lpOnce * 3).as("linear programs: once per class against each figure").isLessThan(lpEach);
  }

  @Test
  void generatedRegistersPublishAndAuditTheSame() {
    for (long seed = 7_100_000L; seed < 7_100_024L; seed++) {
      compare(AuditEquivalenceTest.raw(seed), AreaHierarchy.NONE, "seed " + seed);
    }
  }

  /** 5 to 60 communes, most with few legal-aid cases (hidden), villages by name shared across communes. */
  private static List<Commune> province(SplittableRandom random) {
    List<Commune> out = new ArrayList<>();
    int n = 5 + random.nextInt(56);
    int villages = 2 + random.nextInt(9);
    for (int c = 1; c <= n; c++) {
      long cases = random.nextInt(5) == 0 ? 0 : random.nextInt(4) > 0 ? 1 + random.nextInt(4) : random.nextInt(12);
      long sc = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40);
      out.add(new Commune(String.format("commune-%04d", c), "d" + (1 + c % 3), cases,
          cases == 0 ? 0 : random.nextLong(cases + 1), sc, sc == 0 ? 0 : random.nextLong(sc + 1),
          1 + random.nextInt(villages)));
    }
    return out;
  }

  private static AreaHierarchy hierarchy(List<Commune> communes) {
    Map<String, String> parents = new HashMap<>();
    communes.forEach(c -> parents.put(c.key(), c.district()));
    return AreaHierarchy.of(parents);
  }

  /** LEGAL_AID (a sensitive population's rate) and WELFARE_COVERAGE by commune (and district) and by village. */
  private static IndicatorReport report(List<Commune> communes, boolean districts) {
    Map<String, long[]> area = new TreeMap<>(BreakdownCell.keyOrder());
    Map<String, long[]> village = new TreeMap<>(BreakdownCell.keyOrder());
    for (Commune c : communes) {
      List<String> keys = districts ? List.of(c.key(), c.district()) : List.of(c.key());
      for (String k : keys) {
        add(area.computeIfAbsent(k, x -> new long[4]), c);
      }
      add(village.computeIfAbsent("Thôn " + c.village(), x -> new long[4]), c);
    }
    long[] t = new long[4];
    communes.forEach(c -> add(t, c));
    return IndicatorReport.of(2020, R, List.of(
        IndicatorResult.of(Indicators.WELFARE_COVERAGE, t[3], t[2], Map.of(), Map.of(
            BreakdownDimension.VILLAGE, cells(village, 2), BreakdownDimension.AREA, cells(area, 2))),
        IndicatorResult.of(Indicators.LEGAL_AID, t[1], t[0], Map.of(), Map.of(
            BreakdownDimension.VILLAGE, cells(village, 0), BreakdownDimension.AREA, cells(area, 0)))));
  }

  private static void add(long[] v, Commune c) {
    v[0] += c.cases();
    v[1] += c.inTime();
    v[2] += c.sc();
    v[3] += c.paid();
  }

  private static List<BreakdownCell> cells(Map<String, long[]> byKey, int at) {
    List<BreakdownCell> out = new ArrayList<>();
    byKey.forEach((k, v) -> {
      if (v[at] > 0) {
        out.add(BreakdownCell.of(k, IndicatorUnit.PERCENT, v[at + 1], v[at]));
      }
    });
    return out;
  }
}

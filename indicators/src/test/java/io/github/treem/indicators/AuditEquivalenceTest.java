package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.indicators.internal.IntegerRanges;
import io.github.treem.indicators.internal.ReferenceRanges;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The optimised audit solver ({@link IntegerRanges}: components, bound propagation, known points,
 * the simplex in standard form, a cache shared by the rounds of a publication) gives the same
 * audit, range for range, as the straightforward one ({@link ReferenceRanges}: the whole model in
 * one ojAlgo model per expression), on seeded generated registers: the published report, and
 * growing random suppression patterns (primary cells, then random others, as the rounds of a
 * publication add complements), audited with one cache across the pattern's steps; and the whole
 * publication (cache, rounds audited from the first cell not yet found protected) is the one the
 * straightforward solver gives when every round is audited in full.
 *
 * <p>CI audits {@value #CI_REPORTS} registers; {@code -Paudit-long} (system property
 * {@code treem.audit.registers}) audits more.
 */
class AuditEquivalenceTest {
  private static final int CI_REPORTS = 40;
  private static final BreakdownDimension[] DIMS = {BreakdownDimension.GROUP, BreakdownDimension.VILLAGE,
      BreakdownDimension.SEX};

  static IndicatorReport raw(long seed) {
    int n = 5 + Math.floorMod(seed * 37, 300);
    List<Child> kids = new ArrayList<>();
    CommuneGenerator.builder().seed(seed).year(2020).children(n).villages(1 + Math.floorMod(seed, 5)).build()
        .stream().forEach(kids::add);
    return IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31)).breakdowns(DIMS)
        .build().compute(kids, "a");
  }

  private static void assertSame(IndicatorReport published, IntegerRanges.Cache cache, String what) {
    DisclosureAudit.Model model = new DisclosureAudit.Model(published, DisclosureRule.DEFAULT);
    DisclosureAudit fast = model.audit(false, p -> IntegerRanges.of(p, cache));
    DisclosureAudit reference = DisclosureAudit.of(published, DisclosureRule.DEFAULT, ReferenceRanges::new);
    assertThat(fast.getFigures()).as(what).isEqualTo(reference.getFigures());
    assertThat(fast.isPassed()).as(what).isEqualTo(reference.isPassed());
    assertThat(fast.isConsistent()).as(what).isTrue();
    assertThat(reference.isConsistent()).as(what).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void theOptimisedAuditGivesTheRangesOfTheStraightforwardOne(int block) {
    int registers = Integer.getInteger("treem.audit.registers", CI_REPORTS) / 4;
    int figures = 0;
    for (int k = 0; k < registers; k++) {
      long seed = 7_000_000L + block * 1_000_000L + k;
      IndicatorReport raw = raw(seed);
      Publication p = DisclosureControl.publish(raw, List.of());
      assertSame(p.report(), new IntegerRanges.Cache(), "seed " + seed + " published");
      // the whole publication: the same figures hidden, the same audit, as the straightforward
      // one (every round audited in full by the straightforward solver)
      Publication straightforward = DisclosureControl.publish(raw, List.of(), DisclosureRule.DEFAULT,
          ReferenceRanges::new, false);
      assertThat(p.report()).as("seed %s publication", seed).isEqualTo(straightforward.report());
      assertThat(p.audit().getFigures()).as("seed %s publication's audit", seed)
          .isEqualTo(straightforward.audit().getFigures());
      figures += p.audit().getFigures().size();

      // a growing suppression pattern, one cache for all its steps (as in a publication's rounds)
      SplittableRandom rnd = new SplittableRandom(seed);
      List<Figure> cells = new ArrayList<>();
      for (IndicatorResult r : raw.getResults()) {
        // treem hides only figures of at least one child (the audit assumes it): not an empty group
        r.getBreakdowns().forEach((dim, list) -> list.stream()
            .filter(c -> c.getDenominator().orElse(0) > 0 || c.getNumerator().orElse(0) > 0)
            .forEach(c -> cells.add(Figure.cell(r.getCode(), dim, c.getKey()))));
      }
      Set<Figure> hidden = new HashSet<>();
      for (FigureAudit a : p.audit().getFigures()) {
        if (a.figure().part() == Figure.Part.CELL && rnd.nextBoolean()) {
          hidden.add(a.figure());
        }
      }
      IntegerRanges.Cache cache = new IntegerRanges.Cache();
      for (int step = 0; step < 3 && !cells.isEmpty(); step++) {
        for (int add = 1 + rnd.nextInt(3); add > 0; add--) {
          hidden.add(cells.get(rnd.nextInt(cells.size())));
        }
        IndicatorReport pattern = DisclosureControl.render(raw, hidden, Set.of());
        assertSame(pattern, cache, "seed " + seed + " step " + step + " hidden " + hidden);
        figures += hidden.size();
      }
    }
    assertThat(figures).as("hidden figures compared").isGreaterThan(registers);
  }
}

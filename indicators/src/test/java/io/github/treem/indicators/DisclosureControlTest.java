package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Disclosure control survives its audit (issue 14): the named example, and every report published
 * from thousands of generated registers (small communes, where small cells are common) passes the
 * audit run on the published report alone. A longer run: {@code -Paudit-long} (system property
 * {@code treem.audit.registers}).
 */
class DisclosureControlTest {

  private static final Indicators SC = Indicators.SPECIAL_CIRCUMSTANCES;

  private static IndicatorReport scOnly(Map<String, Long> groups, long total) {
    List<BreakdownCell> cells = new ArrayList<>();
    groups.forEach((k, v) -> cells.add(BreakdownCell.of(k, IndicatorUnit.COUNT, v, 0)));
    IndicatorResult r = IndicatorResult.of(SC, total, 0, Map.of(), Map.of(BreakdownDimension.GROUP, cells));
    return IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of(r));
  }

  /** 20 children: C 8, D 10, DD 1, E 1. Hiding DD and E alone gives DD + E = 2, so both are 1. */
  @Test
  void theIssueExampleIsProtected() {
    Map<String, Long> g = new LinkedHashMap<>();
    for (String k : List.of("A", "B", "C", "D", "DD", "E", "G", "H", "I", "K", "L", "M", "N", "O")) {
      g.put(k, 0L);
    }
    g.put("C", 8L);
    g.put("D", 10L);
    g.put("DD", 1L);
    g.put("E", 1L);
    IndicatorReport raw = scOnly(g, 20);
    // the old rule's output (DD and E hidden, nothing else) fails the audit
    IndicatorReport naive = DisclosureControl.render(raw, Set.of(Figure.cell("SPECIAL_CIRCUMSTANCES",
        BreakdownDimension.GROUP, "DD"), Figure.cell("SPECIAL_CIRCUMSTANCES", BreakdownDimension.GROUP, "E")), Set.of());
    DisclosureAudit bad = DisclosureAudit.of(naive, List.of());
    assertThat(bad.isPassed()).isFalse();
    assertThat(bad.getFailures()).extracting(f -> f.figure().key()).contains("DD", "E");
    assertThat(bad.getFailures().get(0).size()).isEqualTo(new FigureAudit.Range(1, 1));
    // treem's publication hides a complement (C, the smallest other non-empty cell) and passes
    Publication p = DisclosureControl.publish(raw, List.of());
    assertThat(p.audit().isPassed()).isTrue();
    List<BreakdownCell> cells = p.report().getResults().get(0).getBreakdowns().get(BreakdownDimension.GROUP);
    assertThat(cells.stream().filter(c -> c.getState() == ValueState.SUPPRESSED).map(BreakdownCell::getKey))
        .containsExactlyInAnyOrder("C", "DD", "E");
    FigureAudit dd = p.audit().getFigures().stream().filter(f -> f.figure().key().equals("DD")).findFirst().orElseThrow();
    assertThat(dd.strictModel()).isTrue();
    assertThat(dd.size().min()).isEqualTo(1);
    assertThat(dd.size().max()).isGreaterThanOrEqualTo(5);
    // the audit on the published report alone agrees
    assertThat(DisclosureAudit.of(p.report(), List.of()).isPassed()).isTrue();
  }

  @Test
  void missingPovertyIsHiddenAndProtected() {
    IndicatorResult sc = IndicatorResult.of(SC, 30, 0, Map.of(), Map.of());
    IndicatorResult w = IndicatorResult.of(Indicators.WELFARE_COVERAGE, 9, 10,
        Map.of(ExclusionReason.MISSING_POVERTY, 1L, ExclusionReason.MISSING_DOB, 2L), Map.of());
    IndicatorReport raw = IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of(w, sc));
    assertThat(DisclosureAudit.of(raw, List.of()).getPublishedSmall())
        .containsExactly(Figure.exclusion("WELFARE_COVERAGE", ExclusionReason.MISSING_POVERTY));
    Publication p = DisclosureControl.publish(raw, List.of());
    IndicatorResult pw = p.report().getResults().get(0);
    assertThat(pw.getExclusions()).containsOnlyKeys(ExclusionReason.MISSING_DOB);
    assertThat(pw.getSuppressedExclusions()).containsExactly(ExclusionReason.MISSING_POVERTY);
    assertThat(p.audit().isPassed()).isTrue();
  }

  /**
   * 2 children in special circumstances, 1 receiving the allowance, the other HIV-affected with
   * no poverty status: hidden only from 1, {@code MISSING_POVERTY} would be pinned to 1 by the
   * totals (2 − 1). It is listed as hidden from 0 to τ, so its range is [0, 1] whether it is 1 or
   * 0: the report tells neither.
   */
  @Test
  void missingPovertyIsHiddenEvenAtZeroSoThatTotalsCannotPinIt() {
    IndicatorResult sc = IndicatorResult.of(SC, 2, 0, Map.of(), Map.of());
    for (long missing : new long[] {0, 1}) {
      IndicatorResult w = IndicatorResult.of(Indicators.WELFARE_COVERAGE, 1, 1,
          missing == 0 ? Map.of() : Map.of(ExclusionReason.MISSING_POVERTY, missing), Map.of());
      Publication p = DisclosureControl.publish(IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of(w, sc)),
          List.of());
      IndicatorResult pw = p.report().getResults().get(0);
      assertThat(pw.getExclusions()).as("%s", missing).isEmpty();
      assertThat(pw.getSuppressedExclusions()).as("%s", missing).containsExactly(ExclusionReason.MISSING_POVERTY);
      assertThat(p.audit().isPassed()).isTrue();
      assertThat(p.audit().getFigures()).singleElement().satisfies(a -> {
        assertThat(a.figure()).isEqualTo(Figure.exclusion("WELFARE_COVERAGE", ExclusionReason.MISSING_POVERTY));
        assertThat(a.size()).isEqualTo(new FigureAudit.Range(0, 1));
      });
    }
    // with a third excluded child (no answer), the totals leave no room: pinned to 0, which tells of nobody
    IndicatorResult w = IndicatorResult.of(Indicators.WELFARE_COVERAGE, 1, 1,
        Map.of(ExclusionReason.MISSING_ANSWER, 1L), Map.of());
    Publication p = DisclosureControl.publish(IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of(w, sc)),
        List.of());
    assertThat(p.audit().isPassed()).isTrue();
    assertThat(p.audit().getFigures().get(0).size()).isEqualTo(new FigureAudit.Range(0, 0));
  }

  @Test
  void figuresThatContradictTheRelationsAreRejected() {
    // a welfare population larger than the children in special circumstances
    IndicatorResult sc = IndicatorResult.of(SC, 2, 0, Map.of(), Map.of());
    IndicatorResult w = IndicatorResult.of(Indicators.WELFARE_COVERAGE, 3, 3, Map.of(), Map.of());
    IndicatorReport raw = IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of(w, sc));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> DisclosureControl.publish(raw, List.of()))
        .withMessageContaining("contradict");
  }

  @Test
  void smallTotalWithholdsTheBreakdown() {
    Map<String, Long> g = new LinkedHashMap<>();
    g.put("D", 3L);
    g.put("DD", 1L);
    Publication p = DisclosureControl.publish(scOnly(g, 3), List.of());
    assertThat(p.report().getResults().get(0).getBreakdowns()).doesNotContainKey(BreakdownDimension.GROUP);
    assertThat(p.report().getResults().get(0).getNumerator()).isEqualTo(3);
    assertThat(p.audit().isPassed()).isTrue();
  }

  /** The seeded property: every published report passes its own audit; no small sensitive figure is shown. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void everyPublishedReportPassesItsAudit(int block) {
    int registers = Integer.getInteger("treem.audit.registers", 120) / 4;
    int hidden = 0;
    int hiddenTotals = 0;
    long started = System.nanoTime();
    for (int k = 0; k < registers; k++) {
      long seed = block * 1_000_000L + k;
      int n = 5 + (int) (seed * 37 % 300);
      List<Child> kids = new ArrayList<>();
      CommuneGenerator.builder().seed(seed).year(2020).children(n).villages(1 + (int) (seed % 5)).build().stream()
          .forEach(kids::add);
      IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
          .breakdowns(BreakdownDimension.GROUP, BreakdownDimension.VILLAGE, BreakdownDimension.SEX).build();
      IndicatorReport raw = calc.compute(kids, "a");
      Publication p = DisclosureControl.publish(raw, List.of());
      DisclosureAudit audit = DisclosureAudit.of(p.report(), List.of());
      assertThat(audit.isPassed()).as("seed %s: %s %s", seed, audit, audit.getFailures()).isTrue();
      assertThat(p.report().isSuppressed()).isTrue();
      hidden += audit.getFigures().size();
      for (int r = 0; r < raw.getResults().size(); r++) {
        IndicatorResult published = p.report().getResults().get(r);
        if (DisclosureRule.DEFAULT.sensitivePopulations().contains(published.getCode())) {
          // a sensitive population's total (LEGAL_AID) is hidden exactly when small
          IndicatorResult computed = raw.getResults().get(r);
          boolean small = DisclosureRule.DEFAULT.isSmall(computed.getDenominator())
              || DisclosureRule.DEFAULT.isSmall(computed.getNumerator());
          assertThat(published.getState() == ValueState.SUPPRESSED).as("seed %s", seed).isEqualTo(small);
          if (small) {
            hiddenTotals++;
            continue;
          }
        }
        // every other total is always published unchanged
        assertThat(p.report().getResults().get(r).getNumerator()).isEqualTo(raw.getResults().get(r).getNumerator());
        assertThat(p.report().getResults().get(r).getDenominator()).isEqualTo(raw.getResults().get(r).getDenominator());
      }
    }
    assertThat(hidden).as("small cells must occur").isPositive();
    System.out.printf("block %d: %d registers published and audited, %d hidden figures, %d hidden totals, %.1f s%n",
        block, registers, hidden, hiddenTotals, (System.nanoTime() - started) / 1e9);
  }

  /**
   * A publication with target assessments beside it ({@link Publication#withAssessments}) is what
   * verifying the published report with them gives: the same report, assessments and audit, figure
   * by figure, on generated registers with hidden figures.
   */
  @Test
  void assessmentsBesideAPublicationNeedNoSecondAudit() {
    int hidden = 0;
    for (long seed = 7_200_000L; seed < 7_200_012L; seed++) {
      IndicatorReport raw = AuditEquivalenceTest.raw(seed);
      Publication p = DisclosureControl.publish(raw, List.of());
      IndicatorResult first = p.report().getResults().get(0);
      List<TargetAssessment> targets = List.of(TargetAssessment.of("T1", first.getCode(),
          io.github.treem.core.plan.TargetComparator.AT_LEAST,
          java.util.Optional.of(ExactValue.of(new java.math.BigDecimal("50"))), ExactValue.of(first)));
      Publication with = p.withAssessments(targets);
      Publication verified = DisclosureControl.verify(p.report(), targets);
      assertThat(with.report()).isEqualTo(verified.report());
      assertThat(with.assessments()).isEqualTo(verified.assessments()).isEqualTo(targets);
      assertThat(with.audit().getFigures()).isEqualTo(verified.audit().getFigures());
      assertThat(with.audit().isPassed()).isTrue();
      hidden += with.audit().getFigures().size();
    }
    assertThat(hidden).as("hidden figures compared").isPositive();
  }

  /**
   * A commune's publication, whose few hidden figures sit in sums of published ones, is audited
   * without a linear program (nor ojAlgo): the dive of {@code IntegerRanges} finds integer points
   * that attain each range's bound. The issue's example, and most generated registers.
   */
  @Test
  void aCommunesFewHiddenFiguresNeedNoLinearProgram() {
    Map<String, Long> g = new LinkedHashMap<>();
    g.put("C", 8L);
    g.put("D", 10L);
    g.put("DD", 1L);
    g.put("E", 1L);
    Publication p = DisclosureControl.publish(scOnly(g, 20), List.of());
    DisclosureAudit audit = DisclosureAudit.of(p.report(), List.of());
    assertThat(audit.getFigures()).hasSize(3);
    assertThat(audit.getLinearPrograms()).isZero();
    assertThat(audit.getIntegerPrograms()).isZero();
    int without = 0;
    int audits = 0;
    for (long seed = 7_300_000L; seed < 7_300_020L; seed++) {
      DisclosureAudit a = DisclosureAudit.of(DisclosureControl.publish(AuditEquivalenceTest.raw(seed), List.of()).report(),
          List.of());
      if (!a.getFigures().isEmpty()) {
        audits++;
        without += a.getLinearPrograms() == 0 ? 1 : 0;
      }
    }
    assertThat(audits).isGreaterThan(10);
    assertThat(without).as("audits without a linear program, of %d", audits).isGreaterThan(audits / 2);
  }
}

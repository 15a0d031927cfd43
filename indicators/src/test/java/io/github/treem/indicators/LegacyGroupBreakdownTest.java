package io.github.treem.indicators;

import static io.github.treem.indicators.Kids.child;
import static io.github.treem.indicators.Kids.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The breakdown by the 11 groups of the 2004 law ({@code --by legacy_group}): each mapping kind,
 * NONE and UNKNOWN, names, and disclosure control with the relations the mapping fixes.
 */
class LegacyGroupBreakdownTest {

  private static final Indicators SC = Indicators.SPECIAL_CIRCUMSTANCES;
  private static final IndicatorCalculator CALC = IndicatorCalculator.builder().year(2020)
      .referenceDate(LocalDate.of(2020, 12, 31)).indicators(List.of(SC))
      .breakdowns(BreakdownDimension.LEGACY_GROUP).build();

  private static Map<String, Long> cells(IndicatorReport r, BreakdownDimension d) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (BreakdownCell c : r.result(SC).orElseThrow().getBreakdowns().get(d)) {
      m.put(c.getKey(), c.getNumerator().orElse(-1));
    }
    return m;
  }

  @Test
  void everyKindIsCountedAsTheMappingSays() {
    List<Child> kids = List.of(
        child("2012-01-01").addCircumstances(code("D1")).build(), // 3 (one to one) and 4 (conditional)
        child("2012-01-01").addCircumstances(code("A2")).build(), // 1 (split, double orphan)
        child("2012-01-01").addCircumstances(code("C1")).build(), // 1 (split, the other side)
        child("2012-01-01").addCircumstances(code("C4")).build(), // no 2004 group
        child("2012-01-01").addCircumstances(code("C")).build(), // sub-group would decide: UNKNOWN
        child("2012-01-01").addCircumstances(code("K1")).build(), // 6, 7, 8 (conditional)
        child("2012-01-01").addCircumstances(code("L2"), code("E1")).build(), // 9 and 11: once in each
        child("2012-01-01").addCircumstances(code("M1")).build(), // new in 2016: NONE
        child("2012-01-01").build()); // in no special circumstance: not in the population
    IndicatorReport r = CALC.compute(kids, "a");
    assertThat(r.result(SC).orElseThrow().getNumerator()).isEqualTo(8);
    assertThat(cells(r, BreakdownDimension.LEGACY_GROUP)).containsExactly(
        Map.entry("1", 2L), Map.entry("3", 1L), Map.entry("4", 1L), Map.entry("6", 1L), Map.entry("7", 1L),
        Map.entry("8", 1L), Map.entry("9", 1L), Map.entry("11", 1L), Map.entry("NONE", 2L), Map.entry("UNKNOWN", 1L));
    // GROUP is still there, as always for this indicator
    assertThat(cells(r, BreakdownDimension.GROUP)).containsEntry("C", 3L);
  }

  @Test
  void cellsAreNamedInBothLanguages() {
    BreakdownDimension d = BreakdownDimension.LEGACY_GROUP;
    assertThat(d.cellNameVi("1")).isEqualTo("1. Trẻ em mồ côi không nơi nương tựa");
    assertThat(d.cellNameEn("11")).isEqualTo("11. Children in conflict with the law");
    assertThat(d.cellNameEn("4")).isEqualTo(
        "4. Child victims of toxic chemicals (Agent Orange/dioxin) (at most: conditional mapping)");
    assertThat(d.cellNameVi("8")).endsWith("(tối đa: tương ứng có điều kiện)");
    assertThat(d.cellNameVi("NONE")).isEqualTo("Không thuộc nhóm nào của Luật 2004");
    assertThat(d.cellNameEn("UNKNOWN")).isEqualTo("Unknown (sub-group not recorded)");
    assertThat(d.cellNameEn("12")).isEqualTo("12");
    assertThat(d.cellNameEn("01")).isEqualTo("01");
    assertThat(BreakdownDimension.VILLAGE.cellNameVi("Thôn 1")).isEqualTo("Thôn 1");
    assertThat(d.hasCellNames()).isTrue();
    assertThat(BreakdownDimension.GROUP.hasCellNames()).isFalse();
    assertThat(BreakdownDimension.fromKey("legacy_group")).contains(d);
    assertThat(d.isOverlapping()).isTrue();
  }

  @Test
  void groupsFiveToElevenAreSensitive() {
    Set<String> sensitive = new java.util.TreeSet<>();
    for (int k = 1; k <= 11; k++) {
      if (DisclosureRule.DEFAULT.isSensitive(Figure.cell("X", BreakdownDimension.LEGACY_GROUP, Integer.toString(k)))) {
        sensitive.add(Integer.toString(k));
      }
    }
    assertThat(sensitive).containsExactlyInAnyOrder("5", "6", "7", "8", "9", "10", "11");
    assertThat(DisclosureRule.DEFAULT.isSensitive(Figure.cell("X", BreakdownDimension.LEGACY_GROUP, "NONE"))).isFalse();
  }

  /**
   * 10 disabled children, 1 living with HIV, 5 in C4. GROUP hides DD and a complement (C); a
   * 2004 breakdown that hides only group 5 publishes NONE = 5: children in no 2004 group are in C
   * (C4 is covered by no 2004 group), so C ≥ 5 and, with D + DD + C = 16, DD = 1. The audit knows
   * that relation; treem's publication hides more and passes.
   */
  @Test
  void theMappingsRelationsAreAudited() {
    List<Child> kids = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      kids.add(child("2012-01-01").addCircumstances(code("D1")).build());
    }
    kids.add(child("2012-01-01").addCircumstances(code("DD1")).build());
    for (int k = 0; k < 5; k++) {
      kids.add(child("2012-01-01").addCircumstances(code("C4")).build());
    }
    IndicatorReport raw = CALC.compute(kids, "a");
    assertThat(cells(raw, BreakdownDimension.LEGACY_GROUP)).containsExactly(
        Map.entry("3", 10L), Map.entry("4", 10L), Map.entry("5", 1L), Map.entry("NONE", 5L));
    IndicatorReport naive = DisclosureControl.render(raw, Set.of(
        Figure.cell(SC.getCode(), BreakdownDimension.GROUP, "DD"), Figure.cell(SC.getCode(), BreakdownDimension.GROUP, "C"),
        Figure.cell(SC.getCode(), BreakdownDimension.LEGACY_GROUP, "5")), Set.of());
    DisclosureAudit bad = DisclosureAudit.of(naive, List.of());
    assertThat(bad.isPassed()).isFalse();
    assertThat(bad.getFailures()).extracting(f -> f.figure().key()).contains("DD", "5");

    Publication p = DisclosureControl.publish(raw, List.of());
    assertThat(p.audit().isPassed()).isTrue();
    assertThat(DisclosureAudit.of(p.report(), List.of()).isPassed()).isTrue();
    Set<String> hiddenLegacy = p.report().result(SC).orElseThrow().getBreakdowns().get(BreakdownDimension.LEGACY_GROUP)
        .stream().filter(c -> c.getState() == ValueState.SUPPRESSED).map(BreakdownCell::getKey).collect(Collectors.toSet());
    assertThat(hiddenLegacy).contains("5").hasSizeGreaterThan(1);
  }

  @Test
  void generatedRegistersPublishedByTheElevenGroupsPassTheirAudit() {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
        .breakdowns(BreakdownDimension.LEGACY_GROUP, BreakdownDimension.VILLAGE).build();
    int hidden = 0;
    for (long seed = 1; seed <= 12; seed++) {
      List<Child> kids = new ArrayList<>();
      io.github.treem.indicators.synthetic.CommuneGenerator.builder().seed(seed).year(2020)
          .children(40 + (int) (seed * 37 % 300)).villages(1 + (int) (seed % 4)).build().stream().forEach(kids::add);
      Publication p = DisclosureControl.publish(calc.compute(kids, "a"), List.of());
      DisclosureAudit audit = DisclosureAudit.of(p.report(), List.of());
      assertThat(audit.isPassed()).as("seed %s: %s", seed, audit.getFailures()).isTrue();
      hidden += audit.getFigures().size();
    }
    assertThat(hidden).as("small cells must occur").isPositive();
  }
}

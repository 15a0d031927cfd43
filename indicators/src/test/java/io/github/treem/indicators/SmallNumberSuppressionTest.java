package io.github.treem.indicators;

import static io.github.treem.indicators.Kids.child;
import static io.github.treem.indicators.Kids.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SmallNumberSuppressionTest {

  static final IndicatorCalculator CALC = IndicatorCalculator.builder().year(2020).growthScorer(Kids.SCORER)
      .breakdowns(BreakdownDimension.GROUP, BreakdownDimension.VILLAGE).build();

  static String show(List<BreakdownCell> cells) {
    return cells.stream().filter(c -> c.getState() == ValueState.SUPPRESSED || c.getNumerator().getAsLong() > 0)
        .map(c -> c.getKey() + "=" + (c.getState() == ValueState.SUPPRESSED ? "<5" : c.getNumerator().getAsLong()))
        .collect(Collectors.joining(" "));
  }

  @Test
  void oneSmallSensitiveCellHidesTheNextSmallest() {
    Accumulator acc = CALC.newAccumulator();
    for (int i = 0; i < 3; i++) {
      acc.add(child("2010-01-01").village("Thôn 1").addCircumstances(code("L4")).build(), "X");
    }
    for (int i = 0; i < 6; i++) {
      acc.add(child("2010-01-01").village("Thôn 2").addCircumstances(code("H2")).build(), "X");
    }
    for (int i = 0; i < 9; i++) {
      acc.add(child("2010-01-01").village("Thôn 2").addCircumstances(code("D3")).build(), "X");
    }
    IndicatorReport raw = acc.result();
    IndicatorResult count = raw.result(Indicators.SPECIAL_CIRCUMSTANCES).orElseThrow();
    assertThat(show(count.getBreakdowns().get(BreakdownDimension.GROUP))).isEqualTo("D=9 H=6 L=3");
    IndicatorReport published = raw.suppressed();
    assertThat(published.isSuppressed()).isTrue();
    IndicatorResult p = published.result(Indicators.SPECIAL_CIRCUMSTANCES).orElseThrow();
    // L (sensitive, 3) and the next smallest non-zero cell H are hidden: 18 - 9 = 9 cannot be split
    assertThat(show(p.getBreakdowns().get(BreakdownDimension.GROUP))).isEqualTo("D=9 H=<5 L=<5");
    BreakdownCell l = p.getBreakdowns().get(BreakdownDimension.GROUP).stream().filter(c -> c.getKey().equals("L"))
        .findFirst().orElseThrow();
    assertThat(l.getNumerator()).isEmpty();
    assertThat(l.getValue()).isEmpty();
    // totals and other breakdowns are published as they are
    assertThat(p.getNumerator()).isEqualTo(18);
    assertThat(p.getBreakdowns().get(BreakdownDimension.VILLAGE)).isEqualTo(count.getBreakdowns().get(BreakdownDimension.VILLAGE));
    // the unsuppressed report is kept for internal use
    assertThat(raw.isSuppressed()).isFalse();
  }

  @Test
  void twoSmallSensitiveCellsNeedNoMore() {
    Accumulator acc = CALC.newAccumulator();
    acc.add(child("2010-01-01").addCircumstances(code("E1")).build(), "X");
    acc.add(child("2010-01-01").addCircumstances(code("M1")).build(), "X");
    for (int i = 0; i < 6; i++) {
      acc.add(child("2010-01-01").addCircumstances(code("H2")).build(), "X");
    }
    IndicatorResult p = acc.result().suppressed().result(Indicators.SPECIAL_CIRCUMSTANCES).orElseThrow();
    assertThat(show(p.getBreakdowns().get(BreakdownDimension.GROUP))).isEqualTo("E=<5 H=6 M=<5");
  }

  @Test
  void percentCellsAreSuppressedOnNumeratorOrDenominator() {
    Accumulator acc = CALC.newAccumulator();
    // 2 children living with HIV in poor households, one assisted; 7 orphans, 5 assisted
    for (int i = 0; i < 2; i++) {
      acc.add(child("2010-01-01").addCircumstances(code("DD1"))
          .addYearlyStatus(Kids.status(2020, io.github.treem.core.HouseholdPoverty.POOR, i == 0)).build(), "X");
    }
    for (int i = 0; i < 7; i++) {
      acc.add(child("2010-01-01").addCircumstances(code("A3"))
          .addYearlyStatus(Kids.status(2020, null, i < 5)).build(), "X");
    }
    IndicatorResult raw = acc.result().result(Indicators.WELFARE_COVERAGE).orElseThrow();
    assertThat(raw.getNumerator()).isEqualTo(6);
    assertThat(raw.getDenominator()).isEqualTo(9);
    List<BreakdownCell> cells = acc.result().suppressed().result(Indicators.WELFARE_COVERAGE).orElseThrow()
        .getBreakdowns().get(BreakdownDimension.GROUP);
    assertThat(cells).extracting(BreakdownCell::getKey).containsExactly("A", "DD");
    assertThat(cells).extracting(BreakdownCell::getState).containsOnly(ValueState.SUPPRESSED);
  }

  @Test
  void nothingSensitiveNothingHidden() {
    Accumulator acc = CALC.newAccumulator();
    acc.add(child("2010-01-01").addCircumstances(code("H2")).build(), "X");
    IndicatorReport raw = acc.result();
    assertThat(raw.suppressed().getResults()).isEqualTo(raw.getResults());
  }

  @Test
  void aLoneSensitiveCellHidesAZeroCell() {
    Accumulator acc = CALC.newAccumulator();
    acc.add(child("2010-01-01").addCircumstances(code("L1")).build(), "X");
    IndicatorResult p = acc.result().suppressed().result(Indicators.SPECIAL_CIRCUMSTANCES).orElseThrow();
    assertThat(show(p.getBreakdowns().get(BreakdownDimension.GROUP))).isEqualTo("A=<5 L=<5");
  }

  @Test
  void aBreakdownWhoseOnlyCellIsHiddenIsWithheld() {
    Accumulator acc = CALC.newAccumulator();
    for (int i = 0; i < 3; i++) {
      acc.add(child("2012-05-05").addCircumstances(code("DD1"))
          .addYearlyStatus(io.github.treem.core.YearlyStatus.builder().year(2020)
              .householdPoverty(io.github.treem.core.HouseholdPoverty.POOR).socialAssistance(true).build())
          .build(), "X");
    }
    IndicatorReport raw = acc.result();
    IndicatorResult welfare = raw.result(Indicators.WELFARE_COVERAGE).orElseThrow();
    assertThat(welfare.getDenominator()).isEqualTo(3);
    assertThat(welfare.getBreakdowns().get(BreakdownDimension.GROUP)).extracting(BreakdownCell::getKey)
        .containsExactly("DD");
    IndicatorResult p = raw.suppressed().result(Indicators.WELFARE_COVERAGE).orElseThrow();
    // "DD <5" beside a published total of 3 would say that the 3 are all children with HIV
    assertThat(p.getBreakdowns()).doesNotContainKey(BreakdownDimension.GROUP);
    assertThat(p.getBreakdowns().get(BreakdownDimension.VILLAGE))
        .isEqualTo(welfare.getBreakdowns().get(BreakdownDimension.VILLAGE));
    assertThat(p.getDenominator()).isEqualTo(3);
  }
}

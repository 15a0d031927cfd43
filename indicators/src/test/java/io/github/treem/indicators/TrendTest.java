package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TrendTest {

  private static IndicatorReport report(int year, long swim, long of, List<BreakdownCell> villages) {
    Map<BreakdownDimension, List<BreakdownCell>> b = villages.isEmpty() ? Map.of()
        : Map.of(BreakdownDimension.VILLAGE, villages);
    return IndicatorReport.of(year, LocalDate.of(year, 12, 31), List.of(
        IndicatorResult.of(Indicators.CAN_SWIM, swim, of, Map.of(), b),
        IndicatorResult.of(Indicators.SPECIAL_CIRCUMSTANCES, swim / 10, 0, Map.of(), Map.of())));
  }

  private static BreakdownCell cell(String key, long n, long d) {
    return BreakdownCell.of(key, IndicatorUnit.PERCENT, n, d);
  }

  @Test
  void seriesInYearOrderWithTheChangeFromThePointBefore() {
    Trend t = Trend.of(List.of(report(2021, 60, 100, List.of()), report(2019, 45, 100, List.of()),
        report(2020, 50, 100, List.of())));
    assertThat(t.getYears()).containsExactly(2019, 2020, 2021);
    Trend.Series swim = t.total("CAN_SWIM").orElseThrow();
    assertThat(swim.getPoints()).extracting(Trend.Point::getYear).containsExactly(2019, 2020, 2021);
    assertThat(swim.point(2019).orElseThrow().getChange()).isEmpty();
    assertThat(swim.point(2019).orElseThrow().getChangeFrom()).isEqualTo(OptionalInt.empty());
    assertThat(swim.point(2020).orElseThrow().getChange()).contains(new BigDecimal("5.00"));
    assertThat(swim.point(2021).orElseThrow().getChange()).contains(new BigDecimal("10.00"));
    assertThat(swim.point(2021).orElseThrow().getChangeFrom()).isEqualTo(OptionalInt.of(2020));
    // a count: children
    assertThat(t.total("SPECIAL_CIRCUMSTANCES").orElseThrow().point(2021).orElseThrow().getChange())
        .contains(BigDecimal.valueOf(1));
    assertThat(t.getTotals()).extracting(s -> s.getIndicator().getCode())
        .containsExactly("CAN_SWIM", "SPECIAL_CIRCUMSTANCES");
  }

  @Test
  void aGapInTheYearsTakesTheChangeFromTheLatestEarlierYear() {
    Trend t = Trend.of(List.of(report(2018, 40, 100, List.of()), report(2020, 50, 100, List.of())));
    Trend.Point p = t.total("CAN_SWIM").orElseThrow().point(2020).orElseThrow();
    assertThat(p.getChange()).contains(new BigDecimal("10.00"));
    assertThat(p.getChangeFrom()).isEqualTo(OptionalInt.of(2018));
  }

  @Test
  void figuresHiddenInAnyYearStayHiddenAndNoChangeTellsThem() {
    IndicatorReport y19 = report(2019, 45, 100, List.of(cell("Thôn 1", 20, 40), cell("Thôn 2", 25, 60)));
    IndicatorReport y20 = report(2020, 50, 100, List.of(BreakdownCell.suppressed("Thôn 1"), cell("Thôn 2", 30, 60)));
    IndicatorReport y21 = report(2021, 55, 100, List.of(cell("Thôn 1", 24, 40), cell("Thôn 2", 31, 60),
        cell("Thôn 3", 10, 20)));
    Trend t = Trend.of(List.of(y19, y20, y21));
    Trend.Series v1 = t.cell("CAN_SWIM", BreakdownDimension.VILLAGE, "Thôn 1").orElseThrow();
    Trend.Point hidden = v1.point(2020).orElseThrow();
    assertThat(hidden.getState()).isEqualTo(ValueState.SUPPRESSED);
    assertThat(hidden.getValue()).isEmpty();
    assertThat(hidden.getNumerator()).isEmpty();
    assertThat(hidden.getDenominator()).isEmpty();
    assertThat(hidden.getChange()).isEmpty();
    // the year after a hidden one has no change either: 60 - change would tell the hidden value
    assertThat(v1.point(2021).orElseThrow().getChange()).isEmpty();
    assertThat(v1.point(2021).orElseThrow().getValue()).contains(new BigDecimal("60.00"));
    Trend.Series v2 = t.cell("CAN_SWIM", BreakdownDimension.VILLAGE, "Thôn 2").orElseThrow();
    assertThat(v2.point(2021).orElseThrow().getChange()).contains(new BigDecimal("1.67"));
    // a village of 2021 only: one point
    assertThat(t.cell("CAN_SWIM", BreakdownDimension.VILLAGE, "Thôn 3").orElseThrow().getPoints()).hasSize(1);
    // order: the total, then its cells; then the next indicator
    assertThat(t.getSeries()).extracting(s -> s.getIndicator().getCode() + s.getKey().map(k -> "/" + k).orElse(""))
        .containsExactly("CAN_SWIM", "CAN_SWIM/Thôn 1", "CAN_SWIM/Thôn 2", "CAN_SWIM/Thôn 3", "SPECIAL_CIRCUMSTANCES");
    assertThat(t.total("NOPE")).isEqualTo(Optional.empty());
  }

  @Test
  void twoReportsOfOneYearAreRefused() {
    assertThatThrownBy(() -> Trend.of(List.of(report(2020, 1, 2, List.of()), report(2020, 1, 2, List.of()))))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(Trend.CODE_DUPLICATE_YEAR));
  }
}

package io.github.treem.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.plan.DesiredDirection;
import io.github.treem.core.plan.MonitoringLine;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The direction of a monitoring line at its edges: equal values, hidden values, a missing year. */
class MonitoringAssessmentTest {
  private static MonitoringLine line(DesiredDirection d) {
    return MonitoringLine.builder().id("M1").indicatorCode("STUNTING_U5").direction(d)
        .textVi("nhất là suy dinh dưỡng chiều cao theo tuổi").textEn("above all stunting").build();
  }

  private static MonitoringAssessment values(DesiredDirection d, String now, String before) {
    return MonitoringAssessment.of(line(d), ValueState.VALUE, Optional.of(new BigDecimal(now)), OptionalInt.of(2019),
        Optional.of(ValueState.VALUE), Optional.of(new BigDecimal(before)));
  }

  @Test
  void aDecreaseIsTheDesiredWayOfADecreaseLineAndAnIncreaseIsNot() {
    MonitoringAssessment down = values(DesiredDirection.DECREASE, "12.50", "13.10");
    assertThat(down.getStatus()).isEqualTo(MonitoringStatus.TOWARDS);
    assertThat(down.getChange()).contains(new BigDecimal("-0.60"));
    assertThat(values(DesiredDirection.DECREASE, "13.11", "13.10").getStatus()).isEqualTo(MonitoringStatus.AWAY);
    assertThat(values(DesiredDirection.INCREASE, "13.11", "13.10").getStatus()).isEqualTo(MonitoringStatus.TOWARDS);
    assertThat(values(DesiredDirection.INCREASE, "13.09", "13.10").getStatus()).isEqualTo(MonitoringStatus.AWAY);
  }

  @Test
  void equalValuesAreUnchangedWhateverTheirScaleAndNeverTheDesiredWay() {
    for (DesiredDirection d : new DesiredDirection[] {DesiredDirection.DECREASE, DesiredDirection.INCREASE}) {
      MonitoringAssessment same = values(d, "13.10", "13.1");
      assertThat(same.getStatus()).isEqualTo(MonitoringStatus.UNCHANGED);
      assertThat(same.getChange()).hasValueSatisfying(c -> assertThat(c.signum()).isZero());
    }
    assertThat(values(DesiredDirection.DECREASE, "0.00", "0.00").getStatus()).isEqualTo(MonitoringStatus.UNCHANGED);
  }

  @Test
  void aLineWithoutDirectionShowsItsChangeUnjudged() {
    MonitoringAssessment a = values(DesiredDirection.NONE, "10.00", "8.00");
    assertThat(a.getStatus()).isEqualTo(MonitoringStatus.NOT_JUDGED);
    assertThat(a.getChange()).contains(new BigDecimal("2.00"));
  }

  @Test
  void aHiddenValueInEitherYearHidesTheChangeAndItsDirection() {
    MonitoringAssessment nowHidden = MonitoringAssessment.of(line(DesiredDirection.DECREASE), ValueState.SUPPRESSED,
        Optional.empty(), OptionalInt.of(2019), Optional.of(ValueState.VALUE), Optional.of(new BigDecimal("13.10")));
    assertThat(nowHidden.getStatus()).isEqualTo(MonitoringStatus.SUPPRESSED);
    assertThat(nowHidden.getChange()).isEmpty();
    assertThat(nowHidden.getPreviousValue()).contains(new BigDecimal("13.10")); // published last year: still shown
    MonitoringAssessment beforeHidden = MonitoringAssessment.of(line(DesiredDirection.DECREASE), ValueState.VALUE,
        Optional.of(new BigDecimal("12.00")), OptionalInt.of(2019), Optional.of(ValueState.SUPPRESSED), Optional.empty());
    assertThat(beforeHidden.getStatus()).isEqualTo(MonitoringStatus.SUPPRESSED);
    assertThat(beforeHidden.getChange()).isEmpty();
    // hidden beats no data: a status of NO_DATA beside a hidden value would say it is not hidden
    MonitoringAssessment hiddenNoPrevious = MonitoringAssessment.of(line(DesiredDirection.DECREASE), ValueState.SUPPRESSED,
        Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
    assertThat(hiddenNoPrevious.getStatus()).isEqualTo(MonitoringStatus.SUPPRESSED);
  }

  @Test
  void aMissingPreviousYearOrValueIsNoData() {
    MonitoringAssessment noPrevious = MonitoringAssessment.of(line(DesiredDirection.DECREASE), ValueState.VALUE,
        Optional.of(new BigDecimal("12.00")), OptionalInt.empty(), Optional.empty(), Optional.empty());
    assertThat(noPrevious.getStatus()).isEqualTo(MonitoringStatus.NO_DATA);
    assertThat(noPrevious.getChange()).isEmpty();
    assertThat(noPrevious.getValue()).contains(new BigDecimal("12.00"));
    MonitoringAssessment previousWithoutValue = MonitoringAssessment.of(line(DesiredDirection.DECREASE), ValueState.VALUE,
        Optional.of(new BigDecimal("12.00")), OptionalInt.of(2019), Optional.of(ValueState.NO_DATA), Optional.empty());
    assertThat(previousWithoutValue.getStatus()).isEqualTo(MonitoringStatus.NO_DATA);
    MonitoringAssessment nowWithoutValue = MonitoringAssessment.of(line(DesiredDirection.NONE), ValueState.NO_DATA,
        Optional.empty(), OptionalInt.of(2019), Optional.of(ValueState.VALUE), Optional.of(new BigDecimal("1")));
    assertThat(nowWithoutValue.getStatus()).isEqualTo(MonitoringStatus.NO_DATA);
  }

  @Test
  void aValueThatDisagreesWithItsStateIsRefused() {
    MonitoringLine l = line(DesiredDirection.DECREASE);
    assertThatThrownBy(() -> MonitoringAssessment.of(l, ValueState.SUPPRESSED, Optional.of(BigDecimal.ONE),
        OptionalInt.empty(), Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MonitoringAssessment.of(l, ValueState.VALUE, Optional.of(BigDecimal.ONE),
        OptionalInt.of(2019), Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MonitoringAssessment.of(l, ValueState.VALUE, Optional.of(BigDecimal.ONE),
        OptionalInt.of(2019), Optional.of(ValueState.NO_DATA), Optional.of(BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

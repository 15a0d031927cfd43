package io.github.treem.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A plan's aims without a number: the line's invariants, its place in the plan, the desired direction. */
class MonitoringLineTest {
  private static MonitoringLine.Builder line(String id) {
    return MonitoringLine.builder().id(id).indicatorCode("STUNTING_U5").direction(DesiredDirection.DECREASE)
        .textVi("nhất là suy dinh dưỡng chiều cao theo tuổi").textEn("above all stunting");
  }

  private static String code(Throwable e) {
    return ((InvalidValueException) e).getCode();
  }

  @Test
  void aLineNeedsAnIdAnIndicatorAndBothTexts() {
    assertThatThrownBy(() -> line(" ").build()).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0570"));
    assertThatThrownBy(() -> line("M1").indicatorCode("").build()).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0571"));
    assertThatThrownBy(() -> line("M1").textVi(" ").build()).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0572"));
    assertThatThrownBy(() -> line("M1").textEn("").build()).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0572"));
    assertThat(line("M1").build().getItemId()).isEmpty();
  }

  @Test
  void thePlanHoldsItsLinesWithIdsOfTheirOwnAndItemsItHas() {
    Plan plan = Plans.small().addMonitoring(line("M1").itemId("GP1").build()).build();
    assertThat(plan.monitoringLine("M1")).hasValueSatisfying(m -> assertThat(m.getItemId()).contains("GP1"));
    assertThat(plan.monitoringLine("M2")).isEmpty();
    assertThat(plan.targetFor("STUNTING_U5")).isEmpty();
    assertThatThrownBy(() -> Plans.small().addMonitoring(line("T1").build()).build())
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0573"));
    assertThatThrownBy(() -> Plans.small().addMonitoring(line("M1").build(), line("M1").build()).build())
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0573"));
    assertThatThrownBy(() -> Plans.small().addMonitoring(line("M1").itemId("GP9").build()).build())
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0574"));
  }

  @Test
  void onlyAStrictChangeTheWayAskedIsDesired() {
    assertThat(DesiredDirection.DECREASE.isDesired(-1)).isTrue();
    assertThat(DesiredDirection.DECREASE.isDesired(0)).isFalse();
    assertThat(DesiredDirection.DECREASE.isDesired(1)).isFalse();
    assertThat(DesiredDirection.INCREASE.isDesired(1)).isTrue();
    assertThat(DesiredDirection.INCREASE.isDesired(0)).isFalse();
    assertThat(DesiredDirection.INCREASE.isDesired(-1)).isFalse();
    for (int sign = -1; sign <= 1; sign++) {
      assertThat(DesiredDirection.NONE.isDesired(sign)).isFalse();
    }
    for (DesiredDirection d : DesiredDirection.values()) {
      assertThat(d.getNameVi()).isNotBlank().isNotEqualTo(d.getNameEn());
    }
  }
}

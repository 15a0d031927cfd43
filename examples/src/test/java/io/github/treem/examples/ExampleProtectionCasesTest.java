package io.github.treem.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.cases.CaseReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the protection-case example and checks what it publishes. */
class ExampleProtectionCasesTest {

  @Test
  void theFiguresArePublishedWithSmallNumbersHidden(@TempDir Path dir) {
    CaseReport report = ExampleProtectionCases.run(dir);
    IndicatorResult received = report.publication().report().result(CaseIndicators.CASES_RECEIVED).orElseThrow();
    assertThat(received.getNumerator()).isEqualTo(12);
    IndicatorResult plans = report.publication().report().result(CaseIndicators.PLAN_APPROVED_IN_TIME).orElseThrow();
    assertThat(plans.getNumerator()).isEqualTo(9);
    assertThat(plans.getDenominator()).isEqualTo(12);
    // 7 from the hotline, 5 from schools: both published; harms 6 and 6
    assertThat(received.getBreakdowns().get(BreakdownDimension.SOURCE)).extracting(BreakdownCell::getState)
        .containsOnly(ValueState.VALUE);
    // the 3 late plans are in no cell of their own; the emergency figure has nothing to count
    assertThat(report.publication().audit().isPassed()).isTrue();
    assertThat(report.publishedMedianDaysToPlan()).hasValue(new BigDecimal("7.0"));
    assertThatCode(() -> ExampleProtectionCases.main(new String[0])).doesNotThrowAnyException();
  }
}

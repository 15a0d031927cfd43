package io.github.treem.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.ExactValue;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.TargetAssessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The change since an earlier year is the difference of the values as shown (issue 14). */
class ReportDocumentChangeTest {
  private static final LocalDate R = LocalDate.of(2020, 12, 31);

  private static ReportDocument doc(long num, long den, long numBefore, long denBefore, TargetComparator c,
      String threshold) {
    IndicatorResult now = IndicatorResult.of(Indicators.HI_U6, num, den, Map.of(), Map.of());
    IndicatorResult before = IndicatorResult.of(Indicators.HI_U6, numBefore, denBefore, Map.of(), Map.of());
    Optional<ExactValue> reference = c == TargetComparator.INCREASE ? ExactValue.of(before)
        : Optional.of(ExactValue.of(new BigDecimal(threshold)));
    TargetAssessment t = TargetAssessment.of("T1", "HI_U6", c, reference, ExactValue.of(now));
    return ReportDocument.builder().report(IndicatorReport.of(2020, R, List.of(now))).addTargets(t)
        .addPrevious(ReportDocument.PreviousYear.of(IndicatorReport.of(2019, R.minusYears(1), List.of(before))))
        .build();
  }

  @Test
  void theChangeIsShownThisYearMinusShownLastYear() {
    // 99.995% against ≥ 100 is shown 99.99 (rounded alone it is 100.00); last year 1/3 = 33.33
    ReportDocument d = doc(19_999, 20_000, 1, 3, TargetComparator.AT_LEAST, "100");
    assertThat(d.value("HI_U6")).contains(new BigDecimal("99.99"));
    assertThat(d.previousValue(2019, "HI_U6")).contains(new BigDecimal("33.33"));
    assertThat(d.changeSince(2019, "HI_U6")).contains(new BigDecimal("66.66"));
    // the raw values would give 66.67: 100.00 - 33.33
    IndicatorReport raw = d.getReport();
    assertThat(raw.getResults().get(0).getValue()).contains(new BigDecimal("100.00"));
    // every writer shows the same three figures
    assertThat(ReportCsv.write(d)).contains("HI_U6,total,,19999,20000,99.99,VALUE\n"
        + "HI_U6,previous,2019,1,3,33.33,VALUE\nHI_U6,change,2019,,,66.66,\n");
    String json = ReportJson.of(Language.EN).write(d);
    assertThat(json).contains("\"value\":33.33,\"state\":\"VALUE\",\"changeSince\":66.66}");
    assertThat(ReportJson.of(Language.EN).read(json).changeSince(2019, "HI_U6")).contains(new BigDecimal("66.66"));
  }

  @Test
  void besideAnIncreaseTargetLastYearIsShownAsItsReference() {
    // 2/3 = 66.666..% against last year's 66.664%: told apart with a third decimal, change 0.002
    ReportDocument d = doc(2, 3, 16_666, 25_000, TargetComparator.INCREASE, null);
    BigDecimal now = d.value("HI_U6").orElseThrow();
    BigDecimal before = d.previousValue(2019, "HI_U6").orElseThrow();
    assertThat(now).isGreaterThan(before);
    assertThat(before).isEqualByComparingTo(d.getTargets().get(0).getReference().orElseThrow());
    assertThat(d.changeSince(2019, "HI_U6")).contains(now.subtract(before));
  }

  @Test
  void seededRandomFractionsKeepChangeEqualToTheDifference() {
    SplittableRandom random = new SplittableRandom(14);
    for (int i = 0; i < 2_000; i++) {
      long den = 1 + random.nextLong(50_000);
      long denBefore = 1 + random.nextLong(50_000);
      TargetComparator c = TargetComparator.values()[random.nextInt(TargetComparator.values().length)];
      ReportDocument d = doc(random.nextLong(den + 1), den, random.nextLong(denBefore + 1), denBefore, c,
          Integer.toString(random.nextInt(101)));
      BigDecimal now = d.value("HI_U6").orElseThrow();
      BigDecimal before = d.previousValue(2019, "HI_U6").orElseThrow();
      assertThat(d.changeSince(2019, "HI_U6")).contains(now.subtract(before));
      // the shown value is on the same side of the shown reference as the exact one
      if (c == TargetComparator.INCREASE) {
        ExactValue exactNow = ExactValue.of(d.getReport().getResults().get(0)).orElseThrow();
        ExactValue exactBefore = ExactValue.of(d.previous(2019, "HI_U6").orElseThrow()).orElseThrow();
        assertThat(Integer.signum(now.compareTo(before))).isEqualTo(Integer.signum(exactNow.compareTo(exactBefore)));
      }
    }
  }
}

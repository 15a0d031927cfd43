package io.github.treem.xlsx;

import io.github.treem.core.plan.TargetComparator;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.ExactValue;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.json.TreemJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Publications for the report workbook's tests. */
final class ReportFixtures {
  static final LocalDate REF = LocalDate.of(2020, 12, 31);

  private ReportFixtures() {}

  /**
   * A hand-made publication on the edges of the display rule: 19,999 of 20,000 children with a
   * card against "at least 100%" (99.995%: shown 99.99, never 100.00), 9.001% underweight against
   * "below 9%" (shown 9.01, never 9.00), 1 of 8 (12.50); a group cell of 1 child (hidden, and a
   * complement hidden with it), a village whose name is a formula, hidden exclusion counts, a count
   * indicator.
   */
  static Publication edges() {
    IndicatorResult hi = IndicatorResult.of(Indicators.HI_U6, 19_999, 20_000,
        Map.of(ExclusionReason.MISSING_DOB, 3L),
        breakdowns(BreakdownDimension.VILLAGE, List.of(
                BreakdownCell.of("=HYPERLINK(\"http://x\")", IndicatorUnit.PERCENT, 9_999, 10_000),
                BreakdownCell.of("Thôn Đông", IndicatorUnit.PERCENT, 10_000, 10_000)),
            BreakdownDimension.GROUP, List.of(
                BreakdownCell.of("DD", IndicatorUnit.PERCENT, 1, 1),
                BreakdownCell.of("E", IndicatorUnit.PERCENT, 40, 41),
                BreakdownCell.of("K", IndicatorUnit.PERCENT, 30, 30))));
    IndicatorResult uw = IndicatorResult.of(Indicators.UNDERWEIGHT_U5, 9_001, 100_000,
        Map.of(ExclusionReason.NOT_MEASURED, 12L), breakdowns(BreakdownDimension.SEX, List.of(
            BreakdownCell.of("FEMALE", IndicatorUnit.PERCENT, 1, 8),
            BreakdownCell.of("MALE", IndicatorUnit.PERCENT, 9_000, 99_992))));
    IndicatorResult sc = IndicatorResult.of(Indicators.SPECIAL_CIRCUMSTANCES, 2_345, 0, Map.of(), Map.of());
    IndicatorReport report = IndicatorReport.of(2020, REF, List.of(hi, uw, sc))
        .withDataQuality(DataQuality.of(122_350, 122_345, 5));
    List<TargetAssessment> targets = List.of(
        TargetAssessment.of("T1", "HI_U6", TargetComparator.AT_LEAST, Optional.of(ExactValue.of(new BigDecimal("100"))),
            ExactValue.of(IndicatorUnit.PERCENT, 19_999, 20_000)),
        TargetAssessment.of("T2", "UNDERWEIGHT_U5", TargetComparator.BELOW, Optional.of(ExactValue.of(new BigDecimal("9"))),
            ExactValue.of(IndicatorUnit.PERCENT, 9_001, 100_000)),
        TargetAssessment.of("T3", "SPECIAL_CIRCUMSTANCES", TargetComparator.AT_MOST,
            Optional.of(ExactValue.of(new BigDecimal("3000"))), ExactValue.of(IndicatorUnit.COUNT, 2_345, 0)));
    return DisclosureControl.publish(report, targets);
  }

  private static Map<BreakdownDimension, List<BreakdownCell>> breakdowns(BreakdownDimension d, List<BreakdownCell> cells) {
    Map<BreakdownDimension, List<BreakdownCell>> m = new LinkedHashMap<>();
    m.put(d, cells);
    return m;
  }

  private static Map<BreakdownDimension, List<BreakdownCell>> breakdowns(BreakdownDimension d1, List<BreakdownCell> c1,
      BreakdownDimension d2, List<BreakdownCell> c2) {
    Map<BreakdownDimension, List<BreakdownCell>> m = breakdowns(d1, c1);
    m.put(d2, c2);
    return m;
  }

  /**
   * A generated commune of 600 children by village, sex and group, published as the report
   * pipeline publishes (figures suppressed, the bundled plan's targets assessed on them).
   */
  static Publication commune() {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).referenceDate(REF)
        .breakdowns(BreakdownDimension.VILLAGE, BreakdownDimension.SEX, BreakdownDimension.GROUP).build();
    IndicatorReport report = calc.compute(
        CommuneGenerator.builder().seed(18).year(2020).children(600).errorRate(0).build().stream(),
        CommuneGenerator.QUANG_VINH).withDataQuality(DataQuality.of(600, 600, 0));
    IndicatorReport figures = DisclosureControl.publish(report, List.of()).report();
    List<TargetAssessment> targets = TargetAssessment.assessAll(TreemJson.bundledPlan("quang-vinh-2020"), figures,
        Optional.empty());
    return DisclosureControl.verify(figures, targets);
  }

  static ReportManifest manifest() {
    return ReportManifest.builder().treemVersion("0.2.0-test").year(2020).referenceDate(REF)
        .putInputs("xã-a.csv", "a".repeat(64)).putOptions("by", "village,sex,group").putOptions("note", "=1+1")
        .build();
  }
}

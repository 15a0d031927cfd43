package io.github.treem.io.html;

import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import java.time.LocalDate;

/** Reports of small generated communes, for the tests. */
final class Fixtures {
  private Fixtures() {}

  /** {@return the report of a generated commune of 400 children, 2020, by village and group} */
  static IndicatorReport commune() {
    CommuneGenerator gen = CommuneGenerator.builder().seed(7).year(2020).children(400).errorRate(0.03).build();
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020)
        .breakdowns(BreakdownDimension.VILLAGE, BreakdownDimension.SEX, BreakdownDimension.GROUP).build();
    return calc.compute(gen.stream(), CommuneGenerator.QUANG_VINH).withDataQuality(DataQuality.of(412, 400, 12));
  }

  /** {@return a manifest, with an option that must be escaped} */
  static ReportManifest manifest() {
    return ReportManifest.builder().treemVersion("0.1.0-SNAPSHOT").year(2020).referenceDate(LocalDate.of(2020, 12, 31))
        .putInputs("register.csv", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        .putOptions("note", "<script>alert(1)</script> & \"quoted\"").build();
  }
}

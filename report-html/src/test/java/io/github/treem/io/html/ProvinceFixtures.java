package io.github.treem.io.html;

import io.github.treem.core.admin.CommuneCode;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportPipeline;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.io.submission.ProvinceRollUp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A merge of generated communes of Thừa Thiên Huế (2020, districts in use), for the province view's tests. */
final class ProvinceFixtures {
  private ProvinceFixtures() {}

  /** Communes of Quảng Điền and of the city, one of them small (its figures hidden). */
  static final List<String> COMMUNES = List.of("19885", "19888", "19891", "19894", "19750", "19753");

  /** {@return the merge of their submissions with the bundled plan's targets} */
  static ProvinceRollUp.Result merged() {
    Map<String, CommuneSubmission> s = new LinkedHashMap<>();
    for (int i = 0; i < COMMUNES.size(); i++) {
      String code = COMMUNES.get(i);
      int children = i == 3 ? 9 : 120 + 60 * i;
      CommuneGenerator gen = CommuneGenerator.builder().seed(100 + i).year(2020).children(children).communeCode(code)
          .errorRate(0).build();
      IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).breakdowns(CommuneSubmission.BREAKDOWNS)
          .build();
      IndicatorReport report = calc.compute(gen.stream(), code);
      ReportPipeline pipeline = ReportPipeline.builder().calculator(calc).unsuppressedForInternalUse().build();
      s.put(code + ".json", CommuneSubmission.of(CommuneCode.parse(code),
          pipeline.finish(report, Map.of("register " + code + ".csv", "0".repeat(64)))));
    }
    return ProvinceRollUp.builder().plan(TreemJson.bundledPlan("quang-vinh-2020")).build().merge(s);
  }
}

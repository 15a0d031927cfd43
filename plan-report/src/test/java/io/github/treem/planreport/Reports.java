package io.github.treem.planreport;

import io.github.treem.core.plan.ReportingPeriod;

/** The reports of the tests, from the Quảng Vinh plan and the synthetic log. */
public final class Reports {
  private Reports() {}

  /** {@return the year's report, with the invented target results and a note that the data are synthetic} */
  public static ImplementationReport year() {
    return ImplementationReport.of(QuangVinh2020.plan(), ReportingPeriod.parse("2020"), DemoLog.activities(), DemoLog.assessments(),
        ReportInputs.builder().targets(DemoLog.targets())
            .addNotesVi("Số liệu trong báo cáo này là dữ liệu minh họa (tổng hợp), không phải số liệu thật của xã.").build());
  }

  /** {@return the first half year's report, nothing bound} */
  public static ImplementationReport firstHalf() {
    return ImplementationReport.of(QuangVinh2020.plan(), ReportingPeriod.parse("2020-H1"), DemoLog.activities(), DemoLog.assessments(),
        ReportInputs.none());
  }
}

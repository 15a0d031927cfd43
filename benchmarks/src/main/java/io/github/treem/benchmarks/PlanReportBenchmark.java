package io.github.treem.benchmarks;

import io.github.treem.core.plan.Activity;
import io.github.treem.core.plan.ActivityCost;
import io.github.treem.core.plan.ActivityKind;
import io.github.treem.core.plan.Audience;
import io.github.treem.core.plan.EventType;
import io.github.treem.core.plan.FundingSource;
import io.github.treem.core.plan.FundingSourceKind;
import io.github.treem.core.plan.Headcount;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanItem;
import io.github.treem.core.plan.PlanItemKind;
import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.UnitRole;
import io.github.treem.planreport.ImplementationReport;
import io.github.treem.planreport.ReportInputs;
import io.github.treem.planreport.docx.WordPlanReport;
import io.github.treem.planreport.html.HtmlPlanReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The commune's report on its plan (treem-plan-report), for a plan of the Quảng Vinh 2020 shape
 * (7 units, 6 tasks, 8 solutions, 16 duties, 2 events, 3 funding sources) and a seeded log of
 * {@code activities} activities spread over the year (a busy commune logs a few hundred):
 *
 * <ul>
 *   <li>{@code build}: {@code ImplementationReport.of} for the year: validating the plan and the
 *       log, the items' statuses, people reached through disclosure control, funding (ms);
 *   <li>{@code word}: writing the report as .docx (POI, then the ZIP with fixed times) (ms);
 *   <li>{@code html}: rendering it as HTML (jte) (ms).
 * </ul>
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar PlanReportBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlanReportBenchmark {

  /** The plan, the log and a built report. */
  @State(Scope.Benchmark)
  public static class Data {
    /** The number of activities in the year. */
    @Param({"300", "10000"})
    public int activities;

    Plan plan;
    List<Activity> log;
    ImplementationReport report;

    /** Makes the plan and the log (seeded). */
    @Setup
    public void setUp() {
      plan = plan();
      log = log(plan, activities);
      report = ImplementationReport.of(plan, ReportingPeriod.ofYear(2020), log, List.of(), ReportInputs.none());
    }
  }

  static Plan plan() {
    UnitRole[] roles = UnitRole.values();
    Plan.Builder b = Plan.builder().number("90/KH-UBND").title("Thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020")
        .issuerName("Ủy ban nhân dân xã Quảng Vinh").issueDate(LocalDate.of(2020, 3, 9)).year(2020).generalObjective("Mục tiêu")
        .addEventTypes(EventType.ACTION_MONTH_FOR_CHILDREN, EventType.MID_AUTUMN_FESTIVAL);
    for (int u = 1; u < 8; u++) {
      b.addResponsibleUnits(ResponsibleUnit.builder().id("U" + u).nameVi("Đơn vị " + u).nameEn("Unit " + u).role(roles[u]).build());
    }
    for (int i = 1; i <= 6; i++) {
      b.addItems(PlanItem.builder().id("NV" + i).kind(PlanItemKind.TASK).textVi("Nhiệm vụ " + i + " của kế hoạch năm 2020.")
          .leadUnitId("U1").build());
    }
    for (int i = 1; i <= 8; i++) {
      b.addItems(PlanItem.builder().id("GP" + i).kind(PlanItemKind.SOLUTION).textVi("Giải pháp " + i + ".").leadUnitId("U1").build());
    }
    for (int i = 1; i <= 16; i++) {
      b.addItems(PlanItem.builder().id("TC" + i).kind(PlanItemKind.DUTY).textVi("Nhiệm vụ của đơn vị " + i + ".")
          .leadUnitId("U" + (1 + i % 7)).build());
    }
    b.addFundingSources(FundingSource.builder().id("NS_HUYEN").kind(FundingSourceKind.DISTRICT_BUDGET).nameVi("Ngân sách huyện").build(),
        FundingSource.builder().id("NS_TINH").kind(FundingSourceKind.PROVINCE_BUDGET).nameVi("Ngân sách tỉnh").build(),
        FundingSource.builder().id("HUY_DONG").kind(FundingSourceKind.MOBILISED).nameVi("Huy động").build());
    return b.build();
  }

  static List<Activity> log(Plan plan, int n) {
    SplittableRandom rnd = new SplittableRandom(19885);
    ActivityKind[] kinds = ActivityKind.values();
    String[] sources = {"NS_HUYEN", "NS_TINH", "HUY_DONG"};
    List<Activity> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int duty = 1 + rnd.nextInt(16);
      long girls = rnd.nextInt(60);
      long boys = rnd.nextInt(60);
      out.add(Activity.builder().id("A" + i).date(LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(366)))
          .unitId("U" + (1 + duty % 7)).addItemIds("TC" + duty).kind(kinds[rnd.nextInt(kinds.length)])
          .titleVi("Hoạt động " + i).putReach(Audience.CHILDREN, Headcount.bySex(girls, boys))
          .putReach(Audience.PARENTS, Headcount.of(rnd.nextInt(40)))
          .addCosts(ActivityCost.of(sources[rnd.nextInt(3)], 100_000L * rnd.nextInt(50))).build());
    }
    return out;
  }

  /**
   * Builds the year's report.
   *
   * @param d the data
   * @return the report
   */
  @Benchmark
  public ImplementationReport build(Data d) {
    return ImplementationReport.of(d.plan, ReportingPeriod.ofYear(2020), d.log, List.of(), ReportInputs.none());
  }

  /**
   * Writes it as Word.
   *
   * @param d the data
   * @return the bytes
   */
  @Benchmark
  public byte[] word(Data d) {
    return WordPlanReport.of(d.report).toBytes();
  }

  /**
   * Renders it as HTML.
   *
   * @param d the data
   * @return the page
   */
  @Benchmark
  public String html(Data d) {
    return HtmlPlanReport.of(d.report).render();
  }
}

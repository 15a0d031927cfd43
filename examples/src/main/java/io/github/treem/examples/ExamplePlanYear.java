package io.github.treem.examples;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.core.plan.Target;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.plan.ActivityLogFormat;
import io.github.treem.io.plan.ActivityLogReader;
import io.github.treem.io.plan.ActivityLogReading;
import io.github.treem.io.plan.ActivityLogWriter;
import io.github.treem.io.plan.PlanJson;
import io.github.treem.io.plan.PlanReading;
import io.github.treem.planreport.ImplementationReport;
import io.github.treem.planreport.PlanDrafts;
import io.github.treem.planreport.ReportInputs;
import io.github.treem.planreport.docx.WordPlanReport;
import io.github.treem.planreport.html.HtmlPlanReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan's year, end to end, as a commune application embeds it: the plan as data (plan JSON
 * version 2) checked, the activity log read (here the bundled synthetic demo; an officer's CSV
 * reads the same way), the report on the plan's implementation written as Word and HTML, and next
 * year's draft plan written as plan JSON. Run by the build ({@code ExamplesRunTest}).
 */
public final class ExamplePlanYear {
  private ExamplePlanYear() {}

  /**
   * Runs the year into a folder.
   *
   * @param dir the folder (written: plan-2020.json, hoat-dong-2020.csv, bao-cao-2020.docx,
   *     bao-cao-2020.html, ke-hoach-2021-du-thao.json)
   * @return next year's draft
   * @throws IOException when a file cannot be written
   */
  public static Plan run(Path dir) throws IOException {
    // 1. The plan, as the commune keeps it: a file, checked (form, references, dates, sums).
    Path planFile = dir.resolve("plan-2020.json");
    Files.writeString(planFile, TreemJson.strict().writePlan(TreemJson.bundledPlan("quang-vinh-2020")),
        StandardCharsets.UTF_8);
    PlanReading reading = PlanJson.read(planFile);
    if (!reading.isValid()) {
      throw new IllegalStateException("the plan has errors: " + reading.issues());
    }
    Plan plan = reading.plan().orElseThrow();
    for (Target t : plan.getTargets()) {
      // the plan names no lead unit for its targets: treem's reading is marked as such
      System.out.println(t.getId() + " " + t.getIndicatorCode() + " lead " + t.getLeadUnitId()
          + (t.isLeadUnitInferred() ? " (inferred)" : ""));
    }

    // 2. The activity log: here the demo, written as the officers' CSV and read back.
    ActivityLogReading demo = ActivityLogReader.bundledDemo("quang-vinh-2020");
    Path csv = dir.resolve("hoat-dong-2020.csv");
    try (OutputStream out = Files.newOutputStream(csv)) {
      ActivityLogWriter.write(new io.github.treem.io.plan.ActivityLog(demo.log().syntheticData(),
          demo.log().planNumber(), demo.log().activities(), List.of()), ActivityLogFormat.CSV, out);
    }
    ActivityLogReading log = ActivityLogReader.read(csv);
    System.out.println("activity log: " + log.rowsRead() + " rows, " + log.accepted() + " accepted, "
        + log.rejected() + " rejected" + (log.log().syntheticData() ? " (synthetic)" : ""));

    // 3. The report on the plan's implementation for the year: Word (Decree 30/2020) and HTML.
    ImplementationReport report = ImplementationReport.of(plan, ReportingPeriod.ofYear(2020), log.log().activities(),
        demo.log().assessments(), ReportInputs.builder()
            .addNotesVi("DỮ LIỆU MÔ PHỎNG – không phải số liệu thật.").build());
    try (OutputStream out = Files.newOutputStream(dir.resolve("bao-cao-2020.docx"))) {
      WordPlanReport.of(report).writeTo(out);
    }
    try (Writer out = Files.newBufferedWriter(dir.resolve("bao-cao-2020.html"), StandardCharsets.UTF_8)) {
      HtmlPlanReport.of(report).writeTo(out);
    }

    // 4. Next year's draft (DỰ THẢO, never a decision), checked like any plan.
    Plan draft = PlanDrafts.nextYear(plan, report, LocalDate.of(2020, 12, 31));
    Files.writeString(dir.resolve("ke-hoach-2021-du-thao.json"), TreemJson.strict().writePlan(draft), StandardCharsets.UTF_8);
    System.out.println("draft for " + draft.getYear() + ": " + PlanJson.check(draft, null).issues().size() + " notes");
    return draft;
  }

  /**
   * Runs the example into a temporary folder.
   *
   * @param args unused
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("treem-plan-year");
    run(dir);
    System.out.println("written to " + dir);
  }
}

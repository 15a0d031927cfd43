package org.example.commune;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.treem.core.Child;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import io.github.treem.jackson2.TreemJackson2Module;
import io.github.treem.planreport.ImplementationReport;
import io.github.treem.planreport.ReportInputs;
import io.github.treem.planreport.docx.WordPlanReport;
import io.github.treem.planreport.html.HtmlPlanReport;
import io.github.treem.xlsx.RegisterXlsxWriter;
import io.github.treem.xlsx.WorkbookReadOptions;
import io.github.treem.xlsx.WorkbookReader;
import io.github.treem.xlsx.WorkbookWriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The other published treem modules in the named module: the register as a workbook and back
 * (treem-xlsx), treem's JSON in a Jackson 2 mapper, the report document included, which treem-io
 * provides to treem-jackson2 as a service across modules (treem-jackson2), and the plan's report in
 * Word and HTML (treem-plan-report).
 */
public final class EveryModule {
  private EveryModule() {}

  /** {@return the rows of the workbook of a register of {@code children} children, the header included} */
  static long workbookRows(int children) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterXlsxWriter writer = RegisterXlsxWriter.open(out, WorkbookWriteOptions.of(2020))) {
      CommuneGenerator.builder().seed(11).year(2020).children(children).build().stream().forEach(writer::write);
    }
    long rows = 0;
    try (WorkbookReader reader = WorkbookReader.open(new ByteArrayInputStream(out.toByteArray()),
        WorkbookReadOptions.defaults())) {
      while (reader.next().isPresent()) {
        rows++;
      }
    }
    return rows;
  }

  /** {@return whether a Jackson 2 mapper with treem's module writes the plan and the report as treem does, and reads strictly} */
  static boolean jackson2(Plan plan, ReportDocument document) throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new TreemJackson2Module());
    boolean plans = mapper.writeValueAsString(plan).equals(TreemJson.strict().getMapper().writeValueAsString(plan))
        && mapper.readValue(mapper.writeValueAsString(plan), Plan.class).equals(plan);
    // the report document's codec is io's, found by treem-jackson2 as a service across modules:
    // the bytes of treem report --format json, and read back to the same bytes (a document built
    // in memory carries exact fractions that its JSON rounds, so the bytes are compared)
    String json = ReportJson.of(Language.VI).write(document);
    boolean reports = (TreemJackson2Module.reportWriter(mapper, Language.VI).writeValueAsString(document) + "\n")
        .equals(json) && ReportJson.of(Language.VI).write(mapper.readValue(json, ReportDocument.class)).equals(json);
    boolean strict;
    try {
      mapper.readValue("{\"id\":\"QV-1\",\"nickname\":\"x\"}", Child.class);
      strict = false;
    } catch (UnrecognizedPropertyException expected) {
      strict = true;
    }
    return plans && reports && strict;
  }

  /**
   * Runs the application.
   *
   * @param args unused
   * @throws IOException never (everything is in memory)
   */
  public static void main(String[] args) throws IOException {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    IndicatorReport indicators = CommuneApp.report(CommuneApp.register(120));
    ReportDocument document = ReportDocument.of(indicators, TargetAssessment.assessAll(plan, indicators, Optional.empty()));
    long rows = workbookRows(40);
    boolean jackson2 = jackson2(plan, document);
    ImplementationReport report = ImplementationReport.of(plan, ReportingPeriod.parse("2020-H1"), List.of(), List.of(),
        ReportInputs.none());
    byte[] docx = WordPlanReport.of(report).toBytes();
    String html = HtmlPlanReport.of(report).render();
    boolean word = docx.length > 2 && docx[0] == 'P' && docx[1] == 'K';
    System.out.println("every treem module in " + EveryModule.class.getModule().getName() + ": workbook rows " + rows
        + "; jackson2 " + (jackson2 ? "ok" : "BAD") + "; plan report docx " + (word ? "ok" : "BAD")
        + ", html " + (html.startsWith("<!DOCTYPE html>") ? "ok" : "BAD"));
    if (rows != 41 || !jackson2 || !word || !html.startsWith("<!DOCTYPE html>")) {
      System.exit(1);
    }
  }
}

package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanValidator;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.json.TreemJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code treem plan validate|report|next}: outputs, exit codes, and no stack trace or log noise. */
class PlanCommandTest {
  @TempDir Path dir;

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Treem.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  Path bundledPlan() throws Exception {
    Path f = dir.resolve("plan.json");
    Files.writeString(f, TreemJson.strict().writePlan(TreemJson.bundledPlan("quang-vinh-2020")), StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void validateAcceptsTheBundledPlan() throws Exception {
    String[] r = run("plan", "validate", bundledPlan().toString());
    assertThat(r[2]).isEmpty();
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("90/KH-UBND (2020): 0 lỗi, 0 cảnh báo");
  }

  @Test
  void validateLocatesFormAndReferenceErrors() throws Exception {
    Path f = dir.resolve("bad.json");
    String json = TreemJson.strict().writePlan(TreemJson.bundledPlan("quang-vinh-2020"));
    Files.writeString(f, json.replaceFirst("\"targetIds\" : \\[ \"T5\"", "\"targetIds\" : [ \"T55\""), StandardCharsets.UTF_8);
    String[] r = run("plan", "validate", "--lang", "en", f.toString());
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).contains("PLAN_ITEM_UNKNOWN_TARGET").contains("items[");
    Files.writeString(f, json.replaceFirst("\"kind\" : \"TASK\"", "\"kind\" : \"CHORE\""), StandardCharsets.UTF_8);
    r = run("plan", "validate", f.toString());
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).contains("INVALID_CODE").doesNotContain("CHORE").doesNotContain("Exception");
    r = run("plan", "validate", dir.resolve("missing.json").toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).doesNotContain("Exception");
  }

  @Test
  void reportWithNoInputIsTheBundledPlanAndDemoLogInHtml() {
    String[] r = run("plan", "report");
    assertThat(r[2]).isEmpty();
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("<html").contains("DỮ LIỆU MÔ PHỎNG")
        .contains("06/2019/QĐ-TTg").contains("06/QĐ-TTg")
        .doesNotContain("Bí Mật"); // the demo's evidence notes hold invented names: never printed
  }

  @Test
  void theTargetResultsAreThoseOfTreemReportOnTheSameRegisters() throws Exception {
    // with no --report: the bundled register through the one report pipeline, as treem report does
    String[] plan = run("plan", "report", "--format", "json");
    String[] report = run("report", "--format", "json");
    assertThat(plan[0]).isEqualTo(report[0]);
    io.github.treem.io.report.ReportDocument doc = io.github.treem.io.report.ReportJson
        .of(io.github.treem.core.validation.Language.VI).read(report[1]);
    assertThat(doc.getTargets()).isNotEmpty();
    for (io.github.treem.indicators.TargetAssessment t : doc.getTargets()) {
      assertThat(plan[1]).contains("\"targetId\" : \"" + t.getTargetId() + "\",\n    \"status\" : \""
          + t.getStatus().name() + "\"");
    }
    // a register of another year than the plan is refused as treem report refuses it
    String[] other = run("plan", "report", "--format", "json", "--year", "2019");
    assertThat(other[0]).isEqualTo("2");
    assertThat(other[2]).doesNotContain("Exception");
  }

  @Test
  void reportAsWordIsADocxAndPoiSaysNothingOnStandardError() throws Exception {
    PrintStream before = System.err;
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    System.setErr(new PrintStream(raw, true, StandardCharsets.UTF_8));
    String[] r;
    try {
      r = run("plan", "report", "--format", "docx", "-o", dir.resolve("bc.docx").toString());
    } finally {
      System.setErr(before);
    }
    assertThat(r[2]).isEmpty();
    assertThat(raw.toString(StandardCharsets.UTF_8)).doesNotContain("Log4j").doesNotContain("StatusLogger");
    assertThat(r[0]).isEqualTo("0");
    try (ZipFile z = new ZipFile(dir.resolve("bc.docx").toFile())) {
      String doc = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(doc).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("06/QĐ-TTg");
    }
    assertThat(run("plan", "report", "--format", "docx")[0]).isEqualTo("2"); // no -o
  }

  @Test
  void reportAsJsonMarksSyntheticDataAndInferredLeads() {
    String[] r = run("plan", "report", "--format", "json", "--period", "2020");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("\"syntheticData\" : true").contains("\"leadUnitInferred\" : true")
        .contains("\"period\" : \"2020\"");
  }

  @Test
  void reportAsJsonTakesSyntheticDataFromTheReportsFlagNotFromItsNotes() throws Exception {
    io.github.treem.core.plan.Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    io.github.treem.core.plan.ReportingPeriod year = io.github.treem.core.plan.ReportingPeriod.ofYear(plan.getYear());
    // flagged, with no note: synthetic
    io.github.treem.planreport.ImplementationReport flagged = io.github.treem.planreport.ImplementationReport.of(plan, year,
        java.util.List.of(), java.util.List.of(), io.github.treem.planreport.ReportInputs.builder().syntheticData(true).build());
    assertThat(PlanCommand.Report.json(flagged).get("syntheticData").booleanValue()).isTrue();
    // not flagged, though a note begins with the banner's words: not synthetic
    io.github.treem.planreport.ImplementationReport noted = io.github.treem.planreport.ImplementationReport.of(plan, year,
        java.util.List.of(), java.util.List.of(), io.github.treem.planreport.ReportInputs.builder()
            .addNotesVi(PlanCommand.SYNTHETIC_NOTE + ": một ghi chú của cán bộ.").build());
    assertThat(PlanCommand.Report.json(noted).get("syntheticData").booleanValue()).isFalse();
    // through the command: an officer's own (real) activity log over the bundled synthetic register is synthetic
    Path log = dir.resolve("hd.csv");
    Files.writeString(log, "id,date,unitId,itemIds,kind\nA1,2020-03-01,LDTBXH,NV1,COMMUNICATION\n", StandardCharsets.UTF_8);
    String[] r = run("plan", "report", "--format", "json", "--activities", log.toString());
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("\"syntheticData\" : true");
  }

  @Test
  void aBadActivityLogIsReportedRowByRowAndNothingIsWritten() throws Exception {
    Path log = dir.resolve("hd.csv");
    Files.writeString(log, "id,date,unitId,itemIds,kind\nA1,2020-03-01,LDTBXH,NV1,COMMUNICATION\nA2,2020-02-30,LDTBXH,NV1,TRAINING\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("bc.html");
    String[] r = run("plan", "report", "--activities", log.toString(), "-o", out.toString());
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[2]).contains("ACTIVITY_CSV_INVALID_VALUE").contains("2 dòng, nhận 1, loại 1").doesNotContain("Exception");
    assertThat(out).doesNotExist();
    Files.writeString(log, "id,date,unitId,itemIds,kind\nA1,2020-03-01,LDTBXH,NV1,COMMUNICATION\n", StandardCharsets.UTF_8);
    r = run("plan", "report", "--activities", log.toString(), "-o", out.toString());
    assertThat(r[2]).isEmpty();
    assertThat(r[0]).isEqualTo("0");
    assertThat(out).exists();
  }

  @Test
  void nextDraftsAPlanThatValidates() throws Exception {
    Path next = dir.resolve("next.json");
    String[] r = run("plan", "next", "-o", next.toString());
    assertThat(r[2]).isEmpty();
    assertThat(r[0]).isEqualTo("0");
    Plan draft = TreemJson.strict().readPlan(Files.readString(next, StandardCharsets.UTF_8));
    assertThat(draft.getYear()).isEqualTo(2021);
    assertThat(draft.isDraft()).isTrue();
    assertThat(PlanValidator.validate(draft).issuesOf(Severity.ERROR)).isEmpty();
    assertThat(draft.item("NV4").orElseThrow().getCitationCorrections()).hasSize(1);
    assertThat(run("plan", "validate", next.toString())[0]).isEqualTo("0");
  }
}

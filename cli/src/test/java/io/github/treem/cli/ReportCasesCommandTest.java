package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Language;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code treem report --cases}: the case figures in every output of the report, with a hidden total
 * written hidden; a report JSON holding them read back by {@code --previous} and {@code treem trend};
 * and {@code treem plan report --cases} in Word and HTML.
 */
class ReportCasesCommandTest {
  private static final String SECRET = "Nguyễn Văn Bí Mật bị đánh";

  /** A case received on a Monday of 2020 (week {@code week}), its plan approved three days later. */
  static String planned(int n, int week, String source) {
    java.time.LocalDate monday = java.time.LocalDate.of(2020, 3, 2).plusWeeks(week);
    return "{\"id\":\"QV-" + n + "\",\"child\":{\"sex\":\"" + (n % 2 == 0 ? "FEMALE" : "MALE")
        + "\",\"dateOfBirth\":\"2012-05-01\"},"
        + "\"receipt\":{\"receivedAt\":\"" + monday + "T09:00:00+07:00\",\"source\":\"" + source
        + "\",\"description\":\"" + SECRET + "\"},\"harms\":[\"NEGLECT\"],"
        + "\"riskAssessment\":{\"assessedAt\":\"" + monday + "T10:00:00+07:00\",\"level\":\"NOT_SERIOUS\"},"
        + "\"plans\":[{\"draftedOn\":\"" + monday.plusDays(1) + "\",\"approvedOn\":\"" + monday.plusDays(3)
        + "\",\"approvedBy\":\"COMMUNE_CHAIRMAN\"}]}";
  }

  /** An emergency case: serious harm, a measure 11 hours after receipt. */
  static String emergency(int n, int week) {
    java.time.LocalDate monday = java.time.LocalDate.of(2020, 3, 2).plusWeeks(week);
    return "{\"id\":\"QV-" + n + "\",\"child\":{\"sex\":\"FEMALE\",\"dateOfBirth\":\"2010-01-02\"},"
        + "\"receipt\":{\"receivedAt\":\"" + monday + "T09:00:00+07:00\",\"source\":\"NATIONAL_HOTLINE_111\"},"
        + "\"harms\":[\"SEXUAL_ABUSE\"],"
        + "\"riskAssessment\":{\"assessedAt\":\"" + monday + "T10:00:00+07:00\",\"level\":\"SERIOUS_HARM\"},"
        + "\"emergencyMeasures\":[{\"kind\":\"TEMPORARY_SEPARATION\",\"takenAt\":\"" + monday + "T20:00:00+07:00\"}]}";
  }

  /** Ten planned cases and two emergencies: the emergency total (2) is hidden. */
  static Path cases(Path dir, String name) throws IOException {
    List<String> lines = new ArrayList<>();
    String[] sources = {"SCHOOL", "POLICE", "FAMILY", "COLLABORATOR"};
    for (int i = 0; i < 10; i++) {
      lines.add(planned(i, i, sources[i % 4]));
    }
    lines.add(emergency(10, 11));
    lines.add(emergency(11, 12));
    Path f = dir.resolve(name);
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }

  /** The text of a zip's entry, or of every entry under a folder ({@code "xl/"}), joined. */
  static String entry(Path zip, String name) throws IOException {
    StringBuilder b = new StringBuilder();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        if (name.endsWith("/") ? e.getName().startsWith(name) : e.getName().equals(name)) {
          b.append(new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    if (b.length() == 0) {
      throw new AssertionError("no " + name);
    }
    return b.toString();
  }

  @Test
  void theCaseFiguresJoinEveryOutputAndAHiddenTotalIsWrittenHidden(@TempDir Path dir) throws IOException {
    Path f = cases(dir, "cases.jsonl");
    CliRun json = CliRun.of("report", "--cases", f.toString(), "--by", "village,source", "--format", "json", "--lang", "en");
    assertThat(json.code()).as(json.err()).isEqualTo(Treem.EXIT_OK);
    ReportDocument doc = ReportJson.of(Language.EN).read(json.out());
    IndicatorResult received = doc.getReport().result(CaseIndicators.CASES_RECEIVED).orElseThrow();
    assertThat(received.getNumerator()).isEqualTo(12);
    assertThat(doc.getReport().result(CaseIndicators.EMERGENCY_WITHIN_12_HOURS).orElseThrow().getState())
        .isEqualTo(ValueState.SUPPRESSED);
    assertThat(doc.getReport().result(Indicators.HI_U6)).isPresent();
    assertThat(json.out()).contains("{\"code\":\"EMERGENCY_WITHIN_12_HOURS\",\"name\":\"Emergency cases with measures"
        + " within 12 hours\",\"unit\":\"PERCENT\",\"numerator\":null,\"denominator\":null,\"value\":null,"
        + "\"state\":\"SUPPRESSED\"");
    assertThat(doc.getManifest().orElseThrow().getOptions().get("cases")).matches("cases\\.jsonl sha256 [0-9a-f]{64}");
    assertThat(json.out() + json.err()).doesNotContain(SECRET);

    CliRun csv = CliRun.of("report", "--cases", f.toString(), "--format", "csv");
    assertThat(csv.out()).contains("\nCASES_RECEIVED,total,,12,,12,VALUE")
        .contains("\nEMERGENCY_WITHIN_12_HOURS,total,,x,x,,SUPPRESSED");
    CliRun table = CliRun.of("report", "--cases", f.toString(), "--lang", "en");
    assertThat(table.out()).contains("EMERGENCY_WITHIN_12_HOURS Emergency cases with measures within 12 hours\n  x\n")
        .contains("CASES_RECEIVED");
    CliRun html = CliRun.of("report", "--cases", f.toString(), "--format", "html", "--lang", "en");
    assertThat(html.code()).isEqualTo(Treem.EXIT_OK);
    assertThat(html.out()).contains("id=\"table-protection-cases\"").contains("Protection cases received");
    Path xlsx = dir.resolve("report.xlsx");
    CliRun workbook = CliRun.of("report", "--cases", f.toString(), "--format", "xlsx", "-o", xlsx.toString());
    assertThat(workbook.code()).as(workbook.err()).isEqualTo(Treem.EXIT_OK);
    String strings = entry(xlsx, "xl/");
    assertThat(strings).contains("EMERGENCY_WITHIN_12_HOURS").contains("CASES_RECEIVED");
  }

  @Test
  void aSyntheticCaseFileMakesTheReportSyntheticInEveryOutput(@TempDir Path dir) throws IOException {
    // a real register (no marker), so that only the case file can turn the banner on
    Path register = dir.resolve("qv.csv");
    try (java.io.OutputStream out = Files.newOutputStream(register);
        io.github.treem.io.csv.RegisterCsvWriter w = io.github.treem.io.csv.RegisterCsvWriter.open(out,
            io.github.treem.io.csv.CsvWriteOptions.of(2020))) {
      io.github.treem.indicators.synthetic.CommuneGenerator.builder().seed(3).year(2020).children(80).build().stream()
          .forEach(w::write);
    }
    Path real = cases(dir, "real.jsonl");
    Path synthetic = dir.resolve("synthetic.jsonl");
    Files.writeString(synthetic, "{\"format\":\"treem-cases\",\"version\":1,\"syntheticData\":true}\n"
        + Files.readString(real, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    CliRun plain = CliRun.of("report", "--register", register.toString(), "--cases", real.toString(), "--format", "json");
    assertThat(plain.code()).as(plain.err()).isZero();
    assertThat(ReportJson.of(Language.VI).read(plain.out()).getManifest().orElseThrow().isSyntheticData()).isFalse();
    CliRun json = CliRun.of("report", "--register", register.toString(), "--cases", synthetic.toString(), "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    ReportDocument doc = ReportJson.of(Language.VI).read(json.out());
    assertThat(doc.getManifest().orElseThrow().isSyntheticData()).isTrue();
    // the header line is not a case: the same figures as the file without it
    assertThat(doc.getReport().getResults()).isEqualTo(ReportJson.of(Language.VI).read(plain.out()).getReport().getResults());
    CliRun table = CliRun.of("report", "--register", register.toString(), "--cases", synthetic.toString(), "--lang", "en");
    assertThat(table.out().lines().findFirst().orElseThrow()).contains(ReportManifest.SYNTHETIC_EN);
    CliRun csv = CliRun.of("report", "--register", register.toString(), "--cases", synthetic.toString(), "--format", "csv");
    assertThat(csv.out()).contains("\nmanifest,syntheticData,true,");
    CliRun html = CliRun.of("report", "--register", register.toString(), "--cases", synthetic.toString(), "--format", "html");
    assertThat(html.out()).contains(ReportManifest.SYNTHETIC_VI);
    // the plan report, with an officer's own (real) activity log: synthetic exactly when the case file is
    Path log = dir.resolve("hd.csv");
    Files.writeString(log, "id,date,unitId,itemIds,kind\nA1,2020-03-01,LDTBXH,NV1,COMMUNICATION\n", StandardCharsets.UTF_8);
    CliRun plan = CliRun.of("plan", "report", "--register", register.toString(), "--cases", synthetic.toString(),
        "--activities", log.toString(), "--format", "json");
    assertThat(plan.code()).as(plan.err()).isZero();
    assertThat(plan.out()).contains("\"syntheticData\" : true");
    CliRun realPlan = CliRun.of("plan", "report", "--register", register.toString(), "--cases", real.toString(),
        "--activities", log.toString(), "--format", "json");
    assertThat(realPlan.code()).as(realPlan.err()).isZero();
    assertThat(realPlan.out()).contains("\"syntheticData\" : false");
  }

  @Test
  void aRejectedCaseIsReportedAndExitsOne(@TempDir Path dir) throws IOException {
    Path f = cases(dir, "cases.jsonl");
    Files.writeString(f, "{\"id\":\"QV-99\",\"receipt\":\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    CliRun r = CliRun.of("report", "--cases", f.toString(), "--format", "json", "--lang", "en");
    assertThat(r.code()).isEqualTo(Treem.EXIT_REJECTED);
    assertThat(r.err()).contains("cases.jsonl: line 13").contains("JSON_TRUNCATED").doesNotContain("Exception").doesNotContain(SECRET);
    assertThat(ReportJson.of(Language.EN).read(r.out()).getReport().result(CaseIndicators.CASES_RECEIVED).orElseThrow()
        .getNumerator()).isEqualTo(12);
    CliRun missing = CliRun.of("report", "--cases", dir.resolve("none.jsonl").toString(), "--lang", "en");
    assertThat(missing.code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(missing.err()).contains("no such file").doesNotContain("Exception");
  }

  @Test
  void aReportWithCaseFiguresIsReadBackAsThePreviousYearAndByTrend(@TempDir Path dir) throws IOException {
    Path f = cases(dir, "cases.jsonl");
    CliRun y2020 = CliRun.of("report", "--cases", f.toString(), "--format", "json");
    Path r2020 = dir.resolve("2020.json");
    Files.writeString(r2020, y2020.out(), StandardCharsets.UTF_8);
    CliRun y2021 = CliRun.of("report", "--year", "2021", "--previous", r2020.toString(), "--format", "json", "--lang", "en");
    assertThat(y2021.code()).as(y2021.err()).isEqualTo(Treem.EXIT_OK);
    assertThat(y2021.out()).contains("{\"code\":\"EMERGENCY_WITHIN_12_HOURS\",\"numerator\":null,\"denominator\":null,"
        + "\"value\":null,\"state\":\"SUPPRESSED\",\"changeSince\":null}");
    Path r2021 = dir.resolve("2021.json");
    Files.writeString(r2021, y2021.out(), StandardCharsets.UTF_8);
    CliRun trend = CliRun.of("trend", r2020.toString(), r2021.toString(), "--lang", "en");
    assertThat(trend.code()).as(trend.err()).isEqualTo(Treem.EXIT_OK);
    assertThat(trend.out()).contains("CASES_RECEIVED");
  }

  @Test
  void thePlanReportShowsTheCaseFiguresTheBannerAndTheCaveats(@TempDir Path dir) throws IOException {
    Path f = cases(dir, "cases.jsonl");
    Path docx = dir.resolve("bao-cao.docx");
    CliRun word = CliRun.of("plan", "report", "--cases", f.toString(), "--format", "docx", "-o", docx.toString());
    assertThat(word.code()).as(word.err()).isEqualTo(Treem.EXIT_OK);
    String xml = entry(docx, "word/document.xml");
    // the bundled register is synthetic: the banner comes first
    assertThat(xml.indexOf(ReportManifest.SYNTHETIC_VI)).isPositive()
        .isLessThan(xml.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assertThat(xml).contains(CaseIndicators.CASES_RECEIVED.getNameVi() + "</w:t>")
        .contains(">12</w:t>")
        .contains("Lưu ý: HI_U6: " + Indicators.HI_U6.getCaveatVi().orElseThrow())
        .doesNotContain(SECRET);
    CliRun html = CliRun.of("plan", "report", "--cases", f.toString(), "--format", "html");
    assertThat(html.code()).as(html.err()).isEqualTo(Treem.EXIT_OK);
    assertThat(html.out()).contains("<p class=\"synthetic\" role=\"note\">" + ReportManifest.SYNTHETIC_VI)
        .contains(CaseIndicators.EMERGENCY_WITHIN_12_HOURS.getNameVi() + " (%)");
  }
}

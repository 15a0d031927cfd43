package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** treem generate --commune, treem submit and treem merge, end to end. */
class MergeCommandTest {
  private static final String[] COMMUNES = {"19885", "19888", "19891", "19654"};

  /** Four communes of Huế (three of Quảng Điền): generated registers and their submissions. */
  static Path province(Path dir) throws IOException {
    Path registers = Files.createDirectories(dir.resolve("registers"));
    Path sent = Files.createDirectories(dir.resolve("submissions"));
    for (int k = 0; k < COMMUNES.length; k++) {
      String c = COMMUNES[k];
      CliRun g = CliRun.of("generate", "--commune", c, "--seed", Integer.toString(k + 1), "--year", "2024",
          "--children", "150", "--error-rate", "0.04", registers.resolve(c + ".csv").toString());
      assertThat(g.code()).as(g.err()).isZero();
      CliRun s = CliRun.of("submit", "--commune", c, "--register", registers.resolve(c + ".csv").toString(),
          "--year", "2024", "-q", "-o", sent.resolve(c + ".json").toString());
      assertThat(s.code()).as(s.err()).isIn(0, 1);
    }
    return dir;
  }

  @Test
  void theMergeOfSubmissionsIsTheReportOverAllRegisters(@TempDir Path dir) throws IOException {
    province(dir);
    CliRun merged = CliRun.of("merge", dir.resolve("submissions").toString(), "--by", "commune", "--format", "json",
        "--no-suppression", "--lang", "en");
    assertThat(merged.code()).as(merged.err()).isZero();
    assertThat(merged.err()).contains("4 submissions read, 4 merged, 0 refused").contains("coverage 4/");
    CliRun all = CliRun.of("report", "--register", dir.resolve("registers").toString(), "--by",
        "sex,ethnicity,disability,age,group", "--format", "json", "--no-suppression", "-q", "--year", "2024");
    assertThat(all.code()).as(all.err()).isIn(0, 1);
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode m = mapper.readTree(merged.out());
    JsonNode a = mapper.readTree(all.out());
    assertThat(m.get("indicators").toString().replace("\"name\":", "")).isNotEmpty();
    for (int k = 0; k < a.get("indicators").size(); k++) {
      JsonNode x = a.get("indicators").get(k);
      JsonNode y = m.get("indicators").get(k);
      assertThat(y.get("numerator")).isEqualTo(x.get("numerator"));
      assertThat(y.get("denominator")).isEqualTo(x.get("denominator"));
      assertThat(y.get("exclusions")).isEqualTo(x.get("exclusions"));
      assertThat(y.get("breakdowns")).isEqualTo(x.get("breakdowns"));
    }
    assertThat(m.get("dataQuality")).isEqualTo(a.get("dataQuality"));

    CliRun published = CliRun.of("merge", dir.resolve("submissions").toString(), "--by", "district");
    assertThat(published.code()).as(published.err()).isZero();
    assertThat(published.out()).contains("477").contains("mergeBy: district");
  }

  @Test
  void refusalsAreCodedAndLocatedAndTheRestIsMerged(@TempDir Path dir) throws IOException {
    province(dir);
    Path sent = dir.resolve("submissions");
    Files.copy(sent.resolve("19885.json"), dir.resolve("again.json"));
    String text = Files.readString(sent.resolve("19888.json"), StandardCharsets.UTF_8);
    Path tampered = dir.resolve("tampered.json");
    Files.writeString(tampered, text.replace("\"lang\":\"vi\"", "\"lang\":\"en\""), StandardCharsets.UTF_8);
    CliRun r = CliRun.of("merge", sent.resolve("19885.json").toString(), dir.resolve("again.json").toString(),
        tampered.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("again.json").contains("[SUBMISSION_DUPLICATE_COMMUNE]")
        .contains("tampered.json").contains("[SUBMISSION_DIGEST_MISMATCH]")
        .contains("3 submissions read, 1 merged, 2 refused").doesNotContain("Exception");
    assertThat(r.out()).contains("mergeBy: province");
    CliRun late = CliRun.of("merge", sent.toString(), "--by", "district", "--at", "2025-07-01");
    assertThat(late.code()).isEqualTo(2);
    CliRun unknown = CliRun.of("generate", "--commune", "99999", "--year", "2024", dir.resolve("x.csv").toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("ADMIN_UNIT_UNKNOWN");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void everyNumberOfThreadsGivesTheSameOutputAndTheReportsOutputOptionsApply(@TempDir Path dir) throws IOException {
    province(dir);
    Path sent = dir.resolve("submissions");
    Files.writeString(sent.resolve("tampered.json"), Files.readString(sent.resolve("19888.json"), StandardCharsets.UTF_8)
        .replace("\"lang\":\"vi\"", "\"lang\":\"en\""), StandardCharsets.UTF_8);
    CliRun one = CliRun.of("merge", sent.toString(), "--by", "commune", "--threads", "1", "--lang", "en");
    assertThat(one.code()).isEqualTo(1);
    assertThat(one.err()).contains("[SUBMISSION_DIGEST_MISMATCH]").contains("5 submissions read, 4 merged, 1 refused");
    for (String threads : new String[] {"2", "3", "8"}) {
      CliRun n = CliRun.of("merge", sent.toString(), "--by", "commune", "--threads", threads, "--lang", "en");
      assertThat(n).as("--threads " + threads).isEqualTo(one);
    }
    assertThat(CliRun.of("merge", sent.toString(), "--threads", "0").code()).isEqualTo(2);
    Path book = dir.resolve("tinh.xlsx");
    CliRun xlsx = CliRun.of("merge", sent.resolve("19885.json").toString(), sent.resolve("19891.json").toString(),
        "--format", "xlsx", "-o", book.toString());
    assertThat(xlsx.code()).as(xlsx.err()).isZero();
    assertThat(Files.readAllBytes(book)).startsWith((byte) 'P', (byte) 'K'); // a workbook (zip)
    assertThat(CliRun.of("merge", sent.toString(), "--format", "xlsx").code()).isEqualTo(2); // needs -o
    assertThat(CliRun.of("merge", sent.toString(), "--format", "html").code()).isEqualTo(2); // needs --plan
  }

  /** With the province's plan, the HTML has the province's view and the workbook the province's sheets. */
  @Test
  void withAPlanTheHtmlAndTheWorkbookShowTheProvincesView(@TempDir Path dir) throws IOException {
    province(dir);
    Path sent = dir.resolve("submissions");
    Path plan = dir.resolve("plan-2024.json");
    String json = io.github.treem.io.json.TreemJson.strict()
        .writePlan(io.github.treem.io.json.TreemJson.bundledPlan("quang-vinh-2020"));
    Files.writeString(plan, json.replaceAll("\"year\"\\s*:\\s*2020", "\"year\":2024")
        .replace("\"issueDate\" : \"2020-", "\"issueDate\" : \"2024-"), StandardCharsets.UTF_8);
    CliRun html = CliRun.of("merge", sent.toString(), "--by", "district", "--plan", plan.toString(), "--format", "html",
        "--lang", "en");
    assertThat(html.code()).as(html.err()).isZero();
    assertThat(html.out()).contains("<section id=\"province\"").contains("Province view: communes against the targets")
        .contains("Huyện Quảng Điền (477)");
    Path book = dir.resolve("tinh.xlsx");
    CliRun xlsx = CliRun.of("merge", sent.toString(), "--plan", plan.toString(), "--format", "xlsx", "-o",
        book.toString(), "--lang", "en");
    assertThat(xlsx.code()).as(xlsx.err()).isZero();
    try (io.github.treem.xlsx.WorkbookReader r = io.github.treem.xlsx.WorkbookReader.open(Files.newInputStream(book),
        io.github.treem.xlsx.WorkbookReadOptions.defaults())) {
      assertThat(r.getSheetNames()).startsWith("Province summary").contains("Communes", "Coverage", "Targets");
    }
  }
}

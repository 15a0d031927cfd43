package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CasesCommandTest {
  private static final String SECRET = "Nguyễn Văn Bí Mật bị đánh";

  /** A case received on 1 March 2024 at 15:00, its plan approved on a given day. */
  private static String planned(int n, String approvedOn, String source) {
    return "{\"id\":\"QV-" + n + "\",\"child\":{\"sex\":\"FEMALE\",\"dateOfBirth\":\"2012-05-01\"},"
        + "\"receipt\":{\"receivedAt\":\"2024-03-01T15:00:00+07:00\",\"source\":\"" + source + "\",\"description\":\"" + SECRET + "\"},"
        + "\"harms\":[\"SEXUAL_ABUSE\"],"
        + "\"riskAssessment\":{\"assessedAt\":\"2024-03-01T16:00:00+07:00\",\"level\":\"NOT_SERIOUS\"},"
        + "\"plans\":[{\"draftedOn\":\"" + approvedOn + "\",\"approvedOn\":\"" + approvedOn + "\",\"approvedBy\":\"COMMUNE_CHAIRMAN\"}]}";
  }

  private static Path file(Path dir, String name, List<String> lines) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void validateLocatesCodedProblemsAndReadsOn(@TempDir Path dir) throws IOException {
    Path f = file(dir, "cases.jsonl", List.of(planned(1, "2024-03-08", "SCHOOL"), "{\"id\":\"QV-2\",\"receipt\":",
        planned(3, "2024-03-08", "POLICE").replace("\"level\":\"NOT_SERIOUS\"", "\"level\":\"" + SECRET + "\"")));
    CliRun r = CliRun.of("cases", "validate", f.toString(), "--lang", "en", "--format", "json");
    assertThat(r.code()).isEqualTo(Treem.EXIT_REJECTED);
    JsonNode doc = JsonMapper.builder().build().readTree(r.out());
    assertThat(doc.get("rowsRead").asLong()).isEqualTo(3);
    assertThat(doc.get("rowsAccepted").asLong()).isEqualTo(1);
    assertThat(doc.get("rowsRejected").asLong()).isEqualTo(2);
    assertThat(doc.get("problems").get(0).get("line").asLong()).isEqualTo(2);
    assertThat(doc.get("problems").get(0).get("code").asString()).startsWith("JSON_");
    assertThat(r.out() + r.err()).doesNotContain(SECRET).doesNotContain("Exception");
    CliRun text = CliRun.of("cases", "validate", f.toString(), "--lang", "en");
    assertThat(text.out()).contains("cases.jsonl:2").contains("3 rows read, 1 accepted, 2 rejected").doesNotContain(SECRET);
  }

  @Test
  void validateExitsZeroOnGoodFilesAndTwoOnAMissingOne(@TempDir Path dir) throws IOException {
    Path f = file(dir, "cases.jsonl", List.of(planned(1, "2024-03-08", "SCHOOL")));
    assertThat(CliRun.of("cases", "validate", f.toString()).code()).isEqualTo(Treem.EXIT_OK);
    CliRun missing = CliRun.of("cases", "validate", dir.resolve("none.jsonl").toString(), f.toString(), "--lang", "en");
    assertThat(missing.code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(missing.err()).contains("no such file").doesNotContain("Exception");
    assertThat(missing.out()).contains("1 rows read, 1 accepted");
    assertThat(CliRun.of("cases", "validate", file(dir, "cases.txt", List.of("x")).toString()).code())
        .isEqualTo(Treem.EXIT_USAGE);
  }

  @Test
  void reportHidesSmallNumbersInEveryFormat(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      // 5 in time (the fifth working day after Friday 1 March is Friday 8 March), 2 late
      lines.add(planned(i, i < 5 ? "2024-03-08" : "2024-03-11", i < 6 ? "NATIONAL_HOTLINE_111" : "POLICE"));
    }
    Path f = file(dir, "cases.jsonl", lines);
    CliRun csv = CliRun.of("cases", "report", f.toString(), "--year", "2024", "--format", "csv", "--breakdown", "source,harm");
    assertThat(csv.code()).as(csv.err()).isEqualTo(Treem.EXIT_OK);
    assertThat(csv.out()).contains("CASES_RECEIVED,total,,7,,7,VALUE")
        .contains("PLAN_APPROVED_IN_TIME,total,,5,7,71.43,VALUE")
        .contains("CASES_RECEIVED,source,POLICE,x,x,,SUPPRESSED")
        .contains("CASES_RECEIVED,source,NATIONAL_HOTLINE_111,x,x,,SUPPRESSED")
        .contains("CASES_REFERRED,total,,0,,0,VALUE")
        .contains("DAYS_TO_PLAN,median,,7,,7.0,VALUE")
        .doesNotContain(SECRET);
    CliRun json = CliRun.of("cases", "report", f.toString(), "--reference-date", "2024-12-31", "--format", "json");
    JsonNode doc = JsonMapper.builder().build().readTree(json.out());
    assertThat(doc.get("rowsRead").asLong()).isEqualTo(7);
    assertThat(doc.get("indicators").get(0).get("numerator").asLong()).isEqualTo(7);
    CliRun table = CliRun.of("cases", "report", f.toString(), "--year", "2024", "--lang", "en");
    assertThat(table.out()).contains("CASES_RECEIVED").contains("total: 7").contains("5/7 = 71.43%");

    // three cases: every total hidden
    Path small = file(dir, "small.jsonl", lines.subList(0, 3));
    CliRun hidden = CliRun.of("cases", "report", small.toString(), "--year", "2024", "--format", "csv");
    assertThat(hidden.out()).contains("CASES_RECEIVED,total,,x,,,SUPPRESSED").contains("DAYS_TO_PLAN,median,,x,,,SUPPRESSED")
        .contains("DAYS_TO_PLAN,exclusion,NO_APPROVED_PLAN,x,,,")
        .doesNotContain(",3,");
  }

  @Test
  void reportRejectsBadOptionsAsUsageErrors(@TempDir Path dir) throws IOException {
    Path f = file(dir, "cases.jsonl", List.of(planned(1, "2024-03-08", "SCHOOL")));
    assertThat(CliRun.of("cases", "report", f.toString(), "--breakdown", "village").code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(CliRun.of("cases", "report", f.toString(), "--format", "html").code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(CliRun.of("cases", "report", f.toString(), "--year", "2024", "--reference-date", "2023-12-31").code())
        .isEqualTo(Treem.EXIT_USAGE);
  }

  @Test
  void aSyntheticCaseFileIsReportedAsSyntheticInEveryFormat(@TempDir Path dir) throws IOException {
    Path real = file(dir, "real.jsonl", List.of(planned(1, "2024-03-08", "SCHOOL")));
    Path synthetic = file(dir, "synthetic.jsonl", List.of("{\"format\":\"treem-cases\",\"version\":1,\"syntheticData\":true}",
        planned(2, "2024-03-08", "POLICE")));
    Path syntheticCsv = dir.resolve("synthetic.csv");
    Files.writeString(syntheticCsv, "case_id,received_at,source,synthetic_data\nQV-9,2024-03-04T09:00+07:00,FAMILY,Y\n",
        StandardCharsets.UTF_8);
    CliRun table = CliRun.of("cases", "report", real.toString(), synthetic.toString(), "--year", "2024", "--lang", "en");
    assertThat(table.code()).as(table.err()).isEqualTo(Treem.EXIT_OK);
    assertThat(table.out().lines().findFirst().orElseThrow()).isEqualTo(io.github.treem.indicators.ReportManifest.SYNTHETIC_EN);
    CliRun json = CliRun.of("cases", "report", synthetic.toString(), "--year", "2024", "--format", "json");
    assertThat(JsonMapper.builder().build().readTree(json.out()).get("syntheticData").booleanValue()).isTrue();
    CliRun csv = CliRun.of("cases", "report", syntheticCsv.toString(), "--year", "2024", "--format", "csv");
    assertThat(csv.out()).endsWith("\nmanifest,syntheticData,true,,,,\n");
    CliRun validate = CliRun.of("cases", "validate", synthetic.toString(), "--format", "json");
    assertThat(JsonMapper.builder().build().readTree(validate.out()).get("syntheticData").booleanValue()).isTrue();
    // real cases only: no banner, false
    CliRun plain = CliRun.of("cases", "report", real.toString(), "--year", "2024", "--lang", "en");
    assertThat(plain.out()).doesNotContain(io.github.treem.indicators.ReportManifest.SYNTHETIC_EN);
    CliRun plainJson = CliRun.of("cases", "report", real.toString(), "--year", "2024", "--format", "json");
    assertThat(JsonMapper.builder().build().readTree(plainJson.out()).get("syntheticData").booleanValue()).isFalse();
  }
}

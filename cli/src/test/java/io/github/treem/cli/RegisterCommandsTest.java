package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RegisterCommandsTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Treem.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static final String GOOD = "child_id,sex,date_of_birth\nA,F,2015-01-01\nB,M,2016-02-03\n";
  private static final String BAD = "child_id,sex,date_of_birth,weight_kg\nA,F,2015-01-01,\nB,M,31/02/2016,\n"
      + "C,M,2016-01-01,abc\n";

  @Test
  void validateExitsZeroWhenNothingIsRejected() throws IOException {
    Run r = run("validate", file("good.csv", GOOD).toString(), "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("good.csv: 2 rows read, 2 accepted, 0 rejected");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validateJsonHasTheExactShape() throws IOException {
    String bad = file("bad.csv", BAD).toString();
    Run r = run("validate", "--format", "json", "--lang", "en", bad);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().strip()).isEqualTo("{\"format\":\"treem-validation\",\"version\":1,\"rowsRead\":3,\"rowsAccepted\":1,\"rowsRejected\":2,\"problems\":["
        + "{\"file\":\"" + bad.replace("\\", "\\\\") + "\",\"line\":3,\"column\":\"date_of_birth\",\"code\":\"INVALID_DATE\","
        + "\"severity\":\"ERROR\",\"message\":\"Invalid date (yyyy-MM-dd or dd/MM/yyyy) (column date_of_birth)\"},"
        + "{\"file\":\"" + bad.replace("\\", "\\\\") + "\",\"line\":4,\"column\":\"weight_kg\",\"code\":\"INVALID_NUMBER\","
        + "\"severity\":\"ERROR\",\"message\":\"Invalid number (column weight_kg)\"}],\"syntheticData\":false}");
    JsonNode n = JsonMapper.builder().build().readTree(r.out());
    assertThat(n.propertyNames()).containsExactly("format", "version", "rowsRead", "rowsAccepted", "rowsRejected",
        "problems", "syntheticData");
  }

  @Test
  void validateJsonColumnIsNullForFileProblemsAndVietnameseIsTheDefault() throws IOException {
    String f = file("nodob.csv", "child_id,sex\nA,F\n").toString();
    Run r = run("validate", "--format", "json", f);
    assertThat(r.code()).isEqualTo(1);
    JsonNode n = JsonMapper.builder().build().readTree(r.out());
    assertThat(n.get("rowsRead").asLong()).isEqualTo(1);
    assertThat(n.get("rowsRejected").asLong()).isEqualTo(1);
    JsonNode first = n.get("problems").get(0);
    assertThat(first.get("code").asString()).isEqualTo("CSV_MISSING_COLUMN");
    assertThat(first.get("column").asString()).isEqualTo("date_of_birth");
    JsonNode second = n.get("problems").get(1);
    assertThat(second.get("line").asLong()).isEqualTo(2);
    assertThat(second.get("column").isNull()).isTrue();
    assertThat(second.get("message").asString()).startsWith("Thiếu cột bắt buộc");
  }

  @Test
  void validateHumanOutputAndSeveralFiles() throws IOException {
    Run r = run("validate", file("a.csv", GOOD).toString(), file("b.csv", BAD).toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("b.csv:3 [date_of_birth] LỖI INVALID_DATE: Ngày không hợp lệ")
        .contains("b.csv: đọc 3 dòng, nhận 1, loại 2").contains("Tổng: đọc 5 dòng, nhận 3, loại 2");
  }

  @Test
  void validateAppliesTheValidationRules() throws IOException {
    // registered before being born: a validation rule, not a format problem
    String f = file("rules.csv", "child_id,sex,date_of_birth,birth_registered_on\nA,F,2015-01-01,2014-01-01\n")
        .toString();
    Run r = run("validate", "--format", "json", f);
    JsonNode n = JsonMapper.builder().build().readTree(r.out());
    assertThat(n.get("problems").size()).isPositive();
    assertThat(n.get("problems").get(0).get("line").asLong()).isEqualTo(2);
  }

  @Test
  void missingFileAndBadUsageExitTwoWithoutStackTrace() throws IOException {
    Run r = run("validate", dir.resolve("nope.csv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nope.csv").doesNotContain("Exception").doesNotContain("\tat ");
    Run r2 = run("validate", "--format", "xml", file("g.csv", GOOD).toString());
    assertThat(r2.code()).isEqualTo(2);
    Run r3 = run("validate", "--year", "1066", file("g2.csv", GOOD).toString());
    assertThat(r3.code()).isEqualTo(2);
    assertThat(r3.err()).doesNotContain("\tat ");
    Run r4 = run("validate");
    assertThat(r4.code()).isEqualTo(2);
  }

  @Test
  void malformedFileExitsOne() throws IOException {
    Run r = run("validate", file("empty.csv", "").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("CSV_EMPTY_FILE");
  }

  @Test
  void convertWritesAcceptedRowsAndKeepsRejectedOnes() throws IOException {
    String in = file("in.csv", "ma_tre;gioi_tinh;ngay_sinh;can_nang_kg;ngay_can_do\nA;F;2015-01-01;12,5;2020-03-01\n"
        + "B;X;2016-01-01;;\nC;M;1/2/2016;;\n").toString();
    Path out = dir.resolve("out.csv");
    Run r = run("convert", in, out.toString(), "--lf", "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readAllLines(out)).containsExactly(
        "child_id,full_name,sex,date_of_birth,personal_id,ethnicity,commune_code,village,household_poverty,"
            + "disability,birth_registered_on,hi_card_number,hi_card_issued_on,hi_card_valid_to,measured_on,"
            + "weight_kg,length_height_cm,measure_position,oedema,school_level,grade,injury_prevention_trained,"
            + "can_swim,circumstances,social_assistance,epi_full_by_1,grade1_deferred,criminal_law_conflict,legal_aid",
        "A,,F,2015-01-01,,,,,,,,,,,2020-03-01,12.5,,,,,,,,,,,,,",
        "C,,M,2016-02-01,,,,,,,,,,,,,,,,,,,,,,,,,");
    Path rejected = dir.resolve("out.csv.rejected.csv");
    assertThat(Files.readString(rejected)).isEqualTo("ma_tre;gioi_tinh;ngay_sinh;can_nang_kg;ngay_can_do\r\n"
        + "B;X;2016-01-01;;\r\n");
    assertThat(r.err()).contains("in.csv:3 [sex] ERROR INVALID_CODE").contains(rejected.toString())
        .contains("Wrote 2 rows to " + out);
  }

  @Test
  void convertWithoutRejectionsExitsZeroAndWritesNoRejectedFile() throws IOException {
    Path out = dir.resolve("o.data");
    Run r = run("convert", file("g.csv", GOOD).toString(), out.toString(), "--to", "csv");
    assertThat(r.code()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(3);
    assertThat(Files.exists(dir.resolve("o.data.rejected.csv"))).isFalse();
  }

  @Test
  void convertUsageErrors() throws IOException {
    String in = file("g.csv", GOOD).toString();
    assertThat(run("convert", in, dir.resolve("x.txt").toString()).code()).isEqualTo(2);
    assertThat(run("convert", dir.resolve("missing.csv").toString(), dir.resolve("x.csv").toString()).code())
        .isEqualTo(2);
    assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
    assertThat(run("convert", in).code()).isEqualTo(2);
  }

  @Test
  void convertToJsonLinesAndJsonAndBack() throws IOException {
    String csv = "child_id,sex,date_of_birth,measured_on,weight_kg,circumstances\nA,F,2015-01-01,2020-03-01,12.5,A1;C2\n"
        + "B,M,2016-01-01,,,\n";
    String in = file("in.csv", csv).toString();
    Path jsonl = dir.resolve("out.jsonl");
    assertThat(run("convert", in, jsonl.toString()).code()).isZero();
    // the header line, then the 2 children
    assertThat(Files.readAllLines(jsonl)).hasSize(3).first().isEqualTo("{\"format\":\"treem-register\",\"version\":1}");
    Path json = dir.resolve("out.data");
    assertThat(run("convert", jsonl.toString(), json.toString(), "--to", "json").code()).isZero();
    assertThat(Files.readString(json)).contains("\"treem-register\"");
    Path back = dir.resolve("back.csv");
    assertThat(run("convert", json.toString(), back.toString(), "--lf").code()).isZero();
    Path direct = dir.resolve("direct.csv");
    assertThat(run("convert", in, direct.toString(), "--lf").code()).isZero();
    assertThat(Files.readString(back)).isEqualTo(Files.readString(direct));
    assertThat(Files.readAllLines(back).get(1)).isEqualTo("A,,F,2015-01-01,,,,,,,,,,,2020-03-01,12.5,,,,,,,,A1;C2,,,,,");
  }

  @Test
  void aGeneratedRegisterIsMarkedSyntheticInEveryFormatAndEveryReportOverItSaysSo() throws IOException {
    Path csv = dir.resolve("gen.csv");
    Path jsonl = dir.resolve("gen.jsonl");
    assertThat(run("generate", "--children", "60", "--seed", "9", csv.toString()).code()).isZero();
    assertThat(run("generate", "--children", "60", "--seed", "9", jsonl.toString()).code()).isZero();
    assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).get(0)).endsWith(",synthetic_data");
    assertThat(Files.readAllLines(jsonl, StandardCharsets.UTF_8).get(0))
        .isEqualTo("{\"format\":\"treem-register\",\"version\":1,\"syntheticData\":true}");
    // converted, the register stays marked, in every format
    for (String to : new String[] {"json", "jsonl", "csv", "xlsx"}) {
      Path converted = dir.resolve("converted." + to);
      assertThat(run("convert", csv.toString(), converted.toString()).code()).isZero();
      for (Path p : new Path[] {csv, jsonl, converted}) {
        Run json = run("report", "--register", p.toString(), "--format", "json", "--lang", "en");
        assertThat(json.code()).as(p.toString()).isZero();
        assertThat(json.out()).as(p.toString()).contains("\"syntheticData\":true");
        Run table = run("report", "--register", p.toString(), "--lang", "en");
        assertThat(table.out()).as(p.toString()).startsWith("*** SYNTHETIC DATA");
        Run validate = run("validate", "--format", "json", p.toString());
        assertThat(validate.out()).as(p.toString()).contains("\"syntheticData\":true}");
      }
    }
    // a register that is not marked: not synthetic
    Path plain = file("plain.csv", GOOD);
    assertThat(run("report", "--register", plain.toString(), "--format", "json").out()).contains("\"syntheticData\":false");
    assertThat(run("report", "--register", plain.toString(), "--lang", "en").out()).doesNotContain("SYNTHETIC DATA");
  }
}

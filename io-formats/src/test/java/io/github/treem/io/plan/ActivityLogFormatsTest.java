package io.github.treem.io.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.treem.core.plan.ActivityValidator;
import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.json.TreemJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The activity log's three formats: goldens written byte for byte and read back equal, the
 * schema, and bad input that is located, coded, and loses nothing (rows read = accepted +
 * rejected; rows after a bad one are read). Update the goldens with
 * {@code -Dtreem.golden.update=true}.
 */
class ActivityLogFormatsTest {
  static final ActivityLog DEMO = ActivityLogReader.bundledDemo("quang-vinh-2020").log();
  static final ActivityLog DEMO_ACTIVITIES = new ActivityLog(true, DEMO.planNumber(), DEMO.activities(), List.of());

  static String golden(ActivityLogFormat f) {
    return switch (f) {
      case JSON -> "demo.json";
      case JSON_LINES -> "demo.jsonl";
      case CSV -> "demo-activities.csv";
    };
  }

  static ActivityLog subject(ActivityLogFormat f) {
    return f == ActivityLogFormat.CSV ? DEMO_ACTIVITIES : DEMO;
  }

  static byte[] write(ActivityLog log, ActivityLogFormat f) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ActivityLogWriter.write(log, f, out);
    return out.toByteArray();
  }

  static ActivityLogReading read(String text, ActivityLogFormat f) {
    return ActivityLogReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), f, "log");
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = ActivityLogFormatsTest.class.getResourceAsStream("/activity-log/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @EnumSource(ActivityLogFormat.class)
  void eachFormatIsAGoldenThatReadsBackEqual(ActivityLogFormat f) throws IOException {
    byte[] written = write(subject(f), f);
    byte[] expected = GoldenFiles.expected(Path.of(System.getProperty("treem.project.dir", ".."),
        "io-formats/src/test/resources/activity-log", golden(f)), written);
    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    ActivityLogReading r = ActivityLogReader.read(new ByteArrayInputStream(written), f, golden(f));
    assertThat(r.issues()).isEmpty();
    assertThat(r.isClean()).isTrue();
    assertThat(r.log()).isEqualTo(subject(f));
    assertThat(r.rowsRead()).isEqualTo(subject(f).activities().size() + subject(f).assessments().size());
  }

  @Test
  void theDemoLogFitsItsPlan() {
    assertThat(DEMO.syntheticData()).isTrue();
    assertThat(DEMO.activities()).hasSizeGreaterThan(10);
    assertThat(ActivityValidator.validate(TreemJson.bundledPlan("quang-vinh-2020"), LocalDate.of(2020, 12, 31),
        DEMO.activities(), DEMO.assessments()).issuesOf(Severity.ERROR)).isEmpty();
  }

  @Test
  void theFormatIsKnownByTheFileName() {
    assertThat(ActivityLogFormat.ofFileName("a.JSON")).contains(ActivityLogFormat.JSON);
    assertThat(ActivityLogFormat.ofFileName("a.jsonl")).contains(ActivityLogFormat.JSON_LINES);
    assertThat(ActivityLogFormat.ofFileName("a.ndjson")).contains(ActivityLogFormat.JSON_LINES);
    assertThat(ActivityLogFormat.ofFileName("hoat-dong.csv")).contains(ActivityLogFormat.CSV);
    assertThat(ActivityLogFormat.ofFileName("a.xlsx")).isEmpty();
  }

  @Test
  void theSchemaAcceptsTheDocumentAndEveryLine() throws IOException {
    SchemaRegistry reg = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    String text = TreemJson.schemaText("activity-log-v1.schema.json");
    Schema doc = reg.getSchema(text, InputFormat.JSON);
    assertThat(doc.validate(new String(resource("demo.json"), StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
    Schema line = reg.getSchema(text.replaceFirst("\"type\": \"object\",\\s*\"additionalProperties\": false,\\s*\"required\": \\[\\s*"
        + "\"format\",\\s*\"version\",\\s*\"syntheticData\"\\s*\\],", "\"anyOf\": [{\"\\$ref\": \"#/\\$defs/header\"}, {\"\\$ref\": \"#/\\$defs/activity\"}, {\"\\$ref\": \"#/\\$defs/assessment\"}],")
        .replaceFirst("\"properties\": \\{\\s*\"format\"[\\s\\S]*?\\n  \\},\\n  \"\\$defs\"", "\"\\$defs\""), InputFormat.JSON);
    for (String l : new String(resource("demo.jsonl"), StandardCharsets.UTF_8).split("\n")) {
      assertThat(line.validate(l, InputFormat.JSON)).as(l).isEmpty();
    }
    assertThat(line.validate("{\"id\":\"A\",\"date\":\"2020-01-01\",\"unitId\":\"U\",\"kind\":\"PARTY\"}", InputFormat.JSON)).isNotEmpty();
    assertThat(doc.validate("{\"format\":\"treem-activity-log\",\"version\":2,\"syntheticData\":false}", InputFormat.JSON)).isNotEmpty();
    assertThat(doc.validate("{\"format\":\"treem-activity-log\",\"version\":1}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void aBadJsonRecordIsRejectedLocatedAndTheNextOnesAreRead() {
    String json = "{\n\"format\": \"treem-activity-log\", \"version\": 1, \"syntheticData\": false,\n\"activities\": [\n"
        + "{\"id\":\"A1\",\"date\":\"2020-03-01\",\"unitId\":\"U\",\"itemIds\":[\"NV1\"],\"kind\":\"COMMUNICATION\"},\n"
        + "{\"id\":\"A2\",\"date\":\"2020-02-31\",\"unitId\":\"U\",\"itemIds\":[\"NV1\"],\"kind\":\"COMMUNICATION\"},\n"
        + "{\"id\":\"A3\",\"date\":\"2020-03-01\",\"unitId\":\"U\",\"kind\":\"PARTY\"},\n"
        + "{\"id\":\"A4\",\"date\":\"2020-03-02\",\"unitId\":\"U\",\"itemIds\":[\"NV1\"],\"kind\":\"TRAINING\",\"extra\":1},\n"
        + "{\"id\":\"A5\",\"date\":\"2020-03-03\",\"unitId\":\"U\",\"itemIds\":[\"NV1\"],\"kind\":\"TRAINING\",\"evidenceNote\":\"Nguyễn Văn Tên\"}\n"
        + "],\n\"assessments\": [{\"itemId\":\"NV1\",\"date\":\"2020-06-30\",\"status\":\"FINISHED\"}]\n}\n";
    ActivityLogReading r = read(json, ActivityLogFormat.JSON);
    assertThat(r.rowsRead()).isEqualTo(6);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.rejected()).isEqualTo(4);
    assertThat(r.log().activities()).extracting(a -> a.getId()).containsExactly("A1", "A5");
    assertThat(r.issues()).extracting(Issue::getCode)
        .containsExactly("INVALID_DATE", "INVALID_CODE", "JSON_UNKNOWN_PROPERTY", "INVALID_CODE");
    assertThat(r.issues()).extracting(i -> i.getLocation().getLine().getAsLong()).containsExactly(5L, 6L, 7L, 10L);
    assertThat(r.issues().get(0).getLocation().getPath()).hasValueSatisfying(p -> assertThat(p).startsWith("activities[1]"));
    assertThat(r.issues().get(3).getLocation().getPath()).hasValueSatisfying(p -> assertThat(p).startsWith("assessments[0]"));
    assertThat(r.issues()).allSatisfy(i -> assertThat(i.getMessageEn() + i.getMessageVi()).doesNotContain("PARTY", "FINISHED", "02-31"));
    assertThat(r.log().activities().get(1).toString()).doesNotContain("Nguyễn");
  }

  @Test
  void aLogWithoutItsFormatIsNotALog() {
    ActivityLogReading r = read("{\"activities\": [{\"id\":\"A1\",\"date\":\"2020-03-01\",\"unitId\":\"U\",\"kind\":\"OTHER\"}]}",
        ActivityLogFormat.JSON);
    assertThat(r.issues()).extracting(Issue::getCode).containsExactly("ACTIVITY_LOG_NOT_A_LOG");
    assertThat(r.rowsRead()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(1);
    assertThat(read("{\"format\": \"treem-activity-log\", \"version\": 9}", ActivityLogFormat.JSON).issues())
        .extracting(Issue::getCode).containsExactly("ACTIVITY_LOG_UNSUPPORTED_VERSION");
    ActivityLogReading truncated = read("{\"format\": \"treem-activity-log\", \"version\": 1, \"activities\": [{\"id\":",
        ActivityLogFormat.JSON);
    assertThat(truncated.complete()).isFalse();
    assertThat(truncated.issues()).hasSize(1);
  }

  @Test
  void jsonLinesRejectsABadLineAndReadsOn() {
    String jsonl = "{\"format\":\"treem-activity-log\",\"version\":1,\"syntheticData\":true}\n"
        + "{\"id\":\"A1\",\"date\":\"2020-03-01\",\"unitId\":\"U\",\"itemIds\":[\"NV1\"],\"kind\":\"OTHER\"}\n"
        + "{\"id\":\"A2\",\"date\":\n"
        + "\n"
        + "[1]\n"
        + "{\"itemId\":\"NV1\",\"date\":\"2020-06-30\",\"status\":\"DONE\"}\n"
        + "{\"id\":\"A3\",\"date\":\"2020-03-01\",\"unitId\":\"U\",\"itemIds\":[\"NV1\"],\"kind\":\"OTHER\",\"costs\":[{\"sourceId\":\"S\",\"amountDong\":-5}]}\n";
    ActivityLogReading r = read(jsonl, ActivityLogFormat.JSON_LINES);
    assertThat(r.log().syntheticData()).isTrue();
    assertThat(r.rowsRead()).isEqualTo(5);
    assertThat(r.accepted()).isEqualTo(3);
    assertThat(r.log().assessments()).hasSize(1);
    assertThat(r.issues()).extracting(i -> i.getLocation().getLine().getAsLong()).containsExactly(3L, 5L);
    // a negative cost is a value the plan's validator reports (ACTIVITY_COST_NEGATIVE), not a form error
    assertThat(r.log().activities().get(1).getCosts().get(0).getAmountDong()).isEqualTo(-5);
  }

  @Test
  void theOfficersCsvReadsTheirWayOfWritingAndLocatesEachBadCell() {
    String csv = "\uFEFFid;date;unitId;itemIds;kind;children;childrenFemale;childrenMale;costs;titleVi;ghi chú\n"
        + "A1;20/03/2020;LDTBXH;NV1|NV2;communication;;12;10;NS_HUYEN=1.500.000; Tuyên truyền;x\n"
        + "A2;2020-13-01;LDTBXH;NV1;COMMUNICATION;5;;;;;\n"
        + "A3;2020-03-05;;NV1;PARTY;x;;;NS_HUYEN=abc;;\n"
        + "A4;2020-03-06;SCHOOLS;TC3.1;TRAINING;30;;;\"HUY_DONG=200 000;NS_HUYEN=50000\";'=HYPERLINK(1);\n";
    ActivityLogReading r = read(csv, ActivityLogFormat.CSV);
    assertThat(r.rowsRead()).isEqualTo(4);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.rejected()).isEqualTo(2);
    assertThat(r.issues()).extracting(Issue::getCode).containsExactly("ACTIVITY_CSV_UNKNOWN_COLUMN",
        "ACTIVITY_CSV_INVALID_VALUE", "ACTIVITY_CSV_MISSING_VALUE", "ACTIVITY_CSV_INVALID_VALUE",
        "ACTIVITY_CSV_INVALID_VALUE", "ACTIVITY_CSV_INVALID_VALUE");
    assertThat(r.issues()).extracting(i -> i.getLocation().getLine().getAsLong() + ":" + i.getLocation().getColumn().orElse(""))
        .containsExactly("1:ghi chú", "3:date", "4:unitId", "4:kind", "4:children", "4:costs");
    var a1 = r.log().activities().get(0);
    assertThat(a1.getDate()).isEqualTo(LocalDate.of(2020, 3, 20));
    assertThat(a1.getItemIds()).containsExactly("NV1", "NV2");
    assertThat(a1.getReach().values().iterator().next().getTotal()).isEqualTo(22);
    assertThat(a1.totalCostDong()).isEqualTo(1_500_000);
    var a4 = r.log().activities().get(1);
    assertThat(a4.totalCostDong()).isEqualTo(250_000);
    assertThat(a4.getTitleVi()).contains("=HYPERLINK(1)");
  }

  @Test
  void aCsvWithoutItsRequiredColumnsReadsNoRow() {
    ActivityLogReading r = read("id,date,kind\nA1,2020-01-01,OTHER\n", ActivityLogFormat.CSV);
    assertThat(r.issues()).extracting(Issue::getCode).containsExactly("ACTIVITY_CSV_MISSING_COLUMN", "ACTIVITY_CSV_MISSING_COLUMN");
    assertThat(r.complete()).isFalse();
    assertThat(read("", ActivityLogFormat.CSV).issues()).extracting(Issue::getCode).containsExactly("ACTIVITY_CSV_EMPTY");
    ActivityLogReading quote = read("id,date,unitId,itemIds,kind\nA1,2020-01-01,U,NV1,OTHER\nA2,\"2020-01-01,U,NV1,OTHER\n",
        ActivityLogFormat.CSV);
    assertThat(quote.accepted()).isEqualTo(1);
    assertThat(quote.issues()).extracting(Issue::getCode).containsExactly("ACTIVITY_CSV_SYNTAX");
  }
}

package io.github.treem.io.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.treem.core.protection.AbuseForm;
import io.github.treem.core.protection.CaseChild;
import io.github.treem.core.protection.CaseRole;
import io.github.treem.core.protection.Closure;
import io.github.treem.core.protection.ClosureReason;
import io.github.treem.core.protection.EmergencyMeasure;
import io.github.treem.core.protection.EmergencyMeasureKind;
import io.github.treem.core.protection.InformationReceipt;
import io.github.treem.core.protection.InformationSource;
import io.github.treem.core.protection.NeedsAssessment;
import io.github.treem.core.protection.PlanReview;
import io.github.treem.core.protection.ProhibitedAct;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.ProtectionCaseValidator;
import io.github.treem.core.protection.Referral;
import io.github.treem.core.protection.ReferralTarget;
import io.github.treem.core.protection.ReviewOutcome;
import io.github.treem.core.protection.RiskAssessment;
import io.github.treem.core.protection.RiskLevel;
import io.github.treem.core.protection.SensitiveText;
import io.github.treem.core.protection.SupportPlan;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.DataQuality;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Case files: JSON, JSON Lines and CSV, golden files, the schema, and every bad record located and coded. */
class CaseFilesTest {
  static final String SECRET = "Nguyễn Văn Bí Mật bị cha đánh gãy tay";
  static final String GOLDEN = "golden/cases/";

  static ProtectionCase complete() {
    OffsetDateTime at = OffsetDateTime.parse("2024-03-01T09:30+07:00");
    SensitiveText secret = SensitiveText.of(SECRET);
    return ProtectionCase.builder()
        .id("QV-2024-002")
        .child(CaseChild.builder().sex(Sex.MALE).dateOfBirth(LocalDate.of(2013, 7, 15))
            .addCircumstances(SpecialCircumstanceGroup.K).registerChildId("QV-0042").build())
        .receipt(InformationReceipt.builder().receivedAt(at).source(InformationSource.SCHOOL)
            .receivedBy(CaseRole.CHILD_PROTECTION_WORKER).description(secret).build())
        .addHarms(AbuseForm.EXPLOITATION, ProhibitedAct.SEXUAL_ABUSE_VIOLENCE_EXPLOITATION)
        .riskAssessment(RiskAssessment.builder().assessedAt(at.plusHours(3)).level(RiskLevel.NOT_SERIOUS)
            .description(secret).build())
        .needsAssessment(NeedsAssessment.builder().completedOn(LocalDate.of(2024, 3, 5)).build())
        .addPlans(SupportPlan.builder().draftedOn(LocalDate.of(2024, 3, 7)).approvedOn(LocalDate.of(2024, 3, 8))
            .approvedBy(CaseRole.COMMUNE_CHAIRMAN).implementationStartedOn(LocalDate.of(2024, 3, 11)).build())
        .addReferrals(Referral.builder().referredOn(LocalDate.of(2024, 3, 12)).target(ReferralTarget.HEALTH_FACILITY).build())
        .addReviews(PlanReview.builder().reviewedOn(LocalDate.of(2024, 5, 10)).outcome(ReviewOutcome.END_PLAN).build())
        .closure(Closure.builder().closedOn(LocalDate.of(2024, 5, 15)).reason(ClosureReason.NO_LONGER_AT_RISK)
            .decidedBy(CaseRole.COMMUNE_CHAIRMAN).build())
        .build();
  }

  /** An emergency case: separation within the 12 hours, ended on day 10, two plans. */
  static ProtectionCase emergency() {
    OffsetDateTime at = OffsetDateTime.parse("2024-02-07T21:15+07:00");
    return ProtectionCase.builder()
        .id("QV-2024-003")
        .child(CaseChild.builder().sex(Sex.FEMALE).dateOfBirth(LocalDate.of(2010, 1, 2)).build())
        .receipt(InformationReceipt.builder().receivedAt(at).source(InformationSource.NATIONAL_HOTLINE_111).build())
        .addHarms(AbuseForm.SEXUAL_ABUSE)
        .riskAssessment(RiskAssessment.builder().assessedAt(at.plusHours(1)).level(RiskLevel.SERIOUS_HARM)
            .harmedByCaregiver(true).build())
        .addEmergencyMeasures(EmergencyMeasure.builder().kind(EmergencyMeasureKind.TEMPORARY_SEPARATION)
            .takenAt(at.plusHours(11).plusMinutes(59)).endedOn(LocalDate.of(2024, 2, 18)).build())
        .addPlans(SupportPlan.builder().draftedOn(LocalDate.of(2024, 2, 16)).approvedOn(LocalDate.of(2024, 2, 19))
            .approvedBy(CaseRole.COMMUNE_CHAIRMAN).build(),
            SupportPlan.builder().draftedOn(LocalDate.of(2024, 4, 1)).build())
        .build();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = CaseFilesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static void assertGolden(String name, String actual) throws IOException {
    assertThat(actual).isEqualTo(GoldenFiles.expected(Path.of("src/test/resources/" + GOLDEN + name), actual));
  }

  static List<CaseRecord> readAll(CaseReader r) {
    try (r) {
      return r.stream().collect(Collectors.toList());
    }
  }

  static CaseReader open(String text, CaseFiles.Form form, CaseReadOptions options) {
    return CaseFiles.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), form, options);
  }

  static CaseReadOptions options() {
    return CaseReadOptions.builder().fileName("cases").validator(ProtectionCaseValidator.defaults()).build();
  }

  static List<String> codes(CaseRecord r) {
    return r.getIssues().stream().map(Issue::getCode).collect(Collectors.toList());
  }

  static void assertNoSecret(List<Issue> issues) {
    for (Issue i : issues) {
      assertThat(i.getMessageVi() + i.getMessageEn() + i.getLocation() + i).doesNotContain("Bí Mật", "cha đánh", "Khanh");
    }
  }

  @Test
  void oneCaseAsJsonMatchesTheGoldenFileAndReadsBackEqual() throws IOException {
    String json = CaseWriter.json(complete());
    assertGolden("case-complete.json", json);
    List<CaseRecord> records = readAll(open(json, CaseFiles.Form.JSON, options()));
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getProtectionCase()).contains(complete());
    assertThat(records.get(0).getProtectionCase().get().getReceipt().getDescription().get().reveal()).isEqualTo(SECRET);
  }

  @Test
  void jsonLinesAndCsvMatchTheirGoldenFilesAndReadBackEqual() throws IOException {
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (CaseWriter j = CaseWriter.jsonLines(jsonl); CaseWriter c = CaseWriter.csv(csv)) {
      for (ProtectionCase pc : List.of(complete(), emergency())) {
        j.write(pc);
        c.write(pc);
      }
    }
    assertGolden("cases.jsonl", jsonl.toString(StandardCharsets.UTF_8));
    assertGolden("cases.csv", csv.toString(StandardCharsets.UTF_8));
    List<CaseRecord> fromJsonl = readAll(open(jsonl.toString(StandardCharsets.UTF_8), CaseFiles.Form.JSON_LINES, options()));
    assertThat(fromJsonl).extracting(r -> r.getProtectionCase().orElseThrow()).containsExactly(complete(), emergency());
    List<CaseRecord> fromCsv = readAll(open(csv.toString(StandardCharsets.UTF_8), CaseFiles.Form.CSV, options()));
    assertThat(fromCsv).allMatch(CaseRecord::isAccepted);
    // the CSV form carries no description: equal to the cases without their descriptions
    assertThat(fromCsv.get(0).getProtectionCase().orElseThrow()).isEqualTo(withoutDescriptions(complete()));
    assertThat(fromCsv.get(1).getProtectionCase().orElseThrow()).isEqualTo(emergency());
    assertThat(csv.toString(StandardCharsets.UTF_8)).doesNotContain("Bí Mật");
  }

  static ProtectionCase withoutDescriptions(ProtectionCase c) {
    return ProtectionCase.builder().from(c)
        .receipt(InformationReceipt.builder().from(c.getReceipt()).description(java.util.Optional.empty()).build())
        .riskAssessment(c.getRiskAssessment().map(r -> RiskAssessment.builder().from(r)
            .description(java.util.Optional.empty()).build()))
        .build();
  }

  @Test
  void everythingWrittenIsValidAgainstThePublishedSchema() throws IOException {
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(CaseFiles.schemaText(), InputFormat.JSON);
    assertThat(schema.validate(resource(GOLDEN + "case-complete.json"), InputFormat.JSON)).isEmpty();
    String[] lines = resource(GOLDEN + "cases.jsonl").split("\n");
    // the header line against #/$defs/jsonLinesHeader, then the cases
    String text = CaseFiles.schemaText();
    String headerRoot = text.replaceFirst("\"type\": \"object\",\\s*\"additionalProperties\": false,\\s*\"required\": \\[\\s*"
        + "\"id\",\\s*\"receipt\"\\s*\\],", "\"\\$ref\": \"#/\\$defs/jsonLinesHeader\",")
        .replaceFirst("\"properties\": \\{\\s*\"id\"[\\s\\S]*?\\n  \\},\\n  \"\\$defs\"", "\"\\$defs\"");
    assertThat(headerRoot).isNotEqualTo(text);
    var header = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(headerRoot, InputFormat.JSON);
    assertThat(lines[0]).isEqualTo("{\"format\":\"treem-cases\",\"version\":1}");
    assertThat(header.validate(lines[0], InputFormat.JSON)).isEmpty();
    assertThat(header.validate("{\"format\":\"treem-cases\",\"version\":1,\"syntheticData\":true}", InputFormat.JSON))
        .isEmpty();
    assertThat(header.validate("{\"format\":\"treem-cases\",\"version\":2}", InputFormat.JSON)).isNotEmpty();
    assertThat(header.validate("{\"format\":\"treem-register\",\"version\":1}", InputFormat.JSON)).isNotEmpty();
    assertThat(schema.validate(lines[0], InputFormat.JSON)).isNotEmpty();
    for (String line : java.util.Arrays.copyOfRange(lines, 1, lines.length)) {
      assertThat(header.validate(line, InputFormat.JSON)).isNotEmpty();
      assertThat(schema.validate(line, InputFormat.JSON)).isEmpty();
    }
    // and the schema rejects what the reader rejects
    assertThat(schema.validate("{\"id\": \"A\", \"receipt\": {\"receivedAt\": \"2024-03-01T09:30:00\","
        + " \"source\": \"SCHOOL\"}}", InputFormat.JSON)).isNotEmpty();
    assertThat(schema.validate("{\"id\": \"A\", \"receipt\": {\"receivedAt\": \"2024-03-01T09:30:00+07:00\","
        + " \"source\": \"SCHOOL\"}, \"harms\": [\"BEATING\"]}", InputFormat.JSON)).isNotEmpty();
    String project = System.getProperty("treem.project.dir", "..");
    assertThat(Files.readString(Path.of(project, "schemas", CaseFiles.SCHEMA), StandardCharsets.UTF_8))
        .isEqualTo(CaseFiles.schemaText());
  }

  @Test
  void everyBadLineOfAJsonLinesFileIsLocatedAndCodedAndLaterLinesAreRead() throws IOException {
    String good = CaseWriter.json(complete()).replaceAll("\\s*\\n\\s*", " ");
    String other = good.replace("QV-2024-002", "QV-2024-009");
    String text = String.join("\n",
        good,
        "{\"id\": \"QV-1\", \"receipt\": {\"description\": \"" + SECRET + "\", ",        // 2: truncated
        "",
        "{\"id\": \"QV-2\", \"fullName\": \"Khanh\", \"receipt\": {\"receivedAt\": \"2024-03-01T09:30:00+07:00\","
            + " \"source\": \"SCHOOL\"}}",                                                 // 4: unknown property
        "{\"id\": \"QV-3\", \"receipt\": {\"receivedAt\": \"2024-03-01T09:30:00\", \"source\": \"SCHOOL\"}}", // 5: no offset
        good,                                                                              // 6: duplicate id
        "{\"id\": \"Nguyễn Khanh\", \"receipt\": {\"receivedAt\": \"2024-03-01T09:30:00+07:00\", \"source\": \"SCHOOL\"}}", // 7
        "[1]",                                                                             // 8: not an object
        other);                                                                            // 9
    List<CaseRecord> records = readAll(open(text, CaseFiles.Form.JSON_LINES, options()));
    assertThat(records).extracting(CaseRecord::getLine).containsExactly(1L, 2L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(records).extracting(CaseRecord::isAccepted)
        .containsExactly(true, false, false, false, false, false, false, true);
    assertThat(codes(records.get(1))).containsAnyOf("JSON_SYNTAX", "JSON_TRUNCATED");
    assertThat(codes(records.get(2))).contains("JSON_UNKNOWN_PROPERTY");
    assertThat(codes(records.get(3))).contains("INVALID_VALUE");
    assertThat(records.get(3).getIssues().get(0).getLocation().getPath()).contains("receipt.receivedAt");
    assertThat(codes(records.get(4))).contains("CASE_DUPLICATE_ID");
    assertThat(codes(records.get(5))).contains("INVALID_VALUE");
    assertThat(codes(records.get(6))).contains("JSON_WRONG_TYPE");
    for (CaseRecord r : records) {
      r.getIssues().forEach(i -> assertThat(i.getLocation().getFile()).contains("cases"));
      assertNoSecret(r.getIssues());
    }
    DataQuality q;
    try (CaseReader r = open(text, CaseFiles.Form.JSON_LINES, options())) {
      r.stream().count();
      q = r.getStats();
    }
    assertThat(q.getRowsRead()).isEqualTo(8);
    assertThat(q.getRowsAccepted() + q.getRowsRejected()).isEqualTo(q.getRowsRead());
    assertThat(q.getRowsAccepted()).isEqualTo(2);
  }

  @Test
  void validatorErrorsRejectInStrictReadingAndStayInLenientReading() {
    String before = CaseWriter.json(complete()).replace("\"2024-03-07\"", "\"2024-02-20\"").replaceAll("\\s*\\n\\s*", " ");
    List<CaseRecord> strict = readAll(open(before, CaseFiles.Form.JSON_LINES, options()));
    assertThat(strict.get(0).isAccepted()).isFalse();
    assertThat(codes(strict.get(0))).contains("CASE_STEP_BEFORE_RECEIPT");
    Issue i = strict.get(0).getIssues().stream().filter(x -> x.getCode().equals("CASE_STEP_BEFORE_RECEIPT")).findFirst()
        .orElseThrow();
    assertThat(i.getLocation().getLine()).hasValue(1);
    assertThat(i.getLocation().getPath()).contains("QV-2024-002/plans[0].draftedOn");
    List<CaseRecord> lenient = readAll(open(before, CaseFiles.Form.JSON_LINES,
        CaseReadOptions.builder().from(options()).strict(false).build()));
    assertThat(lenient.get(0).isAccepted()).isTrue();
    assertThat(codes(lenient.get(0))).contains("CASE_STEP_BEFORE_RECEIPT");
  }

  @Test
  void everyBadRowOfACsvFileIsLocatedAndCodedAndLaterRowsAreRead() throws IOException {
    String golden = resource(GOLDEN + "cases.csv");
    String[] lines = golden.split("\r\n");
    String header = lines[0];
    String row = lines[1];
    List<String> rows = new ArrayList<>();
    rows.add(header + ",notes");                                              // unknown column: warning
    rows.add(row + ",");                                                      // 2: good
    rows.add(row.replace("QV-2024-002", "QV-5").replace("SCHOOL", "TEACHER") + ",");       // 3: invalid source
    rows.add(row.replace("QV-2024-002", "QV-6").replace("2024-03-01T09:30:00+07:00", "") + ","); // 4: missing receivedAt
    rows.add(row.replace("QV-2024-002", "QV-7").replace("2024-03-07", "2024-03-07|2024-04-01") + ","); // 5: lists
    rows.add("QV-8,Khanh," + ",".repeat(header.split(",").length - 2));        // 6: too few values? (same count)
    rows.add("a,b");                                                          // 7: field count
    rows.add(lines[2] + ",");                                                 // 8: good
    String text = String.join("\r\n", rows) + "\r\n";
    try (CaseReader r = open(text, CaseFiles.Form.CSV, options())) {
      List<CaseRecord> records = r.stream().collect(Collectors.toList());
      assertThat(r.getFileIssues()).extracting(Issue::getCode).containsExactly("CASE_CSV_UNKNOWN_COLUMN");
      assertThat(records).extracting(CaseRecord::getLine).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
      assertThat(records).extracting(CaseRecord::isAccepted).containsExactly(true, false, false, false, false, false, true);
      assertThat(codes(records.get(1))).containsExactly("CASE_CSV_INVALID_VALUE");
      assertThat(records.get(1).getIssues().get(0).getLocation().getColumn()).contains("source");
      assertThat(codes(records.get(2))).containsExactly("CASE_CSV_MISSING_VALUE");
      assertThat(codes(records.get(3))).containsExactly("CASE_CSV_LIST_LENGTHS");
      assertThat(codes(records.get(4))).contains("CASE_CSV_INVALID_VALUE", "CASE_CSV_MISSING_VALUE");
      assertThat(codes(records.get(5))).containsExactly("CASE_CSV_FIELD_COUNT");
      records.forEach(x -> assertNoSecret(x.getIssues()));
      DataQuality q = r.getStats();
      assertThat(q.getRowsRead()).isEqualTo(7);
      assertThat(q.getRowsAccepted()).isEqualTo(2);
      assertThat(q.getRowsRejected()).isEqualTo(5);
    }
  }

  @Test
  void csvTakesLocalTimesAsVietNamTimeAndSemicolonsAsSeparator() throws IOException {
    String text = "case_id;received_at;source;harms\nQV-1;2024-03-01 09:30;FAMILY;NEGLECT|CHILD_MARRIAGE\n";
    List<CaseRecord> records = readAll(open(text, CaseFiles.Form.CSV, CaseReadOptions.builder().build()));
    ProtectionCase c = records.get(0).getProtectionCase().orElseThrow();
    assertThat(c.getReceipt().getReceivedAt()).isEqualTo(OffsetDateTime.parse("2024-03-01T09:30+07:00"));
    assertThat(c.getHarms()).containsExactly(AbuseForm.NEGLECT, ProhibitedAct.CHILD_MARRIAGE);
  }

  @Test
  void missingRequiredColumnsRejectEveryRowButRowsAreCounted() {
    String text = "case_id,source\nQV-1,FAMILY\nQV-2,POLICE\n";
    try (CaseReader r = open(text, CaseFiles.Form.CSV, options())) {
      assertThat(r.stream().filter(CaseRecord::isAccepted).count()).isZero();
      assertThat(r.getFileIssues()).extracting(Issue::getCode).containsExactly("CASE_CSV_MISSING_COLUMN");
      assertThat(r.getStats().getRowsRejected()).isEqualTo(2);
    }
  }

  @Test
  void emptyFilesAndSyntaxErrorsAreFileIssues() {
    for (CaseFiles.Form form : CaseFiles.Form.values()) {
      try (CaseReader r = open("", form, options())) {
        assertThat(r.next()).isEmpty();
        assertThat(r.getFileIssues()).extracting(Issue::getCode).containsExactly("CASE_FILE_EMPTY");
      }
    }
    try (CaseReader r = open("case_id,received_at,source\nQV-1,\"2024-03-01T09:30:00+07:00,FAMILY\n", CaseFiles.Form.CSV,
        options())) {
      assertThat(r.stream().filter(CaseRecord::isAccepted).count()).isZero();
      assertThat(r.getStats().getRowsRead()).isEqualTo(r.getStats().getRowsRejected());
    }
  }

  @Test
  void formsFollowTheExtension() {
    assertThat(CaseFiles.formOf(Path.of("a.JSONL"))).isEqualTo(CaseFiles.Form.JSON_LINES);
    assertThat(CaseFiles.formOf(Path.of("a.ndjson"))).isEqualTo(CaseFiles.Form.JSON_LINES);
    assertThat(CaseFiles.formOf(Path.of("a.json"))).isEqualTo(CaseFiles.Form.JSON);
    assertThat(CaseFiles.formOf(Path.of("a.csv"))).isEqualTo(CaseFiles.Form.CSV);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CaseFiles.formOf(Path.of("a.xlsx")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordsShowNoCaseData() {
    CaseRecord r = readAll(open(CaseWriter.json(complete()), CaseFiles.Form.JSON, options())).get(0);
    assertThat(r.toString()).doesNotContain("QV-0042", "2013", SECRET);
  }
}

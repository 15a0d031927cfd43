package io.github.treem.io.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The submission JSON: golden file, round trip, the published schema (networknt), the digest, and
 * located coded errors. Regenerate the golden file only on purpose, with
 * {@code -Dtreem.golden.update=true}, and review the difference.
 */
class SubmissionJsonTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/submission");
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(TreemJson.schemaText("submission-v1.schema.json"), InputFormat.JSON);
  private static final Schema REPORT = REGISTRY.getSchema(TreemJson.schemaText("report-v1.schema.json"), InputFormat.JSON);
  private static final LocalDate REF = LocalDate.of(2024, 12, 31);

  /** A small submission with a fixed manifest (the treem version and register digest do not move). */
  static CommuneSubmission small() {
    CommuneSubmission s = Communes.submission("19885", Communes.register("19885", 7, 40, 2024), REF);
    ReportManifest m = ReportManifest.builder().from(s.getManifest()).treemVersion("0.1.0").build();
    return CommuneSubmission.of(s.getCommune(), ReportDocument.builder().report(s.getReport()).manifest(m).build())
        .withCommuneName("Xã Quảng Vinh");
  }

  private static String golden(String name, String actual) throws IOException {
    return GoldenFiles.expected(GOLDEN.resolve(name), actual);
  }

  @Test
  void theSmallSubmissionIsStableAndRoundTrips() throws IOException {
    CommuneSubmission s = small();
    String json = SubmissionJson.write(s);
    assertThat(json).isEqualTo(golden("19885-2024.json", json));
    CommuneSubmission back = SubmissionJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "19885.json");
    assertThat(back).isEqualTo(s);
    assertThat(back.getSha256()).isEqualTo(s.getSha256());
    assertThat(SubmissionJson.write(back)).isEqualTo(json);
    assertThat(json).contains("\"format\":\"treem-commune-submission\"", "\"submittedTo\":\"province\"",
        "\"commune\":\"19885\"", "\"suppressed\":false", "\"contentSha256\":\"" + s.getSha256() + "\"");
  }

  /** A small submission with protection cases: its median days to plan with the day-count histogram. */
  static CommuneSubmission smallWithCases() {
    byte[] register = Communes.register("19885", 7, 120, 2024);
    CommuneSubmission s = Communes.submission("19885", register, Communes.cases("19885", 7, 120, 14, 2024), REF);
    ReportManifest m = ReportManifest.builder().from(s.getManifest()).treemVersion("0.1.0").build();
    return CommuneSubmission.of(s.getCommune(), ReportDocument.builder().from(s.getDocument()).manifest(m).build())
        .withCommuneName("Xã Quảng Vinh");
  }

  @Test
  void aSubmissionWithCasesCarriesTheDayHistogramStablyAndByTheSchema() throws IOException {
    CommuneSubmission s = smallWithCases();
    io.github.treem.indicators.cases.MedianDaysToPlan m = s.getDocument().getDaysToPlan().orElseThrow();
    assertThat(m.isSuppressed()).isFalse();
    assertThat(m.getHistogram()).isPresent();
    assertThat(m.getHistogram().orElseThrow().count()).isEqualTo(m.getCases().orElseThrow()).isPositive();
    String json = SubmissionJson.write(s);
    assertThat(json).isEqualTo(golden("19885-2024-cases.json", json));
    assertThat(json).contains("\"daysToPlan\":{", "\"histogram\":{\"counts\":[", "\"code\":\"CASES_RECEIVED\"");
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    JsonNode report = JsonMapper.builder().build().readTree(json).get("report");
    assertThat(REPORT.validate(report.toString(), InputFormat.JSON)).isEmpty();
    CommuneSubmission back = SubmissionJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "19885.json");
    assertThat(back).isEqualTo(s);
    assertThat(back.getDocument().getDaysToPlan()).contains(m);
    // the histogram is part of the digest: a changed day count is refused
    String changed = json.replace("\"histogram\":{\"counts\":[", "\"histogram\":{\"counts\":[1,");
    assertThatThrownBy(() -> SubmissionJson.read(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)),
        "19885.json")).isInstanceOf(SubmissionReadException.class);
    // a register indicator still needs every breakdown of a submission, a case indicator its own
    assertThat(SCHEMA.validate(json.replaceFirst("\"village\":", "\"villages\":"), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void theSubmissionAndItsReportFollowThePublishedSchemas() throws IOException {
    String json = SubmissionJson.write(small());
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    JsonNode report = JsonMapper.builder().build().readTree(json).get("report");
    assertThat(REPORT.validate(report.toString(), InputFormat.JSON)).isEmpty();
    assertThat(TreemJson.schemaText("submission-v1.schema.json"))
        .isEqualTo(Files.readString(Path.of("../schemas/submission-v1.schema.json"), StandardCharsets.UTF_8));
    // the schema refuses a suppressed report and a missing breakdown
    assertThat(SCHEMA.validate(json.replace("\"suppressed\":false", "\"suppressed\":true"), InputFormat.JSON)).isNotEmpty();
    assertThat(SCHEMA.validate(json.replace("\"sex\":", "\"sexe\":"), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void holdsCountsOnlyNeverAChild() throws IOException {
    byte[] register = Communes.register("19885", 7, 40, 2024);
    String csv = new String(register, StandardCharsets.UTF_8);
    String json = SubmissionJson.write(Communes.submission("19885", register, REF));
    // no child id or name of the register appears in the submission
    for (String line : csv.lines().skip(1).limit(40).toList()) {
      String[] cells = line.split(",", -1);
      assertThat(json).doesNotContain("\"" + cells[0] + "\"").doesNotContain(cells[1]);
    }
  }

  @Test
  void aChangedFigureIsRefusedByItsDigest() {
    String json = SubmissionJson.write(small());
    String tampered = json.replaceFirst("\"suppression\":\"false\"", "\"suppression\":\"false \"");
    assertThat(tampered).isNotEqualTo(json);
    assertThatThrownBy(() -> SubmissionJson.read(new ByteArrayInputStream(tampered.getBytes(StandardCharsets.UTF_8)), "x.json"))
        .isInstanceOfSatisfying(SubmissionReadException.class, e -> {
          assertThat(e.getIssue().getCode()).isEqualTo("SUBMISSION_DIGEST_MISMATCH");
          assertThat(e.getIssue().getLocation().getFile()).contains("x.json");
          assertThat(e.getIssue().getLocation().getPath()).contains("contentSha256");
          assertThat(e.getCode()).isEqualTo(SubmissionReadException.CODE);
        });
  }

  @Test
  void malformedSubmissionsGiveLocatedCodedIssues() {
    String json = SubmissionJson.write(small());
    assertThatThrownBy(() -> SubmissionJson.read(json.replace("\"formatVersion\":1", "\"formatVersion\":2")))
        .isInstanceOfSatisfying(SubmissionReadException.class,
            e -> assertThat(e.getIssue().getLocation().getPath()).contains("formatVersion"));
    assertThatThrownBy(() -> SubmissionJson.read(json.replace("\"commune\":\"19885\"", "\"commune\":\"1988\"")))
        .isInstanceOfSatisfying(SubmissionReadException.class,
            e -> {
              assertThat(e.getIssue().getCode()).isEqualTo("INVALID_VALUE");
              assertThat(e.getIssue().getLocation().getPath()).contains("commune");
            });
    assertThatThrownBy(() -> SubmissionJson.read(json.replaceFirst("\"year\":2024,", "\"year\":2023,")))
        .isInstanceOfSatisfying(SubmissionReadException.class,
            e -> assertThat(e.getIssue().getLocation().getPath()).contains("year"));
    assertThatThrownBy(() -> SubmissionJson.read(json.replace("\"submittedTo\"", "\"sentTo\"")))
        .isInstanceOf(SubmissionReadException.class);
    assertThatThrownBy(() -> SubmissionJson.read("null")).isInstanceOf(SubmissionReadException.class);
    assertThatThrownBy(() -> SubmissionJson.read("{")).isInstanceOfSatisfying(SubmissionReadException.class,
        e -> assertThat(e.getMessage()).doesNotContain("19885"));
  }

  @Test
  void aSubmissionIsUnsuppressedWithEveryBreakdown() throws IOException {
    CommuneSubmission s = small();
    assertThat(ReportJson.of(Language.VI).read(ReportJson.of(Language.VI).write(s.getDocument())))
        .isEqualTo(s.getDocument());
    assertThat(s.getReport().isSuppressed()).isFalse();
    assertThat(s.getDocument().getTargets()).isEmpty();
    ReportDocument suppressed = io.github.treem.io.report.ReportPipeline.builder()
        .calculator(Communes.pipeline(REF, CommuneSubmission.BREAKDOWNS).getCalculator()).build()
        .run(List.of(Communes.source("19885", Communes.register("19885", 7, 40, 2024))));
    assertThatThrownBy(() -> CommuneSubmission.of(CommuneCode.parse("19885"), suppressed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suppressed");
    ReportDocument villageOnly = Communes.pipeline(REF, EnumSet.of(BreakdownDimension.VILLAGE))
        .run(List.of(Communes.source("19885", Communes.register("19885", 7, 40, 2024))));
    assertThatThrownBy(() -> CommuneSubmission.of(CommuneCode.parse("19885"), villageOnly))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks a breakdown");
    assertThat(s.toString()).contains("19885").doesNotContain("Quảng");
  }
}

package io.github.treem.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.json.TreemJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report JSON: golden files, round trip, byte identity with the hand-written renderer it
 * replaced, the published schema, and located coded errors on malformed input. Regenerate the
 * golden files only on purpose, with {@code -Dtreem.golden.update=true}, and review the difference.
 */
class ReportJsonTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/report");
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(TreemJson.schemaText("report-v1.schema.json"), InputFormat.JSON);

  static String golden(String name) throws IOException {
    return Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
  }

  static String golden(String name, String actual) throws IOException {
    return GoldenFiles.expected(GOLDEN.resolve(name), actual);
  }

  static List<Long> seeds() {
    return java.util.stream.LongStream.rangeClosed(1, 200).boxed().toList();
  }

  // ------------------------------------------------------------------ writing

  @ParameterizedTest
  @CsvSource({"VI, small-vi.json", "EN, small-en.json"})
  void theSmallReportIsStable(Language language, String file) throws IOException {
    String json = ReportJson.of(language).write(ReportFixtures.small());
    assertThat(json).isEqualTo(golden(file, json));
  }

  @Test
  void theEdgesAreShownOnTheirSideAndHiddenCountsAreWrittenHidden() throws IOException {
    ReportDocument doc = ReportFixtures.edges();
    String json = ReportJson.of(Language.EN).write(doc);
    assertThat(json).isEqualTo(golden("edges-en.json", json));
    assertThat(json).contains("\"numerator\":19999,\"denominator\":20000,\"value\":99.99,")
        .contains("\"numerator\":9001,\"denominator\":100000,\"value\":9.01,")
        .contains("\"numerator\":8996,\"denominator\":100000,\"value\":8.99,")
        .contains("\"exclusions\":{\"MISSING_POVERTY\":null}")
        .doesNotContain("100.00").doesNotContain("9.00,");
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    ReportDocument back = ReportJson.of(Language.EN).read(json);
    assertSamePublished(back, doc);
    assertThat(back.getPublication()).hasValueSatisfying(p -> assertThat(p.audit().isPassed()).isTrue());
    assertThat(back.getReport().result(io.github.treem.indicators.Indicators.WELFARE_COVERAGE).orElseThrow()
        .getSuppressedExclusions()).containsExactly(io.github.treem.indicators.ExclusionReason.MISSING_POVERTY);
    // a value moved onto the threshold is refused (once the targets are read: at the document's end)
    assertThat(where(issueOf(json.replace("\"value\":99.99,\"state\"", "\"value\":100.00,\"state\""))))
        .isEqualTo("INVALID_VALUE line 10 indicators");
    // a value that is not a rounding of the counts is refused where it is
    assertThat(where(issueOf(json.replace("\"value\":99.99,\"state\"", "\"value\":99.98,\"state\""))))
        .isEqualTo("INVALID_VALUE line 2 indicators[0].value");
  }

  @Test
  void theGoldenFilesShowEveryStateAndStatus() throws IOException {
    String vi = golden("small-vi.json");
    for (ValueState s : ValueState.values()) {
      assertThat(vi).contains("\"state\":\"" + s + "\"");
    }
    for (TargetStatus s : TargetStatus.values()) {
      assertThat(vi).contains("\"status\":\"" + s + "\"");
    }
    assertThat(vi).startsWith("{\"format\":\"treem-report\",\"version\":1,\"year\":2020,\"referenceDate\":\"2020-12-31\",\"suppressed\":true,\"indicators\":[\n{")
        .contains("\"name\":\"Trẻ em dưới 6 tuổi có thẻ BHYT\"")
        .contains("{\"key\":\"Thôn \\\"Đông\\\", xóm 1\",\"numerator\":3,\"denominator\":4,\"value\":75.00,\"state\":\"VALUE\"}")
        .contains("{\"key\":\"DD\",\"numerator\":null,\"denominator\":null,\"value\":null,\"state\":\"SUPPRESSED\"}")
        .contains("{\"key\":\"Bản Mới\",\"numerator\":0,\"denominator\":0,\"value\":null,\"state\":\"NO_DATA\"}")
        .contains("\"exclusions\":{\"MISSING_DOB\":1,\"MISSING_SEX\":2}")
        .contains("\n{\"id\":\"T1\",\"indicator\":\"HI_U6\",\"comparator\":\"AT_LEAST\",\"threshold\":90.0,"
            + "\"value\":77.78,\"status\":\"NOT_MET\",\"gap\":-12.22},\n")
        .endsWith("\"options\":{\"by\":\"village,sex,group\",\"note\":\"=1+1\",\"suppression\":\"true\"},"
            + "\"syntheticData\":false}}\n");
    assertThat(golden("small-en.json")).contains("\"name\":\"Children under 6 with a health-insurance card\"");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyValueWrittenIsTheDisplayOfItsFormat(long seed) {
    ReportDocument doc = ReportFixtures.random(seed);
    String json = ReportJson.of(Language.EN).write(doc);
    assertThat(json).doesNotContain("<5");
    for (io.github.treem.indicators.IndicatorResult r : doc.getReport().getResults()) {
      io.github.treem.indicators.ValueFormat f = doc.format(r);
      String shown = f.format(r).map(java.math.BigDecimal::toPlainString).orElse("null");
      assertThat(json).contains("{\"code\":\"" + r.getCode() + "\",").contains(
          "\"value\":" + shown + ",\"state\":\"" + r.getState() + "\",\"exclusions\"");
      for (io.github.treem.indicators.ExclusionReason hidden : r.getSuppressedExclusions()) {
        assertThat(json).contains("\"" + hidden.name() + "\":null");
      }
    }
  }

  @Test
  void controlCharactersAreEscapedAsBefore() {
    IndicatorReport r = ReportFixtures.smallReport();
    List<TargetAssessment> t = List.of(TargetAssessment.ofDecimals("a\u0001\b\f\n\r\t\"\\/\u007f😀", "HI_U6",
        io.github.treem.core.plan.TargetComparator.AT_LEAST, java.util.Optional.empty(), java.util.Optional.empty()));
    String json = ReportJson.of(Language.EN).write(ReportDocument.of(r, t));
    assertThat(json).contains("{\"id\":\"a\\u0001\\u0008\\u000c\\n\\r\\t\\\"\\\\/\u007f😀\",");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void streamsGiveTheSameText(long seed) {
    ReportDocument doc = ReportFixtures.random(seed);
    ReportJson codec = ReportJson.of(Language.VI);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    codec.write(doc, bytes);
    StringWriter chars = new StringWriter();
    codec.write(doc, chars);
    String text = codec.write(doc);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(chars.toString()).isEqualTo(text);
    assertSamePublished(codec.read(new ByteArrayInputStream(bytes.toByteArray()), "r.json"), doc);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theOutputIsValidAgainstThePublishedSchema(Language language) {
    assertThat(SCHEMA.validate(ReportJson.of(language).write(ReportFixtures.small()), InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void randomReportsAreValidAgainstTheSchema(long seed) {
    ReportDocument doc = ReportFixtures.random(seed);
    String json = ReportJson.of(Language.EN).write(doc);
    // with or without data quality (a report computed from children, not register rows, has none)
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(json.contains("\"dataQuality\"")).isEqualTo(doc.getReport().getDataQuality().isPresent());
  }

  // ------------------------------------------------------------------ reading

  @ParameterizedTest
  @EnumSource(Language.class)
  void theSmallReportRoundTrips(Language language) {
    ReportDocument doc = ReportFixtures.small();
    ReportDocument back = ReportJson.of(language).read(ReportJson.of(language).write(doc));
    assertThat(back).isEqualTo(doc);
    assertThat(back.getReport().isSuppressed()).isTrue();
    assertThat(back.getTargets()).extracting(TargetAssessment::getStatus).containsExactly(TargetStatus.NOT_MET,
        TargetStatus.NO_DATA, TargetStatus.MET, TargetStatus.MET, TargetStatus.NO_DATA, TargetStatus.NOT_MET);
    // the language of the names does not matter on read
    assertThat(ReportJson.of(Language.VI).read(ReportJson.of(Language.EN).write(doc))).isEqualTo(doc);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomReportsRoundTrip(long seed) {
    ReportDocument doc = ReportFixtures.random(seed);
    ReportJson codec = ReportJson.of(seed % 2 == 0 ? Language.VI : Language.EN);
    String json = codec.write(doc);
    ReportDocument back = codec.read(json);
    assertSamePublished(back, doc);
    assertThat(codec.write(back)).isEqualTo(json);
  }

  @Test
  void aReportWithoutManifestOrDataQualityRoundTrips() {
    IndicatorReport r = IndicatorReport.of(2021, java.time.LocalDate.of(2021, 6, 30), List.of());
    ReportDocument doc = ReportDocument.of(r, List.of());
    String json = ReportJson.of(Language.VI).write(doc);
    // given unsuppressed, published: suppressed and audited first
    assertThat(json).isEqualTo("{\"format\":\"treem-report\",\"version\":1,\"year\":2021,\"referenceDate\":\"2021-06-30\",\"suppressed\":true,\"indicators\":[],"
        + "\"targets\":[]}\n");
    assertThat(ReportJson.of(Language.VI).read(json)).isEqualTo(doc.published());
    ReportDocument internal = ReportDocument.unsuppressedForInternalUse(r, List.of());
    String raw = ReportJson.of(Language.VI).write(internal);
    assertThat(raw).contains("\"suppressed\":false");
    assertThat(ReportJson.of(Language.VI).read(raw)).isEqualTo(internal);
  }

  @Test
  void aReportWhoseNumbersWentThroughDoublesReadsBackTheSame() throws IOException {
    // a host that parses the report into a tree of doubles and writes it again: 100.00 becomes 100.0
    String json = golden("small-en.json");
    String reserialised = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).toString();
    assertThat(reserialised).contains(",\"value\":100.0,").doesNotContain("\"value\":100.00");
    assertThat(ReportJson.of(Language.EN).read(reserialised)).isEqualTo(ReportJson.of(Language.EN).read(json));
    // but a number that is not one of the two displays at two decimals is still refused
    assertThat(where(issueOf(json.replaceFirst("\"value\":77.78,\"state\"", "\"value\":77.8,\"state\""))))
        .startsWith("INVALID_VALUE line 2 indicators[0]");
  }

  @Test
  void theFormatAndItsVersionAreWrittenFirstAndAReportWithoutThemIsVersionOne() {
    IndicatorReport r = IndicatorReport.of(2021, java.time.LocalDate.of(2021, 6, 30), List.of());
    String json = ReportJson.of(Language.VI).write(ReportDocument.of(r, List.of()));
    String withoutMarker = json.replace("\"format\":\"treem-report\",\"version\":1,", "");
    assertThat(withoutMarker).startsWith("{\"year\":2021,");
    assertThat(ReportJson.of(Language.VI).read(withoutMarker)).isEqualTo(ReportJson.of(Language.VI).read(json));
    for (String other : List.of(json.replace("\"version\":1", "\"version\":2"),
        json.replace("\"treem-report\"", "\"treem-register\""))) {
      assertThat(where(issueOf(other))).startsWith("INVALID_VALUE line 1 ").containsAnyOf("version", "format");
    }
  }

  /**
   * A document read back is the one written: the same report, manifest and form, and targets as
   * shown (a target read back holds its shown value and reference as exact: last year's fraction
   * is not in the text).
   */
  static void assertSamePublished(ReportDocument back, ReportDocument doc) {
    ReportDocument p = doc.published();
    assertThat(back).isEqualTo(p);
    assertThat(back.getReport()).isEqualTo(p.getReport());
    assertThat(back.getManifest()).isEqualTo(p.getManifest());
    assertThat(back.isUnsuppressedForInternalUse()).isEqualTo(p.isUnsuppressedForInternalUse());
    assertThat(back.getTargets()).map(ReportJsonTest::shown).isEqualTo(p.getTargets().stream().map(ReportJsonTest::shown).toList());
  }

  private static List<Object> shown(TargetAssessment t) {
    return List.of(t.getTargetId(), t.getIndicatorCode(), t.getComparator(), t.getReference(), t.getValue(),
        t.getStatus(), t.getGap());
  }

  static Issue issueOf(String json) {
    try {
      ReportJson.of(Language.VI).read(json);
    } catch (ReportReadException e) {
      assertThat(e.getCode()).isEqualTo("TREEM-IO-0801");
      assertThat(e.getIssue().getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(e.getMessage()).startsWith("TREEM-IO-0801: not a treem report (" + e.getIssue().getCode());
      return e.getIssue();
    }
    throw new AssertionError("no exception");
  }

  static String small() {
    return ReportJson.of(Language.EN).write(ReportFixtures.small());
  }

  static String where(Issue i) {
    return i.getCode() + " line " + i.getLocation().getLine().orElse(-1) + " " + i.getLocation().getPath().orElse("");
  }

  @Test
  void malformedJsonGivesALocatedCodedIssue() {
    String json = small();
    // line 2 is the first indicator, line 5 the first target
    assertThat(where(issueOf(json.substring(0, 336)))).isEqualTo("JSON_TRUNCATED line 2 indicators[0].breakdowns.village[0]");
    assertThat(where(issueOf(json.replaceFirst("\"numerator\":7,", "\"numerator\":\"7\",")))).isEqualTo(
        "JSON_WRONG_TYPE line 2 indicators[0].numerator");
    assertThat(where(issueOf(json.replaceFirst("\"value\":77.78,\"state\"", "\"value\":77.79,\"state\"")))).isEqualTo(
        "INVALID_VALUE line 2 indicators[0].value");
    assertThat(where(issueOf(json.replaceFirst("\"numerator\":3,\"denominator\":4,\"value\":75.00",
        "\"numerator\":3,\"denominator\":4,\"value\":74.00")))).isEqualTo(
        "INVALID_VALUE line 2 indicators[0].breakdowns.village[1].value");
    assertThat(where(issueOf(json.replaceFirst("\"code\":\"STUNTING_U5\"|\"code\":\"UNDERWEIGHT_U5\"", "\"code\":\"HI_U7\""))))
        .isEqualTo("INVALID_VALUE line 3 indicators[1].code");
    assertThat(where(issueOf(json.replaceFirst("\"state\":\"VALUE\"", "\"state\":\"VALUE\",\"extra\":1")))).isEqualTo(
        "JSON_UNKNOWN_PROPERTY line 2 indicators[0].extra");
    assertThat(where(issueOf(json.replaceFirst("\"state\":\"NO_DATA\"", "\"state\":\"NO_DATA\",\"extra\":1")))).isEqualTo(
        "JSON_UNKNOWN_PROPERTY line 2 indicators[0].breakdowns.village[0].extra");
    assertThat(where(issueOf(json.replaceFirst("\"status\":\"NOT_MET\"", "\"status\":\"MET\"")))).isEqualTo(
        "INVALID_VALUE line 5 targets[0].status");
    assertThat(where(issueOf(json.replaceFirst("\"gap\":-12.22", "\"gap\":-12.00")))).isEqualTo(
        "INVALID_VALUE line 5 targets[0].status");
    assertThat(where(issueOf(json.replaceFirst("\"numerator\":12,\"denominator\":null", "\"numerator\":12,\"denominator\":0")))).isEqualTo(
        "INVALID_VALUE line 4 indicators[2].denominator");
    assertThat(where(issueOf(json.replaceFirst(",\"targets\":\\[", ",\"targetz\":[")))).isEqualTo(
        "JSON_UNKNOWN_PROPERTY line 4 targetz");
    assertThat(where(issueOf(json.replaceFirst("\"year\":2020,", "\"year\":2020,\"year\":2021,")))).isEqualTo(
        "JSON_DUPLICATE_KEY line 1 ");
    assertThat(where(issueOf("null"))).isEqualTo("JSON_WRONG_TYPE line 1 ");
    assertThat(where(issueOf("[]"))).isEqualTo("JSON_WRONG_TYPE line 1 ");
    assertThat(where(issueOf(json.replace(SHA_A(), "A".repeat(64))))).startsWith("INVALID_VALUE line 10 manifest");
  }

  private static String SHA_A() {
    return ReportFixtures.SHA_A;
  }

  @Test
  void missingAndInconsistentPartsAreReported() {
    String json = small();
    Issue missing = issueOf(json.replaceFirst(",\"exclusions\":\\{\"MISSING_DOB\":1,\"MISSING_SEX\":2\\}", ""));
    assertThat(where(missing)).isEqualTo("MISSING_VALUE line 2 indicators[0]");
    assertThat(missing.getMessageEn()).contains("'exclusions'");
    assertThat(missing.getMessageVi()).startsWith("Thiếu giá trị bắt buộc");
    // a report marked suppressed whose small figures are not suppressed
    String unsuppressed = ReportJson.of(Language.EN).write(ReportDocument.unsuppressedForInternalUse(
        IndicatorReport.of(2020, java.time.LocalDate.of(2020, 12, 31), ReportFixtures.smallReport().getResults().subList(1, 2)),
        List.of()));
    assertThat(ReportJson.of(Language.EN).read(unsuppressed).getReport().isSuppressed()).isFalse();
    String raw = ReportJson.of(Language.EN).write(ReportDocument.unsuppressedForInternalUse(IndicatorReport.of(2020, java.time.LocalDate.of(2020, 12, 31),
        List.of(io.github.treem.indicators.IndicatorResult.of(io.github.treem.indicators.Indicators.SPECIAL_CIRCUMSTANCES, 2, 0,
            java.util.Map.of(), ReportFixtures.breakdowns(io.github.treem.indicators.BreakdownDimension.GROUP,
                ReportFixtures.cells(io.github.treem.indicators.IndicatorUnit.COUNT, "L", 2, 0, "A", 0, 0))))), List.of()));
    assertThat(where(issueOf(raw.replace("\"suppressed\":false", "\"suppressed\":true")))).isEqualTo(
        "INVALID_VALUE line 2 indicators");
    // a suppressed cell with figures
    assertThat(where(issueOf(json.replaceFirst("\"numerator\":null,\"denominator\":null", "\"numerator\":1,\"denominator\":null"))))
        .isEqualTo("INVALID_VALUE line 2 indicators[0].breakdowns.group[0].state");
  }

  @Test
  void messagesNeverRepeatInputValues() {
    String json = small();
    for (String bad : List.of(json.replaceFirst("\"key\":\"Bản Mới\"", "\"key\":12345678"),
        json.replaceFirst("\"referenceDate\":\"2020-12-31\"", "\"referenceDate\":\"31/12/2020\""),
        json.replaceFirst("\"comparator\":\"AT_LEAST\"", "\"comparator\":\"SECRET_VALUE\""),
        json.replaceFirst("\"numerator\":7,", "\"numerator\":-7,"))) {
      Issue i = issueOf(bad);
      assertThat(List.of(i.getMessageEn(), i.getMessageVi(), i.toString()))
          .noneMatch(m -> m.contains("12345678") || m.contains("31/12") || m.contains("SECRET") || m.contains("-7"));
    }
    assertThat(issueOf(json.replaceFirst("\"numerator\":7,", "\"numerator\":-7,")).getMessageEn())
        .contains("a count must not be negative");
  }

  @Test
  void everyIssueOfASyntaxErrorHasALine() {
    String json = small();
    List<String> lines = json.lines().collect(Collectors.toList());
    assertThat(lines).hasSize(10);
    Issue i = issueOf(json.replace("\"targets\":[", "\"targets\":[,"));
    assertThat(i.getCode()).isEqualTo("JSON_SYNTAX");
    assertThat(i.getLocation().getLine()).hasValue(4);
  }
}

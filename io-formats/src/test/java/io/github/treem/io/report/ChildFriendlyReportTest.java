package io.github.treem.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.cfc.Certainty;
import io.github.treem.indicators.cfc.ChildFriendlyScorer;
import io.github.treem.indicators.cfc.ChildFriendlyTargetAssessment;
import io.github.treem.indicators.cfc.CommuneType;
import io.github.treem.indicators.cfc.Criterion;
import io.github.treem.indicators.cfc.CriterionStatus;
import io.github.treem.indicators.cfc.InputSource;
import io.github.treem.indicators.cfc.ItemValue;
import io.github.treem.indicators.cfc.PointBand;
import io.github.treem.indicators.cfc.RecognitionRule;
import io.github.treem.indicators.cfc.RecognitionStatus;
import io.github.treem.indicators.cfc.ScoringInput;
import io.github.treem.indicators.cfc.ScoringItem;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.indicators.cfc.SelfAssessmentEntry;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.indicators.synthetic.SyntheticSelfAssessment;
import io.github.treem.io.json.TreemJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The child-friendly commune standard in the report: the pipeline scores the commune, assesses the
 * plan's target from the card (never met on provisional bands), publishes the card without
 * sensitive values; JSON round trip and schema; the self-assessment file.
 */
class ChildFriendlyReportTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema REPORT = REGISTRY.getSchema(TreemJson.schemaText("report-v1.schema.json"), InputFormat.JSON);
  private static final Schema SELF = REGISTRY.getSchema(TreemJson.schemaText("cfc-self-assessment-v1.schema.json"),
      InputFormat.JSON);
  private static final LocalDate REF = LocalDate.of(2020, 12, 31);

  private static IndicatorCalculator calculator;
  private static IndicatorReport register;

  @BeforeAll
  static void register() {
    calculator = IndicatorCalculator.builder().year(2020).referenceDate(REF).build();
    register = calculator.compute(CommuneGenerator.builder().seed(42).year(2020).children(2500).build().stream(),
        CommuneGenerator.QUANG_VINH);
  }

  private static Plan plan() {
    return TreemJson.bundledPlan("quang-vinh-2020");
  }

  private static ReportDocument run(ReportPipeline.Builder b) {
    return b.calculator(calculator).build().finish(register, Map.of());
  }

  private static TargetAssessment standardTarget(ReportDocument doc) {
    return doc.getTargets().stream().filter(t -> t.getIndicatorCode().equals(ChildFriendlyTargetAssessment.INDICATOR_CODE))
        .findFirst().orElseThrow();
  }

  @Test
  void theBundledProvisionalTableNeverRecognisesTheCommuneAndTheTargetIsNoData() {
    ReportDocument doc = run(ReportPipeline.builder().plan(plan()).selfAssessment(SyntheticSelfAssessment.quangVinh(2020)));
    ChildFriendlyStanding s = doc.getChildFriendly().orElseThrow();
    // the same card the scorer gives on the unsuppressed figures
    var card = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020).referenceDate(REF).report(register)
        .selfAssessment(SyntheticSelfAssessment.quangVinh(2020)).build());
    assertThat(s.getTotal()).isEqualTo(card.getTotal());
    assertThat(s.getStatus()).isEqualTo(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE);
    assertThat(s.getProvisionalOutcome()).isEqualTo(card.getProvisionalOutcome()).isPresent();
    assertThat(s.isProvisional()).isTrue();
    assertThat(s.isSynthetic()).isTrue();
    assertThat(s.getThreshold()).isEqualTo(850);
    assertThat(s.getCriteria()).hasSize(13);
    assertThat(s.getCriteria().stream().mapToInt(ChildFriendlyStanding.CriterionLine::points).sum()).isEqualTo(s.getTotal());
    assertThat(standardTarget(doc).getStatus()).isEqualTo(TargetStatus.NO_DATA);
    assertThat(s.explanation(true)).contains("chưa kết luận được", "tạm tính");
    // sensitive items: points, never the value
    ChildFriendlyStanding.ItemLine abused = s.getCriteria().get(2).items().get(0);
    assertThat(abused.id()).isEqualTo("3.1");
    assertThat(abused.valueHidden()).isTrue();
    assertThat(abused.value()).isEmpty();
    assertThat(abused.points()).isPresent();
    // a register item shows its value and source
    ChildFriendlyStanding.ItemLine births = s.getCriteria().get(1).items().get(0);
    assertThat(births.source()).contains(InputSource.REGISTER);
    assertThat(births.value()).isPresent();
  }

  @Test
  void aConfirmedTableDecidesAndTheTargetFollows() {
    // every band and rule confirmed: the same scorer decides, and the target is met or not
    var table = confirmedCopy(ScoringTable.qd06());
    ReportDocument doc = run(ReportPipeline.builder().plan(plan()).scorer(ChildFriendlyScorer.of(table))
        .selfAssessment(SyntheticSelfAssessment.quangVinh(2020)));
    ChildFriendlyStanding s = doc.getChildFriendly().orElseThrow();
    assertThat(s.isProvisional()).isFalse();
    assertThat(s.getStatus()).isIn(RecognitionStatus.RECOGNISED, RecognitionStatus.NOT_RECOGNISED);
    assertThat(standardTarget(doc).getStatus())
        .isEqualTo(s.getStatus() == RecognitionStatus.RECOGNISED ? TargetStatus.MET : TargetStatus.NOT_MET);
  }

  /** The bundled table with every part confirmed (as if the annex had been obtained and said the same). */
  private static ScoringTable confirmedCopy(ScoringTable t) {
    List<Criterion> criteria = new ArrayList<>();
    for (Criterion c : t.getCriteria()) {
      List<ScoringItem> items = new ArrayList<>();
      for (ScoringItem i : c.getItems()) {
        List<PointBand> bands = i.getBands().stream()
            .map(b -> PointBand.parse(b.getNotation(), b.getPoints(), Certainty.CONFIRMED, b.getSources())).toList();
        items.add(ScoringItem.builder().from(i).certainty(Certainty.CONFIRMED).bands(bands).build());
      }
      criteria.add(Criterion.builder().from(c).maximumCertainty(Certainty.CONFIRMED).metCertainty(Certainty.CONFIRMED)
          .items(items).build());
    }
    RecognitionRule r = RecognitionRule.builder().from(t.getRecognitionRule()).thresholdCertainty(Certainty.CONFIRMED)
        .conditionsCertainty(Certainty.CONFIRMED).build();
    return ScoringTable.builder().from(t).criteria(criteria).recognitionRule(r).version("confirmed-test").build();
  }

  @Test
  void aCommuneTypeAloneScoresTheRegisterAndTheCardIsIncomplete() {
    ReportDocument doc = run(ReportPipeline.builder().plan(plan()).communeType(CommuneType.CITY_WARD));
    ChildFriendlyStanding s = doc.getChildFriendly().orElseThrow();
    assertThat(s.getStatus()).isEqualTo(RecognitionStatus.INCOMPLETE);
    assertThat(s.getThreshold()).isEqualTo(900);
    assertThat(s.getCriteria().get(0).status()).isEqualTo(CriterionStatus.NO_DATA);
    assertThat(standardTarget(doc).getStatus()).isEqualTo(TargetStatus.NO_DATA);
    // without either, no card
    assertThat(run(ReportPipeline.builder().plan(plan())).getChildFriendly()).isEmpty();
  }

  @Test
  void theCardGoesThroughTheReportJsonAndFollowsTheSchema() {
    ReportDocument doc = run(ReportPipeline.builder().plan(plan()).selfAssessment(SyntheticSelfAssessment.quangVinh(2020)));
    String json = ReportJson.of(Language.VI).write(doc);
    assertThat(REPORT.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(json).contains("\"childFriendly\":{\"table\":\"QD-06-2019\"", "\"status\":\"PROVISIONAL_NOT_DECIDABLE\"");
    // no evidence note is ever published
    assertThat(json).doesNotContain("Biên bản diễn đàn trẻ em cấp xã", "Danh sách nhà văn hóa thôn");
    ReportDocument back = ReportJson.of(Language.EN).read(json);
    assertThat(back.getChildFriendly()).isEqualTo(doc.getChildFriendly());
    assertThat(back).isEqualTo(doc.published());
    // a total that does not follow from the points is refused
    String wrong = json.replaceFirst("(\"childFriendly\":\\{[^}]*?\"total\":)(\\d+)", "$11");
    assertThatThrownBy(() -> ReportJson.of(Language.VI).read(wrong)).isInstanceOf(ReportReadException.class);
  }

  @Test
  void aSelfAssessmentOfAnotherYearOrCommuneOrWithErrorsIsRefusedWithItsCode() {
    assertThatThrownBy(() -> ReportPipeline.builder().calculator(calculator).plan(plan())
        .selfAssessment(SyntheticSelfAssessment.quangVinh(2019)).build())
        .isInstanceOfSatisfying(ReportSeriesException.class, e -> assertThat(e.getIssue().getCode())
            .isEqualTo(ReportSeriesIssueCode.SERIES_SELF_ASSESSMENT_OTHER_YEAR.name()));
    SelfAssessment other = SelfAssessment.builder().from(SyntheticSelfAssessment.quangVinh(2020)).communeCode("00004").build();
    assertThatThrownBy(() -> ReportPipeline.builder().calculator(calculator).plan(plan()).selfAssessment(other).build())
        .isInstanceOfSatisfying(ReportSeriesException.class, e -> assertThat(e.getIssue().getCode())
            .isEqualTo(ReportSeriesIssueCode.SERIES_SELF_ASSESSMENT_OTHER_COMMUNE.name()));
    SelfAssessment unknown = SelfAssessment.builder().from(SyntheticSelfAssessment.quangVinh(2020))
        .addEntries(SelfAssessmentEntry.of("99.1", ItemValue.yes(), "Biên bản")).build();
    assertThatThrownBy(() -> ReportPipeline.builder().calculator(calculator).selfAssessment(unknown).build())
        .isInstanceOfSatisfying(ReportSeriesException.class, e -> {
          assertThat(e.getIssue().getCode()).isEqualTo("CFC_UNKNOWN_ITEM");
          assertThat(e.getIssue().getLocation().getPath()).contains("entries[17].itemId");
        });
  }

  @Test
  void theSelfAssessmentFileRoundTripsFollowsItsSchemaAndMatchesTheGoldenFile() throws IOException {
    SelfAssessment s = SyntheticSelfAssessment.quangVinh(2020);
    String json = SelfAssessmentJson.write(s);
    Path golden = Path.of("src/test/resources/golden/cfc/quang-vinh-2020.self-assessment.json");
    assertThat(json).isEqualTo(GoldenFiles.expected(golden, json));
    assertThat(SELF.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(SelfAssessmentJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "sa.json"))
        .isEqualTo(s);
    assertThat(TreemJson.schemaText("cfc-self-assessment-v1.schema.json")).isEqualTo(
        Files.readString(Path.of("../schemas/cfc-self-assessment-v1.schema.json"), StandardCharsets.UTF_8));
    assertThat(TreemJson.schemaText("report-v1.schema.json")).isEqualTo(
        Files.readString(Path.of("../schemas/report-v1.schema.json"), StandardCharsets.UTF_8));
  }

  @Test
  void aBadSelfAssessmentFileGivesACodedLocatedErrorThatNeverRepeatsTheEvidence() {
    String good = SelfAssessmentJson.write(SyntheticSelfAssessment.quangVinh(2020));
    // two values in one entry
    String two = good.replace("{\"item\":\"1.1\",\"answer\":true", "{\"item\":\"1.1\",\"answer\":true,\"value\":1");
    assertThatThrownBy(() -> SelfAssessmentJson.read(two)).isInstanceOfSatisfying(SelfAssessmentReadException.class, e -> {
      assertThat(e.getCode()).isEqualTo(SelfAssessmentReadException.CODE);
      assertThat(e.getIssue().getCode()).isEqualTo("INVALID_VALUE");
      assertThat(e.getIssue().getLocation().getPath()).hasValueSatisfying(p -> assertThat(p).startsWith("entries[0]"));
      assertThat(e.getMessage()).doesNotContain("Quyết định phân công");
    });
    assertThat(SELF.validate(two, InputFormat.JSON)).isNotEmpty();
    // an unknown property, a wrong format
    assertThatThrownBy(() -> SelfAssessmentJson.read(good.replace("\"assessedBy\"", "\"assessor\"")))
        .isInstanceOfSatisfying(SelfAssessmentReadException.class,
            e -> assertThat(e.getIssue().getCode()).isIn("JSON_UNKNOWN_PROPERTY", "JSON_MISSING_PROPERTY"));
    assertThatThrownBy(() -> SelfAssessmentJson.read(good.replace("treem-cfc-self-assessment", "other")))
        .isInstanceOfSatisfying(SelfAssessmentReadException.class,
            e -> assertThat(e.getIssue().getLocation().getPath()).contains("format"));
    // a numerator without its denominator, a negative count
    String half = good.replace(",\"denominator\":47", "");
    assertThatThrownBy(() -> SelfAssessmentJson.read(half)).isInstanceOf(SelfAssessmentReadException.class);
    assertThatThrownBy(() -> SelfAssessmentJson.read(good.replace("\"numerator\":46", "\"numerator\":-46")))
        .isInstanceOf(SelfAssessmentReadException.class);
    assertThatThrownBy(() -> SelfAssessmentJson.read("null")).isInstanceOf(SelfAssessmentReadException.class);
  }
}

package io.github.treem.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.treem.core.protection.AbuseForm;
import io.github.treem.core.protection.CaseChild;
import io.github.treem.core.protection.CaseRole;
import io.github.treem.core.protection.EmergencyMeasure;
import io.github.treem.core.protection.EmergencyMeasureKind;
import io.github.treem.core.protection.InformationReceipt;
import io.github.treem.core.protection.InformationSource;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.Referral;
import io.github.treem.core.protection.ReferralTarget;
import io.github.treem.core.protection.RiskAssessment;
import io.github.treem.core.protection.RiskLevel;
import io.github.treem.core.protection.SupportPlan;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cases.CaseAccumulator;
import io.github.treem.indicators.cases.CaseFigureCalculator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.json.TreemJson;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Case figures in the commune report ({@link ReportPipeline.Builder#cases}): one publication of
 * the register's and the cases' figures, hidden case totals written hidden in JSON and CSV, and
 * the report JSON with case indicators read back (golden file, round trip, a previous year).
 */
class ReportWithCasesTest {
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(TreemJson.schemaText("report-v1.schema.json"), InputFormat.JSON);

  /**
   * Twelve cases received in the year: ten needing a plan (nine approved within 5 working days,
   * one late), two of serious harm with an emergency measure within 12 hours (a total of 2: hidden),
   * three referred (hidden), from four sources.
   */
  static List<ProtectionCase> cases(int year) {
    InformationSource[] sources = {InformationSource.SCHOOL, InformationSource.NATIONAL_HOTLINE_111,
        InformationSource.POLICE, InformationSource.FAMILY};
    List<ProtectionCase> out = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      // Mondays from the first week of March: day 3 is a Thursday, day 10 two weeks later
      OffsetDateTime at = OffsetDateTime.parse(year + "-03-02T09:00+07:00").plusWeeks(k)
          .withDayOfMonth(1).plusWeeks(k % 4).plusDays(0);
      at = at.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY)).withHour(9);
      boolean serious = k >= 10;
      ProtectionCase.Builder c = ProtectionCase.builder()
          .id(String.format("T-%d-%03d", year, k))
          .child(CaseChild.builder().sex(k % 2 == 0 ? Sex.FEMALE : Sex.MALE)
              .dateOfBirth(LocalDate.of(year - 6 - k % 9, 1 + k % 12, 10)).build())
          .receipt(InformationReceipt.builder().receivedAt(at).source(sources[k % 4]).build())
          .addHarms(serious ? AbuseForm.SEXUAL_ABUSE : AbuseForm.NEGLECT)
          .riskAssessment(RiskAssessment.builder().assessedAt(at.plusHours(2))
              .level(serious ? RiskLevel.SERIOUS_HARM : RiskLevel.NOT_SERIOUS).build());
      if (serious) {
        c.addEmergencyMeasures(EmergencyMeasure.builder().kind(EmergencyMeasureKind.TEMPORARY_SEPARATION)
            .takenAt(at.plusHours(11)).build());
      } else {
        LocalDate received = at.toLocalDate();
        c.addPlans(SupportPlan.builder().draftedOn(received.plusDays(1))
            .approvedOn(received.plusDays(k == 9 ? 10 : 3)).approvedBy(CaseRole.COMMUNE_CHAIRMAN).build());
      }
      if (k < 3) {
        c.addReferrals(Referral.builder().referredOn(at.toLocalDate().plusDays(5))
            .target(ReferralTarget.HEALTH_FACILITY).build());
      }
      out.add(c.build());
    }
    return out;
  }

  static CaseAccumulator accumulated(int year) {
    CaseAccumulator acc = CaseFigureCalculator.builder().year(year)
        .breakdowns(BreakdownDimension.SOURCE, BreakdownDimension.SEX, BreakdownDimension.VILLAGE).build()
        .newAccumulator();
    cases(year).forEach(acc::add);
    return acc;
  }

  static ReportPipeline.Builder pipeline(int year) {
    return ReportPipeline.builder()
        .calculator(IndicatorCalculator.builder().year(year).referenceDate(LocalDate.of(year, 12, 31))
            .breakdowns(BreakdownDimension.SEX, BreakdownDimension.SOURCE).build())
        .reading(RegisterReading.builder().options(ReadOptions.of(year)).threads(1).build());
  }

  static ReportDocument document(int year) throws Exception {
    String register = ReportPipelineTest.register(new SplittableRandom(7), 200).replace("2012-", (year - 8) + "-")
        .replace("2018-", (year - 2) + "-");
    ReportDocument doc = pipeline(year).cases(accumulated(year)).build()
        .run(List.of(ReportPipelineTest.csv("register", register)));
    // without the manifest (the treem version and the WHO tables' digests): a golden file for every release
    return ReportDocument.builder().from(doc).manifest(java.util.Optional.empty()).build();
  }

  static IndicatorResult result(ReportDocument doc, CaseIndicators i) {
    return doc.getReport().result(i).orElseThrow();
  }

  @Test
  void theCaseFiguresJoinTheRegistersInOnePublishedAndAuditedReport() throws Exception {
    ReportDocument doc = document(2020);
    List<String> codes = doc.getReport().getResults().stream().map(IndicatorResult::getCode).toList();
    // the register's indicators, then the case indicators in their order
    assertThat(codes.subList(codes.size() - CaseIndicators.values().length, codes.size()))
        .containsExactly("CASES_RECEIVED", "EMERGENCY_WITHIN_12_HOURS", "PLAN_APPROVED_IN_TIME",
            "SEVERE_CASES_PLAN_IN_TIME", "CASES_REFERRED");
    assertThat(doc.getReport().result(Indicators.HI_U6)).isPresent();
    assertThat(doc.getReport().isSuppressed()).isTrue();
    assertThat(doc.getPublication()).isPresent();
    IndicatorResult received = result(doc, CaseIndicators.CASES_RECEIVED);
    assertThat(received.getState()).isEqualTo(ValueState.VALUE);
    assertThat(received.getNumerator()).isEqualTo(12);
    // the source breakdown of the cases is published (12 cases, 3 a source: every cell hidden or protected)
    assertThat(received.getBreakdowns()).containsKey(BreakdownDimension.SOURCE);
    assertThat(received.getBreakdowns()).doesNotContainKey(BreakdownDimension.VILLAGE);
    // 2 emergency cases and 3 referrals: small totals of a sensitive population, hidden with their breakdowns
    for (CaseIndicators hidden : List.of(CaseIndicators.EMERGENCY_WITHIN_12_HOURS, CaseIndicators.CASES_REFERRED)) {
      IndicatorResult r = result(doc, hidden);
      assertThat(r.getState()).as(hidden.name()).isEqualTo(ValueState.SUPPRESSED);
      assertThat(r.getBreakdowns()).as(hidden.name()).isEmpty();
      assertThat(r.getValue()).isEmpty();
    }
    // 12 cases received minus the emergency's exclusions would give its hidden total: one of them is hidden too
    assertThat(result(doc, CaseIndicators.EMERGENCY_WITHIN_12_HOURS).getSuppressedExclusions()).isNotEmpty();
    // the one disclosure step audits register and case figures together
    assertThat(DisclosureControl.verify(doc.getReport(), doc.getTargets()).report()).isEqualTo(doc.getReport());
    assertThat(doc.hasHiddenFigures()).isTrue();
  }

  @Test
  void theMedianDaysToAnApprovedPlanIsInEveryWrittenFormWithItsCountsHiddenTogether() throws Exception {
    ReportDocument doc = document(2020);
    io.github.treem.indicators.cases.MedianDaysToPlan m = doc.getDaysToPlan().orElseThrow();
    // nine plans approved 3 days after receipt, one after 10: the median of ten cases is 3.0
    assertThat(m.getMedian()).contains(new java.math.BigDecimal("3.0"));
    assertThat(m.getState()).isEqualTo(ValueState.VALUE);
    assertThat(m.isSuppressed()).isTrue();
    // the 2 emergencies have no plan: 2 is small, and 10 = 12 received - 2, so both counts are hidden
    assertThat(m.getCases()).isEmpty();
    assertThat(m.getExcluded()).isEmpty();
    assertThat(ReportCsv.write(doc)).contains("DAYS_TO_PLAN,median,,x,,3.0,VALUE\n")
        .contains("DAYS_TO_PLAN,exclusion,NO_APPROVED_PLAN,x,,,\n");
    String json = ReportJson.of(Language.EN).write(doc);
    assertThat(json).contains("\"daysToPlan\":{\"cases\":null,\"excluded\":null,\"median\":3.0,\"state\":\"VALUE\"}");
    assertThat(ReportJson.of(Language.EN).read(json).getDaysToPlan()).contains(m);
    // a shown count beside a hidden one, or a median beside a hidden state, is refused
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(json.replace("\"cases\":null,\"excluded\":null",
        "\"cases\":10,\"excluded\":null"))).isInstanceOf(ReportReadException.class);
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(json.replace("\"median\":3.0,\"state\":\"VALUE\"",
        "\"median\":3.0,\"state\":\"SUPPRESSED\""))).isInstanceOf(ReportReadException.class);
    // the internal form shows the counts, and reads back as internal
    ReportDocument internal = pipeline(2020).cases(accumulated(2020)).unsuppressedForInternalUse().build()
        .run(List.of(ReportPipelineTest.csv("register", ReportPipelineTest.HEADER)));
    io.github.treem.indicators.cases.MedianDaysToPlan all = internal.getDaysToPlan().orElseThrow();
    assertThat(all.getCases()).hasValue(10);
    assertThat(all.getExcluded()).hasValue(2);
    assertThat(all.isSuppressed()).isFalse();
    String internalJson = ReportJson.of(Language.EN).write(internal);
    assertThat(SCHEMA.validate(internalJson, InputFormat.JSON)).isEmpty();
    assertThat(ReportJson.of(Language.EN).read(internalJson).getDaysToPlan()).contains(all);
    assertThat(ReportCsv.write(internal)).contains("DAYS_TO_PLAN,median,,10,,3.0,VALUE\n")
        .contains("DAYS_TO_PLAN,exclusion,NO_APPROVED_PLAN,2,,,\n");
    // an unsuppressed figure is never written in a published document
    assertThatThrownBy(() -> ReportDocument.builder().from(doc).daysToPlan(all).build().published())
        .isInstanceOf(IllegalArgumentException.class);
    // without case figures there is no such figure
    assertThat(pipeline(2020).build().run(List.of(ReportPipelineTest.csv("register", ReportPipelineTest.HEADER)))
        .getDaysToPlan()).isEmpty();
  }

  @Test
  void theUnsuppressedInternalFormKeepsTheSmallCaseTotals() throws Exception {
    ReportDocument doc = pipeline(2020).cases(accumulated(2020)).unsuppressedForInternalUse().build()
        .run(List.of(ReportPipelineTest.csv("register", ReportPipelineTest.HEADER)));
    assertThat(result(doc, CaseIndicators.CASES_REFERRED).getNumerator()).isEqualTo(3);
    assertThat(result(doc, CaseIndicators.EMERGENCY_WITHIN_12_HOURS).getValue()).contains(new java.math.BigDecimal("100.00"));
  }

  @Test
  void theJsonWritesAHiddenTotalWithNullFiguresAndReadsItBack() throws Exception {
    ReportDocument doc = document(2020);
    String json = ReportJson.of(Language.EN).write(doc);
    assertThat(json).isEqualTo(ReportJsonTest.golden("with-cases-en.json", json));
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(json).contains("{\"code\":\"CASES_REFERRED\",\"name\":\"Cases referred\",\"unit\":\"COUNT\","
        + "\"numerator\":null,\"denominator\":null,\"value\":null,\"state\":\"SUPPRESSED\",\"exclusions\":{},"
        + "\"breakdowns\":{}}");
    ReportDocument back = ReportJson.of(Language.VI).read(json);
    assertThat(back).isEqualTo(doc.published());
    assertThat(ReportJson.of(Language.EN).write(back)).isEqualTo(json);
  }

  @Test
  void aHiddenTotalWithFiguresOrBreakdownsIsRefused() throws Exception {
    String json = ReportJson.of(Language.EN).write(document(2020));
    String hidden = "\"numerator\":null,\"denominator\":null,\"value\":null,\"state\":\"SUPPRESSED\","
        + "\"exclusions\":{},\"breakdowns\":{}}";
    assertThat(json).contains(hidden);
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(json.replace("\"name\":\"Cases referred\",\"unit\":\"COUNT\","
        + "\"numerator\":null", "\"name\":\"Cases referred\",\"unit\":\"COUNT\",\"numerator\":3")))
        .isInstanceOf(ReportReadException.class).hasMessageContaining("hidden total");
    // a visible total of a register indicator may not be written without its numerator
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(json.replaceFirst("\"numerator\":\\d+", "\"numerator\":null")))
        .isInstanceOf(ReportReadException.class);
    // an unknown code is still refused
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(json.replace("\"CASES_REFERRED\"", "\"CASES_INVENTED\"")))
        .isInstanceOf(ReportReadException.class);
  }

  @Test
  void aReportWithCaseFiguresServesAsThePreviousYear() throws Exception {
    String json2020 = ReportJson.of(Language.EN).write(document(2020));
    ReportDocument before = ReportJson.of(Language.EN).read(json2020);
    String register = ReportPipelineTest.register(new SplittableRandom(8), 150).replace("2012-", "2013-")
        .replace("2018-", "2019-");
    ReportDocument doc = pipeline(2021).cases(accumulated(2021)).previousReport(before, "2020.json").build()
        .run(List.of(ReportPipelineTest.csv("register", register)));
    String json = ReportJson.of(Language.EN).write(doc);
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(doc.previous(2020, "CASES_RECEIVED").orElseThrow().getNumerator()).isEqualTo(12);
    assertThat(doc.changeSince(2020, "CASES_RECEIVED")).contains(java.math.BigDecimal.ZERO);
    // last year's hidden total: null figures, no change
    assertThat(json).contains("{\"code\":\"CASES_REFERRED\",\"numerator\":null,\"denominator\":null,\"value\":null,"
        + "\"state\":\"SUPPRESSED\",\"changeSince\":null}");
    ReportDocument back = ReportJson.of(Language.EN).read(json);
    assertThat(ReportJson.of(Language.EN).write(back)).isEqualTo(json);
    assertThat(back.previous(2020, "CASES_REFERRED").orElseThrow().getState()).isEqualTo(ValueState.SUPPRESSED);
  }

  @Test
  void theCsvWritesAHiddenTotalAsX() throws Exception {
    StringWriter w = new StringWriter();
    ReportCsv.write(document(2020), w);
    assertThat(w.toString()).contains("\nCASES_REFERRED,total,,x,,")
        .contains("\nEMERGENCY_WITHIN_12_HOURS,total,,x,x,")
        .contains("\nCASES_RECEIVED,total,,12,,");
  }

  @Test
  void caseFiguresOfAnotherYearAreRefused() {
    assertThatThrownBy(() -> pipeline(2020).cases(accumulated(2021)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
  }
}

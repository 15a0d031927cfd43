package io.github.treem.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

  static List<String> codes(ValidationReport r) {
    return r.getIssues().stream().map(Issue::getCode).toList();
  }

  static Issue only(ValidationReport r, PlanIssueCode code) {
    List<Issue> found = r.getIssues().stream().filter(i -> i.getCode().equals(code.getCode())).toList();
    assertThat(found).as(code.getCode()).hasSize(1);
    return found.get(0);
  }

  @Test
  void theSmallPlanIsValidWithNotesOnly() {
    ValidationReport r = PlanValidator.validate(Plans.small().build());
    assertThat(r.isValid()).isTrue();
    assertThat(r.issuesOf(Severity.WARNING)).isEmpty();
    assertThat(r.issuesOf(Severity.INFO)).isEmpty();
  }

  @Test
  void brokenReferencesAreReportedWhereTheyAre() {
    Plan p = Plans.small().addItems(
        Plans.item("NV9", PlanItemKind.TASK, "x").leadUnitId("GHOST").addCooperatingUnitIds("HEALTH", "PHANTOM")
            .addTargetIds("T1", "T7").addServesItemIds("NV1", "NV0").addEventIds("TET").build()).build();
    ValidationReport r = PlanValidator.validate(p);
    assertThat(r.isValid()).isFalse();
    assertThat(codes(r)).containsExactly("PLAN_ITEM_UNKNOWN_UNIT", "PLAN_ITEM_UNKNOWN_UNIT", "PLAN_ITEM_UNKNOWN_TARGET",
        "PLAN_ITEM_UNKNOWN_ITEM", "PLAN_ITEM_UNKNOWN_EVENT");
    assertThat(r.getIssues().get(0).getLocation().getPath()).contains("items[7].leadUnitId");
    assertThat(r.getIssues().get(1).getLocation().getPath()).contains("items[7].cooperatingUnitIds[1]");
    assertThat(r.getIssues().get(1).getMessageEn()).endsWith(": NV9 → PHANTOM");
    assertThat(r.getIssues().get(2).getLocation().getPath()).contains("items[7].targetIds[1]");
    assertThat(r.getIssues().get(4).getMessageVi()).startsWith("Mục kế hoạch nêu sự kiện không có trong kế hoạch: NV9 → TET");
  }

  @Test
  void duplicateItemsAndDutiesWithoutUnit() {
    Plan p = Plans.small().addItems(Plans.item("NV1", PlanItemKind.SOLUTION, "lặp mã").build(),
        Plans.item("TC9.1", PlanItemKind.DUTY, "không có đơn vị").build()).build();
    ValidationReport r = PlanValidator.validate(p);
    assertThat(only(r, PlanIssueCode.PLAN_ITEM_DUPLICATE_ID).getLocation().getPath()).contains("items[7].id");
    assertThat(only(r, PlanIssueCode.PLAN_DUTY_WITHOUT_UNIT).getLocation().getPath()).contains("items[8].leadUnitId");
  }

  @Test
  void cyclesOfServingItemsAreFoundOnce() {
    Plan p = Plans.small().items(List.of(
        Plans.item("A", PlanItemKind.TASK, "a").leadUnitId("LDTBXH").addServesItemIds("B").addTargetIds("T1", "T2").build(),
        Plans.item("B", PlanItemKind.TASK, "b").leadUnitId("HEALTH").addServesItemIds("C").build(),
        Plans.item("C", PlanItemKind.TASK, "c").leadUnitId("VILLAGES").addServesItemIds("A").build(),
        Plans.item("D", PlanItemKind.TASK, "d").addServesItemIds("A", "E").addEventIds("ACTION_MONTH_FOR_CHILDREN").build(),
        Plans.item("E", PlanItemKind.TASK, "e").addServesItemIds("F").addEventIds("MID_AUTUMN_FESTIVAL").build(),
        Plans.item("F", PlanItemKind.TASK, "f").addServesItemIds("E").build()))
        .fundingAllocations(List.of()).reportingDuties(List.of()).build();
    ValidationReport r = PlanValidator.validate(p);
    assertThat(codes(r)).containsExactly("PLAN_ITEM_CYCLE", "PLAN_ITEM_CYCLE");
    assertThat(r.getIssues().get(0).getMessageEn()).endsWith(": A → B → C → A");
    assertThat(r.getIssues().get(0).getLocation().getPath()).contains("items[0].servesItemIds");
    assertThat(r.getIssues().get(1).getMessageEn()).endsWith(": E → F → E");
    assertThat(r.getIssues().get(1).getLocation().getPath()).contains("items[4].servesItemIds");
  }

  @Test
  void aLongChainIsNoCycleAndDoesNotOverflowTheStack() {
    Plan.Builder b = Plans.small();
    for (int i = 0; i < 20_000; i++) {
      b.addItems(Plans.item("X" + i, PlanItemKind.TASK, "x").leadUnitId("LDTBXH").addServesItemIds(i == 0 ? "NV1" : "X" + (i - 1)).build());
    }
    assertThat(codes(PlanValidator.validate(b.build()))).doesNotContain("PLAN_ITEM_CYCLE");
  }

  @Test
  void citationCorrectionsMustQuoteTheText() {
    Plan p = Plans.small().addItems(Plans.item("NV8", PlanItemKind.TASK, "Theo Quyết định 06/QĐ-TTg.").leadUnitId("LDTBXH")
        .addCitationCorrections(CitationCorrection.builder().asWritten("06/2019/QĐ-TTg")
            .corrected(LegalReference.of("Quyết định 06/QĐ-TTg", "Decision 06")).build()).build()).build();
    ValidationReport r = PlanValidator.validate(p);
    assertThat(only(r, PlanIssueCode.PLAN_CITATION_NOT_IN_TEXT).getLocation().getPath())
        .contains("items[7].citationCorrections[0].asWritten");
    // the small plan's task NV3 quotes its citation exactly: no issue there
    assertThat(r.getIssues()).hasSize(1);
  }

  @Test
  void eventsAreResolvedInThePlansYear() {
    EventType ghostDay = EventType.builder().id("GHOST").nameVi("Ngày không có").nameEn("No day")
        .rule(DateRule.lunar(LunarDays.firstShortMonth(2020), 30)).build();
    EventType newYearsEve = EventType.builder().id("NYE").nameVi("Giao thừa").nameEn("New Year's Eve")
        .rule(DateRule.solar(MonthDay.of(12, 31), MonthDay.of(1, 1))).build();
    EventType unused = EventType.builder().id("UNUSED").nameVi("Không dùng").nameEn("Unused")
        .rule(DateRule.solar(MonthDay.of(3, 8), MonthDay.of(3, 8))).build();
    Plan p = Plans.small().addEventTypes(ghostDay, newYearsEve, unused, EventType.MID_AUTUMN_FESTIVAL)
        .addItems(Plans.item("NV7", PlanItemKind.TASK, "x").leadUnitId("LDTBXH").addEventIds("GHOST", "NYE").build()).build();
    ValidationReport r = PlanValidator.validate(p);
    assertThat(only(r, PlanIssueCode.PLAN_EVENT_UNRESOLVED).getLocation().getPath()).contains("eventTypes[2].rule");
    assertThat(only(r, PlanIssueCode.PLAN_EVENT_OUTSIDE_YEAR).getMessageEn()).contains("NYE 2020-12-31..2021-01-01");
    assertThat(only(r, PlanIssueCode.PLAN_EVENT_UNUSED).getMessageEn()).endsWith(": UNUSED");
    assertThat(only(r, PlanIssueCode.PLAN_EVENT_DUPLICATE_ID).getLocation().getPath()).contains("eventTypes[5].id");
    // Tết Trung thu 1900 (start of the lunar tables) resolves; a plan of 1899 cannot
    Plan old = Plan.builder().from(Plans.small().build()).year(1899).issueDate(LocalDate.of(1899, 3, 1))
        .targets(List.of()).items(List.of(Plans.item("NV2", PlanItemKind.TASK, "x").addEventIds("MID_AUTUMN_FESTIVAL",
            "ACTION_MONTH_FOR_CHILDREN").build())).fundingAllocations(List.of()).reportingDuties(List.of())
        .tasks(List.of()).build();
    assertThat(codes(PlanValidator.validate(old))).contains("PLAN_EVENT_UNRESOLVED");
  }

  @Test
  void datesOfTheTargetsAndTheIssue() {
    Plan p = Plan.builder().from(Plans.small().build()).issueDate(LocalDate.of(2019, 9, 30))
        .addTargets(Target.builder().id("T3").indicatorCode("X").comparator(TargetComparator.AT_LEAST).threshold(new java.math.BigDecimal("1")).year(2019)
            .leadUnitId("HEALTH").textVi("x").build()).build();
    ValidationReport r = PlanValidator.validate(p);
    assertThat(only(r, PlanIssueCode.PLAN_ISSUE_DATE_OUTSIDE_YEAR).getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(only(r, PlanIssueCode.PLAN_TARGET_OTHER_YEAR).getLocation().getPath()).contains("targets[2].year");
    assertThat(only(r, PlanIssueCode.PLAN_TARGET_NOT_SERVED).getMessageEn()).endsWith(": T3");
    // the last quarter of the year before is fine: plans are often issued in December
    assertThat(codes(PlanValidator.validate(Plan.builder().from(Plans.small().build()).issueDate(LocalDate.of(2019, 12, 20)).build())))
        .isEmpty();
  }

  @Test
  void unitsWithoutItems() {
    Plan p = Plans.small().addResponsibleUnits(Plans.unit("POLICE", UnitRole.COMMUNE_POLICE)).build();
    assertThat(only(PlanValidator.validate(p), PlanIssueCode.PLAN_UNIT_WITHOUT_ITEM).getLocation().getPath())
        .contains("responsibleUnits[3]");
  }

  @Test
  void fundingReferencesAndSums() {
    Plan p = Plans.small()
        .addFundingSources(FundingSource.builder().id("NS_HUYEN").kind(FundingSourceKind.OTHER).nameVi("lặp").build(),
            FundingSource.builder().id("NEG").kind(FundingSourceKind.OTHER).nameVi("âm").plannedDong(-1).build())
        .addFundingAllocations(
            FundingAllocation.builder().sourceId("NS_HUYEN").itemId("NV1").plannedDong(4_000_000L).build(), // 21 > 20 million
            FundingAllocation.builder().sourceId("NS_TINH").itemId("NV1").plannedDong(1).build(),
            FundingAllocation.builder().sourceId("HUY_DONG").itemId("NV42").plannedDong(1).build(),
            FundingAllocation.builder().sourceId("HUY_DONG").itemId("NV2").plannedDong(-5).build())
        .build();
    ValidationReport r = PlanValidator.validate(p);
    assertThat(only(r, PlanIssueCode.PLAN_FUNDING_DUPLICATE_SOURCE).getLocation().getPath()).contains("fundingSources[2].id");
    assertThat(r.getIssues().stream().filter(i -> i.getCode().equals("PLAN_FUNDING_NEGATIVE")).map(i -> i.getLocation().getPath().orElseThrow()))
        .containsExactly("fundingSources[3].plannedDong", "fundingAllocations[5].plannedDong");
    assertThat(only(r, PlanIssueCode.PLAN_FUNDING_UNKNOWN_SOURCE).getMessageEn()).endsWith(": NS_TINH → NV1");
    assertThat(only(r, PlanIssueCode.PLAN_FUNDING_UNKNOWN_ITEM).getMessageEn()).endsWith(": HUY_DONG → NV42");
    assertThat(only(r, PlanIssueCode.PLAN_FUNDING_DUPLICATE_ALLOCATION).getLocation().getPath()).contains("fundingAllocations[2]");
    assertThat(only(r, PlanIssueCode.PLAN_FUNDING_OVER_TOTAL).getMessageEn())
        .endsWith(": NS_HUYEN (21000000 > 20000000 đồng)");
  }

  @Test
  void fundingSumsThatOverflowAreReportedNotThrown() {
    Plan p = Plans.small().fundingAllocations(List.of(
        FundingAllocation.builder().sourceId("HUY_DONG").itemId("NV1").plannedDong(Long.MAX_VALUE).build(),
        FundingAllocation.builder().sourceId("HUY_DONG").itemId("NV2").plannedDong(1).build(),
        FundingAllocation.builder().sourceId("HUY_DONG").itemId("NV3").plannedDong(1).build())).build();
    ValidationReport r = PlanValidator.validate(p);
    assertThat(only(r, PlanIssueCode.PLAN_FUNDING_OVERFLOW).getLocation().getPath()).contains("fundingAllocations[1].plannedDong");
  }

  @Test
  void reportingDutiesAndDrafts() {
    Plan p = Plans.small().addReportingDuties(
            ReportingDuty.builder().itemId("TC7.7").reporterUnitId("LDTBXH").addKinds(ReportKind.AD_HOC).addRecipients("x").build(),
            ReportingDuty.builder().itemId("TC1.1").reporterUnitId("NOBODY").addKinds(ReportKind.AD_HOC).addRecipients("x").build(),
            ReportingDuty.builder().itemId("TC3.1").reporterUnitId("HEALTH").addKinds(ReportKind.AD_HOC).addRecipients("x").build())
        .draft(PlanDraft.builder().basedOnNumber("90/KH-UBND").basedOnYear(2020).preparedOn(LocalDate.of(2020, 12, 1))
            .addCarriedTargets(CarriedTarget.builder().targetId("T5").previousYear(2020).outcome(PreviousOutcome.NOT_MET).build())
            .build())
        .build();
    ValidationReport r = PlanValidator.validate(p);
    assertThat(only(r, PlanIssueCode.PLAN_REPORTING_UNKNOWN_ITEM).getLocation().getPath()).contains("reportingDuties[1].itemId");
    assertThat(only(r, PlanIssueCode.PLAN_REPORTING_UNKNOWN_UNIT).getLocation().getPath()).contains("reportingDuties[2].reporterUnitId");
    assertThat(only(r, PlanIssueCode.PLAN_REPORTING_UNIT_NOT_ON_ITEM).getMessageEn()).endsWith(": HEALTH / TC3.1");
    assertThat(only(r, PlanIssueCode.PLAN_DRAFT_YEAR).getMessageEn()).endsWith(": 2020 / 2020");
    assertThat(only(r, PlanIssueCode.PLAN_DRAFT_UNKNOWN_TARGET).getMessageEn()).endsWith(": T5");
    assertThat(p.isDraft()).isTrue();
    assertThat(p.getDraft().orElseThrow().carried("T5").orElseThrow().isFlagged()).isTrue();
  }

  @Test
  void everyCodeHasBothTextsAndIsUsedOnce() {
    for (PlanIssueCode c : PlanIssueCode.values()) {
      assertThat(c.getMessageVi()).isNotBlank().doesNotContain("%s");
      assertThat(c.getMessageEn()).isNotBlank().doesNotContain("%s");
      assertThat(c.getCode()).isEqualTo(c.name());
      Issue i = c.issue(io.github.treem.core.validation.Location.unknown(), null);
      assertThat(i.getMessageEn()).isEqualTo(c.getMessageEn());
      assertThat(i.getSeverity()).isEqualTo(c.getSeverity());
    }
  }
}

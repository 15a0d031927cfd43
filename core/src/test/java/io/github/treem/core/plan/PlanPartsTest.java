package io.github.treem.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanPartsTest {

  static String code(Throwable e) {
    return ((InvalidValueException) e).getCode();
  }

  @Test
  void textListsAreFilledFromTheItems() {
    Plan p = Plans.small().build();
    assertThat(p.getTasks()).containsExactly("Tuyên truyền Luật trẻ em.",
        "Tổ chức hoạt động trong Tháng hành động vì trẻ em, Tết Trung thu.",
        "Xây dựng xã phù hợp với trẻ em theo Quyết định số 06/2019/QĐ-TTg ngày 03/01/2019.");
    assertThat(p.getSolutions()).containsExactly("Phòng chống suy dinh dưỡng.");
    assertThat(p.unit("HEALTH").orElseThrow().getDuties()).containsExactly("Cân đo trẻ em dưới 5 tuổi.");
    assertThat(p.unit("VILLAGES").orElseThrow().getDuties()).containsExactly("Nắm tình hình trẻ em ở thôn.");
    // the same texts given twice are accepted; a copy keeps them
    Plan again = Plan.builder().from(p).build();
    assertThat(again).isEqualTo(p);
  }

  @Test
  void textListsThatDifferFromTheItemsAreRefused() {
    assertThatThrownBy(() -> Plans.small().addTasks("Một nhiệm vụ khác").build())
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0526"))
        .hasMessageContaining("tasks");
    Plan p = Plans.small().build();
    ResponsibleUnit health = ResponsibleUnit.builder().from(p.unit("HEALTH").orElseThrow()).duties(java.util.List.of("Khác")).build();
    assertThatThrownBy(() -> Plan.builder().from(p).responsibleUnits(java.util.List.of(p.unit("LDTBXH").orElseThrow(), health,
        p.unit("VILLAGES").orElseThrow())).build())
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0526"))
        .hasMessageContaining("duties of HEALTH");
  }

  @Test
  void aPlanWithoutItemsKeepsItsTextLists() {
    Plan p = Plan.builder().number("1/KH-UBND").issuerName("UBND").issueDate(LocalDate.of(2020, 1, 2)).year(2020)
        .generalObjective("x").addTasks("a", "b").addSolutions("c").build();
    assertThat(p.getTasks()).containsExactly("a", "b");
    assertThat(p.getItems()).isEmpty();
    assertThat(p.isDraft()).isFalse();
  }

  @Test
  void lookups() {
    Plan p = Plans.small().build();
    assertThat(p.item("GP1").map(PlanItem::getKind)).contains(PlanItemKind.SOLUTION);
    assertThat(p.item("XX")).isEmpty();
    assertThat(p.itemsOf(PlanItemKind.TASK)).extracting(PlanItem::getId).containsExactly("NV1", "NV2", "NV3");
    assertThat(p.dutiesOf("LDTBXH")).extracting(PlanItem::getId).containsExactly("TC1.1");
    assertThat(p.itemsInvolving("VILLAGES")).extracting(PlanItem::getId).containsExactly("NV2", "TC3.1");
    assertThat(p.eventType("MID_AUTUMN_FESTIVAL")).contains(EventType.MID_AUTUMN_FESTIVAL);
    assertThat(p.fundingSource("NS_HUYEN").map(FundingSource::getKind)).contains(FundingSourceKind.DISTRICT_BUDGET);
    assertThat(p.period()).isEqualTo(DateSpan.ofYear(2020));
    assertThat(p.item("NV2").orElseThrow().unitIds()).containsExactly("LDTBXH", "VILLAGES");
    assertThat(p.item("TC1.1").orElseThrow().getUnitsBasis()).isEqualTo(AssignmentBasis.STATED);
    assertThat(p.item("NV1").orElseThrow().getUnitsBasis()).isEqualTo(AssignmentBasis.READING);
  }

  @Test
  void itemInvariants() {
    assertThatThrownBy(() -> Plans.item(" ", PlanItemKind.TASK, "x").build()).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0531"));
    assertThatThrownBy(() -> Plans.item("A", PlanItemKind.TASK, " ").build()).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0532"));
    assertThatThrownBy(() -> Plans.item("A", PlanItemKind.TASK, "x").leadUnitId("U").addCooperatingUnitIds("U").build())
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0533"));
    assertThatThrownBy(() -> Plans.item("A", PlanItemKind.TASK, "x").addServesItemIds("A").build())
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0534"));
  }

  @ParameterizedTest
  @CsvSource({
      // year, Tết Trung thu (15/8 lunar), checked against published calendars
      "2019, 2019-09-13",
      "2020, 2020-10-01",
      "2021, 2021-09-21",
      "2023, 2023-09-29", // a year with a leap 2nd month
      "2025, 2025-10-06",
  })
  void midAutumnIsTheFullMoonOfTheEighthLunarMonth(int year, LocalDate expected) {
    assertThat(EventType.MID_AUTUMN_FESTIVAL.resolve(year)).isEqualTo(DateSpan.ofDay(expected));
    assertThat(EventType.MID_AUTUMN_FESTIVAL.activityWindow(year)).isEqualTo(DateSpan.of(expected.minusDays(14), expected));
  }

  @Test
  void actionMonthIsJune() {
    DateSpan june = EventType.ACTION_MONTH_FOR_CHILDREN.resolve(2021);
    assertThat(june).isEqualTo(DateSpan.of(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30)));
    assertThat(june.lengthInDays()).isEqualTo(30);
    assertThat(EventType.ACTION_MONTH_FOR_CHILDREN.activityWindow(2021)).isEqualTo(june);
    assertThat(EventType.ACTION_MONTH_FOR_CHILDREN.getRule()).hasToString("1/6-30/6");
    assertThat(EventType.MID_AUTUMN_FESTIVAL.getRule()).hasToString("15/8 âm lịch");
  }

  @Test
  void dateRules() {
    // a solar span across the new year runs into the next year
    assertThat(DateRule.solar(MonthDay.of(12, 20), MonthDay.of(1, 10)).resolve(2020))
        .isEqualTo(DateSpan.of(LocalDate.of(2020, 12, 20), LocalDate.of(2021, 1, 10)));
    // 29 February in a common year is the 28th
    assertThat(DateRule.solar(MonthDay.of(2, 29), MonthDay.of(2, 29)).resolve(2021))
        .isEqualTo(DateSpan.ofDay(LocalDate.of(2021, 2, 28)));
    // a lunar span from 29/12 to 3/1 runs into the next lunar year
    DateSpan tet = DateRule.lunar(12, 29, 1, 3).resolve(2020);
    assertThat(tet.getEnd()).isEqualTo(LocalDate.of(2021, 2, 14));
    // the 30th day of a 29-day lunar month does not exist
    int shortMonth = LunarDays.firstShortMonth(2020);
    assertThatThrownBy(() -> DateRule.lunar(shortMonth, 30).resolve(2020)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> DateRule.lunar(8, 15).resolve(1800)).isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "13, 1", "2, 30", "4, 31", "6, 0"})
  void solarRuleInvariants(int month, int day) {
    assertThatThrownBy(() -> DateRule.builder().calendar(DateRule.CalendarSystem.SOLAR).startMonth(month).startDay(day)
        .endMonth(6).endDay(30).build()).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0541"));
  }

  @Test
  void lunarRuleInvariants() {
    assertThatThrownBy(() -> DateRule.lunar(8, 31)).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0541"));
    assertThatThrownBy(() -> DateRule.lunar(13, 1)).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0541"));
    assertThat(DateRule.lunar(2, 30).getStartDay()).isEqualTo(30); // exists in some years
  }

  @Test
  void eventTypeInvariants() {
    EventType.Builder b = EventType.builder().id("X").nameVi("X").nameEn("X").rule(DateRule.lunar(1, 1));
    assertThatThrownBy(() -> EventType.builder().from(EventType.MID_AUTUMN_FESTIVAL).leadDays(-1).build())
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0544"));
    assertThatThrownBy(() -> EventType.builder().from(b.build()).id(" ").build())
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0542"));
    assertThat(b.build().resolve(2024)).isEqualTo(DateSpan.ofDay(LocalDate.of(2024, 2, 10)));
  }

  @Test
  void dateSpans() {
    DateSpan s = DateSpan.of(LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 2));
    assertThat(s.lengthInDays()).isEqualTo(3);
    assertThat(s.contains(LocalDate.of(2020, 3, 2))).isTrue();
    assertThat(s.contains(LocalDate.of(2020, 3, 3))).isFalse();
    assertThat(s.contains(LocalDate.of(2020, 2, 28))).isFalse();
    assertThat(s.overlaps(DateSpan.ofDay(LocalDate.of(2020, 3, 2)))).isTrue();
    assertThat(s.overlaps(DateSpan.ofDay(LocalDate.of(2020, 3, 3)))).isFalse();
    assertThat(DateSpan.ofYear(2020).encloses(s)).isTrue();
    assertThat(s.plusYears(1)).isEqualTo(DateSpan.of(LocalDate.of(2021, 2, 28), LocalDate.of(2021, 3, 2)));
    assertThat(s).hasToString("2020-02-29..2020-03-02");
    assertThatThrownBy(() -> DateSpan.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0540"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020       | YEAR        | 2020-01-01 | 2020-12-31 | năm 2020                                 | 2020",
      "2020-H1    | FIRST_HALF  | 2020-01-01 | 2020-06-30 | 6 tháng đầu năm 2020                     | first half of 2020",
      "2020-H2    | SECOND_HALF | 2020-07-01 | 2020-12-31 | 6 tháng cuối năm 2020                    | second half of 2020",
      "2020-Q3    | QUARTER     | 2020-07-01 | 2020-09-30 | quý III năm 2020                         | Q3 2020",
      "2024-Q1    | QUARTER     | 2024-01-01 | 2024-03-31 | quý I năm 2024                           | Q1 2024",
      "2020-03-09..2020-09-30 | AD_HOC | 2020-03-09 | 2020-09-30 | từ ngày 09/3/2020 đến ngày 30/9/2020 | 2020-03-09 to 2020-09-30",
  })
  void reportingPeriods(String text, ReportingPeriod.Kind kind, LocalDate start, LocalDate end, String vi, String en) {
    ReportingPeriod p = ReportingPeriod.parse(text);
    assertThat(p.getKind()).isEqualTo(kind);
    assertThat(p.getSpan()).isEqualTo(DateSpan.of(start, end));
    assertThat(p.labelVi()).isEqualTo(vi);
    assertThat(p.labelEn()).isEqualTo(en);
    assertThat(p).hasToString(text);
    assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "20", "2020-H3", "2020-Q5", "2020-06", "2020-02-30..2020-03-01", "2020-03-01..2020-02-01", "H1-2020"})
  void badPeriodsAreRefused(String text) {
    assertThatThrownBy(() -> ReportingPeriod.parse(text)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void periodFactoriesCheckTheirArguments() {
    assertThat(ReportingPeriod.ofHalf(2021, 2)).isEqualTo(ReportingPeriod.parse("2021-H2"));
    assertThatThrownBy(() -> ReportingPeriod.ofHalf(2021, 3)).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0550"));
    assertThatThrownBy(() -> ReportingPeriod.ofQuarter(2021, 0)).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0550"));
    assertThat(ReportingPeriod.ofSpan(DateSpan.ofYear(2020)).getKind()).isEqualTo(ReportingPeriod.Kind.AD_HOC);
  }

  @Test
  void partsInvariants() {
    assertThatThrownBy(() -> Recipient.of(" ")).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0555"));
    assertThatThrownBy(() -> SignatureBlock.of("TM. ỦY BAN NHÂN DÂN", "")).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0556"));
    assertThatThrownBy(() -> ReportingDuty.builder().itemId("TC1.1").reporterUnitId("U").addRecipients("X").build())
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0554"));
    assertThatThrownBy(() -> FundingSource.builder().id("S").kind(FundingSourceKind.OTHER).nameVi(" ").build())
        .satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0546"));
    assertThatThrownBy(() -> ActivityCost.of(" ", 1)).satisfies(e -> assertThat(code(e)).isEqualTo("TREEM-CORE-0560"));
    SignatureBlock named = SignatureBlock.builder().from(SignatureBlock.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"))
        .signerName("Nguyễn Văn A").build();
    assertThat(named.toString()).doesNotContain("Nguyễn").contains("CHỦ TỊCH");
  }

  @Test
  void headcounts() {
    assertThat(Headcount.bySex(58, 62)).isEqualTo(Headcount.of(120, 58, 62));
    assertThat(Headcount.of(120).isBySex()).isFalse();
    assertThat(Headcount.bySex(1, 2).isBySex()).isTrue();
  }

  @Test
  void activityHidesItsEvidenceAndTitle() {
    Activity a = Plans.full();
    assertThat(a.toString()).doesNotContain("Bí Mật").doesNotContain("Trung thu").contains("A1").contains("NV2");
    assertThat(a.getEvidenceNote().orElseThrow().reveal()).isEqualTo(Plans.SECRET);
    assertThat(a.totalCostDong()).isEqualTo(5_000_000L);
    assertThat(a.reached(Audience.CHILDREN)).contains(Headcount.of(120, 60, 58));
    assertThat(a.reached(Audience.COLLABORATORS)).isEmpty();
    assertThat(a.lastDay()).isEqualTo(a.getDate());
    Activity overflow = Activity.builder().from(a).addCosts(ActivityCost.of("X", Long.MAX_VALUE)).build();
    assertThatThrownBy(overflow::totalCostDong).isInstanceOf(ArithmeticException.class);
  }
}

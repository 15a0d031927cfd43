package io.github.treem.planreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.plan.Activity;
import io.github.treem.core.plan.ActivityCost;
import io.github.treem.core.plan.ActivityKind;
import io.github.treem.core.plan.FundingAllocation;
import io.github.treem.core.plan.FundingSource;
import io.github.treem.core.plan.ItemStatus;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ProgressBasis;
import io.github.treem.core.plan.Recipient;
import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.TargetStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReportModelTest {
  static final Plan PLAN = QuangVinh2020.plan();

  static ImplementationReport report(String period, ReportInputs in) {
    return ImplementationReport.of(PLAN, ReportingPeriod.parse(period), DemoLog.activities(), DemoLog.assessments(), in);
  }

  static ImplementationReport year() {
    return report("2020", ReportInputs.builder().targets(DemoLog.targets()).build());
  }

  @Test
  void header() {
    ReportHeader h = report("2020-H1", ReportInputs.none()).getHeader();
    assertThat(h.issuerLines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ QUẢNG VINH");
    assertThat(h.numberLine()).isEqualTo("Số:       /BC-UBND");
    assertThat(h.placeAndDate()).isEqualTo("Quảng Vinh, ngày      tháng      năm 2020");
    assertThat(h.documentType()).isEqualTo("BÁO CÁO");
    assertThat(h.summary()).isEqualTo("Kết quả thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em 6 tháng đầu năm 2020");
    ReportHeader dated = report("2020", ReportInputs.builder().number("15").date(LocalDate.of(2020, 12, 5)).build()).getHeader();
    assertThat(dated.numberLine()).isEqualTo("Số: 15/BC-UBND");
    assertThat(dated.placeAndDate()).isEqualTo("Quảng Vinh, ngày 05 tháng 12 năm 2020");
    assertThat(dated.summary()).endsWith("giáo dục trẻ em năm 2020");
    assertThat(report("2020", ReportInputs.builder().date(LocalDate.of(2021, 1, 8)).build()).getHeader().placeAndDate())
        .isEqualTo("Quảng Vinh, ngày 08 tháng 01 năm 2021");
  }

  @Test
  void openingClosingRecipientsSignature() {
    ImplementationReport r = report("2020-H1", ReportInputs.none());
    assertThat(r.getOpeningVi()).isEqualTo("Thực hiện Kế hoạch số 90/KH-UBND ngày 09/3/2020 của Ủy ban nhân dân xã Quảng Vinh về "
        + "thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020, Ủy ban nhân dân xã báo cáo kết quả thực hiện "
        + "6 tháng đầu năm 2020 như sau:");
    assertThat(r.getClosingVi()).isEqualTo("Trên đây là báo cáo kết quả thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em "
        + "6 tháng đầu năm 2020 của Ủy ban nhân dân xã Quảng Vinh./.");
    // the recipients of the periodic reporting duty, to report to, then the archive
    assertThat(r.getRecipients()).containsExactly(Recipient.of("UBND huyện", "Để báo cáo"),
        Recipient.of("Phòng LĐ- TBXH huyện", "Để báo cáo"), Recipient.of("Lưu: VT."));
    assertThat(r.getSignature().getAuthorityVi()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
    assertThat(r.getSignature().getSignerName()).isEmpty();
    assertThat(r.isProposalsPlaceholder()).isTrue();
    assertThat(report("2020", ReportInputs.builder().proposalsVi("Đề nghị hỗ trợ kinh phí dạy bơi.").build()).isProposalsPlaceholder())
        .isFalse();
  }

  @Test
  void targetsWithLastYear() {
    ImplementationReport r = year();
    assertThat(r.isTargetsBound()).isTrue();
    assertThat(r.getTargets()).extracting(TargetLine::targetId).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T9", "T8", "T10");
    TargetLine t1 = r.getTargets().get(0);
    assertThat(t1.referenceText()).isEqualTo("≥ 100%");
    assertThat(t1.value()).isEqualTo(Figure.of(new BigDecimal("97.50")));
    assertThat(t1.previousValue()).isEqualTo(Figure.of(new BigDecimal("96.10")));
    assertThat(t1.status()).isEqualTo(TargetStatus.NOT_MET);
    // the bundled plan names no lead unit for its targets: the one treem reads is marked inferred
    assertThat(t1.leadUnitNameVi()).isEqualTo("Cán bộ Lao động - Thương binh & Xã hội "
        + io.github.treem.core.plan.Target.INFERRED_LEAD_VI);
    assertThat(r.getTargets().get(1).referenceText()).isEqualTo("< 9%");
    assertThat(r.getTargets().get(5).referenceText()).isEqualTo("> 38%"); // the assessment's own display
    assertThat(r.getTargets().get(2).status()).isEqualTo(TargetStatus.NO_DATA);
    assertThat(r.getTargets().get(6).value().isSuppressed()).isTrue();
    assertThat(r.getTargetsNotMet()).extracting(TargetLine::targetId).containsExactly("T1");
    ImplementationReport none = report("2020", ReportInputs.none());
    assertThat(none.isTargetsBound()).isFalse();
    assertThat(none.getTargets()).allSatisfy(t -> assertThat(t.status()).isEqualTo(TargetStatus.NO_DATA));
    assertThat(none.getTargets().get(5).referenceText()).isEqualTo("tăng so với năm trước");
  }

  @Test
  void childFriendlyScoreAndCaseFigures() {
    ChildFriendlyResult cfc = ChildFriendlyResult.builder().year(2020).points(new BigDecimal("812.5")).threshold(new BigDecimal("850"))
        .criteriaMet(11).criteriaCount(13).standardMet(false).provisional(true).build();
    List<FigureLine> cases = List.of(FigureLine.of("Số trường hợp được tiếp nhận", Figure.suppressed(), Figure.of(0)));
    ImplementationReport r = report("2020", ReportInputs.builder().childFriendly(y -> y == 2020 ? Optional.of(cfc) : Optional.empty())
        .cases(p -> cases).build());
    assertThat(r.getChildFriendly()).contains(cfc);
    assertThat(r.getCaseFigures()).isEqualTo(cases);
  }

  @Test
  void unitsAndStatusesAtTheEndOfTheHalfYear() {
    ImplementationReport r = report("2020-H1", ReportInputs.none());
    assertThat(r.getAsOf()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(r.getActivityCount()).isEqualTo(8);
    UnitPart ldtbxh = r.getUnits().get(0);
    assertThat(ldtbxh.nameVi()).isEqualTo("Cán bộ Lao động - Thương binh & Xã hội");
    assertThat(ldtbxh.duties()).extracting(ItemLine::itemId).containsExactly("TC1.1", "TC1.2", "TC1.3", "TC1.4", "TC1.5");
    assertThat(ldtbxh.ledItems()).extracting(ItemLine::itemId)
        .containsExactly("NV1", "NV2", "NV3", "NV5", "NV6", "GP1", "GP2", "GP3", "GP6", "GP7", "GP8");
    assertThat(ldtbxh.activities()).extracting(ActivityLine::activityId).containsExactly("A01", "A05", "A07");
    // NV3 names two events; Tết Trung thu has not come by 30 June
    ItemLine nv3 = ldtbxh.ledItems().get(2);
    assertThat(nv3.progress().getStatus()).isEqualTo(ItemStatus.UNDER_WAY);
    assertThat(ldtbxh.duties().get(1).progress().getStatus()).isEqualTo(ItemStatus.NOT_STARTED);
    assertThat(r.getNotDone()).isEmpty(); // the year is not over
    ActivityLine a05 = ldtbxh.activities().get(1);
    assertThat(a05.cooperatingUnitNamesVi()).containsExactly("Các ban ngành, đoàn thể cấp xã",
        "Thôn trưởng các thôn và Cộng tác viên bảo vệ, chăm sóc và giáo dục trẻ em");
    assertThat(a05.costDong()).isEqualTo(7_000_000L);
    assertThat(r.getEvents()).extracting(EventLine::activityCount).containsExactly(1, 0);
  }

  @Test
  void theYearEnds() {
    ImplementationReport r = year();
    assertThat(r.getActivityCount()).isEqualTo(16);
    UnitPart ldtbxh = r.getUnits().get(0);
    ItemLine nv3 = ldtbxh.ledItems().get(2);
    assertThat(nv3.progress().getStatus()).isEqualTo(ItemStatus.DONE);
    assertThat(nv3.progress().getBasis()).isEqualTo(ProgressBasis.EVENTS_HELD);
    assertThat(ldtbxh.duties().get(3).progress().getBasis()).isEqualTo(ProgressBasis.OFFICER);
    assertThat(r.getNotDone()).extracting(NotDoneLine::itemId)
        .containsExactly("NV4", "NV6", "GP2", "GP5", "TC1.2", "TC1.5", "TC2.2", "TC3.2", "TC6.1", "TC6.3", "TC7.2");
    assertThat(r.getNotDone().get(0).reasonVi()).contains("Chưa đạt tiêu chí 8 (suy dinh dưỡng) nên chưa đề nghị công nhận");
    assertThat(r.getNotDone().get(1).reasonVi()).isEmpty();
    assertThat(r.getEvents()).extracting(EventLine::activityCount).containsExactly(1, 2);
  }

  @Test
  void peopleReachedGoThroughDisclosureControl() {
    ImplementationReport r = report("2020-H1", ReportInputs.none());
    assertThat(r.getReach()).extracting(l -> l.kind().orElseThrow()).containsExactly(ActivityKind.COMMUNICATION, ActivityKind.EVENT,
        ActivityKind.SCHOLARSHIP, ActivityKind.HOME_VISIT, ActivityKind.HEALTH_CHECK, ActivityKind.SWIMMING,
        ActivityKind.BIRTH_REGISTRATION);
    ReachLine scholarship = r.getReach().get(2);
    assertThat(scholarship.children().getTotal().isSuppressed()).isTrue(); // 3 children
    assertThat(scholarship.children().getFemale().isSuppressed()).isTrue();
    ReachLine visits = r.getReach().get(3);
    // 7 children is not small, but with the scholarship's 3 hidden it would be given away by the total
    assertThat(visits.children().getTotal().isSuppressed()).isTrue();
    assertThat(r.getReach().get(1).children().getTotal()).isEqualTo(Figure.of(350));
    assertThat(r.getReachTotal().children().getTotal()).isEqualTo(Figure.of(829));
    assertThat(r.getReachTotal().activityCount()).isEqualTo(8);
    assertThat(r.getReachTotal().parents()).isEqualTo(640);
    assertThat(r.getReachNotesVi()).anyMatch(n -> n.startsWith("x: "));
    // a caller may bind its own control; the report prints only what it returns
    ImplementationReport hidden = report("2020-H1", ReportInputs.builder().disclosure(t -> {
      PublishedRow x = PublishedRow.builder().key("x").labelVi("x").total(Figure.suppressed()).female(Figure.suppressed())
          .male(Figure.suppressed()).build();
      List<PublishedRow> rows = new ArrayList<>();
      t.getRows().forEach(row -> rows.add(PublishedRow.builder().from(x).key(row.getKey()).build()));
      return PublishedTable.builder().id(t.getId()).rows(rows).totalRow(x).build();
    }).build());
    assertThat(hidden.getReach()).allSatisfy(l -> assertThat(l.children().getTotal().isSuppressed()).isTrue());
    assertThatThrownBy(() -> report("2020-H1", ReportInputs.builder().disclosure(t -> PublishedTable.builder().id("x")
        .totalRow(PublishedRow.builder().key("t").labelVi("t").total(Figure.noData()).female(Figure.noData()).male(Figure.noData())
            .build()).build()).build())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void fundingPlannedAndSpent() {
    ImplementationReport r = year();
    assertThat(r.getFundingBySource()).extracting(FundingLine::spentDong).containsExactly(14_700_000L, 4_000_000L, 25_000_000L);
    assertThat(r.getFundingBySource()).allSatisfy(f -> assertThat(f.plannedDong()).isEmpty());
    assertThat(r.getFundingByItem()).extracting(f -> f.sourceId() + "/" + f.itemId().orElseThrow() + "=" + f.spentDong())
        .containsExactly("NS_HUYEN/NV1=500000", "NS_HUYEN/TC4.1=1200000", "NS_HUYEN/NV3=13000000", "HUY_DONG/NV3=8000000",
            "HUY_DONG/NV2=9000000", "HUY_DONG/TC1.3=3000000", "NS_TINH/NV5=4000000", "HUY_DONG/GP3=5000000");
    Plan planned = Plan.builder().from(PLAN).fundingSources(List.of(
            FundingSource.builder().from(PLAN.getFundingSources().get(0)).plannedDong(20_000_000L).build(),
            PLAN.getFundingSources().get(1), PLAN.getFundingSources().get(2)))
        .addFundingAllocations(FundingAllocation.builder().sourceId("NS_HUYEN").itemId("NV3").plannedDong(12_000_000L).build(),
            FundingAllocation.builder().sourceId("NS_HUYEN").itemId("GP5").plannedDong(3_000_000L).build())
        .build();
    ImplementationReport p = ImplementationReport.of(planned, ReportingPeriod.parse("2020"), DemoLog.activities(), DemoLog.assessments(),
        ReportInputs.none());
    assertThat(p.getFundingBySource().get(0).plannedDong()).isEqualTo(OptionalLong.of(20_000_000L));
    assertThat(p.getFundingByItem().get(0)).isEqualTo(new FundingLine("NS_HUYEN", "Ngân sách huyện bố trí trong dự toán năm 2020",
        io.github.treem.core.plan.FundingSourceKind.DISTRICT_BUDGET, Optional.of("NV3"), OptionalLong.of(12_000_000L), 13_000_000L));
    assertThat(p.getFundingByItem().get(1).spentDong()).isZero();
    // the period's spending only
    assertThat(report("2020-H1", ReportInputs.none()).getFundingBySource()).extracting(FundingLine::spentDong)
        .containsExactly(6_700_000L, 0L, 14_000_000L);
  }

  @Test
  void badInputStopsTheBuildWithACodedErrorNamingTheFirstIssue() {
    assertThatThrownBy(() -> ImplementationReport.of(PLAN, ReportingPeriod.parse("2021"), DemoLog.activities(), List.of(),
        ReportInputs.none())).isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("TREEM-PLANREPORT-0001"));
    List<Activity> bad = new ArrayList<>(DemoLog.activities());
    bad.add(Activity.builder().from(bad.get(0)).id("A99").unitId("NOBODY").build());
    bad.add(Activity.builder().from(bad.get(0)).id("A98").costs(List.of(ActivityCost.of("NS_HUYEN", -5))).build());
    assertThatThrownBy(() -> ImplementationReport.of(PLAN, ReportingPeriod.parse("2020"), bad, List.of(), ReportInputs.none()))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("TREEM-PLANREPORT-0003"))
        .hasMessageContaining("2 error(s)").hasMessageContaining("ACTIVITY_UNKNOWN_UNIT at activities[16].unitId")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Bí Mật"));
    Plan broken = Plan.builder().from(PLAN).addItems(io.github.treem.core.plan.PlanItem.builder().id("NV1")
        .kind(io.github.treem.core.plan.PlanItemKind.TASK).textVi("x").build()).tasks(List.of()).build();
    assertThatThrownBy(() -> ImplementationReport.of(broken, ReportingPeriod.parse("2020"), List.of(), List.of(), ReportInputs.none()))
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("TREEM-PLANREPORT-0002"));
  }

  @Test
  void adHocPeriodsAndActivitiesAfterThePeriod() {
    ImplementationReport r = report("2020-06-01..2020-06-30", ReportInputs.none());
    assertThat(r.getActivityCount()).isEqualTo(4); // A05-A08
    assertThat(r.getHeader().summary()).endsWith("từ ngày 01/6/2020 đến ngày 30/6/2020");
    assertThat(r.toString()).isEqualTo("ImplementationReport{plan=90/KH-UBND, period=2020-06-01..2020-06-30, activities=4}");
  }
}

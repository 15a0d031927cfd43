package io.github.treem.core.plan;

import io.github.treem.core.protection.SensitiveText;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;

/** A small plan with every part (items, events, funding, reporting, recipients), for the tests. */
final class Plans {
  static final String SECRET = "Danh sách: Nguyễn Thị Bí Mật, thôn Hạ Lang";

  private Plans() {}

  static ResponsibleUnit unit(String id, UnitRole role) {
    return ResponsibleUnit.builder().id(id).nameVi(role.getNameVi()).nameEn(role.getNameEn()).role(role).build();
  }

  static PlanItem.Builder item(String id, PlanItemKind kind, String text) {
    return PlanItem.builder().id(id).kind(kind).textVi(text);
  }

  /** A plan of 2020: 2 tasks, 1 solution, 3 duties, 2 events, 2 sources, 2 targets. */
  static Plan.Builder small() {
    return Plan.builder()
        .number("90/KH-UBND")
        .issuerName("Ủy ban nhân dân xã Quảng Vinh")
        .issueDate(LocalDate.of(2020, 3, 9))
        .year(2020)
        .generalObjective("Đẩy mạnh công tác tuyên truyền")
        .addPreamble("Thực hiện kế hoạch số 36/KH-UBND ...")
        .addResponsibleUnits(unit("LDTBXH", UnitRole.CHILD_PROTECTION_OFFICER), unit("HEALTH", UnitRole.COMMUNE_HEALTH_STATION),
            unit("VILLAGES", UnitRole.VILLAGE_HEADS_AND_COLLABORATORS))
        .addTargets(
            Target.builder().id("T1").indicatorCode("HI_U6").comparator(TargetComparator.AT_LEAST).threshold(new java.math.BigDecimal("100"))
                .year(2020).leadUnitId("LDTBXH").textVi("100% trẻ em dưới 6 tuổi được cấp thẻ BHYT").build(),
            Target.builder().id("T2").indicatorCode("UNDERWEIGHT_U5").comparator(TargetComparator.BELOW).threshold(new java.math.BigDecimal("9"))
                .year(2020).leadUnitId("HEALTH").textVi("SDD nhẹ cân dưới 9%").build())
        .addEventTypes(EventType.ACTION_MONTH_FOR_CHILDREN, EventType.MID_AUTUMN_FESTIVAL)
        .addItems(
            item("NV1", PlanItemKind.TASK, "Tuyên truyền Luật trẻ em.").leadUnitId("LDTBXH").addTargetIds("T1").build(),
            item("NV2", PlanItemKind.TASK, "Tổ chức hoạt động trong Tháng hành động vì trẻ em, Tết Trung thu.")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("VILLAGES")
                .addEventIds("ACTION_MONTH_FOR_CHILDREN", "MID_AUTUMN_FESTIVAL").build(),
            item("NV3", PlanItemKind.TASK, "Xây dựng xã phù hợp với trẻ em theo Quyết định số 06/2019/QĐ-TTg ngày 03/01/2019.")
                .leadUnitId("LDTBXH")
                .addCitationCorrections(CitationCorrection.builder().asWritten("Quyết định số 06/2019/QĐ-TTg ngày 03/01/2019")
                    .corrected(LegalReference.of("Quyết định 06/QĐ-TTg ngày 03/01/2019", "Decision 06/QĐ-TTg")).build())
                .build(),
            item("GP1", PlanItemKind.SOLUTION, "Phòng chống suy dinh dưỡng.").leadUnitId("HEALTH").addTargetIds("T2")
                .addServesItemIds("NV1").build(),
            item("TC1.1", PlanItemKind.DUTY, "Thực hiện chế độ báo cáo đột xuất và định kỳ.").leadUnitId("LDTBXH").build(),
            item("TC2.1", PlanItemKind.DUTY, "Cân đo trẻ em dưới 5 tuổi.").leadUnitId("HEALTH").addServesItemIds("GP1").build(),
            item("TC3.1", PlanItemKind.DUTY, "Nắm tình hình trẻ em ở thôn.").leadUnitId("VILLAGES").build())
        .addFundingSources(
            FundingSource.builder().id("NS_HUYEN").kind(FundingSourceKind.DISTRICT_BUDGET).nameVi("Ngân sách huyện")
                .plannedDong(20_000_000L).build(),
            FundingSource.builder().id("HUY_DONG").kind(FundingSourceKind.MOBILISED).nameVi("Huy động").build())
        .addFundingAllocations(
            FundingAllocation.builder().sourceId("NS_HUYEN").itemId("NV2").plannedDong(12_000_000L).build(),
            FundingAllocation.builder().sourceId("NS_HUYEN").itemId("NV1").plannedDong(5_000_000L).build())
        .addReportingDuties(ReportingDuty.builder().itemId("TC1.1").reporterUnitId("LDTBXH")
            .addKinds(ReportKind.PERIODIC, ReportKind.AD_HOC).addRecipients("UBND huyện").build())
        .addRecipients(Recipient.of("UBND huyện", "Để báo cáo"), Recipient.of("Lưu VT."));
  }

  static Activity.Builder activity(String id, String date, String unit, String... items) {
    return Activity.builder().id(id).date(LocalDate.parse(date)).unitId(unit).addItemIds(items).kind(ActivityKind.EVENT);
  }

  /** An activity with every part, and an evidence note holding personal data. */
  static Activity full() {
    return activity("A1", "2020-09-25", "LDTBXH", "NV2").eventId("MID_AUTUMN_FESTIVAL")
        .titleVi("Vui Tết Trung thu").putReach(Audience.CHILDREN, Headcount.of(120, 60, 58))
        .putReach(Audience.PARENTS, Headcount.of(40)).addCosts(ActivityCost.of("NS_HUYEN", 5_000_000L))
        .evidenceNote(SensitiveText.of(SECRET)).build();
  }
}

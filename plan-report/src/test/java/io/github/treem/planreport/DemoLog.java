package io.github.treem.planreport;

import io.github.treem.core.plan.Activity;
import io.github.treem.core.plan.ActivityCost;
import io.github.treem.core.plan.ActivityKind;
import io.github.treem.core.plan.Audience;
import io.github.treem.core.plan.Headcount;
import io.github.treem.core.plan.ItemAssessment;
import io.github.treem.core.plan.ItemStatus;
import io.github.treem.core.protection.SensitiveText;
import io.github.treem.indicators.TargetStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A synthetic activity log of xã Quảng Vinh for 2020 (invented, not real data), the officer's
 * assessments, and invented target results: the test data of the report.
 */
final class DemoLog {
  /** Personal data that an evidence note may hold and no output may show. */
  static final String SECRET = "Danh sách nhận học bổng: Hồ Thị Bí Mật, Lê Văn Riêng Tư";

  private DemoLog() {}

  static Activity.Builder a(String id, String date, String unit, ActivityKind kind, String title, String... items) {
    return Activity.builder().id(id).date(LocalDate.parse(date)).unitId(unit).kind(kind).titleVi(title).addItemIds(items)
        .evidenceNote(SensitiveText.of("Biên bản số " + id + "; " + SECRET));
  }

  static List<Activity> activities() {
    return List.of(
        a("A01", "2020-03-20", "LDTBXH", ActivityKind.COMMUNICATION, "Tuyên truyền Luật Trẻ em trên hệ thống loa truyền thanh", "NV1")
            .addCosts(ActivityCost.of("NS_HUYEN", 500_000)).build(),
        a("A02", "2020-03-25", "SCHOOLS", ActivityKind.COMMUNICATION, "Tuyên truyền huy động trẻ em ra lớp đúng độ tuổi", "TC3.1")
            .putReach(Audience.PARENTS, Headcount.of(200)).build(),
        a("A03", "2020-04-15", "HEALTH_STATION", ActivityKind.HEALTH_CHECK, "Cân đo trẻ em dưới 5 tuổi đợt 1", "TC4.1", "GP4")
            .putReach(Audience.CHILDREN, Headcount.bySex(201, 211)).putReach(Audience.PARENTS, Headcount.of(380))
            .addCosts(ActivityCost.of("NS_HUYEN", 1_200_000)).build(),
        a("A04", "2020-05-10", "TU_PHAP_HO_TICH", ActivityKind.BIRTH_REGISTRATION, "Rà soát, đăng ký khai sinh cho trẻ em", "TC2.1")
            .putReach(Audience.CHILDREN, Headcount.bySex(5, 7)).build(),
        a("A05", "2020-06-01", "LDTBXH", ActivityKind.EVENT, "Lễ phát động Tháng hành động vì trẻ em năm 2020", "NV3", "GP7", "TC1.1")
            .eventId("ACTION_MONTH_FOR_CHILDREN").addCooperatingUnitIds("MASS_ORGANISATIONS", "VILLAGES")
            .putReach(Audience.CHILDREN, Headcount.bySex(172, 178)).putReach(Audience.PARENTS, Headcount.of(60))
            .putReach(Audience.COLLABORATORS, Headcount.of(11)).putReach(Audience.OFFICIALS, Headcount.of(40))
            .addCosts(ActivityCost.of("NS_HUYEN", 5_000_000), ActivityCost.of("HUY_DONG", 2_000_000)).build(),
        a("A06", "2020-06-12", "SCHOOLS", ActivityKind.SWIMMING, "Lớp dạy bơi hè cho học sinh", "NV2", "GP3")
            .endDate(LocalDate.of(2020, 6, 26)).putReach(Audience.CHILDREN, Headcount.bySex(20, 25))
            .addCosts(ActivityCost.of("HUY_DONG", 9_000_000)).build(),
        a("A07", "2020-06-20", "LDTBXH", ActivityKind.SCHOLARSHIP, "Trao học bổng của dự án CI (Đài Loan)", "TC1.3", "GP3")
            .putReach(Audience.CHILDREN, Headcount.bySex(2, 1)).addCosts(ActivityCost.of("HUY_DONG", 3_000_000)).build(),
        a("A08", "2020-06-25", "VILLAGES", ActivityKind.HOME_VISIT, "Thăm, nắm tình hình trẻ em có hoàn cảnh đặc biệt", "TC6.2")
            .putReach(Audience.CHILDREN, Headcount.bySex(4, 3)).build(),
        a("A09", "2020-07-20", "LDTBXH", ActivityKind.TRAINING, "Tập huấn kỹ năng cho cộng tác viên", "NV5", "GP6")
            .putReach(Audience.COLLABORATORS, Headcount.of(11)).addCosts(ActivityCost.of("NS_TINH", 4_000_000)).build(),
        a("A10", "2020-08-05", "POLICE", ActivityKind.COMMUNICATION, "Tuyên truyền phòng, chống xâm hại trẻ em tại các thôn", "TC7.1")
            .addCooperatingUnitIds("MASS_ORGANISATIONS").putReach(Audience.PARENTS, Headcount.of(120))
            .putReach(Audience.OTHERS, Headcount.of(80)).build(),
        a("A11", "2020-09-28", "LDTBXH", ActivityKind.EVENT, "Vui Tết Trung thu cho trẻ em các thôn", "NV3", "GP7", "TC1.1")
            .eventId("MID_AUTUMN_FESTIVAL").addCooperatingUnitIds("VILLAGES", "MASS_ORGANISATIONS")
            .putReach(Audience.CHILDREN, Headcount.bySex(255, 265))
            .addCosts(ActivityCost.of("NS_HUYEN", 8_000_000), ActivityCost.of("HUY_DONG", 6_000_000)).build(),
        a("A12", "2020-09-30", "LDTBXH", ActivityKind.GIFTS_AND_SUPPORT, "Tặng quà Trung thu cho trẻ em có hoàn cảnh khó khăn", "GP3")
            .eventId("MID_AUTUMN_FESTIVAL").putReach(Audience.CHILDREN, Headcount.bySex(13, 12))
            .addCosts(ActivityCost.of("HUY_DONG", 5_000_000)).build(),
        a("A13", "2020-10-15", "HEALTH_STATION", ActivityKind.HEALTH_CHECK, "Cân đo trẻ em dưới 5 tuổi đợt 2", "GP4", "TC4.1")
            .putReach(Audience.CHILDREN, Headcount.bySex(199, 206)).build(),
        a("A14", "2020-11-10", "MASS_ORGANISATIONS", ActivityKind.MEETING, "Rà soát các tiêu chí xã phù hợp với trẻ em", "TC5.1", "NV4")
            .putReach(Audience.OFFICIALS, Headcount.of(15)).build(),
        a("A15", "2020-12-05", "LDTBXH", ActivityKind.REPORTING, "Báo cáo năm gửi UBND huyện và Phòng LĐ-TBXH huyện", "TC1.4").build(),
        a("A16", "2020-12-10", "LDTBXH", ActivityKind.DATA_MANAGEMENT, "Cập nhật dữ liệu trẻ em có hoàn cảnh đặc biệt", "GP8")
            .addCooperatingUnitIds("VILLAGES").build());
  }

  static List<ItemAssessment> assessments() {
    return List.of(
        ItemAssessment.builder().itemId("NV4").date(LocalDate.of(2020, 12, 15)).status(ItemStatus.NOT_DONE)
            .reasonVi("Chưa đạt tiêu chí 8 (suy dinh dưỡng) nên chưa đề nghị công nhận").build(),
        ItemAssessment.builder().itemId("TC1.4").date(LocalDate.of(2020, 12, 31)).status(ItemStatus.DONE).build(),
        ItemAssessment.builder().itemId("GP1").date(LocalDate.of(2020, 12, 20)).status(ItemStatus.DONE)
            .noteVi("Đảng ủy xã có nghị quyết chuyên đề").build());
  }

  /** Invented target results (as a published report would give them). */
  static TargetResults targets() {
    Map<String, TargetResult> byId = Map.of(
        "T1", TargetResult.builder().targetId("T1").value(Figure.of(new BigDecimal("97.50"))).previousValue(Figure.of(new BigDecimal("96.10")))
            .status(TargetStatus.NOT_MET).gap(new BigDecimal("-2.50")).build(),
        "T2", TargetResult.builder().targetId("T2").value(Figure.of(new BigDecimal("8.20"))).previousValue(Figure.of(new BigDecimal("9.40")))
            .status(TargetStatus.MET).build(),
        "T6", TargetResult.builder().targetId("T6").value(Figure.of(new BigDecimal("41.00"))).previousValue(Figure.of(new BigDecimal("38.00")))
            .status(TargetStatus.MET).referenceText("> 38%").build(),
        "T7", TargetResult.builder().targetId("T7").value(Figure.suppressed()).status(TargetStatus.NO_DATA).build());
    return (target, period) -> Optional.ofNullable(byId.get(target.getId()));
  }
}

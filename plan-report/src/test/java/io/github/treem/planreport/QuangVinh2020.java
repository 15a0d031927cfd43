package io.github.treem.planreport;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.plan.AssignmentBasis;
import io.github.treem.core.plan.CitationCorrection;
import io.github.treem.core.plan.DesiredDirection;
import io.github.treem.core.plan.EventType;
import io.github.treem.core.plan.FundingSource;
import io.github.treem.core.plan.FundingSourceKind;
import io.github.treem.core.plan.MonitoringLine;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanItem;
import io.github.treem.core.plan.PlanItemKind;
import io.github.treem.core.plan.Recipient;
import io.github.treem.core.plan.ReportKind;
import io.github.treem.core.plan.ReportingDuty;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.plan.UnitRole;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;

/**
 * Plan 90/KH-UBND of xã Quảng Vinh for 2020 in full, as data: every text verbatim from the seed
 * plan (line breaks of the page layout joined, runs of spaces made one). Units of tasks and
 * solutions, and the lead units of targets, are treem's reading (the plan names none: marked
 * {@link AssignmentBasis#READING}); the units of duties are the plan's. The bundled plan JSON of
 * io-formats is this plan ({@link BundledPlanTest}).
 */
final class QuangVinh2020 {
  static final LegalReference QD_06 = LegalReference.builder()
      .document("Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ")
      .titleEn("Decision 06/QĐ-TTg of 3 January 2019 of the Prime Minister on the standard, assessment and recognition of child-friendly communes")
      .inForceFrom(LocalDate.of(2019, 1, 3)).build();
  static final LegalReference CT_20 = LegalReference.of("Chỉ thị 20-CT/TW ngày 05/11/2012 của Bộ Chính trị",
      "Directive 20-CT/TW of 5 November 2012 of the Politburo on strengthening the Party's leadership of child care, education and protection");
  static final LegalReference CIVIL_STATUS = LegalReference.builder().document("Luật Hộ tịch 60/2014/QH13")
      .titleEn("Law on Civil Status 2014").inForceFrom(LocalDate.of(2016, 1, 1)).build();

  private QuangVinh2020() {}

  static ResponsibleUnit unit(String id, String nameVi, String nameEn, UnitRole role) {
    return ResponsibleUnit.builder().id(id).nameVi(nameVi).nameEn(nameEn).role(role).build();
  }

  static PlanItem.Builder task(String id, String text) {
    return PlanItem.builder().id(id).kind(PlanItemKind.TASK).textVi(text).unitsBasis(AssignmentBasis.READING);
  }

  static PlanItem.Builder solution(String id, String text) {
    return PlanItem.builder().id(id).kind(PlanItemKind.SOLUTION).textVi(text).unitsBasis(AssignmentBasis.READING);
  }

  static PlanItem.Builder duty(String id, String unit, String text) {
    return PlanItem.builder().id(id).kind(PlanItemKind.DUTY).textVi(text).leadUnitId(unit).unitsBasis(AssignmentBasis.STATED);
  }

  static Target.Builder target(String id, String indicator, TargetComparator c, String lead, String text) {
    return Target.builder().id(id).indicatorCode(indicator).comparator(c).year(2020).leadUnitId(lead)
        .leadUnitBasis(AssignmentBasis.READING).textVi(text);
  }

  static Plan plan() {
    return Plan.builder()
        .number("90/KH-UBND")
        .title("Thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020")
        .issuerName("Ủy ban nhân dân xã Quảng Vinh")
        .issuerCommuneCode(CommuneCode.parse("19885"))
        .issueDate(LocalDate.of(2020, 3, 9))
        .year(2020)
        .issuerUnit(AdministrativeUnit.builder().code("19885").name("Xã Quảng Vinh").level(AdministrativeLevel.COMMUNE)
            .parent(AdministrativeUnit.builder().code("477").name("Huyện Quảng Điền").level(AdministrativeLevel.DISTRICT)
                .parent(AdministrativeUnit.builder().code("46").name("Tỉnh Thừa Thiên Huế").level(AdministrativeLevel.PROVINCE)
                    .validTo(LocalDate.of(2024, 12, 31)).build())
                .validTo(LocalDate.of(2025, 6, 30)).build())
            .validTo(LocalDate.of(2025, 6, 30)).successorCode("19885").successorDate(LocalDate.of(2025, 7, 1))
            .successorName("Xã Đan Điền").build())
        .addLegalBases(LegalReference.LAW_ON_CHILDREN_2016, CIVIL_STATUS,
            LegalReference.of("Kế hoạch 36/KH-UBND ngày 21/02/2020 của UBND huyện Quảng Điền",
                "Plan 36/KH-UBND of 21 February 2020 of the People's Committee of Quảng Điền district"),
            CT_20, QD_06)
        .addPreamble(
            "Thực hiện kế hoạch số 36/KH-UBND ngày 21 tháng 02 năm 2020 của UBND Huyện Quảng Điền về thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020.",
            "Ủy ban nhân dân xã xây dựng Kế hoạch thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020 trên địa bàn xã, cụ thể như sau:")
        .generalObjective("Đẩy mạnh công tác tuyên truyền, vận động các cấp, các ngành, các tổ chức đoàn thể thực hiện tốt Luật trẻ em, hạn chế tình trạng trẻ em rơi vào hoàn cảnh đặc biệt: trẻ em bị xâm hại, bị bạo lực, trẻ em bị tử vong do tai nạn thương tích…; tạo điều kiện thuận lợi cho trẻ em có cơ hội phát triển một cách toàn diện cả về thể chất, nhân cách và trí tuệ.")
        .funding("Kinh phí thực hiện hoạt động bảo vệ, chăm sóc trẻ em được ngân sách huyện bố trí trong dự toán năm 2020; nguồn hỗ trợ một phần từ ngân sách tỉnh và huy động từ các tổ chức, cá nhân.")
        .addResponsibleUnits(
            unit("LDTBXH", "Cán bộ Lao động - Thương binh & Xã hội", "Labour, invalids and social affairs official", UnitRole.CHILD_PROTECTION_OFFICER),
            unit("TU_PHAP_HO_TICH", "Bộ phận Tư pháp- Hộ tịch", "Justice and civil-status section", UnitRole.CIVIL_REGISTRAR),
            unit("SCHOOLS", "Ban giám hiệu các trường học", "School boards", UnitRole.SCHOOL_BOARDS),
            unit("HEALTH_STATION", "Trạm y tế", "Commune health station", UnitRole.COMMUNE_HEALTH_STATION),
            unit("MASS_ORGANISATIONS", "Các ban ngành, đoàn thể cấp xã", "Commune sectors and mass organisations", UnitRole.MASS_ORGANISATIONS),
            unit("VILLAGES", "Thôn trưởng các thôn và Cộng tác viên bảo vệ, chăm sóc và giáo dục trẻ em", "Village heads and child-protection collaborators", UnitRole.VILLAGE_HEADS_AND_COLLABORATORS),
            unit("POLICE", "Công an xã", "Commune police", UnitRole.COMMUNE_POLICE))
        .addTargets(
            target("T1", "HI_U6", TargetComparator.AT_LEAST, "LDTBXH", "Duy trì và đảm bảo 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế đúng thời gian quy định và được khám, chữa bệnh theo quy định của pháp luật.")
                .threshold(new java.math.BigDecimal("100.0")).addCooperatingUnitIds("TU_PHAP_HO_TICH", "HEALTH_STATION")
                .addLegalBasis(LegalReference.builder().document("Luật Bảo hiểm y tế 25/2008/QH12").titleEn("Law on Health Insurance 2008").article("12").clause("3").build())
                .assessmentNote("The indicator counts children holding a valid card at the reference date; \"on time\" and access to care are not computed.").build(),
            target("T2", "UNDERWEIGHT_U5", TargetComparator.BELOW, "HEALTH_STATION", "Giảm tỷ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng thể nhẹ cân xuống dưới 9%.")
                .threshold(new java.math.BigDecimal("9.0")).build(),
            target("T3", "PRESCHOOL_3_5", TargetComparator.AT_LEAST, "SCHOOLS", "Phấn đấu 97% trẻ em từ 03 đến 05 tuổi được chăm sóc, giáo dục tại các cơ sở giáo dục mầm non.")
                .threshold(new java.math.BigDecimal("97.0")).build(),
            target("T4", "GRADE1_AT_6", TargetComparator.AT_LEAST, "SCHOOLS", "Tỷ lệ trẻ em 06 tuổi vào lớp 1 đạt 100%, trong đó đặc biệt quan tâm đến trẻ em khuyết tật.")
                .threshold(new java.math.BigDecimal("100.0"))
                .addLegalBasis(LegalReference.builder().document("Luật Giáo dục 43/2019/QH14").titleEn("Law on Education 2019").article("28").clause("1").inForceFrom(LocalDate.of(2020, 7, 1)).build())
                .assessmentNote("Report disabled children separately.").build(),
            target("T5", "INJURY_SKILLS", TargetComparator.AT_LEAST, "SCHOOLS", "70% học sinh được hướng dẫn và biết kỹ năng phòng, chống tai nạn thương tích, đặc biệt là tai nạn đuối nước.")
                .threshold(new java.math.BigDecimal("70.0")).addCooperatingUnitIds("HEALTH_STATION")
                .assessmentNote("The indicator counts pupils taught the skills, not pupils who know them.").build(),
            target("T6", "CAN_SWIM", TargetComparator.INCREASE, "SCHOOLS", "Tăng dần tỷ lệ học sinh tiểu học, trung học cơ sở được học bơi, biết bơi, có kỹ năng tự cứu đuối.")
                .assessmentNote("The baseline is the previous year's computed value.").build(),
            target("T7", "WELFARE_COVERAGE", TargetComparator.AT_LEAST, "LDTBXH", "100% trẻ em có hoàn cảnh khó khăn (khuyết tật, mồ côi, bị bỏ rơi) đủ điều kiện được thực hiện các chính sách về phúc lợi xã hội do Nhà nước quy định.")
                .threshold(new java.math.BigDecimal("100.0")).build(),
            target("T9", "CHILD_FRIENDLY_COMMUNE", TargetComparator.AT_LEAST, "MASS_ORGANISATIONS", "Phấn đấu xã đạt tiêu chuẩn xã phù hợp với trẻ em năm 2020.")
                .threshold(new java.math.BigDecimal("100.0")).addCooperatingUnitIds("LDTBXH").addLegalBasis(QD_06)
                .assessmentNote("Recognition as a child-friendly commune (Decision 06/QĐ-TTg: all 13 criteria met and at least 850 points) is assessed after the year by the district People's Committee; no indicator computes it from the register, so it is NO_DATA until the recognition is recorded (100 = recognised).").build(),
            target("T8", "BIRTH_REG_ON_TIME", TargetComparator.AT_LEAST, "TU_PHAP_HO_TICH", "100% trẻ em sinh ra được làm giấy khai sinh đúng hạn.")
                .threshold(new java.math.BigDecimal("100.0")).addLegalBasis(CIVIL_STATUS.withArticle("15", "1")).build(),
            target("T10", "LEGAL_AID", TargetComparator.AT_LEAST, "TU_PHAP_HO_TICH", "Thực hiện các hoạt động trợ giúp pháp lý cho trẻ em tại cơ sở, đảm bảo 100% trẻ em vi phạm pháp luật về hình sự được trợ giúp pháp lý, tư vấn tại các cơ quan tiến hành tố tụng.")
                .leadUnitBasis(AssignmentBasis.STATED).threshold(new java.math.BigDecimal("100.0"))
                .addLegalBasis(LegalReference.builder().document("Luật Trợ giúp pháp lý 11/2017/QH14").titleEn("Law on Legal Aid 2017").article("7").clause("3").inForceFrom(LocalDate.of(2018, 1, 1)).build())
                .assessmentNote("Children under 16 recorded in conflict with criminal law in the year (register column criminal_law_conflict) who received legal aid (legal_aid); a sensitive population: a total of 1 to 4 children is hidden and the target is then NO_DATA.").build())
        .addEventTypes(EventType.ACTION_MONTH_FOR_CHILDREN, EventType.MID_AUTUMN_FESTIVAL)
        .addItems(
            task("NV1", "Tập trung tuyên truyền, phổ biến, giáo dục Luật và các quyền của trẻ em, hướng dẫn địa phương thực hiện các nội dung mới của Luật trẻ em.")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("TU_PHAP_HO_TICH", "MASS_ORGANISATIONS", "VILLAGES")
                .addLegalReferences(LegalReference.LAW_ON_CHILDREN_2016).build(),
            task("NV2", "Thực hiện quyền của trẻ em, tạo môi trường an toàn, lành mạnh và thân thiện để trẻ em được phát triển toàn diện; chủ động tuyên truyền phòng ngừa, giảm thiểu các nguy cơ gây tổn hại cho trẻ em nhằm tạo môi trường sống an toàn, lành mạnh, thân thiện, tích cực đối với sự phát triển toàn diện của trẻ.")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("POLICE", "SCHOOLS", "HEALTH_STATION").addTargetIds("T5", "T6").build(),
            task("NV3", "Duy trì, tổ chức các hoạt động có ý nghĩa thiết thực cho trẻ em trong Tháng hành động vì trẻ em, Tết Trung thu.")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("MASS_ORGANISATIONS", "VILLAGES", "SCHOOLS")
                .addEventIds("ACTION_MONTH_FOR_CHILDREN", "MID_AUTUMN_FESTIVAL").build(),
            task("NV4", "Phấn đấu xây dựng xã đạt tiêu chuẩn xã phù hợp với trẻ em theo Quyết định số 06/2019/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ.")
                .leadUnitId("MASS_ORGANISATIONS").addCooperatingUnitIds("LDTBXH").addTargetIds("T9").addLegalReferences(QD_06)
                .addCitationCorrections(CitationCorrection.builder()
                    .asWritten("Quyết định số 06/2019/QĐ-TTg ngày 03/01/2019")
                    .corrected(QD_06)
                    .noteVi("Số hiệu đúng là 06/QĐ-TTg (quyết định cá biệt của Thủ tướng Chính phủ ngày 03/01/2019), không phải 06/2019/QĐ-TTg.")
                    .noteEn("The decision is an individual decision numbered 06/QĐ-TTg (3 January 2019), not 06/2019/QĐ-TTg.")
                    .build())
                .build(),
            task("NV5", "Nâng cao năng lực cho đội ngũ cán bộ, cộng tác viên, tình nguyện viên làm công tác bảo vệ, chăm sóc trẻ em; ưu tiên đội ngũ cán bộ cấp cơ sở và mạng lưới cộng tác viên ở các thôn.")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("VILLAGES").build(),
            task("NV6", "Tăng cường công tác kiểm tra, giám sát, kịp thời hỗ trợ cơ sở giải quyết vướng mắc nhằm đạt kết quả tốt trong công tác bảo vệ, chăm sóc và giáo dục trẻ em. Phối hợp với các đơn vị liên quan theo dõi, giám sát việc cấp phát thẻ bảo hiểm y tế và việc khám, chữa bệnh miễn phí cho trẻ em dưới 6 tuổi, việc thực thi chế độ, chính sách đối với nhóm trẻ em được hỗ trợ theo quy định của Nhà nước.")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("HEALTH_STATION", "TU_PHAP_HO_TICH").addTargetIds("T1", "T7").build(),
            solution("GP1", "Tăng cường sự lãnh đạo của các cấp ủy Đảng, sự chỉ đạo, điều hành của chính quyền trong việc bảo vệ, chăm sóc và giáo dục trẻ em theo nội dung Chỉ thị số 20-CT/TW ngày 05/11/2012 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác chăm sóc, giáo dục và bảo vệ trẻ em trong tình hình mới.")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("MASS_ORGANISATIONS").addLegalReferences(CT_20).build(),
            solution("GP2", "Tăng cường phối hợp liên ngành, huy động, khuyến khích sự tham gia của các tổ chức chính trị - xã hội, tổ chức kinh tế, tổ chức xã hội, gia đình, cộng đồng, người dân trong bảo vệ, chăm sóc và giáo dục trẻ em; cung cấp dịch vụ bảo vệ, chăm sóc, giáo dục, vui chơi, giải trí, thể thao, thông tin... cho trẻ em. Gia đình, cộng đồng, nhà trường có trách nhiệm tham gia thực hiện các quyền của trẻ em; tạo cơ hội, điều kiện thuận lợi cho trẻ em chủ động tham gia các hoạt động bảo vệ, chăm sóc và giáo dục trẻ em và các hoạt động xã hội khác phù hợp với lứa tuổi.")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("MASS_ORGANISATIONS", "SCHOOLS", "VILLAGES").addServesItemIds("NV2").build(),
            solution("GP3", "Tiếp tục triển khai các chương trình giúp đỡ trẻ em có hoàn cảnh đặc biệt khó khăn: học bổng, khám sàng lọc, phẫu thuật và chữa bệnh miễn phí, các chương trình trợ cấp thường xuyên; chương trình chăm sóc trẻ tại cộng đồng; phòng chống tai nạn thương tích, tổ chức dạy bơi cho trẻ em,...")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("HEALTH_STATION", "SCHOOLS").addTargetIds("T7", "T6").addServesItemIds("NV2").build(),
            solution("GP4", "Đẩy mạnh thực hiện chương trình phòng chống suy dinh dưỡng trẻ em đảm bảo tình trạng suy dinh dưỡng trẻ em được cải thiện, nhất là suy dinh dưỡng chiều cao theo tuổi, khống chế không để tình trạng thừa cân, béo phì gia tăng nhanh ở trẻ em. Chăm sóc sức khỏe ban đầu cho bà mẹ và trẻ em, khám chữa bệnh miễn phí cho trẻ em dưới 6 tuổi.")
                .leadUnitId("HEALTH_STATION").addTargetIds("T2", "T1").addServesItemIds("NV6").build(),
            solution("GP5", "Tiếp tục thực hiện phổ cập giáo dục mầm non cho trẻ 05 tuổi, phổ cập giáo dục bậc tiểu học, bậc THCS và xóa mù chữ; nâng cao tỷ lệ học sinh khá - giỏi, tỷ lệ học sinh lên lớp, tốt nghiệp bậc THCS; không có học sinh yếu, kém về hạnh kiểm.")
                .leadUnitId("SCHOOLS").addTargetIds("T3", "T4").build(),
            solution("GP6", "Tổ chức các lớp tập huấn nâng cao năng lực, bồi dưỡng kiến thức, kỹ năng làm việc với trẻ em; kỹ năng xây dựng, tham mưu kế hoạch thực hiện và các hoạt động khác về bảo vệ, chăm sóc trẻ em cho đội ngũ cộng tác viên làm công tác bảo vệ, chăm sóc trẻ em tại cơ sở.")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("VILLAGES").addServesItemIds("NV5").build(),
            solution("GP7", "Phối hợp với cấp trên hưởng ứng “Tháng hành động vì trẻ em năm 2020” và tết trung thu năm 2020.")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("MASS_ORGANISATIONS", "VILLAGES")
                .addEventIds("ACTION_MONTH_FOR_CHILDREN", "MID_AUTUMN_FESTIVAL").addServesItemIds("NV3").build(),
            solution("GP8", "Quản lý dữ liệu 11 nhóm trẻ em có hoàn cảnh đặc biệt khó khăn để phối hợp thực hiện chương trình, đề án, bảo vệ, chăm sóc trẻ em.")
                .leadUnitId("LDTBXH").addCooperatingUnitIds("VILLAGES").addTargetIds("T7").build(),
            duty("TC1.1", "LDTBXH", "Tham mưu UBND xã xây dựng kế hoạch thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020; Kế hoạch tổ chức tháng hành động vì trẻ em, Tết Trung thu năm 2020.")
                .addEventIds("ACTION_MONTH_FOR_CHILDREN", "MID_AUTUMN_FESTIVAL").addServesItemIds("NV3").build(),
            duty("TC1.2", "LDTBXH", "Phối hợp với các ban ngành huy động đóng góp của các đơn vị, tổ chức cá nhân trong và ngoài nước để có nguồn lực hỗ trợ, bảo vệ, chăm sóc trẻ em tại địa phương.")
                .addCooperatingUnitIds("MASS_ORGANISATIONS").build(),
            duty("TC1.3", "LDTBXH", "Phối hợp với dự án CI (Đài Loan) tại Huế và phòng Lao động Thương binh và Xã hội huyện tổ chức trao học bổng cho trẻ em có hoàn cảnh khó khăn trên địa bàn xã.")
                .addServesItemIds("GP3").addTargetIds("T7").build(),
            duty("TC1.4", "LDTBXH", "Thực hiện nghiêm túc chế độ báo cáo đột xuất và định kỳ công tác bảo vệ, chăm sóc và giáo dục trẻ em trên địa bàn xã.").build(),
            duty("TC1.5", "LDTBXH", "Đưa tin, viết bài về công tác bảo vệ và chăm sóc giáo dục trẻ em trên địa bàn xã.").addServesItemIds("NV1").build(),
            duty("TC2.1", "TU_PHAP_HO_TICH", "Tham mưu Ủy ban nhân dân xã thực hiện tốt Luật hộ tịch năm 2014 của Quốc Hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 8 thông qua ngày 20 tháng 11 năm 2014 quy định về công tác đăng ký và quản lý hộ tịch để kịp thời đăng ký giấy khai sinh cho trẻ em.")
                .addTargetIds("T8").addLegalReferences(CIVIL_STATUS).build(),
            duty("TC2.2", "TU_PHAP_HO_TICH", "Thực hiện các hoạt động trợ giúp pháp lý cho trẻ em tại cơ sở, đảm bảo 100% trẻ em vi phạm pháp luật về hình sự được trợ giúp pháp lý, tư vấn tại các cơ quan tiến hành tố tụng. Đẩy mạnh tuyên truyền, phổ biến, giáo dục pháp luật liên quan đến công tác bảo vệ, chăm sóc trẻ em được nêu tại Công ước Quốc tế về trẻ em, Luật Trẻ em, các quy định của Bộ luật hình sự về người chưa thành niên phạm tội…")
                .addTargetIds("T10").addServesItemIds("NV1").build(),
            duty("TC3.1", "SCHOOLS", "Huy động trẻ em đến nhà trẻ, mẫu giáo và vào lớp một đúng độ tuổi quy định, phổ cập giáo dục mầm non cho trẻ năm tuổi và phổ cập giáo dục tiểu học, phổ cập giáo dục trung học cơ sở.")
                .addTargetIds("T3", "T4").addServesItemIds("GP5").build(),
            duty("TC3.2", "SCHOOLS", "Thực hiện chế độ miễn, giảm học phí cho trẻ em thuộc diện hộ nghèo, hộ cận nghèo, trẻ em có hoàn cảnh khó khăn theo quy định hiện hành của Nhà nước.")
                .addTargetIds("T7").build(),
            duty("TC4.1", "HEALTH_STATION", "Tổ chức tốt chương trình tiêm chủng mở rộng cho trẻ em, chương trình phòng chống suy dinh dưỡng cho trẻ em dưới 5 tuổi và các chương trình khác về chăm sóc sức khỏe cho trẻ em, phòng chống tai nạn thương tích; thực hiện các chương trình, đề án liên quan đến trẻ em do ngành quản lý; tổ chức thực hiện có hiệu quả chính sách khám, chữa bệnh cho trẻ em dưới 06 tuổi, trẻ em có hoàn cảnh đặc biệt khó khăn, trẻ em thuộc hộ nghèo; phục hồi chức năng cho trẻ em khuyết tật.")
                .addTargetIds("T1", "T2", "T5").addServesItemIds("GP4").build(),
            duty("TC5.1", "MASS_ORGANISATIONS", "Lồng ghép, xây dựng xã, phường phù hợp với trẻ em vào mô hình “phong trào toàn dân đoàn kết xây dựng đời sống ở khu dân cư” và các hoạt động khác.")
                .addTargetIds("T9").addServesItemIds("NV4").build(),
            duty("TC6.1", "VILLAGES", "Tuyên truyền vận động các bậc phụ huynh chăm sóc và giáo dục trẻ em tránh để trẻ em rơi vào hoàn cảnh đặc biệt khó khăn.")
                .addServesItemIds("NV2").build(),
            duty("TC6.2", "VILLAGES", "Nắm tình hình trẻ em ở địa bàn quản lý báo cáo Ban chỉ đạo xã những việc xảy ra trên địa bàn và đề ra giải pháp và hướng khắc phục nhằm giúp trẻ em phòng tránh và thoát khỏi hoàn cảnh đặc biệt khó khăn.")
                .addServesItemIds("GP8").build(),
            duty("TC6.3", "VILLAGES", "Các trường hợp đặc biệt cần báo cáo đề xuất với cấp trên để có hướng hỗ trợ kịp thời.").build(),
            duty("TC7.1", "POLICE", "Chủ trì, phối hợp với các ban, ngành, đoàn thể tuyên truyền và thực hiện các biện pháp phòng ngừa, đấu tranh với các hành vi xâm hại trẻ em; can thiệp khẩn cấp nhằm ngăn chặn và xử lý kịp thời các trường hợp xâm hại và bạo lực đối với trẻ em. Phối hợp quản lý, giáo dục trẻ em hư, bỏ học, có nguy cơ vi phạm pháp luật để chủ động phòng ngừa, không để các em thực hiện hành vi phạm tội.")
                .addCooperatingUnitIds("MASS_ORGANISATIONS").addServesItemIds("NV2").build(),
            duty("TC7.2", "POLICE", "Tăng cường các biện pháp quản lý nhà nước về an ninh trật tự, nhằm tạo môi trường phát triển an toàn, lành mạnh cho trẻ em, kịp thời phát hiện trẻ em lao động trái quy định, phối hợp các cơ quan chức năng xử lý nghiêm theo quy định của pháp luật.")
                .addServesItemIds("NV2").build())
        .addFundingSources(
            FundingSource.builder().id("NS_HUYEN").kind(FundingSourceKind.DISTRICT_BUDGET)
                .nameVi("Ngân sách huyện bố trí trong dự toán năm 2020").build(),
            FundingSource.builder().id("NS_TINH").kind(FundingSourceKind.PROVINCE_BUDGET)
                .nameVi("Ngân sách tỉnh").noteVi("nguồn hỗ trợ một phần").build(),
            FundingSource.builder().id("HUY_DONG").kind(FundingSourceKind.MOBILISED)
                .nameVi("Huy động từ các tổ chức, cá nhân").build())
        .addReportingDuties(
            ReportingDuty.builder().itemId("TC1.4").reporterUnitId("LDTBXH").addKinds(ReportKind.PERIODIC, ReportKind.AD_HOC)
                .addRecipients("UBND huyện", "Phòng LĐ- TBXH huyện")
                .note("Recipients: the lines of \"Nơi nhận\" marked \"Để báo cáo\"; the plan does not say how often a periodic report is due.")
                .build(),
            ReportingDuty.builder().itemId("TC6.2").reporterUnitId("VILLAGES").addKinds(ReportKind.AD_HOC)
                .addRecipients("Ban chỉ đạo xã").build(),
            ReportingDuty.builder().itemId("TC6.3").reporterUnitId("VILLAGES").addKinds(ReportKind.AD_HOC)
                .addRecipients("cấp trên").build())
        .closing("Trên đây là Kế hoạch triển khai công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020. UBND xã yêu cầu các cơ quan, đơn vị, các ban ngành, đoàn thể, BĐH các thôn, các cộng tác viên có liên quan triển khai thực hiện nghiêm túc.")
        .addRecipients(
            Recipient.of("UBND huyện", "Để báo cáo"),
            Recipient.of("Phòng LĐ- TBXH huyện", "Để báo cáo"),
            Recipient.of("Ban TV Đảng ủy xã"),
            Recipient.of("TT HĐND xã"),
            Recipient.of("CT, các PCT UBND xã"),
            Recipient.of("Ban chỉ đạo “Xã, phường PHVTE”"),
            Recipient.of("Trưởng thôn"),
            Recipient.of("Cộng tác viên BVCS&GD TE”"),
            Recipient.of("Lưu VT."))
        // the aims of solution 4 without a number: monitoring lines, never met or not met
        .addMonitoring(
            MonitoringLine.builder().id("M1").indicatorCode("STUNTING_U5").direction(DesiredDirection.DECREASE)
                .textVi("đảm bảo tình trạng suy dinh dưỡng trẻ em được cải thiện, nhất là suy dinh dưỡng chiều cao theo tuổi")
                .textEn("child malnutrition to improve, above all stunting (low height for age)").itemId("GP4").build(),
            MonitoringLine.builder().id("M2").indicatorCode("OVERWEIGHT_U5").direction(DesiredDirection.DECREASE)
                .textVi("khống chế không để tình trạng thừa cân, béo phì gia tăng nhanh ở trẻ em")
                .textEn("keep overweight and obesity among children from rising quickly").itemId("GP4").build())
        .build();
  }
}

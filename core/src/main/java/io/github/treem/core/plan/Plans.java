package io.github.treem.core.plan;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;

/**
 * Plans shipped with treem as data: the seed plan 90/KH-UBND of xã Quảng Vinh for 2020
 * (shared/seed), with its targets as computable indicators (docs/indicators.md).
 *
 * <p>Implementation requirements: stateless, thread-safe.
 *
 * @since 0.1.0
 */
public final class Plans {
  /** Unit id of the commune People's Committee. */
  public static final String UBND = "UBND";
  /** Unit id of the labour, invalids and social affairs official (child-protection officer). */
  public static final String LDTBXH = "LDTBXH";
  /** Unit id of the justice and civil-status section. */
  public static final String TU_PHAP_HO_TICH = "TU_PHAP_HO_TICH";
  /** Unit id of the school boards. */
  public static final String SCHOOLS = "SCHOOLS";
  /** Unit id of the commune health station. */
  public static final String HEALTH_STATION = "HEALTH_STATION";
  /** Unit id of the commune sectors and mass organisations. */
  public static final String MASS_ORGANISATIONS = "MASS_ORGANISATIONS";
  /** Unit id of the village heads and collaborators. */
  public static final String VILLAGES = "VILLAGES";
  /** Unit id of the commune police. */
  public static final String POLICE = "POLICE";

  private static final String READING =
      "The plan assigns duties to units but not targets: the lead and co-operating units are treem's reading of section V.";

  private static final Plan QUANG_VINH_2020 = buildQuangVinh2020();

  private Plans() {}

  /**
   * The plan 90/KH-UBND of 9 March 2020 of the People's Committee of xã Quảng Vinh (GSO code 19885,
   * huyện Quảng Điền, tỉnh Thừa Thiên Huế; since 1 July 2025 part of xã Đan Điền, code 19885): its
   * objectives, tasks, solutions and funding (abridged), its responsible units with their duties,
   * and its targets mapped to the indicators of docs/indicators.md:
   * {@code HI_U6 >= 100}, {@code UNDERWEIGHT_U5 < 9}, {@code PRESCHOOL_3_5 >= 97},
   * {@code GRADE1_AT_6 >= 100}, {@code INJURY_SKILLS >= 70}, {@code CAN_SWIM} increase,
   * {@code WELFARE_COVERAGE >= 100}, {@code BIRTH_REG_ON_TIME >= 100}. The child-friendly commune
   * target has no indicator and is kept among the tasks.
   *
   * @return the plan
   */
  public static Plan quangVinh2020() {
    return QUANG_VINH_2020;
  }

  private static Plan buildQuangVinh2020() {
    AdministrativeUnit province = AdministrativeUnit.builder()
        .code("46").name("Tỉnh Thừa Thiên Huế").level(AdministrativeLevel.PROVINCE)
        .validTo(LocalDate.of(2024, 12, 31)).build();
    AdministrativeUnit district = AdministrativeUnit.builder()
        .code("477").name("Huyện Quảng Điền").level(AdministrativeLevel.DISTRICT).parent(province)
        .validTo(LocalDate.of(2025, 6, 30)).build();
    AdministrativeUnit commune = AdministrativeUnit.builder()
        .code("19885").name("Xã Quảng Vinh").level(AdministrativeLevel.COMMUNE).parent(district)
        .validTo(LocalDate.of(2025, 6, 30))
        .successorCode("19885").successorDate(LocalDate.of(2025, 7, 1)).successorName("Xã Đan Điền")
        .build();
    LegalReference hoTich = LegalReference.builder().document("Luật Hộ tịch 60/2014/QH13")
        .titleEn("Law on Civil Status 2014").inForceFrom(LocalDate.of(2016, 1, 1)).build();
    LegalReference bhyt = LegalReference.of("Luật Bảo hiểm y tế 25/2008/QH12", "Law on Health Insurance 2008");
    LegalReference giaoDuc = LegalReference.builder().document("Luật Giáo dục 43/2019/QH14")
        .titleEn("Law on Education 2019").inForceFrom(LocalDate.of(2020, 7, 1)).build();
    return Plan.builder()
        .number("90/KH-UBND")
        .title("Thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020")
        .issuerName("Ủy ban nhân dân xã Quảng Vinh")
        .issuerCommuneCode(CommuneCode.parse("19885"))
        .issuerUnit(commune)
        .issueDate(LocalDate.of(2020, 3, 9))
        .year(2020)
        .addLegalBases(
            LegalReference.of("Kế hoạch 36/KH-UBND ngày 21/02/2020 của UBND huyện Quảng Điền",
                "Plan 36/KH-UBND of 21 February 2020 of the People's Committee of Quảng Điền district"),
            LegalReference.LAW_ON_CHILDREN_2016,
            LegalReference.of("Quyết định 06/QĐ-TTg ngày 03/01/2019", "Decision 06/QĐ-TTg on child-friendly communes"))
        .generalObjective("Đẩy mạnh công tác tuyên truyền, vận động các cấp, các ngành, các tổ chức đoàn thể thực hiện tốt"
            + " Luật trẻ em, hạn chế tình trạng trẻ em rơi vào hoàn cảnh đặc biệt: trẻ em bị xâm hại, bị bạo lực, trẻ em"
            + " bị tử vong do tai nạn thương tích…; tạo điều kiện thuận lợi cho trẻ em có cơ hội phát triển một cách toàn"
            + " diện cả về thể chất, nhân cách và trí tuệ.")
        .addTasks(
            "Tập trung tuyên truyền, phổ biến, giáo dục Luật và các quyền của trẻ em, hướng dẫn địa phương thực hiện các"
                + " nội dung mới của Luật trẻ em.",
            "Thực hiện quyền của trẻ em, tạo môi trường an toàn, lành mạnh và thân thiện để trẻ em được phát triển toàn"
                + " diện; chủ động tuyên truyền phòng ngừa, giảm thiểu các nguy cơ gây tổn hại cho trẻ em.",
            "Duy trì, tổ chức các hoạt động có ý nghĩa thiết thực cho trẻ em trong Tháng hành động vì trẻ em, Tết Trung thu.",
            "Phấn đấu xây dựng xã đạt tiêu chuẩn xã phù hợp với trẻ em theo Quyết định số 06/2019/QĐ-TTg ngày 03/01/2019"
                + " của Thủ tướng Chính phủ.",
            "Nâng cao năng lực cho đội ngũ cán bộ, cộng tác viên, tình nguyện viên làm công tác bảo vệ, chăm sóc trẻ em.",
            "Tăng cường công tác kiểm tra, giám sát; theo dõi, giám sát việc cấp phát thẻ bảo hiểm y tế và việc khám, chữa"
                + " bệnh miễn phí cho trẻ em dưới 6 tuổi, việc thực thi chế độ, chính sách đối với nhóm trẻ em được hỗ trợ.")
        .addSolutions(
            "Tăng cường sự lãnh đạo của các cấp ủy Đảng, sự chỉ đạo, điều hành của chính quyền theo Chỉ thị số"
                + " 20-CT/TW ngày 05/11/2012 của Bộ Chính trị.",
            "Tăng cường phối hợp liên ngành, huy động sự tham gia của các tổ chức, gia đình, cộng đồng, người dân.",
            "Tiếp tục triển khai các chương trình giúp đỡ trẻ em có hoàn cảnh đặc biệt khó khăn; phòng chống tai nạn"
                + " thương tích, tổ chức dạy bơi cho trẻ em.",
            "Đẩy mạnh thực hiện chương trình phòng chống suy dinh dưỡng trẻ em; khám chữa bệnh miễn phí cho trẻ em dưới 6 tuổi.",
            "Tiếp tục thực hiện phổ cập giáo dục mầm non cho trẻ 05 tuổi, phổ cập giáo dục tiểu học, THCS và xóa mù chữ.",
            "Tổ chức các lớp tập huấn nâng cao năng lực cho đội ngũ cộng tác viên làm công tác bảo vệ, chăm sóc trẻ em.",
            "Phối hợp với cấp trên hưởng ứng \u201cTháng hành động vì trẻ em năm 2020\u201d và tết trung thu năm 2020.",
            "Quản lý dữ liệu 11 nhóm trẻ em có hoàn cảnh đặc biệt khó khăn để phối hợp thực hiện chương trình, đề án,"
                + " bảo vệ, chăm sóc trẻ em.")
        .funding("Kinh phí thực hiện hoạt động bảo vệ, chăm sóc trẻ em được ngân sách huyện bố trí trong dự toán năm 2020;"
            + " nguồn hỗ trợ một phần từ ngân sách tỉnh và huy động từ các tổ chức, cá nhân.")
        .addResponsibleUnits(
            unit(UBND, "Ủy ban nhân dân xã", "Commune People's Committee", UnitRole.COMMUNE_PEOPLES_COMMITTEE,
                "Chỉ đạo, điều hành công tác bảo vệ, chăm sóc và giáo dục trẻ em trên địa bàn xã."),
            unit(LDTBXH, "Cán bộ Lao động - Thương binh & Xã hội", "Labour, invalids and social affairs official",
                UnitRole.CHILD_PROTECTION_OFFICER,
                "Tham mưu UBND xã xây dựng kế hoạch thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020.",
                "Phối hợp với các ban ngành huy động nguồn lực hỗ trợ, bảo vệ, chăm sóc trẻ em tại địa phương.",
                "Thực hiện nghiêm túc chế độ báo cáo đột xuất và định kỳ công tác bảo vệ, chăm sóc và giáo dục trẻ em."),
            unit(TU_PHAP_HO_TICH, "Bộ phận Tư pháp - Hộ tịch", "Justice and civil-status section", UnitRole.CIVIL_REGISTRAR,
                "Tham mưu UBND xã thực hiện tốt Luật hộ tịch năm 2014 để kịp thời đăng ký giấy khai sinh cho trẻ em.",
                "Thực hiện các hoạt động trợ giúp pháp lý cho trẻ em tại cơ sở."),
            unit(SCHOOLS, "Ban giám hiệu các trường học", "School boards", UnitRole.SCHOOL_BOARDS,
                "Huy động trẻ em đến nhà trẻ, mẫu giáo và vào lớp một đúng độ tuổi quy định; phổ cập giáo dục.",
                "Thực hiện chế độ miễn, giảm học phí cho trẻ em thuộc diện hộ nghèo, hộ cận nghèo, trẻ em có hoàn cảnh khó khăn."),
            unit(HEALTH_STATION, "Trạm y tế", "Commune health station", UnitRole.COMMUNE_HEALTH_STATION,
                "Tổ chức tốt chương trình tiêm chủng mở rộng, chương trình phòng chống suy dinh dưỡng cho trẻ em dưới 5 tuổi.",
                "Tổ chức thực hiện có hiệu quả chính sách khám, chữa bệnh cho trẻ em dưới 06 tuổi; phục hồi chức năng cho"
                    + " trẻ em khuyết tật."),
            unit(MASS_ORGANISATIONS, "Các ban ngành, đoàn thể cấp xã", "Commune sectors and mass organisations",
                UnitRole.MASS_ORGANISATIONS,
                "Lồng ghép, xây dựng xã, phường phù hợp với trẻ em vào mô hình \u201cphong trào toàn dân đoàn kết xây dựng"
                    + " đời sống ở khu dân cư\u201d."),
            unit(VILLAGES, "Thôn trưởng các thôn và Cộng tác viên bảo vệ, chăm sóc và giáo dục trẻ em",
                "Village heads and child-protection collaborators", UnitRole.VILLAGE_HEADS_AND_COLLABORATORS,
                "Tuyên truyền vận động các bậc phụ huynh chăm sóc và giáo dục trẻ em.",
                "Nắm tình hình trẻ em ở địa bàn quản lý, báo cáo Ban chỉ đạo xã."),
            unit(POLICE, "Công an xã", "Commune police", UnitRole.COMMUNE_POLICE,
                "Chủ trì, phối hợp tuyên truyền và thực hiện các biện pháp phòng ngừa, đấu tranh với các hành vi xâm hại trẻ em.",
                "Kịp thời phát hiện trẻ em lao động trái quy định."))
        .addTargets(
            target("T1", "HI_U6", TargetComparator.AT_LEAST, 100, LDTBXH,
                "Duy trì và đảm bảo 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế đúng thời gian quy định và được"
                    + " khám, chữa bệnh theo quy định của pháp luật.")
                .addCooperatingUnitIds(TU_PHAP_HO_TICH, HEALTH_STATION)
                .addLegalBasis(bhyt.withArticle("12", "3"))
                .assessmentNote("The indicator counts children holding a valid card at the reference date; \"on time\""
                    + " and access to care are not computed. " + READING)
                .build(),
            target("T2", "UNDERWEIGHT_U5", TargetComparator.BELOW, 9, HEALTH_STATION,
                "Giảm tỷ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng thể nhẹ cân xuống dưới 9%.")
                .assessmentNote(READING)
                .build(),
            target("T3", "PRESCHOOL_3_5", TargetComparator.AT_LEAST, 97, SCHOOLS,
                "Phấn đấu 97% trẻ em từ 03 đến 05 tuổi được chăm sóc, giáo dục tại các cơ sở giáo dục mầm non.")
                .assessmentNote(READING)
                .build(),
            target("T4", "GRADE1_AT_6", TargetComparator.AT_LEAST, 100, SCHOOLS,
                "Tỷ lệ trẻ em 06 tuổi vào lớp 1 đạt 100%, trong đó đặc biệt quan tâm đến trẻ em khuyết tật.")
                .addLegalBasis(giaoDuc.withArticle("28", "1"))
                .assessmentNote("Report disabled children separately. " + READING)
                .build(),
            target("T5", "INJURY_SKILLS", TargetComparator.AT_LEAST, 70, SCHOOLS,
                "70% học sinh được hướng dẫn và biết kỹ năng phòng, chống tai nạn thương tích, đặc biệt là tai nạn đuối nước.")
                .addCooperatingUnitIds(HEALTH_STATION)
                .assessmentNote("The indicator counts pupils taught the skills, not pupils who know them. " + READING)
                .build(),
            Target.builder().id("T6").indicatorCode("CAN_SWIM").comparator(TargetComparator.INCREASE).year(2020)
                .leadUnitId(SCHOOLS)
                .textVi("Tăng dần tỷ lệ học sinh tiểu học, trung học cơ sở được học bơi, biết bơi, có kỹ năng tự cứu đuối.")
                .assessmentNote("The baseline is the previous year's computed value. " + READING)
                .build(),
            target("T7", "WELFARE_COVERAGE", TargetComparator.AT_LEAST, 100, LDTBXH,
                "100% trẻ em có hoàn cảnh khó khăn (khuyết tật, mồ côi, bị bỏ rơi) đủ điều kiện được thực hiện các chính"
                    + " sách về phúc lợi xã hội do Nhà nước quy định.")
                .assessmentNote(READING)
                .build(),
            target("T8", "BIRTH_REG_ON_TIME", TargetComparator.AT_LEAST, 100, TU_PHAP_HO_TICH,
                "100% trẻ em sinh ra được làm giấy khai sinh đúng hạn.")
                .addLegalBasis(hoTich.withArticle("15", "1"))
                .assessmentNote(READING)
                .build())
        .build();
  }

  private static ResponsibleUnit unit(String id, String nameVi, String nameEn, UnitRole role, String... duties) {
    return ResponsibleUnit.builder().id(id).nameVi(nameVi).nameEn(nameEn).role(role).addDuties(duties).build();
  }

  private static Target.Builder target(String id, String indicator, TargetComparator comparator, double threshold,
      String lead, String textVi) {
    Target.Builder b = Target.builder();
    b.id(id).indicatorCode(indicator).comparator(comparator).threshold(threshold).year(2020).leadUnitId(lead).textVi(textVi);
    return b;
  }
}

package io.github.treem.indicators.synthetic;

import io.github.treem.indicators.cfc.CommuneType;
import io.github.treem.indicators.cfc.ItemValue;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.indicators.cfc.SelfAssessmentEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A synthetic self-assessment of the demonstration commune, xã Quảng Vinh (code
 * {@value CommuneGenerator#QUANG_VINH}), against the bundled child-friendly commune table, to go
 * with the synthetic register of {@link CommuneGenerator}: every item that the register does not
 * compute, with plausible values for a rural commune of about 2,500 children, each with an
 * evidence note that says it is sample data. It is marked {@linkplain SelfAssessment#isSynthetic()
 * synthetic}; nothing in it is a real commune's figure or a real document.
 *
 * <p>With the bundled table it shows the cases a score card must handle: confirmed bands (items
 * 1.1-1.3, 6.1), provisional ones (7.1 at 38 of 39 falls in the unconfirmed 95-98% band), a rate
 * with nothing to count (6.2: no case in the year) and a rate per 100,000 (3.1: one child of
 * 2,480).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SyntheticSelfAssessment {
  private static final String SAMPLE = " (dữ liệu mẫu)";

  private SyntheticSelfAssessment() {}

  /**
   * The synthetic self-assessment of xã Quảng Vinh for a year, assessed on 20 November of that
   * year by the commune's People's Committee.
   *
   * @param year the year
   * @return the self-assessment
   */
  public static SelfAssessment quangVinh(int year) {
    ScoringTable table = ScoringTable.qd06();
    long children = 2480;
    return SelfAssessment.builder()
        .communeCode(CommuneGenerator.QUANG_VINH)
        .communeName("Quảng Vinh")
        .year(year)
        .communeType(CommuneType.OTHER)
        .assessedOn(LocalDate.of(year, 11, 20))
        .assessedBy("UBND xã Quảng Vinh, công chức Văn hóa - Xã hội")
        .tableId(table.getId())
        .tableVersion(table.getVersion())
        .synthetic(true)
        .addEntries(
            entry("1.1", ItemValue.yes(), "Quyết định phân công công chức Văn hóa - Xã hội phụ trách công tác trẻ em"),
            entry("1.2", ItemValue.yes(), "Quyết định công nhận cộng tác viên bảo vệ trẻ em tại 11 thôn"),
            entry("1.3", ItemValue.yes(), "Biên bản giao ban hằng tháng, sơ kết quý và tổng kết năm của Ban bảo vệ trẻ em"),
            entry("1.4", ItemValue.yes(), "Dự toán ngân sách xã năm " + year + " có kinh phí cho công tác trẻ em"),
            entry("3.1", ItemValue.fraction(1, children), "Báo cáo tình hình trẻ em bị xâm hại năm " + year
                + ": 1 trẻ em trên " + children + " trẻ em"),
            entry("4.1", ItemValue.fraction(0, children), "Báo cáo của Công an xã: không có trẻ em vi phạm pháp luật"),
            entry("5.1", ItemValue.fraction(9, children), "Sổ theo dõi tai nạn, thương tích của trạm y tế xã: 9 trường hợp"),
            entry("6.1", ItemValue.fraction(46, 47), "Danh sách trẻ em có hoàn cảnh đặc biệt và hình thức trợ giúp"),
            entry("6.2", ItemValue.nothingToCount(), "Không có vụ việc trẻ em bị xâm hại tình dục, bị bỏ rơi, bị mua bán"),
            entry("7.1", ItemValue.fraction(38, 39), "Sổ tiêm chủng mở rộng của trạm y tế xã: 38 trên 39 trẻ tròn 1 tuổi"),
            entry("9.1", ItemValue.fraction(1890, 2100), "Kết quả khám sức khỏe định kỳ tại trường học và trạm y tế"),
            entry("10.2", ItemValue.fraction(1702, 1731), "Số liệu phổ cập giáo dục của các trường trên địa bàn"),
            entry("11.1", ItemValue.yes(), "Biên bản diễn đàn trẻ em cấp xã"),
            entry("11.2", ItemValue.decimal(new BigDecimal("42.5")), "Tổng hợp phiếu lấy ý kiến trẻ em từ 7 tuổi trở lên"),
            entry("12.1", ItemValue.yes(), "Điểm vui chơi cho trẻ em tại trung tâm văn hóa xã"),
            entry("12.2", ItemValue.fraction(6, 11), "Danh sách nhà văn hóa thôn có khu vui chơi cho trẻ em"),
            entry("13.1", ItemValue.decimal(new BigDecimal("86.0")), "Kết quả khảo sát mức độ hài lòng của trẻ em và người dân"))
        .build();
  }

  private static SelfAssessmentEntry entry(String item, ItemValue value, String evidence) {
    return SelfAssessmentEntry.of(item, value, evidence + SAMPLE);
  }
}

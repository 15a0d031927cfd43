package io.github.treem.core.plan;

import org.apiguardian.api.API;

/**
 * What an activity carried out under a plan was. A kind is "targeted" when it reaches children
 * chosen for their circumstances (a scholarship for children in difficult circumstances, a home
 * visit, legal aid, support in a protection case): the counts of children it reaches can point to
 * a child, so a report publishes them only through disclosure control.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ActivityKind {
  /** Communication and awareness raising (tuyên truyền, truyền thông, phổ biến pháp luật). */
  COMMUNICATION("Tuyên truyền, truyền thông", "Communication", false),
  /** Training and capacity building (tập huấn, bồi dưỡng). */
  TRAINING("Tập huấn, bồi dưỡng", "Training", false),
  /** An event for children (vui chơi, văn nghệ, Tết Trung thu, Tháng hành động). */
  EVENT("Tổ chức sự kiện, vui chơi cho trẻ em", "Event for children", false),
  /** A scholarship (trao học bổng). */
  SCHOLARSHIP("Trao học bổng", "Scholarship", true),
  /** Gifts and material support (tặng quà, hỗ trợ vật chất). */
  GIFTS_AND_SUPPORT("Tặng quà, hỗ trợ", "Gifts and material support", true),
  /** A visit to a child's home (thăm hỏi, nắm tình hình tại gia đình). */
  HOME_VISIT("Thăm hỏi tại gia đình", "Home visit", true),
  /** Health checks and weighing open to all children (khám sức khỏe, cân đo). */
  HEALTH_CHECK("Khám sức khỏe, cân đo", "Health check", false),
  /** Screening, surgery or free treatment for children in need (khám sàng lọc, phẫu thuật, chữa bệnh miễn phí). */
  SCREENING_AND_TREATMENT("Khám sàng lọc, phẫu thuật, chữa bệnh miễn phí", "Screening and treatment", true),
  /** Swimming lessons and drowning prevention (dạy bơi, phòng chống đuối nước). */
  SWIMMING("Dạy bơi, phòng chống đuối nước", "Swimming lessons", false),
  /** Legal aid for children (trợ giúp pháp lý). */
  LEGAL_AID("Trợ giúp pháp lý", "Legal aid", true),
  /** Birth registration, at the office or mobile (đăng ký khai sinh, lưu động). */
  BIRTH_REGISTRATION("Đăng ký khai sinh", "Birth registration", false),
  /** Support or intervention in a child-protection case (hỗ trợ, can thiệp). */
  CASE_SUPPORT("Hỗ trợ, can thiệp trường hợp trẻ em", "Case support", true),
  /** Inspection and supervision (kiểm tra, giám sát). */
  INSPECTION("Kiểm tra, giám sát", "Inspection", false),
  /** A meeting, review or conference (họp, sơ kết, tổng kết). */
  MEETING("Họp, sơ kết, tổng kết", "Meeting or review", false),
  /** Reviewing and updating data on children (rà soát, cập nhật dữ liệu). */
  DATA_MANAGEMENT("Rà soát, cập nhật dữ liệu trẻ em", "Data management", false),
  /** A report to a higher level (báo cáo). */
  REPORTING("Báo cáo", "Reporting", false),
  /** Anything else. */
  OTHER("Hoạt động khác", "Other", false);

  private final String nameVi;
  private final String nameEn;
  private final boolean targeted;

  ActivityKind(String nameVi, String nameEn, boolean targeted) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.targeted = targeted;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /** {@return whether the activity reaches children chosen for their circumstances} */
  public boolean isTargeted() {
    return targeted;
  }
}

package io.github.treem.core.protection;

import org.apiguardian.api.API;

/**
 * To whom a case or a child is referred (chuyển gửi): the services and bodies that Decree 56/2017
 * Điều 29 khoản 2 and Điều 31 name as taking part in support and intervention.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ReferralTarget {
  /** A child-protection service provider (cơ sở cung cấp dịch vụ bảo vệ trẻ em). */
  CHILD_PROTECTION_SERVICE("Cơ sở cung cấp dịch vụ bảo vệ trẻ em", "Child-protection service provider"),
  /** A social assistance facility (cơ sở trợ giúp xã hội). */
  SOCIAL_ASSISTANCE_FACILITY("Cơ sở trợ giúp xã hội", "Social assistance facility"),
  /** A health facility (cơ sở khám bệnh, chữa bệnh). */
  HEALTH_FACILITY("Cơ sở khám bệnh, chữa bệnh", "Health facility"),
  /** The police (cơ quan công an). */
  POLICE("Cơ quan công an", "Police"),
  /** A legal aid provider (tổ chức trợ giúp pháp lý). */
  LEGAL_AID("Tổ chức trợ giúp pháp lý", "Legal aid"),
  /** An educational establishment (cơ sở giáo dục). */
  SCHOOL("Cơ sở giáo dục", "School"),
  /** The provincial or district social affairs agency (cơ quan quản lý nhà nước về trẻ em cấp trên). */
  SOCIAL_AFFAIRS_AGENCY("Cơ quan quản lý nhà nước về trẻ em cấp trên", "Higher social affairs agency"),
  /** The national child-protection hotline (Tổng đài 111), which connects services (Điều 29 khoản 4). */
  NATIONAL_HOTLINE_111("Tổng đài điện thoại quốc gia bảo vệ trẻ em 111", "National child-protection hotline 111"),
  /** The commune where the child now lives (Ủy ban nhân dân cấp xã khác). */
  OTHER_COMMUNE("Ủy ban nhân dân cấp xã khác", "Another commune"),
  /** A court (Tòa án nhân dân). */
  COURT("Tòa án nhân dân", "Court"),
  /** Another body (khác). */
  OTHER("Khác", "Other");

  private final String nameVi;
  private final String nameEn;

  ReferralTarget(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }
}

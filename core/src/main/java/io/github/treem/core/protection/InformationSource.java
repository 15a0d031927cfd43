package io.github.treem.core.protection;

import org.apiguardian.api.API;

/**
 * Who passed the information on a child to the commune (Decree 56/2017 Điều 25 khoản 1: anyone
 * who learns of abuse informs the national child-protection hotline, the labour and social affairs
 * agency, the police or the commune People's Committee).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum InformationSource {
  /** The national child-protection hotline 111 (Tổng đài điện thoại quốc gia bảo vệ trẻ em). */
  NATIONAL_HOTLINE_111("Tổng đài điện thoại quốc gia bảo vệ trẻ em 111", "National child-protection hotline 111"),
  /** A labour and social affairs agency (cơ quan lao động - thương binh và xã hội; the state body for children). */
  SOCIAL_AFFAIRS_AGENCY("Cơ quan lao động - thương binh và xã hội", "Labour and social affairs agency"),
  /** The police (cơ quan công an). */
  POLICE("Cơ quan công an", "Police"),
  /** A school or other educational establishment (cơ sở giáo dục). */
  SCHOOL("Cơ sở giáo dục", "School"),
  /** The commune health station or another health facility (trạm y tế, cơ sở khám bệnh, chữa bệnh). */
  HEALTH_FACILITY("Trạm y tế, cơ sở khám bệnh, chữa bệnh", "Health station or facility"),
  /** A child-protection collaborator or village head (cộng tác viên bảo vệ trẻ em, trưởng thôn). */
  COLLABORATOR("Cộng tác viên bảo vệ trẻ em, trưởng thôn", "Child-protection collaborator or village head"),
  /** The child's family or caregiver (gia đình, người chăm sóc trẻ em). */
  FAMILY("Gia đình, người chăm sóc trẻ em", "Family or caregiver"),
  /** The child (trẻ em). */
  CHILD("Trẻ em", "The child"),
  /** Neighbours or other people of the community (cộng đồng dân cư). */
  COMMUNITY("Cộng đồng dân cư", "Community"),
  /** Found by the commune itself (Ủy ban nhân dân cấp xã phát hiện). */
  COMMUNE("Ủy ban nhân dân cấp xã phát hiện", "Found by the commune"),
  /** Another source (nguồn khác). */
  OTHER("Nguồn khác", "Other");

  private final String nameVi;
  private final String nameEn;

  InformationSource(String nameVi, String nameEn) {
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

package io.github.treem.core.protection;

import org.apiguardian.api.API;

/**
 * The role of a person who acts on a case; never a name. The law assigns the steps to roles:
 * the commune child-protection worker assesses and drafts (Law on Children Điều 53; Decree 56/2017
 * Điều 26-30), the commune chairman decides emergency measures and approves plans (Decree 56/2017
 * Điều 26 khoản 3, Điều 28 khoản 4, Điều 32 khoản 2).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CaseRole {
  /** The chairman of the commune People's Committee (Chủ tịch Ủy ban nhân dân cấp xã). */
  COMMUNE_CHAIRMAN("Chủ tịch Ủy ban nhân dân cấp xã", "Commune chairman"),
  /** A vice-chairman acting for the chairman (Phó Chủ tịch Ủy ban nhân dân cấp xã). */
  COMMUNE_VICE_CHAIRMAN("Phó Chủ tịch Ủy ban nhân dân cấp xã", "Commune vice-chairman"),
  /** The commune child-protection worker (người làm công tác bảo vệ trẻ em cấp xã). */
  CHILD_PROTECTION_WORKER("Người làm công tác bảo vệ trẻ em cấp xã", "Commune child-protection worker"),
  /** A child-protection collaborator (cộng tác viên bảo vệ trẻ em). */
  COLLABORATOR("Cộng tác viên bảo vệ trẻ em", "Child-protection collaborator"),
  /** The commune police (công an xã). */
  COMMUNE_POLICE("Công an cấp xã", "Commune police"),
  /** The commune health station (trạm y tế xã). */
  HEALTH_STATION("Trạm y tế cấp xã", "Commune health station"),
  /** A court (Tòa án nhân dân). */
  COURT("Tòa án nhân dân", "Court"),
  /** Another role (khác). */
  OTHER("Khác", "Other");

  private final String nameVi;
  private final String nameEn;

  CaseRole(String nameVi, String nameEn) {
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

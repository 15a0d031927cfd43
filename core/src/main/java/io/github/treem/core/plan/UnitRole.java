package io.github.treem.core.plan;

import org.apiguardian.api.API;

/**
 * The abstract roles of the commune actors named in a plan (docs/domain.md §11). The roles
 * are kept abstract because the commune's specialist apparatus changed after 1 July 2025 (for
 * example a culture and social affairs office replacing the single labour, invalids and social
 * affairs official) and its exact structure is not confirmed.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum UnitRole {
  /** The commune People's Committee and its chairman (UBND / Chủ tịch UBND cấp xã). */
  COMMUNE_PEOPLES_COMMITTEE(
      "Ủy ban nhân dân cấp xã",
      "Commune People's Committee",
      "NĐ 56/2017 Điều 26–30; Luật Hộ tịch Điều 16; Luật BHYT Điều 8 khoản 3; NĐ 147/2025 Điều 5"),
  /**
   * The commune child-protection officer (người làm công tác bảo vệ trẻ em cấp xã; in 2020 the
   * labour, invalids and social affairs official, cán bộ LĐ-TB&amp;XH).
   */
  CHILD_PROTECTION_OFFICER(
      "Người làm công tác bảo vệ trẻ em cấp xã (cán bộ LĐ-TB&XH)",
      "Commune child-protection officer",
      "Luật Trẻ em Điều 53; NĐ 56/2017 Điều 26–28"),
  /** The commune justice and civil-status official (công chức tư pháp – hộ tịch). */
  CIVIL_REGISTRAR(
      "Công chức tư pháp – hộ tịch",
      "Commune justice and civil-status official",
      "Luật Hộ tịch Điều 15 khoản 2, Điều 16"),
  /** The boards of the schools (ban giám hiệu các trường). */
  SCHOOL_BOARDS(
      "Ban giám hiệu các trường",
      "School boards",
      "TTLT 13/2016/TTLT-BYT-BGDĐT; Luật Giáo dục Điều 28; TT 28/2020 Điều 33"),
  /** The commune health station (trạm y tế xã). */
  COMMUNE_HEALTH_STATION(
      "Trạm y tế xã",
      "Commune health station",
      "TT 23/2017/TT-BYT Điều 6 khoản 4"),
  /** The commune's mass organisations and sectors (các ban ngành, đoàn thể: MTTQ, Hội LHPN, Đoàn TN, ...). */
  MASS_ORGANISATIONS(
      "Các ban ngành, đoàn thể cấp xã",
      "Commune sectors and mass organisations",
      "QĐ 06/QĐ-TTg (implementation)"),
  /** Village heads and child-protection collaborators (trưởng thôn, cộng tác viên bảo vệ trẻ em). */
  VILLAGE_HEADS_AND_COLLABORATORS(
      "Trưởng thôn và cộng tác viên bảo vệ, chăm sóc và giáo dục trẻ em",
      "Village heads and child-protection collaborators",
      "Luật Trẻ em Điều 8 khoản 5; TT 14/2020/TT-BLĐTBXH"),
  /** The commune police (công an xã). */
  COMMUNE_POLICE(
      "Công an xã",
      "Commune police",
      "Luật Trẻ em Điều 51 khoản 2");

  private final String nameVi;
  private final String nameEn;
  private final String legalHook;

  UnitRole(String nameVi, String nameEn, String legalHook) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.legalHook = legalHook;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /**
   * {@return the legal texts that give this role its duties, as cited in Vietnamese (docs/domain.md
   * §11)}
   */
  public String getLegalHook() {
    return legalHook;
  }
}

package io.github.treem.core.admin;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The kind of an administrative unit within its level, as the GSO's list of administrative units
 * names it: a province is a tỉnh or a centrally-run city; a district a quận, huyện, thị xã or
 * district-level city; a commune a xã, phường, thị trấn or (from 1 July 2025) đặc khu. A unit's
 * name begins with its type ("Xã Quảng Vinh", "Huyện Quảng Điền"), with a few exceptions in the
 * published list that treem keeps as recorded.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AdministrativeUnitType {
  /** Province (tỉnh). */
  TINH(AdministrativeLevel.PROVINCE, "Tỉnh", "Province"),
  /** Centrally-run city (thành phố trực thuộc trung ương), e.g. Hà Nội, Huế from 1 January 2025. */
  THANH_PHO_TRUNG_UONG(AdministrativeLevel.PROVINCE, "Thành phố trực thuộc trung ương", "Centrally-run city"),
  /** Urban district (quận) of a centrally-run city. */
  QUAN(AdministrativeLevel.DISTRICT, "Quận", "Urban district"),
  /** Rural district (huyện). */
  HUYEN(AdministrativeLevel.DISTRICT, "Huyện", "Rural district"),
  /** District-level town (thị xã). */
  THI_XA(AdministrativeLevel.DISTRICT, "Thị xã", "District-level town"),
  /**
   * District-level city (thành phố thuộc tỉnh, and Thủ Đức, a city within Hồ Chí Minh City): the
   * GSO's type "Thành phố" at the district level.
   */
  THANH_PHO_CAP_HUYEN(AdministrativeLevel.DISTRICT, "Thành phố (cấp huyện)", "District-level city"),
  /** Rural commune (xã). */
  XA(AdministrativeLevel.COMMUNE, "Xã", "Commune"),
  /** Urban ward (phường). */
  PHUONG(AdministrativeLevel.COMMUNE, "Phường", "Ward"),
  /** Township (thị trấn), the seat of a rural district; none from 1 July 2025. */
  THI_TRAN(AdministrativeLevel.COMMUNE, "Thị trấn", "Township"),
  /** Special zone (đặc khu), an island commune-level unit from 1 July 2025 (13 of them). */
  DAC_KHU(AdministrativeLevel.COMMUNE, "Đặc khu", "Special zone");

  private final AdministrativeLevel level;
  private final String nameVi;
  private final String nameEn;

  AdministrativeUnitType(AdministrativeLevel level, String nameVi, String nameEn) {
    this.level = level;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the level of the units of this type} */
  public AdministrativeLevel getLevel() {
    return level;
  }

  /** {@return the Vietnamese name, e.g. "Thị trấn"} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name, e.g. "Township"} */
  public String getNameEn() {
    return nameEn;
  }

  /**
   * Whether units of this type belong to a level.
   *
   * @param level the level
   * @return true when {@link #getLevel()} is {@code level}
   */
  public boolean isOf(AdministrativeLevel level) {
    return this.level == Objects.requireNonNull(level, "level must not be null");
  }
}

package io.github.treem.core.admin;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The levels of Viet Nam's administrative tree, top down, with the period in which each is in
 * use. The tree is data, not fixed levels: the district level was abolished on 1 July 2025
 * (Resolution 60-NQ/TW, Decision 19/2025/QĐ-TTg; docs/domain.md §9.1), after which a commune's
 * parent is its province. The village (thôn, tổ dân phố) is a residential community below the
 * commune, not a level of local government, but plans and registers use it.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum AdministrativeLevel {
  /**
   * Province or centrally-run city (tỉnh, thành phố trực thuộc trung ương): 2-digit GSO code; 63
   * units before 1 July 2025, 34 from then.
   */
  PROVINCE("Tỉnh, thành phố trực thuộc trung ương", "Province", 2, null),
  /**
   * District (huyện, quận, thị xã, thành phố thuộc tỉnh): 3-digit GSO code. Abolished on 1 July
   * 2025 (two-tier local government): its last day is 30 June 2025.
   */
  DISTRICT("Huyện, quận, thị xã, thành phố thuộc tỉnh", "District", 3, LocalDate.of(2025, 6, 30)),
  /**
   * Commune (xã, phường, thị trấn; from 1 July 2025 xã, phường, đặc khu): 5-digit GSO code,
   * unique nationwide; 10,047 units before 1 July 2025, 3,321 from then.
   */
  COMMUNE("Xã, phường, thị trấn, đặc khu", "Commune", 5, null),
  /** Village or residential group (thôn, bản, ấp, tổ dân phố): no national code. */
  VILLAGE("Thôn, tổ dân phố", "Village", 0, null);

  private final String nameVi;
  private final String nameEn;
  private final int codeLength;
  private final @Nullable LocalDate lastDay;

  AdministrativeLevel(String nameVi, String nameEn, int codeLength, @Nullable LocalDate lastDay) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.codeLength = codeLength;
    this.lastDay = lastDay;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /** {@return the number of digits of the GSO code of this level, 0 when it has no national code} */
  public int getCodeLength() {
    return codeLength;
  }

  /** {@return the last day the level existed, empty while it exists (30 June 2025 for districts)} */
  public Optional<LocalDate> getLastDay() {
    return Optional.ofNullable(lastDay);
  }

  /**
   * Whether the level exists on a date.
   *
   * @param date the date
   * @return true unless the level was abolished before the date
   */
  public boolean isInUseOn(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return lastDay == null || !date.isAfter(lastDay);
  }

  /**
   * Whether this level is above another (closer to the province).
   *
   * @param other the other level
   * @return true when this level is strictly above
   */
  public boolean isAbove(AdministrativeLevel other) {
    return compareTo(other) < 0;
  }
}

package io.github.treem.core.admin;

import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.internal.admin.AdminDataError;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A unit of the administrative tree at some period: a province, district, commune or village,
 * with its parent (a tree of any depth: district, then none from 1 July 2025), the period in
 * which it exists, and the unit that succeeded it when it was merged.
 *
 * <p>A code alone does not identify a unit in time: after the 2025 arrangement a new commune
 * reuses one predecessor's code. Historical records keep the old unit and a dated link to its
 * successor (docs/domain.md §9.3):
 *
 * <pre>{@code
 * AdministrativeUnit hue = AdministrativeUnit.builder()
 *     .code("46").name("Tỉnh Thừa Thiên Huế").level(AdministrativeLevel.PROVINCE).build();
 * AdministrativeUnit quangDien = AdministrativeUnit.builder()
 *     .code("477").name("Huyện Quảng Điền").level(AdministrativeLevel.DISTRICT).parent(hue)
 *     .validTo(LocalDate.of(2025, 6, 30)).build();
 * AdministrativeUnit quangVinh = AdministrativeUnit.builder()
 *     .code("19885").name("Xã Quảng Vinh").level(AdministrativeLevel.COMMUNE).parent(quangDien)
 *     .validTo(LocalDate.of(2025, 6, 30))
 *     .successorCode("19885").successorDate(LocalDate.of(2025, 7, 1)).successorName("Xã Đan Điền")
 *     .build();
 * quangVinh.isWithin(hue); // true
 * }</pre>
 *
 * <p>{@link AdministrativeDivisions} gives the units of the GSO's list at any date, with their
 * parents, types, periods and (when a unit went wholly into one successor) successor.
 *
 * <p>Invariants (checked when built): code and name are not blank; a commune's code is 5 digits;
 * the parent's level is above this unit's level; {@code validTo} is not before
 * {@code validFrom}; a successor has both a code and a date, and a successor name only with them;
 * the type, when given, is of the unit's level.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class AdministrativeUnit {
  AdministrativeUnit() {}

  /** {@return the GSO code of the unit (2 digits for a province, 3 for a district, 5 for a commune), or a local code for a village} */
  public abstract String getCode();

  /** {@return the name, e.g. "Xã Quảng Vinh"} */
  public abstract String getName();

  /** {@return the level} */
  public abstract AdministrativeLevel getLevel();

  /**
   * {@return the type within the level (xã, phường, thị trấn, đặc khu; quận, huyện, ...), if
   * known; units from {@link AdministrativeDivisions} always have one}
   *
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract Optional<AdministrativeUnitType> getType();

  /** {@return the parent unit, empty for a root (a province, or a unit whose parent is not recorded)} */
  public abstract Optional<AdministrativeUnit> getParent();

  /** {@return the first day the unit exists in this form, if known} */
  public abstract Optional<LocalDate> getValidFrom();

  /** {@return the last day the unit exists in this form, empty while it exists} */
  public abstract Optional<LocalDate> getValidTo();

  /**
   * {@return the code of the unit that succeeded this one (after a merger), if any; a unit that
   * was split among several successors has none here: see
   * {@link AdministrativeDivisions#successorsOf}}
   */
  public abstract Optional<String> getSuccessorCode();

  /** {@return the first day of the successor unit, present with {@link #getSuccessorCode()}} */
  public abstract Optional<LocalDate> getSuccessorDate();

  /** {@return the name of the successor unit, if known, e.g. "Xã Đan Điền"} */
  public abstract Optional<String> getSuccessorName();

  /** {@return the ancestors, nearest first (parent, grandparent, ..., root); empty for a root} */
  public List<AdministrativeUnit> getAncestors() {
    List<AdministrativeUnit> result = new ArrayList<>();
    Optional<AdministrativeUnit> p = getParent();
    while (p.isPresent()) {
      result.add(p.get());
      p = p.get().getParent();
    }
    return Collections.unmodifiableList(result);
  }

  /** {@return the root of this unit's tree: its farthest ancestor, or itself when it has no parent} */
  public AdministrativeUnit getRoot() {
    List<AdministrativeUnit> a = getAncestors();
    return a.isEmpty() ? this : a.get(a.size() - 1);
  }

  /**
   * Whether this unit lies within another: the other unit is this unit or one of its ancestors.
   *
   * @param other the other unit
   * @return true when this unit equals {@code other} or {@code other} is an ancestor
   */
  public boolean isWithin(AdministrativeUnit other) {
    Objects.requireNonNull(other, "other must not be null");
    return equals(other) || getAncestors().contains(other);
  }

  /**
   * The nearest unit of a level among this unit and its ancestors.
   *
   * @param level the level
   * @return the unit, or empty when the tree has no unit of that level above this one
   */
  public Optional<AdministrativeUnit> ancestorAt(AdministrativeLevel level) {
    Objects.requireNonNull(level, "level must not be null");
    if (getLevel() == level) {
      return Optional.of(this);
    }
    return getAncestors().stream().filter(u -> u.getLevel() == level).findFirst();
  }

  /**
   * Whether the unit exists in this form on a date.
   *
   * @param date the date
   * @return true when the date is in the unit's period (unknown bounds are open)
   */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return getValidFrom().map(f -> !date.isBefore(f)).orElse(true)
        && getValidTo().map(t -> !date.isAfter(t)).orElse(true);
  }

  /** {@return the commune code, when this unit is a commune} */
  public Optional<CommuneCode> getCommuneCode() {
    return getLevel() == AdministrativeLevel.COMMUNE ? Optional.of(CommuneCode.parse(getCode())) : Optional.empty();
  }

  /**
   * A commune with no recorded parent or period.
   *
   * @param code the commune code
   * @param name the name, e.g. "Xã Quảng Vinh"
   * @return the unit
   */
  public static AdministrativeUnit ofCommune(CommuneCode code, String name) {
    Objects.requireNonNull(code, "code must not be null");
    return builder().code(code.getCode()).name(name).level(AdministrativeLevel.COMMUNE).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getCode().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.ADMIN_CODE_BLANK, "administrative unit code must not be blank");
    }
    if (getName().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.ADMIN_NAME_BLANK, "administrative unit " + getCode() + ": name must not be blank");
    }
    if (getLevel() == AdministrativeLevel.COMMUNE && !CommuneCode.isValid(getCode())) {
      throw new InvalidValueException(CoreErrorCode.ADMIN_COMMUNE_CODE_FORMAT, "administrative unit " + getCode() + ": a commune code has exactly 5 digits");
    }
    if (getParent().isPresent() && !getParent().get().getLevel().isAbove(getLevel())) {
      throw new InvalidValueException(CoreErrorCode.ADMIN_PARENT_LEVEL,
          "administrative unit " + getCode() + ": the parent (" + getParent().get().getLevel()
              + ") must be above a " + getLevel());
    }
    if (getValidFrom().isPresent() && getValidTo().isPresent() && getValidTo().get().isBefore(getValidFrom().get())) {
      throw new InvalidValueException(CoreErrorCode.ADMIN_VALIDITY_ORDER, "administrative unit " + getCode() + ": validTo is before validFrom");
    }
    if (getSuccessorCode().isPresent() != getSuccessorDate().isPresent()
        || (getSuccessorName().isPresent() && getSuccessorCode().isEmpty())) {
      throw new InvalidValueException(CoreErrorCode.ADMIN_SUCCESSOR_INCOMPLETE,
          "administrative unit " + getCode() + ": a successor needs both a code and a date");
    }
    if (getType().isPresent() && !getType().get().isOf(getLevel())) {
      throw AdminDataError.TYPE_LEVEL.exception("administrative unit " + getCode() + ": a " + getType().get()
          + " is not a " + getLevel());
    }
  }

  /** Builds an {@link AdministrativeUnit}. */
  public static final class Builder extends ImmutableAdministrativeUnit.Builder {
    Builder() {}
  }
}

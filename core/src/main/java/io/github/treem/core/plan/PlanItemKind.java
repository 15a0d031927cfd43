package io.github.treem.core.plan;

import org.apiguardian.api.API;

/**
 * The kinds of item in the body of a commune plan: the tasks of its section "Nhiệm vụ", the
 * solutions of its section "Giải pháp thực hiện", and the duties that its section "Tổ chức thực
 * hiện" gives each unit.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PlanItemKind {
  /** A task (nhiệm vụ), section II of the Quảng Vinh 2020 plan. */
  TASK("Nhiệm vụ", "Task", "NV"),
  /** A solution (giải pháp thực hiện), section III of the Quảng Vinh 2020 plan. */
  SOLUTION("Giải pháp", "Solution", "GP"),
  /** A duty of one unit (tổ chức thực hiện), section V of the Quảng Vinh 2020 plan. */
  DUTY("Nhiệm vụ của đơn vị", "Duty of a unit", "TC");

  private final String nameVi;
  private final String nameEn;
  private final String idPrefix;

  PlanItemKind(String nameVi, String nameEn, String idPrefix) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.idPrefix = idPrefix;
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
   * {@return the prefix of the identifiers treem gives items of this kind: {@code NV} (nhiệm vụ),
   * {@code GP} (giải pháp), {@code TC} (tổ chức thực hiện); a convention, not a rule}
   */
  public String getIdPrefix() {
    return idPrefix;
  }
}

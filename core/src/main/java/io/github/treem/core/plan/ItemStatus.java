package io.github.treem.core.plan;

import org.apiguardian.api.API;

/**
 * Where a plan item stands at a date.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ItemStatus {
  /** Nothing done yet, and the plan's year is not over. */
  NOT_STARTED("chưa triển khai", "not started"),
  /** Work done, not finished (or not assessed as finished). */
  UNDER_WAY("đang thực hiện", "under way"),
  /** Done. */
  DONE("đã hoàn thành", "done"),
  /** Not done: the officer says so, or the year ended with nothing recorded. */
  NOT_DONE("chưa thực hiện được", "not done");

  private final String nameVi;
  private final String nameEn;

  ItemStatus(String nameVi, String nameEn) {
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

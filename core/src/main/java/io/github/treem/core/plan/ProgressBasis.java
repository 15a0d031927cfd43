package io.github.treem.core.plan;

import org.apiguardian.api.API;

/**
 * What an item's status at a date rests on.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ProgressBasis {
  /** The officer's own assessment (the latest on or before the date). */
  OFFICER("đánh giá của cán bộ", "the officer's assessment"),
  /** Every event the item names was held (an activity in each event's window). */
  EVENTS_HELD("đã tổ chức các sự kiện", "every event it names was held"),
  /** Activities logged for the item. */
  ACTIVITIES("theo nhật ký hoạt động", "activities logged"),
  /** Nothing logged or assessed. */
  NO_RECORD("không có ghi nhận", "nothing recorded");

  private final String nameVi;
  private final String nameEn;

  ProgressBasis(String nameVi, String nameEn) {
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

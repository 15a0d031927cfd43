package io.github.treem.indicators;

import org.apiguardian.api.API;

/**
 * How a plan's monitoring line moved since last year (a {@link MonitoringAssessment}): the way the
 * plan wants, the other way, not at all, or not judged. Never met or not met: a monitoring line
 * has no number to meet.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MonitoringStatus {
  /** The change goes the way the plan wants (theo hướng mong muốn). */
  TOWARDS("theo hướng mong muốn", "moving the desired way"),
  /** The change goes against the way the plan wants (ngược hướng mong muốn). */
  AWAY("ngược hướng mong muốn", "moving against the desired way"),
  /** The two values as shown are equal: no change. */
  UNCHANGED("không đổi", "unchanged"),
  /** The line sets no direction: the change is shown, never judged. */
  NOT_JUDGED("không đánh giá hướng", "no direction to judge"),
  /** A year lacks a value: no report of an earlier year, or no value in either year. */
  NO_DATA("không có dữ liệu", "no data"),
  /**
   * A value of either year is hidden by the disclosure rule: the change and its direction are
   * hidden too, since they would tell it.
   */
  SUPPRESSED("ẩn (x)", "hidden (x)");

  private final String nameVi;
  private final String nameEn;

  MonitoringStatus(String nameVi, String nameEn) {
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

package io.github.treem.core.plan;

import org.apiguardian.api.API;

/**
 * The way a plan wants an indicator to move, where it sets no number: a {@link MonitoringLine}'s
 * direction. "Đảm bảo tình trạng suy dinh dưỡng ... được cải thiện" asks stunting to
 * {@link #DECREASE}; "tăng dần" asks a rate to {@link #INCREASE}; a line the plan only asks to
 * follow is {@link #NONE}.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DesiredDirection {
  /** The value should go down on last year's (e.g. stunting, overweight). */
  DECREASE("giảm", "decrease"),
  /** The value should go up on last year's. */
  INCREASE("tăng", "increase"),
  /** No direction: the line is followed, its change shown but never judged. */
  NONE("theo dõi, không đặt hướng", "followed, no direction set");

  private final String nameVi;
  private final String nameEn;

  DesiredDirection(String nameVi, String nameEn) {
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

  /**
   * Whether a change of the value goes the desired way. Zero never does; a line without a
   * direction never does.
   *
   * @param changeSign the sign of {@code this year − last year}: negative, zero or positive
   * @return true when a change of that sign is the one the plan asks for
   */
  public boolean isDesired(int changeSign) {
    return switch (this) {
      case DECREASE -> changeSign < 0;
      case INCREASE -> changeSign > 0;
      case NONE -> false;
    };
  }
}

package io.github.treem.core.plan;

import org.apiguardian.api.API;

/**
 * The people an activity reaches, counted separately.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Audience {
  /** Children (trẻ em). Their counts are published only through disclosure control. */
  CHILDREN("trẻ em", "children"),
  /** Parents and carers (cha mẹ, người chăm sóc trẻ). */
  PARENTS("cha mẹ, người chăm sóc", "parents and carers"),
  /** Child-protection collaborators and volunteers (cộng tác viên, tình nguyện viên). */
  COLLABORATORS("cộng tác viên", "collaborators"),
  /** Officials and staff (cán bộ, giáo viên, nhân viên y tế). */
  OFFICIALS("cán bộ", "officials and staff"),
  /** Other people (người dân). */
  OTHERS("người dân khác", "other people");

  private final String nameVi;
  private final String nameEn;

  Audience(String nameVi, String nameEn) {
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

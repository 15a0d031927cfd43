package io.github.treem.core.plan;

import org.apiguardian.api.API;

/**
 * Where the units of a plan item come from: written in the plan, or treem's reading of it. A
 * plan's section "Tổ chức thực hiện" names the unit of each duty; its tasks and solutions name
 * none, so the units treem gives them are a reading that the officer may change.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AssignmentBasis {
  /** The plan itself names the unit (a duty of section "Tổ chức thực hiện"). */
  STATED("Kế hoạch nêu rõ", "stated in the plan"),
  /** The plan names no unit; the units are a reading of the plan (by treem or the officer). */
  READING("Cách hiểu kế hoạch", "a reading of the plan");

  private final String nameVi;
  private final String nameEn;

  AssignmentBasis(String nameVi, String nameEn) {
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

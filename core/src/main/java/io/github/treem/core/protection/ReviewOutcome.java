package io.github.treem.core.protection;

import org.apiguardian.api.API;

/**
 * What a review after implementing a plan proposes to the commune chairman (Decree 56/2017 Điều
 * 30 khoản 1 điểm b-c).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ReviewOutcome {
  /** End the plan: the child is no longer at risk and is stable (điểm b). */
  END_PLAN("Kết thúc kế hoạch hỗ trợ, can thiệp", "End the plan"),
  /** Continue: draft and approve a new plan (điểm c). */
  CONTINUE("Tiếp tục quy trình xây dựng, phê duyệt kế hoạch", "Continue with a new plan");

  private final String nameVi;
  private final String nameEn;

  ReviewOutcome(String nameVi, String nameEn) {
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

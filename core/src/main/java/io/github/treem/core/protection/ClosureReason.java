package io.github.treem.core.protection;

import org.apiguardian.api.API;

/**
 * Why a case was closed. Only {@link #NO_LONGER_AT_RISK} is a reason the decree names (Decree
 * 56/2017 Điều 30 khoản 1 điểm b); the others are treem's, for the ways a case ends in practice.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ClosureReason {
  /** The plan ended: the child is no longer at risk and is stable (Điều 30 khoản 1 điểm b). */
  NO_LONGER_AT_RISK("Trẻ em không còn nguy cơ bị xâm hại", "No longer at risk", true),
  /** The initial assessment found no harm and no risk: no plan is needed. */
  NO_HARM_OR_RISK_FOUND("Không có tổn hại hoặc nguy cơ", "No harm or risk found", false),
  /** Handed over to another commune, agency or facility that now holds the case. */
  TRANSFERRED("Chuyển giao cho nơi khác quản lý", "Transferred", false),
  /** The child turned 16 (no longer a child under the Law on Children 2016, Điều 1). */
  CHILD_TURNED_16("Trẻ em đã đủ 16 tuổi", "The child turned 16", false),
  /** The child died. */
  CHILD_DIED("Trẻ em đã chết", "The child died", false),
  /** Another reason. */
  OTHER("Lý do khác", "Other", false);

  private final String nameVi;
  private final String nameEn;
  private final boolean planCompleted;

  ClosureReason(String nameVi, String nameEn, boolean planCompleted) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.planCompleted = planCompleted;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /** {@return true when the reason means a plan was carried out to its end} */
  public boolean isPlanCompleted() {
    return planCompleted;
  }
}

package io.github.treem.indicators.cfc;

import org.apiguardian.api.API;

/**
 * Where the value of a scoring item comes from.
 *
 * <ul>
 *   <li>{@link #REGISTER}: computed from the register by the indicator named in the item
 *       ({@code ScoringItem#getInputCode()}); the self-assessment's value is used only when the
 *       report has none (e.g. an indicator not yet computed).
 *   <li>{@link #SELF_ASSESSMENT}: the commune's self-assessment; an item may name a register
 *       indicator as a stand-in (a proxy), used only when the self-assessment gives no value, and
 *       then always provisional.
 *   <li>{@link #PROTECTION_CASES}: computed from the protection cases ({@link CaseFigures}) when
 *       the caller gives them; otherwise from the self-assessment.
 * </ul>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum InputSource {
  /** The register (sổ theo dõi trẻ em), through an indicator of the report. */
  REGISTER("sổ theo dõi trẻ em", "the register"),
  /** The commune's self-assessment (tự đánh giá), each value with its evidence. */
  SELF_ASSESSMENT("tự đánh giá của xã", "the commune's self-assessment"),
  /** The child-protection cases (hồ sơ trường hợp bảo vệ trẻ em). */
  PROTECTION_CASES("hồ sơ bảo vệ trẻ em", "the protection cases");

  private final String nameVi;
  private final String nameEn;

  InputSource(String nameVi, String nameEn) {
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

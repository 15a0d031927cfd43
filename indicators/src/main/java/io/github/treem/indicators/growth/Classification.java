package io.github.treem.indicators.growth;

import org.apiguardian.api.API;

/**
 * A child's nutritional classification on one indicator, by the WHO cut-offs applied to the
 * rounded z-score (docs/growth-standards.md §10). {@link #NOT_AVAILABLE} when the z-score is missing
 * (not computable, out of range, oedema) or flagged as biologically implausible: such a child is
 * in neither the numerator nor the denominator of a prevalence.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Classification {
  /** Not affected: z-score within the cut-offs. */
  NONE("bình thường", "not affected"),
  /** Moderate (z &lt; -2 and z &ge; -3 for underweight, stunting, wasting, thinness). */
  MODERATE("mức độ vừa", "moderate"),
  /** Severe (z &lt; -3). */
  SEVERE("mức độ nặng", "severe"),
  /** Overweight (under 5: weight-for-length/height z &gt; 2; 5-19 years: BMI-for-age z &gt; 1). */
  OVERWEIGHT("thừa cân", "overweight"),
  /** Obese (under 5: weight-for-length/height z &gt; 3; 5-19 years: BMI-for-age z &gt; 2). */
  OBESE("béo phì", "obese"),
  /** No valid, unflagged z-score. */
  NOT_AVAILABLE("không xác định", "no valid z-score");

  private final String nameVi;
  private final String nameEn;

  Classification(String nameVi, String nameEn) {
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

  /** {@return whether the child counts in the numerator: moderate, severe, overweight or obese} */
  public boolean isAffected() {
    return this != NONE && this != NOT_AVAILABLE;
  }

  /** {@return whether the child counts in the denominator: a valid, unflagged z-score} */
  public boolean isAvailable() {
    return this != NOT_AVAILABLE;
  }

  static Classification deficit(double z, boolean flagged) {
    if (Double.isNaN(z) || flagged) {
      return NOT_AVAILABLE;
    }
    if (z < -3) {
      return SEVERE;
    }
    return z < -2 ? MODERATE : NONE;
  }

  static Classification excess(double z, boolean flagged, double overweight, double obese) {
    if (Double.isNaN(z) || flagged) {
      return NOT_AVAILABLE;
    }
    if (z > obese) {
      return OBESE;
    }
    return z > overweight ? OVERWEIGHT : NONE;
  }
}

package io.github.treem.indicators.growth.internal;

import io.github.treem.core.MeasurePosition;
import io.github.treem.core.taxonomy.Sex;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the WHO 2006 Child Growth Standards as the R package {@code anthro} applies them
 * (docs/growth-standards.md): the cleaning of age and position, the length/height adjustment, the
 * age-based z-scores and weight-for-length/height, unrounded. Their one home: the public
 * {@code WhoGrowth} and the indicators' per-child path ({@link #under5}) both call them, so the
 * indicators' z-scores are those of {@code WhoGrowth.anthro2006} by construction.
 */
public final class Who2006 {
  /** Days per month in the WHO software. */
  public static final double DAYS_PER_MONTH = 30.4375;

  /** The largest age in days of the 2006 standards. */
  private static final double MAX_AGE_DAYS = 1856;

  private Who2006() {}

  /**
   * The cleaned inputs of one measurement and its three z-scores of the under-5 indicators,
   * unrounded (as {@code anthro_zscores} computes them before rounding). Missing values are NaN.
   */
  public static final class Under5 {
    private final double ageR;
    private final double months;
    private final @Nullable MeasurePosition cmeasure;
    private final boolean c9mo;
    private final double clenhei;
    private final double zlen;
    private final double zwei;
    private final double zwfl;

    Under5(double ageR, double months, @Nullable MeasurePosition cmeasure, boolean c9mo, double clenhei,
        double zlen, double zwei, double zwfl) {
      this.ageR = ageR;
      this.months = months;
      this.cmeasure = cmeasure;
      this.c9mo = c9mo;
      this.clenhei = clenhei;
      this.zlen = zlen;
      this.zwei = zwei;
      this.zwfl = zwfl;
    }

    /** {@return the age in days rounded half up to a whole day; NaN when unknown} */
    public double ageR() {
      return ageR;
    }

    /** {@return the age in months (days / 30.4375, unrounded); NaN when unknown} */
    public double months() {
      return months;
    }

    /** {@return the cleaned position: null when none was given or a standing height under 9 months} */
    public @Nullable MeasurePosition cmeasure() {
      return cmeasure;
    }

    /** {@return whether a standing height was given under 9 months} */
    public boolean c9mo() {
      return c9mo;
    }

    /** {@return the adjusted length/height (clenhei)} */
    public double clenhei() {
      return clenhei;
    }

    /** {@return length/height-for-age, unrounded} */
    public double zlen() {
      return zlen;
    }

    /** {@return weight-for-age, unrounded (NaN with oedema)} */
    public double zwei() {
      return zwei;
    }

    /** {@return weight-for-length/height, unrounded (NaN with oedema)} */
    public double zwfl() {
      return zwfl;
    }
  }

  /**
   * The cleaned inputs and the under-5 indicators' three z-scores of one measurement, unrounded:
   * the first steps of {@code anthro_zscores}, in its order.
   *
   * @param sex the sex, or null when unknown (no z-score)
   * @param ageDays age in days (fractions allowed), NaN when unknown
   * @param weightKg weight in kg, NaN when missing
   * @param lenHeiCm length or height in cm as measured, NaN when missing
   * @param position how the length/height was measured, null when not recorded
   * @param oedema whether bilateral pitting oedema was present
   * @return the cleaned inputs and the three z-scores
   */
  public static Under5 under5(
      @Nullable Sex sex, double ageDays, double weightKg, double lenHeiCm, @Nullable MeasurePosition position, boolean oedema) {
    int sx = sexCode(sex);
    double age = ageDays >= 0 ? ageDays : Double.NaN;
    double ageR = Double.isNaN(age) ? Double.NaN : Lms.roundUp(age);
    double months = age / DAYS_PER_MONTH;
    boolean c9mo = position == MeasurePosition.STANDING && months < 9;
    MeasurePosition cmeasure = c9mo ? null : position;
    double clenhei = adjustLenhei(ageR, cmeasure, lenHeiCm);
    double zlen = ageBased(Tables.LEN, sx, ageR, months, clenhei, false, 0);
    double zwei = oedema ? Double.NaN : ageBased(Tables.WEI, sx, ageR, months, weightKg, true, 0);
    double zwfl = oedema ? Double.NaN : wfl(sx, ageR, months, weightKg, clenhei, cmeasure);
    return new Under5(ageR, months, cmeasure, c9mo, clenhei, zlen, zwei, zwfl);
  }

  /**
   * {@return whether a rounded length/height-for-age z-score is flagged as implausible: below -6
   * or above 6 (false for NaN)}
   *
   * @param rounded the z-score rounded to 2 decimals
   */
  public static boolean flagLen(double rounded) {
    return rounded < -6 || rounded > 6;
  }

  /**
   * {@return whether a rounded weight-for-age z-score is flagged as implausible: below -6 or
   * above 5 (false for NaN)}
   *
   * @param rounded the z-score rounded to 2 decimals
   */
  public static boolean flagWei(double rounded) {
    return rounded < -6 || rounded > 5;
  }

  /**
   * {@return whether a rounded z-score of weight-for-length/height (or of the other 2006
   * indicators) is flagged as implausible: below -5 or above 5 (false for NaN)}
   *
   * @param rounded the z-score rounded to 2 decimals
   */
  public static boolean flagFive(double rounded) {
    return rounded < -5 || rounded > 5;
  }

  /**
   * {@return the sex's code in the WHO tables: 1 male, 2 female, 0 unknown}
   *
   * @param sex the sex, or null
   */
  public static int sexCode(@Nullable Sex sex) {
    return sex == null ? 0 : sex.getCode();
  }

  /**
   * Length/height adjustment by the rounded age in days (anthro's adjust_lenhei).
   *
   * @param ageR the rounded age in days, NaN when unknown
   * @param measure the cleaned position, null when none
   * @param lenhei the length/height as measured
   * @return the adjusted length/height
   */
  public static double adjustLenhei(double ageR, @Nullable MeasurePosition measure, double lenhei) {
    if (measure == MeasurePosition.STANDING && ageR < 731) {
      return lenhei + 0.7;
    }
    if (measure == MeasurePosition.LYING && ageR >= 731) {
      return lenhei - 0.7;
    }
    return lenhei;
  }

  /**
   * {@return the body mass index from the adjusted length/height}
   *
   * @param weight the weight in kg
   * @param clenhei the adjusted length/height in cm
   */
  public static double bmi(double weight, double clenhei) {
    double h = clenhei / 100;
    return weight / (h * h);
  }

  /**
   * An age-based 2006 z-score, unrounded: table row at the rounded age in days; valid for
   * minAge..1856 days, age in months &lt; 60, a measurement &gt; 0, a known sex.
   *
   * @param t the table
   * @param sex the sex code ({@link #sexCode})
   * @param ageR the rounded age in days
   * @param months the age in months
   * @param y the measurement
   * @param restricted whether the restricted LMS applies beyond ±3 SD
   * @param minAge the first age in days of the table
   * @return the z-score, NaN when none
   */
  public static double ageBased(
      LmsTable t, int sex, double ageR, double months, double y, boolean restricted, int minAge) {
    if (sex == 0 || !(y > 0) || !(ageR >= minAge && ageR <= MAX_AGE_DAYS) || !(months < 60)) {
      return Double.NaN;
    }
    int off = t.offset(sex, (long) ageR);
    if (off < 0) {
      return Double.NaN;
    }
    return restricted
        ? Lms.zRestricted(y, t.l(off), t.m(off), t.s(off))
        : Lms.z(y, t.l(off), t.m(off), t.s(off));
  }

  /**
   * Weight-for-length/height, unrounded (anthro's weight-for-lenhei, literally in doubles).
   *
   * @param sex the sex code ({@link #sexCode})
   * @param ageR the rounded age in days, NaN when unknown
   * @param months the age in months
   * @param weight the weight in kg
   * @param lenhei the adjusted length/height in cm
   * @param measure the cleaned position, null when none
   * @return the z-score, NaN when none
   */
  public static double wfl(int sex, double ageR, double months, double weight, double lenhei, @Nullable MeasurePosition measure) {
    // as the WHO software: no "<= 0" rule here; a zero weight gives a (flagged) z-score
    if (sex == 0 || !(weight >= 0) || Double.isNaN(lenhei)) {
      return Double.NaN;
    }
    boolean useLength;
    if (!Double.isNaN(ageR)) {
      useLength = ageR < 731;
    } else if (measure != null) {
      useLength = measure == MeasurePosition.LYING;
    } else {
      useLength = lenhei < 87;
    }
    LmsTable t;
    if (useLength) {
      if (!(lenhei >= 45 && lenhei <= 110)) {
        return Double.NaN;
      }
      t = Tables.WFL;
    } else {
      if (!(lenhei >= 65 && lenhei <= 120)) {
        return Double.NaN;
      }
      t = Tables.WFH;
    }
    // age: missing, or at most 1856 days and under 60 months
    if (!Double.isNaN(ageR) && !(ageR <= MAX_AGE_DAYS && months < 60)) {
      return Double.NaN;
    }
    double lowKey = trunc(lenhei * 10);
    double uppKey = trunc(lenhei * 10 + 1);
    double low = lowKey / 10;
    double diff = (lenhei - low) / 0.1;
    return interpolated(t, sex, lowKey, uppKey, diff, weight, true);
  }

  /**
   * An LMS z-score with l, m and s interpolated linearly between two rows of a table, in the
   * WHO software's order (m, then l, then s): anthro's weight-for-length/height between 0.1 cm
   * rows, anthroplus's 2007 indicators between whole months.
   *
   * @param t the table
   * @param sex the sex code ({@link #sexCode})
   * @param lowKey the key of the row at or below the measurement
   * @param uppKey the key of the next row
   * @param diff the fraction of the way from the low row to the next (0: the low row alone)
   * @param y the measurement
   * @param restricted whether the restricted LMS applies beyond ±3 SD
   * @return the z-score, unrounded; NaN when a row is missing
   */
  public static double interpolated(
      LmsTable t, int sex, double lowKey, double uppKey, double diff, double y, boolean restricted) {
    int lo = t.offset(sex, (long) lowKey);
    if (lo < 0) {
      return Double.NaN;
    }
    double l = t.l(lo);
    double m = t.m(lo);
    double s = t.s(lo);
    if (diff > 0) {
      int up = t.offset(sex, (long) uppKey);
      if (up < 0) {
        return Double.NaN;
      }
      m = m + diff * (t.m(up) - m);
      l = l + diff * (t.l(up) - l);
      s = s + diff * (t.s(up) - s);
    }
    return restricted ? Lms.zRestricted(y, l, m, s) : Lms.z(y, l, m, s);
  }

  /**
   * {@return x truncated towards zero, as R's {@code trunc}}
   *
   * @param x the value
   */
  public static double trunc(double x) {
    return x < 0 ? Math.ceil(x) : Math.floor(x);
  }
}

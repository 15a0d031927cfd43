package io.github.treem.indicators.growth.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The LMS arithmetic, written in the order the WHO software evaluates it, so that every double
 * operation is the same.
 */
public final class Lms {
  private Lms() {}

  /**
   * The plain LMS z-score.
   *
   * @param y the measurement
   * @param l Box-Cox power
   * @param m median
   * @param s coefficient of variation
   * @return {@code ((y/m)^l - 1) / (s*l)}
   */
  public static double z(double y, double l, double m, double s) {
    return (pow(y / m, l) - 1) / (s * l);
  }

  /**
   * The measurement at k standard deviations.
   *
   * @param k the number of SDs
   * @param l Box-Cox power
   * @param m median
   * @param s coefficient of variation
   * @return {@code m * (1 + l*s*k)^(1/l)}
   */
  public static double sd(double k, double l, double m, double s) {
    return m * pow(1 + l * s * k, 1 / l);
  }

  /**
   * The restricted (adjusted) z-score: plain within ±3, linear in the 2-3 SD spacing beyond.
   *
   * @param y the measurement
   * @param l Box-Cox power
   * @param m median
   * @param s coefficient of variation
   * @return the z-score
   */
  public static double zRestricted(double y, double l, double m, double s) {
    double z = z(y, l, m, s);
    if (z > 3) {
      double sd3 = sd(3, l, m, s);
      return 3 + (y - sd3) / (sd3 - sd(2, l, m, s));
    }
    if (z < -3) {
      double sd3n = sd(-3, l, m, s);
      return -3 + (y - sd3n) / (sd(-2, l, m, s) - sd3n);
    }
    return z;
  }

  /** R's {@code x^y} for finite operands (R returns x*x for y == 2 and 1 for x == 1 or y == 0). */
  static double pow(double x, double y) {
    if (y == 1) {
      return x;
    }
    if (y == 2) {
      return x * x;
    }
    if (x == 1 || y == 0) {
      return 1;
    }
    return Math.pow(x, y);
  }

  /**
   * Rounds to 2 decimals as R's {@code round(z, 2)}: the exact binary value of the double, ties
   * to even ({@code new BigDecimal(z).setScale(2, HALF_EVEN)}); -0 becomes 0. Fast path when
   * the value is clearly not near a tie.
   *
   * @param z the value (NaN stays NaN)
   * @return the rounded value
   */
  public static double round2(double z) {
    if (!Double.isFinite(z)) {
      return z;
    }
    double t = z * 100;
    if (Math.abs(t) < 1e12) {
      double f = t - Math.floor(t);
      if (Math.abs(f - 0.5) > 1e-6) {
        return Math.rint(t) / 100 + 0.0;
      }
    }
    return new BigDecimal(z).setScale(2, RoundingMode.HALF_EVEN).doubleValue() + 0.0;
  }

  /**
   * Rounds an age in days half up to a whole day, as the WHO software does
   * ({@code floor(x) + (x - floor(x) >= 0.5)}).
   *
   * @param days age in days, not negative
   * @return the whole day
   */
  public static double roundUp(double days) {
    double f = Math.floor(days);
    return days - f >= 0.5 ? f + 1 : f;
  }
}

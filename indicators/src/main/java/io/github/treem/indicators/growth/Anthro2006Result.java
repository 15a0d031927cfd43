package io.github.treem.indicators.growth;

import io.github.treem.core.MeasurePosition;
import io.github.treem.indicators.internal.TreemStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The WHO 2006 Child Growth Standards z-scores of one child at one measurement (0-5 years), as
 * the WHO's {@code anthro_zscores} returns them: the cleaned length/height and position, the
 * 9-month position flag, the BMI, and for each of the eight indicators the z-score (rounded to 2
 * decimals, and unrounded) with its implausibility flag. Missing values are NaN.
 *
 * <p>Classifications ({@link #getUnderweight()}, {@link #getStunting()}, {@link #getWasting()},
 * {@link #getOverweight()}) use the rounded z-score and are {@link Classification#NOT_AVAILABLE}
 * when it is missing or flagged.
 *
 * <p>Implementation requirements: immutable and thread-safe. Created by {@link WhoGrowth}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Anthro2006Result {
  Anthro2006Result() {}

  /**
   * {@return the length/height used (clenhei): the input, +0.7 cm for a standing height under 731
   * days, -0.7 cm for a recumbent length from 731 days; NaN when missing}
   */
  public abstract double getClenhei();

  /**
   * {@return the cleaned position (cmeasure): the one given, or empty when none was given or
   * when a standing height was given for a child under 9 months}
   */
  public abstract Optional<MeasurePosition> getCmeasure();

  /** {@return whether a standing height was given for a child under 9 months (c9mo_flag)} */
  public abstract boolean isC9moFlag();

  /** {@return the body mass index, weight / (clenhei in m)^2, unrounded (cbmi); NaN when missing} */
  public abstract double getCbmi();

  /** {@return the length/height-for-age z-score rounded to 2 decimals as the WHO prints it (zlen); NaN when the WHO software gives NA} */
  public abstract double getZlen();

  /** {@return the length/height-for-age z-score before rounding; NaN when none} */
  public abstract double getZlenUnrounded();

  /** {@return whether the rounded length/height-for-age z-score is flagged as implausible (|z| &gt; 6) (flen); false when there is no z-score} */
  public abstract boolean isFlen();

  /** {@return the weight-for-age z-score rounded to 2 decimals as the WHO prints it (zwei); NaN when the WHO software gives NA} */
  public abstract double getZwei();

  /** {@return the weight-for-age z-score before rounding; NaN when none} */
  public abstract double getZweiUnrounded();

  /** {@return whether the rounded weight-for-age z-score is flagged as implausible (z &lt; -6 or z &gt; 5) (fwei); false when there is no z-score} */
  public abstract boolean isFwei();

  /** {@return the weight-for-length/height z-score rounded to 2 decimals as the WHO prints it (zwfl); NaN when the WHO software gives NA} */
  public abstract double getZwfl();

  /** {@return the weight-for-length/height z-score before rounding; NaN when none} */
  public abstract double getZwflUnrounded();

  /** {@return whether the rounded weight-for-length/height z-score is flagged as implausible (|z| &gt; 5) (fwfl); false when there is no z-score} */
  public abstract boolean isFwfl();

  /** {@return the BMI-for-age z-score rounded to 2 decimals as the WHO prints it (zbmi); NaN when the WHO software gives NA} */
  public abstract double getZbmi();

  /** {@return the BMI-for-age z-score before rounding; NaN when none} */
  public abstract double getZbmiUnrounded();

  /** {@return whether the rounded BMI-for-age z-score is flagged as implausible (|z| &gt; 5) (fbmi); false when there is no z-score} */
  public abstract boolean isFbmi();

  /** {@return the head circumference-for-age z-score rounded to 2 decimals as the WHO prints it (zhc); NaN when the WHO software gives NA} */
  public abstract double getZhc();

  /** {@return the head circumference-for-age z-score before rounding; NaN when none} */
  public abstract double getZhcUnrounded();

  /** {@return whether the rounded head circumference-for-age z-score is flagged as implausible (|z| &gt; 5) (fhc); false when there is no z-score} */
  public abstract boolean isFhc();

  /** {@return the arm circumference-for-age z-score rounded to 2 decimals as the WHO prints it (zac); NaN when the WHO software gives NA} */
  public abstract double getZac();

  /** {@return the arm circumference-for-age z-score before rounding; NaN when none} */
  public abstract double getZacUnrounded();

  /** {@return whether the rounded arm circumference-for-age z-score is flagged as implausible (|z| &gt; 5) (fac); false when there is no z-score} */
  public abstract boolean isFac();

  /** {@return the triceps skinfold-for-age z-score rounded to 2 decimals as the WHO prints it (zts); NaN when the WHO software gives NA} */
  public abstract double getZts();

  /** {@return the triceps skinfold-for-age z-score before rounding; NaN when none} */
  public abstract double getZtsUnrounded();

  /** {@return whether the rounded triceps skinfold-for-age z-score is flagged as implausible (|z| &gt; 5) (fts); false when there is no z-score} */
  public abstract boolean isFts();

  /** {@return the subscapular skinfold-for-age z-score rounded to 2 decimals as the WHO prints it (zss); NaN when the WHO software gives NA} */
  public abstract double getZss();

  /** {@return the subscapular skinfold-for-age z-score before rounding; NaN when none} */
  public abstract double getZssUnrounded();

  /** {@return whether the rounded subscapular skinfold-for-age z-score is flagged as implausible (|z| &gt; 5) (fss); false when there is no z-score} */
  public abstract boolean isFss();

  /** {@return underweight (suy dinh dưỡng thể nhẹ cân): weight-for-age z &lt; -2, severe &lt; -3} */
  public Classification getUnderweight() {
    return Classification.deficit(getZwei(), isFwei());
  }

  /** {@return stunting (thấp còi): length/height-for-age z &lt; -2, severe &lt; -3} */
  public Classification getStunting() {
    return Classification.deficit(getZlen(), isFlen());
  }

  /** {@return wasting (gầy còm): weight-for-length/height z &lt; -2, severe &lt; -3} */
  public Classification getWasting() {
    return Classification.deficit(getZwfl(), isFwfl());
  }

  /**
   * {@return overweight (thừa cân) when weight-for-length/height z &gt; 2, obese (béo phì) when
   * z &gt; 3}
   */
  public Classification getOverweight() {
    return Classification.excess(getZwfl(), isFwfl(), 2, 3);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Anthro2006Result} (used by {@link WhoGrowth}). */
  static final class Builder extends ImmutableAnthro2006Result.Builder {
    Builder() {}
  }
}

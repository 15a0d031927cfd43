package io.github.treem.indicators.growth;

import io.github.treem.indicators.internal.TreemStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The WHO 2007 Growth Reference z-scores of one child or adolescent at one measurement (5-19
 * years), as the WHO's {@code anthroplus_zscores} returns them: the BMI and, for height-for-age,
 * weight-for-age (5-10 years) and BMI-for-age, the z-score (rounded to 2 decimals, and unrounded)
 * with its implausibility flag. Missing values are NaN.
 *
 * <p>Implementation requirements: immutable and thread-safe. Created by {@link WhoGrowth}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Who2007Result {
  Who2007Result() {}

  /** {@return the body mass index, weight / (height in m)^2, unrounded (cbmi); NaN when missing} */
  public abstract double getCbmi();

  /** {@return the height-for-age z-score rounded to 2 decimals as the WHO prints it (zhfa); NaN when the WHO software gives NA} */
  public abstract double getZhfa();

  /** {@return the height-for-age z-score before rounding; NaN when none} */
  public abstract double getZhfaUnrounded();

  /** {@return whether the rounded height-for-age z-score is flagged as implausible (|z| &gt; 6) (fhfa); false when there is no z-score} */
  public abstract boolean isFhfa();

  /** {@return the weight-for-age z-score rounded to 2 decimals as the WHO prints it (zwfa); NaN when the WHO software gives NA} */
  public abstract double getZwfa();

  /** {@return the weight-for-age z-score before rounding; NaN when none} */
  public abstract double getZwfaUnrounded();

  /** {@return whether the rounded weight-for-age z-score is flagged as implausible (z &lt; -6 or z &gt; 5) (fwfa); false when there is no z-score} */
  public abstract boolean isFwfa();

  /** {@return the BMI-for-age z-score rounded to 2 decimals as the WHO prints it (zbfa); NaN when the WHO software gives NA} */
  public abstract double getZbfa();

  /** {@return the BMI-for-age z-score before rounding; NaN when none} */
  public abstract double getZbfaUnrounded();

  /** {@return whether the rounded BMI-for-age z-score is flagged as implausible (|z| &gt; 5) (fbfa); false when there is no z-score} */
  public abstract boolean isFbfa();

  /** {@return stunting (thấp còi): height-for-age z &lt; -2, severe &lt; -3} */
  public Classification getStunting() {
    return Classification.deficit(getZhfa(), isFhfa());
  }

  /** {@return underweight: weight-for-age z &lt; -2, severe &lt; -3 (5-10 years only)} */
  public Classification getUnderweight() {
    return Classification.deficit(getZwfa(), isFwfa());
  }

  /** {@return thinness (gầy còm): BMI-for-age z &lt; -2, severe &lt; -3} */
  public Classification getThinness() {
    return Classification.deficit(getZbfa(), isFbfa());
  }

  /** {@return overweight (thừa cân) when BMI-for-age z &gt; 1, obese (béo phì) when z &gt; 2} */
  public Classification getOverweight() {
    return Classification.excess(getZbfa(), isFbfa(), 1, 2);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Who2007Result} (used by {@link WhoGrowth}). */
  static final class Builder extends ImmutableWho2007Result.Builder {
    Builder() {}
  }
}

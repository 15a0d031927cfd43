package io.github.treem.core.plan;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * How a target compares the value of its indicator with its threshold (docs/indicators.md
 * §7): at least ({@code >=}), at most ({@code <=}), below ({@code <}), or an increase on a
 * baseline ({@code >} the previous value).
 *
 * <p>Named {@code TargetComparator} so that it does not clash with {@link java.util.Comparator}.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum TargetComparator {
  /** The value must be at least the threshold ({@code value >= threshold}), e.g. "100% ...". */
  AT_LEAST(">=", "ít nhất", "at least"),
  /** The value must be at most the threshold ({@code value <= threshold}). */
  AT_MOST("<=", "không quá", "at most"),
  /** The value must be strictly below the threshold ({@code value < threshold}), e.g. "xuống dưới 9%". */
  BELOW("<", "dưới", "below"),
  /**
   * The value must be strictly above a baseline, usually the previous year's value
   * ({@code value > baseline}), e.g. "tăng dần tỷ lệ ...".
   */
  INCREASE(">", "tăng so với năm trước", "increase on the baseline");

  private final String symbol;
  private final String nameVi;
  private final String nameEn;

  TargetComparator(String symbol, String nameVi, String nameEn) {
    this.symbol = symbol;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the mathematical symbol of the comparison, e.g. {@code ">="}} */
  public String getSymbol() {
    return symbol;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /** {@return whether this comparator needs a threshold (all but {@link #INCREASE})} */
  public boolean isThresholdRequired() {
    return this != INCREASE;
  }

  /**
   * Whether a value satisfies this comparison, compared exactly (no rounding, no binary
   * floating point: {@code 9.10} equals {@code 9.1}).
   *
   * @param value the exact value of the indicator
   * @param reference the threshold, or for {@link #INCREASE} the baseline
   * @return true when the value satisfies the comparison
   */
  public boolean test(BigDecimal value, BigDecimal reference) {
    return isSatisfiedBy(value.compareTo(reference));
  }

  /**
   * Whether a comparison outcome satisfies this comparator: the caller compares the exact value
   * with the reference (e.g. {@code 100 × numerator} with {@code threshold × denominator}, so that
   * a fraction need not be divided) and passes the sign.
   *
   * @param comparison the sign of {@code value − reference}: negative, zero or positive (as
   *     returned by a {@code compareTo})
   * @return true when a value so placed satisfies the comparison
   */
  public boolean isSatisfiedBy(int comparison) {
    return switch (this) {
      case AT_LEAST -> comparison >= 0;
      case AT_MOST -> comparison <= 0;
      case BELOW -> comparison < 0;
      case INCREASE -> comparison > 0;
      default -> throw new AssertionError(this);
    };
  }
}

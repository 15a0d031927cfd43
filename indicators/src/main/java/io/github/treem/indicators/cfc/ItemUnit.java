package io.github.treem.indicators.cfc;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the value of a scoring item measures, and so the domain its point bands must cover.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ItemUnit {
  /** A percentage (tỷ lệ): 100 × numerator / denominator, in [0, 100]. */
  PERCENT("%", "percent", BigDecimal.valueOf(100), true),
  /** A rate per 100,000 children (tỷ suất): 100,000 × numerator / denominator, 0 or more. */
  PER_100000("/100.000 trẻ em", "per 100,000 children", BigDecimal.valueOf(100_000), true),
  /** A count (số), a whole number, 0 or more. */
  COUNT("số", "count", BigDecimal.ONE, false),
  /** A yes/no answer (có/không); bands {@code yes} and {@code no}. */
  YES_NO("có/không", "yes/no", BigDecimal.ONE, false);

  private final String nameVi;
  private final String nameEn;
  private final BigDecimal factor;
  private final boolean rate;

  ItemUnit(String nameVi, String nameEn, BigDecimal factor, boolean rate) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.factor = factor;
    this.rate = rate;
  }

  /** {@return the Vietnamese name} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }

  /** {@return the multiplier of a fraction: 100 for a percentage, 100,000 for a rate per 100,000, else 1} */
  public BigDecimal getFactor() {
    return factor;
  }

  /** {@return true for a rate (percentage or per 100,000): a value may be a fraction or "nothing to count"} */
  public boolean isRate() {
    return rate;
  }

  /** {@return the largest value of the domain: 100 for a percentage, 1 for yes/no, empty when unbounded} */
  public Optional<BigDecimal> getMaximum() {
    return switch (this) {
      case PERCENT -> Optional.of(BigDecimal.valueOf(100));
      case YES_NO -> Optional.of(BigDecimal.ONE);
      default -> Optional.empty();
    };
  }
}

package io.github.treem.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The exact value of an indicator in its unit, as a fraction of integers: {@code 100 × numerator
 * / denominator} percent for a rate, the count itself for a count, or a decimal written in a plan
 * (a baseline). Targets are assessed on it and values are displayed from it, never from a value
 * already rounded (docs/indicators.md "Targets"): 19,999 of 20,000 is exactly 99.995%, which does
 * not meet "≥ 100%".
 *
 * <p>Comparisons cross-multiply ({@code a/b} against {@code c/d} compares {@code a·d} with
 * {@code c·b}) in {@link BigInteger}: exact for any denominator.
 *
 * <p>Implementation requirements: immutable, thread-safe; {@code equals} compares values
 * ({@code 1/2} equals {@code 2/4} and {@code 0.5}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExactValue implements Comparable<ExactValue> {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private ExactValue(BigInteger numerator, BigInteger denominator) {
    BigInteger g = numerator.gcd(denominator);
    if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The exact value of a numerator and a denominator in an indicator's unit.
   *
   * @param unit the indicator's unit
   * @param numerator the numerator (the count, for a count)
   * @param denominator the denominator (ignored for a count)
   * @return {@code 100 × numerator / denominator} for a rate, the numerator for a count; empty
   *     for a rate whose denominator is 0 (no value)
   */
  public static Optional<ExactValue> of(IndicatorUnit unit, long numerator, long denominator) {
    if (unit == IndicatorUnit.COUNT) {
      return Optional.of(new ExactValue(BigInteger.valueOf(numerator), BigInteger.ONE));
    }
    if (denominator == 0) {
      return Optional.empty();
    }
    if (denominator < 0) {
      throw new IllegalArgumentException("denominator must not be negative");
    }
    return Optional.of(new ExactValue(BigInteger.valueOf(numerator).multiply(HUNDRED), BigInteger.valueOf(denominator)));
  }

  /**
   * The exact value of a result.
   *
   * @param result the result
   * @return its exact value, empty when it has none (denominator 0)
   */
  public static Optional<ExactValue> of(IndicatorResult result) {
    if (result.getState() == ValueState.SUPPRESSED) {
      return Optional.empty(); // a hidden total has no value
    }
    return of(result.getIndicator().getUnit(), result.getNumerator(), result.getDenominator());
  }

  /**
   * The exact value of a breakdown cell.
   *
   * @param unit the unit of the cell's indicator
   * @param cell the cell
   * @return its exact value, empty when suppressed or without value
   */
  public static Optional<ExactValue> of(IndicatorUnit unit, BreakdownCell cell) {
    if (cell.getNumerator().isEmpty() || cell.getDenominator().isEmpty()) {
      return Optional.empty();
    }
    return of(unit, cell.getNumerator().getAsLong(), cell.getDenominator().getAsLong());
  }

  /**
   * A decimal, taken exactly (e.g. a baseline written in a plan).
   *
   * @param value the decimal
   * @return the exact value
   */
  public static ExactValue of(BigDecimal value) {
    Objects.requireNonNull(value, "value must not be null");
    if (value.scale() <= 0) {
      return new ExactValue(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return new ExactValue(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Compares with another exact value.
   *
   * @param other the other value
   * @return negative, zero or positive as this value is below, equal to or above the other
   */
  @Override
  public int compareTo(ExactValue other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /**
   * Compares with a decimal, exactly.
   *
   * @param other the decimal
   * @return negative, zero or positive as this value is below, equal to or above it
   */
  public int compareTo(BigDecimal other) {
    return compareTo(of(other));
  }

  /**
   * The exact difference.
   *
   * @param other the value to subtract
   * @return {@code this − other}
   */
  public ExactValue subtract(ExactValue other) {
    return new ExactValue(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * The value rounded to a number of decimals.
   *
   * @param scale the number of decimals
   * @param mode the rounding mode ({@link RoundingMode#UNNECESSARY} throws when the value is not a
   *     decimal of that scale)
   * @return the rounded value
   */
  public BigDecimal round(int scale, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  /**
   * The least number of decimals that write this value exactly (its reduced denominator is
   * 2<sup>a</sup>·5<sup>b</sup>: max(a, b)), or -1 when no decimal does (e.g. 1/3).
   *
   * @return the scale, or -1
   */
  int decimalScale() {
    BigInteger d = denominator.abs();
    int twos = d.getLowestSetBit();
    d = d.shiftRight(twos);
    int fives = 0;
    BigInteger five = BigInteger.valueOf(5);
    while (d.signum() > 0 && d.mod(five).signum() == 0) {
      d = d.divide(five);
      fives++;
    }
    return d.equals(BigInteger.ONE) ? Math.max(twos, fives) : -1;
  }

  /** {@return the sign: -1, 0 or 1} */
  public int signum() {
    return numerator.signum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExactValue exactValue && compareTo(exactValue) == 0;
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /** {@return the value as {@code numerator/denominator} in lowest terms, e.g. {@code "19999/200"}} */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}

package io.github.treem.indicators.cfc;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The exact value of a scoring item: a fraction of two counts (a rate computed from the register
 * or counted by the commune), a decimal already in the item's unit (a rate or a count as the
 * commune reports it), a yes/no answer, or "nothing to count" (a rate whose denominator is 0,
 * e.g. no case of the kind in the year).
 *
 * <p>Comparisons with band bounds are exact: a fraction {@code n/d} of a percentage is compared
 * with a bound {@code b} as {@code 100·n} against {@code b·d}, never through a rounded value
 * (22 of 23 is 95.652...%, which is at least 95%; 189 of 200 is exactly 94.5%).
 *
 * <p>Implementation requirements: immutable and thread-safe; value-based ({@code equals}
 * compares the kind and the numbers as given: {@code 1/2} and {@code 2/4} differ).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ItemValue {

  /** The kinds of value. */
  public enum Kind {
    /** A numerator and a denominator (denominator at least 1). */
    FRACTION,
    /** A decimal in the item's unit. */
    DECIMAL,
    /** A yes/no answer. */
    YES_NO,
    /** A rate with nothing to count (denominator 0). */
    NOTHING_TO_COUNT
  }

  private static final ItemValue YES = new ItemValue(Kind.YES_NO, 1, 0, null);
  private static final ItemValue NO = new ItemValue(Kind.YES_NO, 0, 0, null);
  private static final ItemValue NOTHING = new ItemValue(Kind.NOTHING_TO_COUNT, 0, 0, null);

  private final Kind kind;
  private final long numerator;
  private final long denominator;
  private final @Nullable BigDecimal decimal; // a DECIMAL value's only

  private ItemValue(Kind kind, long numerator, long denominator, @Nullable BigDecimal decimal) {
    this.kind = kind;
    this.numerator = numerator;
    this.denominator = denominator;
    this.decimal = decimal;
  }

  /**
   * A fraction of two counts, e.g. 22 children registered on time of 23 born.
   *
   * @param numerator the numerator, 0 or more
   * @param denominator the denominator, 0 or more; 0 gives {@link #nothingToCount()}
   * @return the value
   * @throws InvalidValueException (code {@code TREEM-CFC-0001}) when a count is negative or the
   *     numerator exceeds the denominator
   */
  public static ItemValue fraction(long numerator, long denominator) {
    if (numerator < 0 || denominator < 0) {
      throw new InvalidValueException("TREEM-CFC-0001", "a fraction's counts must not be negative");
    }
    if (denominator == 0) {
      if (numerator != 0) {
        throw new InvalidValueException("TREEM-CFC-0001", "a fraction with denominator 0 must have numerator 0");
      }
      return NOTHING;
    }
    if (numerator > denominator) {
      throw new InvalidValueException("TREEM-CFC-0001", "a fraction's numerator must not exceed its denominator");
    }
    return new ItemValue(Kind.FRACTION, numerator, denominator, null);
  }

  /**
   * A decimal in the item's unit, e.g. {@code 97.5} (percent) or {@code 120} (per 100,000).
   *
   * @param value the value, 0 or more
   * @return the value
   * @throws InvalidValueException (code {@code TREEM-CFC-0001}) when the value is negative
   */
  public static ItemValue decimal(BigDecimal value) {
    Objects.requireNonNull(value, "value must not be null");
    if (value.signum() < 0) {
      throw new InvalidValueException("TREEM-CFC-0001", "a value must not be negative");
    }
    return new ItemValue(Kind.DECIMAL, 0, 0, value);
  }

  /**
   * A count, e.g. 0 children abused.
   *
   * @param count the count, 0 or more
   * @return the value (a decimal with no fraction digits)
   */
  public static ItemValue count(long count) {
    return decimal(BigDecimal.valueOf(count));
  }

  /**
   * A yes/no answer.
   *
   * @param yes the answer
   * @return the value
   */
  public static ItemValue of(boolean yes) {
    return yes ? YES : NO;
  }

  /** {@return a "yes" answer} */
  public static ItemValue yes() {
    return YES;
  }

  /** {@return a "no" answer} */
  public static ItemValue no() {
    return NO;
  }

  /** {@return a rate with nothing to count (its denominator is 0)} */
  public static ItemValue nothingToCount() {
    return NOTHING;
  }

  /** {@return the kind} */
  public Kind getKind() {
    return kind;
  }

  /** {@return the numerator of a fraction (1 or 0 for yes/no), else 0} */
  public long getNumerator() {
    return numerator;
  }

  /** {@return the denominator of a fraction, else 0} */
  public long getDenominator() {
    return denominator;
  }

  /** {@return the decimal of a {@link Kind#DECIMAL} value} */
  public Optional<BigDecimal> getDecimal() {
    return Optional.ofNullable(decimal);
  }

  /** {@return true for a "yes" answer} */
  public boolean isYes() {
    return equals(YES);
  }

  /**
   * Whether the value can be a value of a unit: a fraction or "nothing to count" for a rate, a
   * decimal within the unit's domain (at most 100 for a percentage, whole for a count), a yes/no
   * answer for {@link ItemUnit#YES_NO} only.
   *
   * @param unit the unit
   * @return true when it fits
   */
  public boolean fits(ItemUnit unit) {
    switch (kind) {
      case FRACTION, NOTHING_TO_COUNT -> {
        return unit.isRate();
      }
      case YES_NO -> {
        return unit == ItemUnit.YES_NO;
      }
      default -> {
        if (unit == ItemUnit.YES_NO) {
          return false;
        }
        if (unit == ItemUnit.COUNT && getDecimal().orElseThrow().stripTrailingZeros().scale() > 0) {
          return false;
        }
        return unit.getMaximum().map(m -> getDecimal().orElseThrow().compareTo(m) <= 0).orElse(true);
      }
    }
  }

  /**
   * Compares the value, in a unit, with a bound exactly.
   *
   * @param bound the bound, in the unit
   * @param unit the unit (its factor multiplies a fraction)
   * @return negative, zero or positive as the value is below, at or above the bound
   * @throws IllegalStateException for "nothing to count", which has no magnitude
   */
  public int compareTo(BigDecimal bound, ItemUnit unit) {
    return switch (kind) {
      case FRACTION -> BigDecimal.valueOf(numerator).multiply(unit.getFactor())
            .compareTo(bound.multiply(BigDecimal.valueOf(denominator)));
      case DECIMAL -> getDecimal().orElseThrow().compareTo(bound);
      case YES_NO -> BigDecimal.valueOf(numerator).compareTo(bound);
      default -> throw new IllegalStateException("nothing to count has no magnitude");
    };
  }

  /**
   * The value in a unit, rounded: a fraction times the unit's factor, a decimal as it is, 1 or 0
   * for yes/no.
   *
   * @param unit the unit
   * @param scale the decimals
   * @param rounding the rounding
   * @return the value, empty for "nothing to count"
   */
  public Optional<BigDecimal> toDecimal(ItemUnit unit, int scale, RoundingMode rounding) {
    return switch (kind) {
      case FRACTION -> Optional.of(BigDecimal.valueOf(numerator).multiply(unit.getFactor())
            .divide(BigDecimal.valueOf(denominator), scale, rounding));
      case DECIMAL -> Optional.of(getDecimal().orElseThrow().setScale(scale, rounding));
      case YES_NO -> Optional.of(BigDecimal.valueOf(numerator).setScale(scale, rounding));
      default -> Optional.empty();
    };
  }

  /**
   * The value as a reader sees it: {@code 22/23}, {@code 97.5}, {@code có}/{@code yes},
   * {@code không có trường hợp}/{@code nothing to count}.
   *
   * @param language the language
   * @return the text
   */
  public String toText(Language language) {
    boolean vi = language != Language.EN;
    return switch (kind) {
      case FRACTION -> numerator + "/" + denominator;
      case DECIMAL -> getDecimal().orElseThrow().toPlainString();
      case YES_NO -> isYes() ? (vi ? "có" : "yes") : (vi ? "không" : "no");
      default -> vi ? "không có trường hợp" : "nothing to count";
    };
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ItemValue v)) {
      return false;
    }
    return kind == v.kind && numerator == v.numerator && denominator == v.denominator
        && Objects.equals(decimal, v.decimal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, numerator, denominator, decimal);
  }

  /** {@return the value in English, e.g. {@code 22/23}} */
  @Override
  public String toString() {
    return toText(Language.EN);
  }
}

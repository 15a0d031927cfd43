package io.github.treem.indicators.cfc;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.TreemStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One step of a scoring item's step function: the values of an interval get a number of points.
 *
 * <p>Intervals are written as in mathematics, in the item's unit: {@code [95,100]} (95 to 100,
 * both included: "từ 95% trở lên"), {@code [90,95)} (95 excluded), {@code (0,100]},
 * {@code [0,*)} ({@code *}: no upper bound); {@code yes} and {@code no} for a yes/no item;
 * {@code none} for a rate with nothing to count (denominator 0, e.g. no case in the year).
 * Membership is decided exactly ({@link ItemValue#compareTo(BigDecimal, ItemUnit)}).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class PointBand {
  PointBand() {}

  /** {@return the lower bound, empty for the "nothing to count" band} */
  public abstract Optional<BigDecimal> getLower();

  /** {@return whether the lower bound belongs to the band} */
  public abstract boolean isLowerInclusive();

  /** {@return the upper bound, empty when unbounded (and for the "nothing to count" band)} */
  public abstract Optional<BigDecimal> getUpper();

  /** {@return whether the upper bound belongs to the band} */
  public abstract boolean isUpperInclusive();

  /** {@return true for the band of a rate with nothing to count ({@code none})} */
  @Value.Default
  public boolean isNothingToCount() {
    return false;
  }

  /** {@return the points the band gives, 0 or more} */
  public abstract int getPoints();

  /** {@return how well the band (its bounds and its points) is established} */
  public abstract Certainty getCertainty();

  /** {@return the keys of the table's sources for this band, in order} */
  public abstract List<String> getSources();

  /**
   * Whether a value falls in the band.
   *
   * @param value the value
   * @param unit the item's unit
   * @return true when the value is in the interval (or both are "nothing to count")
   */
  public boolean contains(ItemValue value, ItemUnit unit) {
    if (value.getKind() == ItemValue.Kind.NOTHING_TO_COUNT || isNothingToCount()) {
      return value.getKind() == ItemValue.Kind.NOTHING_TO_COUNT && isNothingToCount();
    }
    if (getLower().isPresent()) {
      int c = value.compareTo(getLower().get(), unit);
      if (c < 0 || (c == 0 && !isLowerInclusive())) {
        return false;
      }
    }
    if (getUpper().isPresent()) {
      int c = value.compareTo(getUpper().get(), unit);
      return c < 0 || (c == 0 && isUpperInclusive());
    }
    return true;
  }

  /** {@return the interval as written in a table: {@code [95,100]}, {@code [0,*)}, {@code none}} */
  public String getNotation() {
    if (isNothingToCount()) {
      return "none";
    }
    return (isLowerInclusive() ? "[" : "(") + getLower().map(BigDecimal::toPlainString).orElse("*") + ","
        + getUpper().map(BigDecimal::toPlainString).orElse("*") + (isUpperInclusive() ? "]" : ")");
  }

  /**
   * The interval as a reader of a unit sees it: {@code có}/{@code yes} and
   * {@code không}/{@code no} for a yes/no item, "no case" for {@code none}, else the notation.
   *
   * @param unit the item's unit
   * @param vietnamese true for Vietnamese
   * @return the text
   */
  public String describe(ItemUnit unit, boolean vietnamese) {
    if (isNothingToCount()) {
      return vietnamese ? "không có trường hợp" : "nothing to count";
    }
    if (unit == ItemUnit.YES_NO && getLower().isPresent() && getLower().equals(getUpper())) {
      boolean yes = getLower().get().signum() != 0;
      return yes ? (vietnamese ? "có" : "yes") : (vietnamese ? "không" : "no");
    }
    return getNotation();
  }

  /**
   * A band from its notation.
   *
   * @param notation {@code [a,b]}, {@code [a,b)}, {@code (a,b]}, {@code (a,b)} with {@code *} for
   *     an open end, or {@code yes}, {@code no}, {@code none}
   * @param points the points
   * @param certainty the certainty
   * @param sources the keys of the sources
   * @return the band
   * @throws InvalidValueException (code {@code TREEM-CFC-0002}) when the notation is malformed
   */
  public static PointBand parse(String notation, int points, Certainty certainty, List<String> sources) {
    Objects.requireNonNull(notation, "notation must not be null");
    Builder b = new Builder().points(points).certainty(certainty).sources(sources);
    String n = notation.strip().toLowerCase(Locale.ROOT);
    switch (n) {
      case "yes" -> {
        return b.lower(BigDecimal.ONE).upper(BigDecimal.ONE).lowerInclusive(true).upperInclusive(true).build();
      }
      case "no" -> {
        return b.lower(BigDecimal.ZERO).upper(BigDecimal.ZERO).lowerInclusive(true).upperInclusive(true).build();
      }
      case "none" -> {
        return b.nothingToCount(true).lowerInclusive(false).upperInclusive(false).build();
      }
      default -> {}
    }
    if (n.length() < 5 || "[(".indexOf(n.charAt(0)) < 0 || "])".indexOf(n.charAt(n.length() - 1)) < 0) {
      throw bad(notation);
    }
    String[] ends = n.substring(1, n.length() - 1).split(",", -1);
    if (ends.length != 2) {
      throw bad(notation);
    }
    b.lowerInclusive(n.charAt(0) == '[').upperInclusive(n.charAt(n.length() - 1) == ']');
    b.lower(bound(ends[0], notation)).upper(bound(ends[1], notation));
    return b.build();
  }

  private static Optional<BigDecimal> bound(String text, String notation) {
    String t = text.strip();
    if (t.equals("*")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(t));
    } catch (NumberFormatException e) {
      throw bad(notation);
    }
  }

  private static InvalidValueException bad(String notation) {
    return new InvalidValueException("TREEM-CFC-0002",
        "not a band (write [a,b], [a,b), (a,b], (a,b) with * for an open end, or yes, no, none): " + notation);
  }

  @Value.Check
  void check() {
    if (getPoints() < 0) {
      throw new InvalidValueException("TREEM-CFC-0002", "a band's points must not be negative: " + getNotation());
    }
    if (isNothingToCount()) {
      if (getLower().isPresent() || getUpper().isPresent()) {
        throw new InvalidValueException("TREEM-CFC-0002", "the band \"none\" has no bounds");
      }
      return;
    }
    if (getLower().isEmpty()) {
      throw new InvalidValueException("TREEM-CFC-0002", "a band needs a lower bound: " + getNotation());
    }
    if (getLower().get().signum() < 0) {
      throw new InvalidValueException("TREEM-CFC-0002", "a band's lower bound must not be negative: " + getNotation());
    }
    if (getUpper().isPresent()) {
      int c = getLower().get().compareTo(getUpper().get());
      if (c > 0 || (c == 0 && !(isLowerInclusive() && isUpperInclusive()))) {
        throw new InvalidValueException("TREEM-CFC-0002", "a band must not be empty: " + getNotation());
      }
    } else if (isUpperInclusive()) {
      throw new InvalidValueException("TREEM-CFC-0002", "an open upper end is written *): " + getNotation());
    }
  }

  /**
   * A band.
   *
   * @param notation the interval (see {@link #parse(String, int, Certainty, List)})
   * @param points the points
   * @param certainty the certainty
   * @return the band, with no source
   */
  public static PointBand of(String notation, int points, Certainty certainty) {
    return parse(notation, points, certainty, List.of());
  }

  /** Builds a {@link PointBand}. */
  static final class Builder extends ImmutablePointBand.Builder {
    Builder() {}
  }
}

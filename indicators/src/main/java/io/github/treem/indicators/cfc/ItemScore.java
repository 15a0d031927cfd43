package io.github.treem.indicators.cfc;

import io.github.treem.core.protection.SensitiveText;
import io.github.treem.indicators.internal.TreemStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The score of one item: the value used and where it came from, the band it falls in, the
 * points, and whether they are provisional.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ItemScore {
  private static final int MAX_DISPLAY_SCALE = 8;

  ItemScore() {}

  /** {@return the item} */
  public abstract ScoringItem getItem();

  /** {@return the value used, empty when no source gave one} */
  public abstract Optional<ItemValue> getValue();

  /** {@return where the value came from} */
  public abstract Optional<InputSource> getSource();

  /** {@return true when a register indicator stood in for the self-assessment (the score is then provisional)} */
  @Value.Default
  public boolean isProxy() {
    return false;
  }

  /** {@return the value the self-assessment gave, whether or not it was used} */
  public abstract Optional<ItemValue> getSelfAssessedValue();

  /** {@return the self-assessment's evidence note, when its value was used (hidden from {@code toString()})} */
  public abstract Optional<SensitiveText> getEvidence();

  /** {@return the band the value falls in, empty when there is no value} */
  public abstract Optional<PointBand> getBand();

  /** {@return the points (0 when there is no value)} */
  @Value.Derived
  public int getPoints() {
    return getBand().map(PointBand::getPoints).orElse(0);
  }

  /** {@return true when the item is scored (a value in a band)} */
  public boolean isScored() {
    return getBand().isPresent();
  }

  /**
   * {@return true when the points are provisional: what the item measures or the band hit is
   * unconfirmed, or a stand-in indicator gave the value}
   */
  public boolean isProvisional() {
    return !getItem().getCertainty().isDecisive() || isProxy()
        || getBand().map(b -> !b.getCertainty().isDecisive()).orElse(false);
  }

  /**
   * {@return the value as displayed, in the item's unit: 2 decimals, half up, except that a rounded
   * value never leaves the band of the exact one (22 of 23 shows 95.65; 18,999 of 19,000 against
   * a band from 99.995 shows 99.994, not 99.99 or 100.00); empty for yes/no and "nothing to count"}
   */
  public Optional<BigDecimal> getDisplayValue() {
    if (getValue().isEmpty()) {
      return Optional.empty();
    }
    ItemValue v = getValue().get();
    ItemUnit unit = getItem().getUnit();
    if (v.getKind() == ItemValue.Kind.DECIMAL) {
      return v.getDecimal();
    }
    if (v.getKind() != ItemValue.Kind.FRACTION) {
      return Optional.empty();
    }
    BigDecimal shown = v.toDecimal(unit, 2, RoundingMode.HALF_UP).orElseThrow();
    if (getBand().isEmpty() || getBand().get().contains(ItemValue.decimal(shown), unit)) {
      return Optional.of(shown);
    }
    // rounding crossed a bound: round towards the exact value, with more decimals if need be
    for (int scale = 2; scale <= MAX_DISPLAY_SCALE; scale++) {
      RoundingMode towards = v.compareTo(shown, unit) < 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
      shown = v.toDecimal(unit, scale, towards).orElseThrow();
      if (getBand().get().contains(ItemValue.decimal(shown), unit)) {
        return Optional.of(shown);
      }
    }
    return Optional.of(shown);
  }

  /** Builds an {@link ItemScore}. */
  static final class Builder extends ImmutableItemScore.Builder {
    Builder() {}
  }
}

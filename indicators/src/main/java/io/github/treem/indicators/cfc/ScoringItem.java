package io.github.treem.indicators.cfc;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.TreemStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One scored item of a criterion ("cách tính và thang điểm"): what is measured, in which unit,
 * where the value comes from, and the step function from values to points.
 *
 * <p>Invariants (checked when built, code {@code TREEM-CFC-0003}): the identifier is not blank;
 * the bands tile the unit's domain exactly, with no gap and no overlap ([0, 100] for a
 * percentage, [0, ∞) for a rate per 100,000 or a count, {@code yes} and {@code no} for a yes/no
 * item), so that every value gets exactly one band; a {@code none} band only for a rate; an input
 * code for a {@link InputSource#REGISTER} or {@link InputSource#PROTECTION_CASES} item.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ScoringItem {
  ScoringItem() {}

  /** {@return the identifier, e.g. {@code "6.1"}: unique in the table} */
  public abstract String getId();

  /** {@return the Vietnamese name} */
  public abstract String getNameVi();

  /** {@return the English name} */
  public abstract String getNameEn();

  /** {@return the unit of the value} */
  public abstract ItemUnit getUnit();

  /** {@return where the value comes from} */
  public abstract InputSource getInput();

  /**
   * {@return the indicator code (for {@link InputSource#REGISTER}, or a stand-in of a
   * self-assessed item) or the case figure code (for {@link InputSource#PROTECTION_CASES},
   * see {@link CaseFigures})}
   */
  public abstract Optional<String> getInputCode();

  /** {@return how well what the item measures is established} */
  public abstract Certainty getCertainty();

  /**
   * {@return true when the item's value counts children of sensitive groups (abuse, conflict with
   * the law, sexual abuse, trafficking): a published score card shows its band and points, not its
   * value (docs/indicators.md §8)}
   */
  @Value.Default
  public boolean isSensitive() {
    return false;
  }

  /** {@return the bands, in the order of the table} */
  public abstract List<PointBand> getBands();

  /** {@return the keys of the table's sources for the item's definition} */
  public abstract List<String> getSources();

  /** {@return a note for the reader in Vietnamese (e.g. what a stand-in indicator does not measure)} */
  public abstract Optional<String> getNoteVi();

  /** {@return the note in English} */
  public abstract Optional<String> getNoteEn();

  /** {@return the most points a band gives} */
  @Value.Derived
  public int getMaximum() {
    return getBands().stream().mapToInt(PointBand::getPoints).max().orElse(0);
  }

  /** {@return true when the definition or any band is provisional} */
  public boolean isProvisional() {
    return !getCertainty().isDecisive() || getBands().stream().anyMatch(b -> !b.getCertainty().isDecisive());
  }

  /**
   * The band a value falls in.
   *
   * @param value the value
   * @return the band; empty for a value that does not fit the unit, or "nothing to count" when
   *     the item has no {@code none} band
   */
  public Optional<PointBand> bandOf(ItemValue value) {
    if (!value.fits(getUnit())) {
      return Optional.empty();
    }
    return getBands().stream().filter(b -> b.contains(value, getUnit())).findFirst();
  }

  /**
   * A copy with other bands (e.g. a province's).
   *
   * @param bands the bands
   * @return the copy
   */
  public ScoringItem withBands(List<PointBand> bands) {
    return new Builder().from(this).bands(bands).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw error("an item's identifier must not be blank");
    }
    if (getNameVi().isBlank() || getNameEn().isBlank()) {
      throw error("item " + getId() + " needs a Vietnamese and an English name");
    }
    if (getInput() != InputSource.SELF_ASSESSMENT && getInputCode().filter(c -> !c.isBlank()).isEmpty()) {
      throw error("item " + getId() + ": an input from " + getInput() + " needs an input code");
    }
    List<PointBand> ranged = new ArrayList<>();
    int none = 0;
    for (PointBand b : getBands()) {
      if (b.isNothingToCount()) {
        none++;
      } else {
        ranged.add(b);
      }
    }
    if (none > 0 && !getUnit().isRate()) {
      throw error("item " + getId() + ": the band \"none\" is for a rate only");
    }
    if (none > 1) {
      throw error("item " + getId() + ": the band \"none\" is given twice");
    }
    if (getUnit() == ItemUnit.YES_NO) {
      checkYesNo(ranged);
    } else {
      checkTiling(ranged);
    }
  }

  private void checkYesNo(List<PointBand> bands) {
    boolean yes = false;
    boolean no = false;
    for (PointBand b : bands) {
      boolean single = b.getLower().isPresent() && b.getLower().equals(b.getUpper());
      if (single && b.getLower().get().compareTo(BigDecimal.ONE) == 0 && !yes) {
        yes = true;
      } else if (single && b.getLower().get().signum() == 0 && !no) {
        no = true;
      } else {
        throw error("item " + getId() + ": a yes/no item has exactly the bands yes and no, not " + b.getNotation());
      }
    }
    if (!yes || !no) {
      throw error("item " + getId() + ": a yes/no item has exactly the bands yes and no");
    }
  }

  private void checkTiling(List<PointBand> bands) {
    if (bands.isEmpty()) {
      throw error("item " + getId() + " has no band");
    }
    List<PointBand> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparing((PointBand b) -> b.getLower().orElseThrow())
        .thenComparing(b -> !b.isLowerInclusive()));
    BigDecimal at = BigDecimal.ZERO;
    boolean covered = false; // whether the point "at" is already in a band
    for (PointBand b : sorted) {
      if (at == null) {
        throw error("item " + getId() + ": the band " + b.getNotation() + " overlaps an unbounded one");
      }
      BigDecimal lower = b.getLower().orElseThrow();
      int c = lower.compareTo(at);
      if (c < 0 || (c == 0 && covered && b.isLowerInclusive())) {
        throw error("item " + getId() + ": the band " + b.getNotation() + " overlaps another");
      }
      if (c > 0 || (!covered && !b.isLowerInclusive())) {
        throw error("item " + getId() + ": no band covers the values just " + (c > 0 ? "below " : "at ")
            + lower.toPlainString());
      }
      at = b.getUpper().orElse(null);
      covered = b.isUpperInclusive();
    }
    Optional<BigDecimal> max = getUnit().getMaximum();
    if (max.isPresent()) {
      if (at == null || at.compareTo(max.get()) != 0 || !covered) {
        throw error("item " + getId() + ": the bands must end at " + max.get().toPlainString() + "] for " + getUnit());
      }
    } else if (at != null) {
      throw error("item " + getId() + ": the last band must have no upper bound (write *)) for " + getUnit());
    }
  }

  private static InvalidValueException error(String message) {
    return new InvalidValueException("TREEM-CFC-0003", message);
  }

  /** Builds a {@link ScoringItem}. */
  public static final class Builder extends ImmutableScoringItem.Builder {
    Builder() {}
  }
}

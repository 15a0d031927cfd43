package io.github.treem.core;

import io.github.treem.core.constraints.ValidHealthInsuranceCode;
import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A health-insurance card (thẻ BHYT) held by a child. The card code is kept as written, so that a
 * malformed code can be reported by the validator rather than lost; see
 * {@link io.github.treem.core.id.HealthInsuranceCode} for its structure.
 *
 * <p>Invariant: when both are known, the card is not valid to a date before its issue.
 *
 * <p>Implementation requirements: immutable and thread-safe. {@code toString()} does not show the
 * card code (personal data).
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class HealthInsuranceCard {
  HealthInsuranceCard() {}

  /** {@return the card code as written, e.g. a 15-character code starting {@code TE1}} */
  @ValidHealthInsuranceCode
  public abstract String getNumber();

  /** {@return the date of issue, if recorded} */
  public abstract Optional<LocalDate> getIssuedOn();

  /** {@return the last day of validity, if recorded} */
  public abstract Optional<LocalDate> getValidTo();

  /**
   * Whether the card counts as valid on a date: issued on or before it (or issue date unknown) and
   * valid to it or later (or end unknown), as indicator {@code HI_U6} defines.
   *
   * @param date the date
   * @return true when valid on that date
   */
  public boolean isValidOn(LocalDate date) {
    return getIssuedOn().map(d -> !d.isAfter(date)).orElse(true)
        && getValidTo().map(d -> !d.isBefore(date)).orElse(true);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getNumber().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.CARD_NUMBER_BLANK, "health-insurance card number must not be blank");
    }
  }

  @Override
  public String toString() {
    return "HealthInsuranceCard{issuedOn=" + getIssuedOn().orElse(null)
        + ", validTo=" + getValidTo().orElse(null) + "}";
  }

  /** Builds a {@link HealthInsuranceCard}. */
  public static final class Builder extends ImmutableHealthInsuranceCard.Builder {
    Builder() {}
  }
}

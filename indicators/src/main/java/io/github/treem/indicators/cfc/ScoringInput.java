package io.github.treem.indicators.cfc;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.internal.TreemStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a commune is scored on: the year, the register's indicator report, the self-assessment,
 * and the protection-case figures, any of which may be missing (the items they would give are
 * then missing, and the score card says so).
 *
 * <p>The report is the unsuppressed, internal one (values are taken as exact fractions of its
 * numerators and denominators). The commune's type is the one given here, else the
 * self-assessment's. Invariants (checked when built, code {@code TREEM-CFC-0020}): the report and
 * the self-assessment are of the year; a commune type is known.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ScoringInput {
  ScoringInput() {}

  /** {@return the year assessed} */
  public abstract int getYear();

  /** {@return the date at which the year is assessed (default 31 December of the year)} */
  @Value.Default
  public LocalDate getReferenceDate() {
    return LocalDate.of(getYear(), 12, 31);
  }

  /** {@return the commune's type (default: the self-assessment's)} */
  @Value.Default
  public CommuneType getCommuneType() {
    return getSelfAssessment().map(SelfAssessment::getCommuneType).orElseThrow(() -> new InvalidValueException(
        "TREEM-CFC-0020", "the commune's type is needed (give it, or a self-assessment)"));
  }

  /** {@return the register's indicator report, if any} */
  public abstract Optional<IndicatorReport> getReport();

  /** {@return the self-assessment, if any} */
  public abstract Optional<SelfAssessment> getSelfAssessment();

  /** {@return the protection-case figures, if any} */
  public abstract Optional<CaseFigures> getCaseFigures();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getReport().isPresent() && getReport().get().getYear() != getYear()) {
      throw new InvalidValueException("TREEM-CFC-0020",
          "the report is of " + getReport().get().getYear() + ", not of the year assessed " + getYear());
    }
    if (getSelfAssessment().isPresent() && getSelfAssessment().get().getYear() != getYear()) {
      throw new InvalidValueException("TREEM-CFC-0020",
          "the self-assessment is of " + getSelfAssessment().get().getYear() + ", not of the year assessed " + getYear());
    }
  }

  /** Builds a {@link ScoringInput}. */
  public static final class Builder extends ImmutableScoringInput.Builder {
    Builder() {}
  }
}

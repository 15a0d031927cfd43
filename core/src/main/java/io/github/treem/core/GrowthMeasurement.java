package io.github.treem.core;

import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One weighing and measuring of a child (cân đo): date, weight, length or height with the position
 * it was taken in, and bilateral pitting oedema. Any of the values may be missing.
 *
 * <p>Invariants: weight and length/height, when present, are finite and greater than 0. Plausible
 * ranges (weight 0.5-150 kg, length/height 35-230 cm) are validation rules, reported as warnings.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class GrowthMeasurement {
  GrowthMeasurement() {}

  /** {@return the date of the measurement} */
  public abstract LocalDate getMeasuredOn();

  /** {@return the weight in kilograms, if weighed} */
  @DecimalMin(value = "0.5", message = "{io.github.treem.core.constraints.PlausibleWeight.message}", payload = io.github.treem.core.validation.Severity.Warning.class)
  @DecimalMax(value = "150", message = "{io.github.treem.core.constraints.PlausibleWeight.message}", payload = io.github.treem.core.validation.Severity.Warning.class)
  public abstract OptionalDouble getWeightKg();

  /** {@return the recumbent length or standing height in centimetres, if measured} */
  @DecimalMin(value = "35", message = "{io.github.treem.core.constraints.PlausibleLength.message}", payload = io.github.treem.core.validation.Severity.Warning.class)
  @DecimalMax(value = "230", message = "{io.github.treem.core.constraints.PlausibleLength.message}", payload = io.github.treem.core.validation.Severity.Warning.class)
  public abstract OptionalDouble getLengthHeightCm();

  /** {@return how the length/height was taken, if recorded} */
  public abstract Optional<MeasurePosition> getPosition();

  /** {@return whether bilateral pitting oedema was present, if recorded} */
  public abstract Optional<Boolean> getOedema();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getWeightKg().isPresent() && !(getWeightKg().getAsDouble() > 0 && Double.isFinite(getWeightKg().getAsDouble()))) {
      throw new InvalidValueException(CoreErrorCode.WEIGHT_NOT_POSITIVE, "weightKg must be finite and > 0");
    }
    if (getLengthHeightCm().isPresent()
        && !(getLengthHeightCm().getAsDouble() > 0 && Double.isFinite(getLengthHeightCm().getAsDouble()))) {
      throw new InvalidValueException(CoreErrorCode.LENGTH_NOT_POSITIVE, "lengthHeightCm must be finite and > 0");
    }
  }

  /** Builds a {@link GrowthMeasurement}. */
  public static final class Builder extends ImmutableGrowthMeasurement.Builder {
    Builder() {}
  }
}

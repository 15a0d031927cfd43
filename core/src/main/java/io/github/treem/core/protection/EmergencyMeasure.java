package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An emergency measure (Decree 56/2017 Điều 26 khoản 3): emergency intervention (Điều 31) or a
 * temporary separation from the parents or caregiver (Điều 32), decided by the commune chairman.
 * A separation lasts at most 15 days unless a competent body requires it to continue (Điều 32
 * khoản 3).
 *
 * <p>Implementation requirements: immutable and thread-safe; {@code toString()} shows no
 * description.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class EmergencyMeasure {
  EmergencyMeasure() {}

  /** {@return the measure} */
  public abstract EmergencyMeasureKind getKind();

  /** {@return when the measure was applied} */
  public abstract OffsetDateTime getTakenAt();

  /** {@return the role that decided it} */
  @Value.Default
  public CaseRole getDecidedBy() {
    return CaseRole.COMMUNE_CHAIRMAN;
  }

  /** {@return for a separation: the day it ended or was lifted, if it has} */
  public abstract Optional<LocalDate> getEndedOn();

  /** {@return true when a competent body required the separation to continue beyond 15 days (Điều 32 khoản 3)} */
  @Value.Default
  public boolean isContinuedByAuthority() {
    return false;
  }

  /** {@return a free-text description, if recorded (sensitive: never in a message, log or {@code toString()})} */
  public abstract Optional<SensitiveText> getDescription();

  /** {@return Decree 56/2017, the article of the measure} */
  public LegalReference getLegalReference() {
    return getKind().getLegalReference();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "EmergencyMeasure{" + getKind() + ", " + getTakenAt() + getEndedOn().map(d -> ", ended " + d).orElse("") + "}";
  }

  /** Builds a {@link EmergencyMeasure}. */
  public static final class Builder extends ImmutableEmergencyMeasure.Builder {
    Builder() {}
  }
}

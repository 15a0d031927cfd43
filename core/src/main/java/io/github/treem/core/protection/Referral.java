package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A referral of the child or the case to a service or body (Decree 56/2017 Điều 29 khoản 1 điểm
 * b: connecting services, or asking other levels for support).
 *
 * <p>Implementation requirements: immutable and thread-safe; {@code toString()} shows no
 * description.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Referral {
  Referral() {}

  /** {@return the day of the referral} */
  public abstract LocalDate getReferredOn();

  /** {@return to whom} */
  public abstract ReferralTarget getTarget();

  /** {@return a free-text description, if recorded (sensitive: never in a message, log or {@code toString()})} */
  public abstract Optional<SensitiveText> getDescription();

  /** {@return Decree 56/2017, Điều 29 khoản 1} */
  public LegalReference getLegalReference() {
    return CaseStepKind.REFERRED.getLegalReference();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Referral{" + getReferredOn() + ", " + getTarget() + "}";
  }

  /** Builds a {@link Referral}. */
  public static final class Builder extends ImmutableReferral.Builder {
    Builder() {}
  }
}

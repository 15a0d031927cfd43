package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The closure of a case with its reason (Decree 56/2017 Điều 30 khoản 1 điểm b: the chairman ends
 * the plan when the child is no longer at risk).
 *
 * <p>Implementation requirements: immutable and thread-safe; {@code toString()} shows no
 * description.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Closure {
  Closure() {}

  /** {@return the day the case was closed} */
  public abstract LocalDate getClosedOn();

  /** {@return why} */
  public abstract ClosureReason getReason();

  /** {@return the role that decided the closure, if recorded} */
  public abstract Optional<CaseRole> getDecidedBy();

  /** {@return a free-text description, if recorded (sensitive: never in a message, log or {@code toString()})} */
  public abstract Optional<SensitiveText> getDescription();

  /** {@return Decree 56/2017, Điều 30 khoản 1} */
  public LegalReference getLegalReference() {
    return CaseStepKind.CLOSED.getLegalReference();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Closure{" + getClosedOn() + ", " + getReason() + "}";
  }

  /** Builds a {@link Closure}. */
  public static final class Builder extends ImmutableClosure.Builder {
    Builder() {}
  }
}

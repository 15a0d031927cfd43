package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The needs assessment (xác định nhu cầu cần hỗ trợ, can thiệp, Decree 56/2017 Điều 27, Mẫu số
 * 03): detailed risk assessment and the meeting that sets the protection measures.
 *
 * <p>Implementation requirements: immutable and thread-safe; {@code toString()} shows no
 * description.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class NeedsAssessment {
  NeedsAssessment() {}

  /** {@return the day it was completed} */
  public abstract LocalDate getCompletedOn();

  /** {@return a free-text description, if recorded (sensitive: never in a message, log or {@code toString()})} */
  public abstract Optional<SensitiveText> getDescription();

  /** {@return Decree 56/2017, Điều 27} */
  public LegalReference getLegalReference() {
    return CaseStepKind.NEEDS_ASSESSED.getLegalReference();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "NeedsAssessment{" + getCompletedOn() + "}";
  }

  /** Builds a {@link NeedsAssessment}. */
  public static final class Builder extends ImmutableNeedsAssessment.Builder {
    Builder() {}
  }
}

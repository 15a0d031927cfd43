package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The initial risk assessment (đánh giá nguy cơ ban đầu, Decree 56/2017 Điều 26 khoản 2, Mẫu số
 * 02) by the commune child-protection worker: the level of harm, and whether the parents or
 * caregiver are the ones who harm the child (Điều 31 khoản 1). Either makes the case one for
 * emergency protection, within 12 hours of receipt (Điều 26 khoản 3, Điều 31 khoản 2).
 *
 * <p>Implementation requirements: immutable and thread-safe; {@code toString()} shows no
 * description.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class RiskAssessment {
  RiskAssessment() {}

  /** {@return when the assessment was made} */
  public abstract OffsetDateTime getAssessedAt();

  /** {@return the level of harm found} */
  public abstract RiskLevel getLevel();

  /** {@return true when the parents or caregiver are the ones who harm the child (Điều 31 khoản 1)} */
  @Value.Default
  public boolean isHarmedByCaregiver() {
    return false;
  }

  /** {@return the role of the assessor} */
  @Value.Default
  public CaseRole getAssessedBy() {
    return CaseRole.CHILD_PROTECTION_WORKER;
  }

  /** {@return a free-text description, if recorded (sensitive: never in a message, log or {@code toString()})} */
  public abstract Optional<SensitiveText> getDescription();

  /** {@return true when the child needs emergency protection (Điều 31 khoản 1): serious harm, or harm by the caregiver} */
  public boolean isEmergency() {
    return getLevel() == RiskLevel.SERIOUS_HARM || isHarmedByCaregiver();
  }

  /** {@return Decree 56/2017, Điều 26 khoản 2} */
  public LegalReference getLegalReference() {
    return CaseStepKind.RISK_ASSESSED.getLegalReference();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "RiskAssessment{" + getAssessedAt() + ", " + getLevel() + (isHarmedByCaregiver() ? ", by caregiver" : "") + "}";
  }

  /** Builds a {@link RiskAssessment}. */
  public static final class Builder extends ImmutableRiskAssessment.Builder {
    Builder() {}
  }
}

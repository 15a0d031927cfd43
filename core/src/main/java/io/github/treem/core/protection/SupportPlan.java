package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A support or intervention plan (kế hoạch hỗ trợ, can thiệp, Decree 56/2017 Điều 28): drafted by
 * the commune child-protection worker and submitted to the commune chairman within 05 working days
 * (khoản 1, Mẫu số 04), approved by the chairman within 02 working days (khoản 4), then carried
 * out (Điều 29). Who acts is recorded as a role, never as a name.
 *
 * <p>Implementation requirements: immutable and thread-safe; {@code toString()} shows no
 * description.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class SupportPlan {
  SupportPlan() {}

  /** {@return the day the plan was drafted and submitted for approval} */
  public abstract LocalDate getDraftedOn();

  /** {@return the role that drafted it} */
  @Value.Default
  public CaseRole getDraftedBy() {
    return CaseRole.CHILD_PROTECTION_WORKER;
  }

  /** {@return the day the chairman approved it, if approved} */
  public abstract Optional<LocalDate> getApprovedOn();

  /** {@return the role that approved it, if approved} */
  public abstract Optional<CaseRole> getApprovedBy();

  /** {@return the day implementation started (Điều 29), if it has} */
  public abstract Optional<LocalDate> getImplementationStartedOn();

  /** {@return a free-text description, if recorded (sensitive: never in a message, log or {@code toString()})} */
  public abstract Optional<SensitiveText> getDescription();

  /** {@return true when the plan is approved} */
  public boolean isApproved() {
    return getApprovedOn().isPresent();
  }

  /** {@return Decree 56/2017, Điều 28} */
  public LegalReference getLegalReference() {
    return LegalReference.DECREE_56_2017.withArticle("28", null);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "SupportPlan{drafted " + getDraftedOn() + getApprovedOn().map(d -> ", approved " + d).orElse("") + "}";
  }

  /** Builds a {@link SupportPlan}. */
  public static final class Builder extends ImmutableSupportPlan.Builder {
    Builder() {}
  }
}

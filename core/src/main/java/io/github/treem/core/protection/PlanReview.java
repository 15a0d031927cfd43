package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A review after carrying out a plan (rà soát, đánh giá, Decree 56/2017 Điều 30, Mẫu số 06): the
 * child's state and safety, and the proposal to end the plan or continue with a new one.
 *
 * <p>Implementation requirements: immutable and thread-safe; {@code toString()} shows no
 * description.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class PlanReview {
  PlanReview() {}

  /** {@return the day of the review} */
  public abstract LocalDate getReviewedOn();

  /** {@return what the review proposes} */
  public abstract ReviewOutcome getOutcome();

  /** {@return a free-text description, if recorded (sensitive: never in a message, log or {@code toString()})} */
  public abstract Optional<SensitiveText> getDescription();

  /** {@return Decree 56/2017, Điều 30 khoản 1} */
  public LegalReference getLegalReference() {
    return CaseStepKind.REVIEWED.getLegalReference();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "PlanReview{" + getReviewedOn() + ", " + getOutcome() + "}";
  }

  /** Builds a {@link PlanReview}. */
  public static final class Builder extends ImmutablePlanReview.Builder {
    Builder() {}
  }
}

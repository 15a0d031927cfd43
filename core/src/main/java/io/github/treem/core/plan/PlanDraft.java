package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The mark of a plan that is a draft ("DỰ THẢO") prepared from last year's plan and its report:
 * never a decision, until the People's Committee issues it. It records what the draft was made
 * from, the targets it carries over (with last year's values as baselines and the targets not met
 * flagged), and notes for the officer.
 *
 * <p>Invariants (checked when built): the plan number it is based on is not blank.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class PlanDraft {
  /** The mark a draft carries on its first page, above the title. */
  public static final String MARK_VI = "DỰ THẢO";

  PlanDraft() {}

  /** {@return the number of the plan the draft was made from, e.g. "90/KH-UBND"} */
  public abstract String getBasedOnNumber();

  /** {@return the year of the plan the draft was made from} */
  public abstract int getBasedOnYear();

  /** {@return the period of the report the draft was made from, if any} */
  public abstract Optional<ReportingPeriod> getBasedOnReportPeriod();

  /** {@return the day the draft was prepared} */
  public abstract LocalDate getPreparedOn();

  /** {@return the targets carried over, in the plan's order} */
  public abstract List<CarriedTarget> getCarriedTargets();

  /** {@return notes for the officer, in Vietnamese (what to check before the plan is issued)} */
  public abstract List<String> getNotesVi();

  /**
   * The carried-over record of a target.
   *
   * @param targetId the target identifier
   * @return the record, or empty
   */
  public Optional<CarriedTarget> carried(String targetId) {
    return getCarriedTargets().stream().filter(c -> c.getTargetId().equals(targetId)).findFirst();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getBasedOnNumber().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0558", "a draft must name the plan it was made from");
    }
  }

  /** Builds a {@link PlanDraft}. */
  public static final class Builder extends ImmutablePlanDraft.Builder {
    Builder() {}
  }
}

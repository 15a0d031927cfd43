package io.github.treem.io.plan;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What reading and checking a plan file gave: the plan (when it could be read) and the problems,
 * those of the file's form (located by line and property path) and those of
 * {@link io.github.treem.core.plan.PlanValidator} (references between items, targets, units,
 * events and funding; dates; sums).
 *
 * @param plan the plan, empty when the file is not a plan
 * @param issues the problems
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PlanReading(Optional<Plan> plan, List<Issue> issues) {
  /**
   * Makes a reading (copies the issues).
   *
   * @param plan the plan, if read
   * @param issues the problems
   */
  public PlanReading {
    Objects.requireNonNull(plan, "plan must not be null");
    issues = List.copyOf(issues);
  }

  /** {@return whether the plan was read and has no error} */
  public boolean isValid() {
    return plan.isPresent() && issues.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR);
  }
}

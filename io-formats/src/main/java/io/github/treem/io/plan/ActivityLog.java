package io.github.treem.io.plan;

import io.github.treem.core.plan.Activity;
import io.github.treem.core.plan.ItemAssessment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An activity log: what the units did under a plan, and the officer's assessments of the plan's
 * items, with the marker of synthetic data (a demo log, or one written by a generator).
 *
 * @param syntheticData whether the log is synthetic (never real activities)
 * @param planNumber the number of the plan the log is for, if recorded (e.g. {@code 90/KH-UBND})
 * @param activities the activities, in the file's order
 * @param assessments the officer's assessments, in the file's order
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ActivityLog(boolean syntheticData, Optional<String> planNumber, List<Activity> activities,
    List<ItemAssessment> assessments) {
  /**
   * Makes a log (copies the lists).
   *
   * @param syntheticData whether the log is synthetic
   * @param planNumber the plan's number, if recorded
   * @param activities the activities
   * @param assessments the assessments
   */
  public ActivityLog {
    Objects.requireNonNull(planNumber, "planNumber must not be null");
    activities = List.copyOf(activities);
    assessments = List.copyOf(assessments);
  }

  /**
   * A log of real activities for a plan.
   *
   * @param planNumber the plan's number
   * @param activities the activities
   * @param assessments the assessments
   * @return the log
   */
  public static ActivityLog of(String planNumber, List<Activity> activities, List<ItemAssessment> assessments) {
    return new ActivityLog(false, Optional.of(planNumber), activities, assessments);
  }

  /** {@return a copy marked as synthetic data} */
  public ActivityLog asSynthetic() {
    return new ActivityLog(true, planNumber, activities, assessments);
  }

  @Override
  public String toString() {
    return "ActivityLog{" + activities.size() + " activities, " + assessments.size() + " assessments"
        + (syntheticData ? ", synthetic" : "") + "}";
  }
}

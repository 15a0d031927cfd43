package io.github.treem.core.protection;

import org.apiguardian.api.API;

/**
 * Where a case stands against one deadline at a given moment.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DeadlineOutcome {
  /** The step was done in time. */
  MET,
  /** The step was done late, or is not done and the period is over. */
  MISSED,
  /** The step is not done and the period is still running. */
  PENDING,
  /** The rule does not apply to the case (or the step it counts from has not happened). */
  NOT_APPLICABLE
}

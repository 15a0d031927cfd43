package io.github.treem.planreport;

import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.core.plan.Target;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where a report finds the plan's targets assessed, with last year's values: bound by the caller
 * to treem's indicator report of the register (published through disclosure control) or to
 * figures entered by hand.
 *
 * <p>Implementation requirements: implementations are thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface TargetResults {
  /**
   * The assessment of a target for a period.
   *
   * @param target the target
   * @param period the period of the report
   * @return the assessment, or empty when none was made (the report says "no data")
   */
  Optional<TargetResult> resultFor(Target target, ReportingPeriod period);
}

package io.github.treem.planreport;

import io.github.treem.core.plan.ReportingPeriod;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Where a report finds the figures of child-protection cases for its period (cases received,
 * assessed, with a support plan; deadlines met), already published through disclosure control:
 * bound by the caller to treem's case figures.
 *
 * <p>Implementation requirements: implementations are thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface CaseFigures {
  /**
   * The figures of a period.
   *
   * @param period the period
   * @return the lines, in the order to print (empty when there are none)
   */
  List<FigureLine> figuresFor(ReportingPeriod period);
}

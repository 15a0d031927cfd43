package io.github.treem.planreport;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where a report finds the commune's child-friendly score: bound by the caller to treem's
 * child-friendly-commune scorer.
 *
 * <p>Implementation requirements: implementations are thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ChildFriendlyScores {
  /**
   * The score of a year.
   *
   * @param year the year
   * @return the score, or empty when the year was not scored
   */
  Optional<ChildFriendlyResult> resultFor(int year);
}

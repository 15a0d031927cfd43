package io.github.treem.io;

import io.github.treem.core.validation.Issue;
import org.apiguardian.api.API;

/**
 * Receives what reading several registers finds, in the order of the registers, whatever the
 * number of threads reading them ({@link RegisterReading}): for each register, its issues in the
 * order its reader raised them, then {@link #sourceRead(RegisterRead)}. The issues are those of
 * the file itself and of its rejected rows (with {@link RegisterReading.Builder#acceptedRowIssues},
 * those of the accepted rows too, such as warnings).
 *
 * <pre>{@code
 * ReadSink sink = issue -> log.warn(issue.getCode() + " " + issue.getLocation());
 * }</pre>
 *
 * <p>Implementation requirements: none. The methods are never called concurrently: each call
 * happens before the next (possibly on another thread). An exception thrown by the sink stops
 * the reading and is thrown by the method that read.
 *
 * @since 0.1.0
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ReadSink {
  /** A sink that drops everything. */
  ReadSink NONE = issue -> { };

  /**
   * An issue of the register being delivered.
   *
   * @param issue the issue, located (file name, line, column)
   */
  void issue(Issue issue);

  /**
   * A register read to its end, after all its issues.
   *
   * @param read its digest and counts
   */
  default void sourceRead(RegisterRead read) {}
}

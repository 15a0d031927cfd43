package io.github.treem.io.plan;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What reading an activity log gave: the log (the records accepted), the problems (located by file,
 * line and property path or column, coded), and the counts: every record read is accepted or
 * rejected ({@code rowsRead == accepted + rejected}); a rejected record does not stop the reading.
 *
 * @param log the log of the accepted records
 * @param issues the problems, in the file's order
 * @param rowsRead the records read (activities and assessments)
 * @param accepted the records accepted
 * @param rejected the records rejected
 * @param complete false when reading stopped before the end of the file (a syntax error)
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ActivityLogReading(ActivityLog log, List<Issue> issues, long rowsRead, long accepted, long rejected,
    boolean complete) {
  /**
   * Makes a reading (copies the issues).
   *
   * @param log the log
   * @param issues the problems
   * @param rowsRead records read
   * @param accepted records accepted
   * @param rejected records rejected
   * @param complete whether the whole file was read
   */
  public ActivityLogReading {
    Objects.requireNonNull(log, "log must not be null");
    issues = List.copyOf(issues);
    if (rowsRead != accepted + rejected) {
      throw new IllegalArgumentException("rows read must equal accepted + rejected");
    }
  }

  /** {@return whether the reading has no error: every record accepted and the whole file read} */
  public boolean isClean() {
    return complete && rejected == 0 && issues.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR);
  }
}

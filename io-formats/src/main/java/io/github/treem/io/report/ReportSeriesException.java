package io.github.treem.io.report;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.TreemException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reports that cannot be put side by side: a previous report of another commune, of the same or
 * a later year, two of one year, or a plan of another year than the report where its targets
 * would be assessed. The exception's code is {@value #CODE}; the {@linkplain #getIssue() issue}
 * says which, with a {@link ReportSeriesIssueCode}, in Vietnamese and English, and where.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportSeriesException extends TreemException {
  /** The stable code of this exception: {@value}. */
  public static final String CODE = "TREEM-IO-0802";

  private static final long serialVersionUID = 1L;

  /** The issue; Issue is not serializable, so a deserialized exception keeps only its message. */
  private final transient Issue issue;

  /**
   * Creates the exception.
   *
   * @param issue the problem found, with its location
   */
  public ReportSeriesException(Issue issue) {
    super(CODE, Objects.requireNonNull(issue, "issue must not be null").getCode() + " at " + issue.getLocation()
        + ": " + issue.getMessageEn());
    this.issue = issue;
  }

  /** {@return the problem found, with its code and location (null only after Java deserialization)} */
  public Issue getIssue() {
    return issue;
  }
}

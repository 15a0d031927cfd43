package io.github.treem.core.validation;

import io.github.treem.core.internal.TreemStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The outcome of validating something: every issue found, never only the first.
 * {@link #isValid()} means "no issue of severity {@link Severity#ERROR}".
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class ValidationReport {
  private static final ValidationReport EMPTY = builder().build();

  ValidationReport() {}

  /** {@return every issue found, in a stable order} */
  public abstract List<Issue> getIssues();

  /** {@return true when no issue is an error} */
  public boolean isValid() {
    return getIssues().stream().noneMatch(i -> i.getSeverity() == Severity.ERROR);
  }

  /**
   * The issues of one severity.
   *
   * @param severity the severity
   * @return those issues
   */
  public List<Issue> issuesOf(Severity severity) {
    return getIssues().stream().filter(i -> i.getSeverity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /** {@return the report with no issue} */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * A report of some issues.
   *
   * @param issues the issues
   * @return the report
   */
  public static ValidationReport of(Iterable<Issue> issues) {
    return builder().addAllIssues(issues).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValidationReport}. */
  public static final class Builder extends ImmutableValidationReport.Builder {
    Builder() {}
  }
}

package io.github.treem.testkit;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.testkit.internal.Describe;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the issues of one code found in a {@link io.github.treem.core.validation.ValidationReport}
 * (from {@link ValidationReportAssert#hasIssue(String)}); each narrows the issues to those that
 * match.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IssueAssert extends AbstractAssert<IssueAssert, List<Issue>> {
  private final ValidationReportAssert report;

  IssueAssert(List<Issue> issues, ValidationReportAssert report) {
    super(issues, IssueAssert.class);
    this.report = report;
  }

  /**
   * Verifies that one of the issues is at a property path.
   *
   * @param path the path, e.g. {@code enrolments[0].grade}
   * @return an assertion on the issues at that path
   */
  public IssueAssert at(String path) {
    List<Issue> found = actual.stream().filter(i -> i.getLocation().getPath().equals(Optional.of(path))).toList();
    if (found.isEmpty()) {
      failWithMessage("%s", "Expecting an issue at path " + path + ", but the issues of that code are:\n"
          + Describe.issues(actual));
    }
    return new IssueAssert(found, report);
  }

  /**
   * Verifies that one of the issues has a severity.
   *
   * @param severity the severity
   * @return an assertion on the issues with that severity
   */
  public IssueAssert withSeverity(Severity severity) {
    List<Issue> found = actual.stream().filter(i -> i.getSeverity() == severity).toList();
    if (found.isEmpty()) {
      failWithMessage("%s", "Expecting an issue of severity " + severity + ", but the issues are:\n"
          + Describe.issues(actual));
    }
    return new IssueAssert(found, report);
  }

  /** {@return the assertion on the whole report, to chain further checks} */
  public ValidationReportAssert and() {
    return report;
  }
}

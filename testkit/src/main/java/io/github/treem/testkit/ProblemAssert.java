package io.github.treem.testkit;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.testkit.internal.Describe;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the problems of one code found in a register (from
 * {@link RegisterAssert#hasProblem(String)}); each narrows the problems to those that match.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProblemAssert extends AbstractAssert<ProblemAssert, List<Issue>> {
  private final RegisterAssert register;

  ProblemAssert(List<Issue> problems, RegisterAssert register) {
    super(problems, ProblemAssert.class);
    this.register = register;
  }

  /**
   * Verifies that one of the problems is on a line.
   *
   * @param line the 1-based line
   * @return an assertion on the problems on that line
   */
  public ProblemAssert atLine(long line) {
    List<Issue> found = actual.stream().filter(i -> i.getLocation().getLine().isPresent()
        && i.getLocation().getLine().getAsLong() == line).toList();
    if (found.isEmpty()) {
      failWithMessage("%s", "Expecting a problem at line " + line + ", but the problems of that code are:\n"
          + Describe.issues(actual));
    }
    return new ProblemAssert(found, register);
  }

  /**
   * Verifies that one of the problems names a column.
   *
   * @param column the canonical column name, e.g. {@code date_of_birth}
   * @return an assertion on the problems in that column
   */
  public ProblemAssert atColumn(String column) {
    List<Issue> found = actual.stream().filter(i -> i.getLocation().getColumn().equals(Optional.of(column))).toList();
    if (found.isEmpty()) {
      failWithMessage("%s", "Expecting a problem in column " + column + ", but the problems are:\n"
          + Describe.issues(actual));
    }
    return new ProblemAssert(found, register);
  }

  /**
   * Verifies that one of the problems has a severity.
   *
   * @param severity the severity
   * @return an assertion on the problems with that severity
   */
  public ProblemAssert withSeverity(Severity severity) {
    List<Issue> found = actual.stream().filter(i -> i.getSeverity() == severity).toList();
    if (found.isEmpty()) {
      failWithMessage("%s", "Expecting a problem of severity " + severity + ", but the problems are:\n"
          + Describe.issues(actual));
    }
    return new ProblemAssert(found, register);
  }

  /** {@return the assertion on the whole register, to chain further checks} */
  public RegisterAssert and() {
    return register;
  }
}

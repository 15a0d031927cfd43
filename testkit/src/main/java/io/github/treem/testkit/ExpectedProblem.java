package io.github.treem.testkit;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.testkit.internal.TestkitErrorCode;
import io.github.treem.testkit.internal.TreemStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A problem a register is expected to carry: the 1-based line, the canonical column (absent for
 * problems of a whole row, such as those the validator finds) and the stable issue code.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ExpectedProblem {
  ExpectedProblem() {}

  /** {@return the 1-based line of the file, or 0 for a problem of the whole file without a line} */
  public abstract long getLine();

  /** {@return the canonical column, if the problem has one} */
  public abstract Optional<String> getColumn();

  /** {@return the stable issue code} */
  public abstract String getCode();

  /**
   * Whether an issue is this problem: same code, line (0 for an issue without a line) and column.
   *
   * @param issue the issue
   * @return true when they agree
   */
  public boolean matches(Issue issue) {
    return issue.getCode().equals(getCode()) && issue.getLocation().getLine().orElse(0) == getLine()
        && issue.getLocation().getColumn().equals(getColumn());
  }

  /**
   * A problem.
   *
   * @param line the 1-based line
   * @param column the canonical column, or null for none
   * @param code the issue code
   * @return the problem
   */
  public static ExpectedProblem of(long line, @Nullable String column, String code) {
    return builder().line(line).column(Optional.ofNullable(column)).code(code).build();
  }

  /**
   * The expected problem of an issue (its line, column and code).
   *
   * @param issue the issue
   * @return the problem
   */
  public static ExpectedProblem from(Issue issue) {
    return builder().line(issue.getLocation().getLine().orElse(0)).column(issue.getLocation().getColumn())
        .code(issue.getCode()).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getLine() < 0) {
      throw new InvalidValueException(TestkitErrorCode.LINE_NEGATIVE, "line must be >= 0");
    }
  }

  @Override
  public String toString() {
    return "line " + getLine() + getColumn().map(c -> ", column " + c).orElse("") + ": " + getCode();
  }

  /** Builds an {@link ExpectedProblem}. */
  public static final class Builder extends ImmutableExpectedProblem.Builder {
    Builder() {}
  }
}

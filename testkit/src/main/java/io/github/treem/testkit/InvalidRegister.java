package io.github.treem.testkit;

import io.github.treem.testkit.internal.TreemStyle;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A register file written by {@link TreemGenerators#invalidRegisterCsv} with the problems it
 * carries, in line order: each injected {@link Defect} is in its own row, which treem's reader
 * rejects (in strict mode, with a {@link io.github.treem.core.validation.TreemValidator}).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class InvalidRegister {
  InvalidRegister() {}

  /** {@return the file written} */
  public abstract Path getFile();

  /** {@return the reporting year of the register} */
  public abstract int getYear();

  /** {@return the number of data rows (the header excluded)} */
  public abstract int getRows();

  /** {@return the defects injected} */
  public abstract Set<Defect> getDefects();

  /** {@return the problems the reader reports, in line order} */
  public abstract List<ExpectedProblem> getExpectedProblems();

  /** {@return the number of rows the reader rejects (one per defect)} */
  public int getRejectedRows() {
    return getDefects().size();
  }

  /** {@return the distinct expected issue codes, in line order} */
  public List<String> getExpectedCodes() {
    return getExpectedProblems().stream().map(ExpectedProblem::getCode).distinct().toList();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "InvalidRegister{year=" + getYear() + ", rows=" + getRows() + ", problems=" + getExpectedProblems() + "}";
  }

  /** Builds an {@link InvalidRegister}. */
  public static final class Builder extends ImmutableInvalidRegister.Builder {
    Builder() {}
  }
}

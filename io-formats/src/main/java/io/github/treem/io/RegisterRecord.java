package io.github.treem.io;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.io.internal.TreemStyle;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One record read from a child register (a CSV row, a JSON Lines line, an element of a JSON
 * register): either accepted, with its {@link Child}, or rejected; in both cases with every
 * issue found in it, located by line and column.
 *
 * <p>Implementation requirements: immutable and thread-safe. {@code toString()} shows no
 * personal data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class RegisterRecord {
  RegisterRecord() {}

  /** {@return the 1-based line of the file where the record starts} */
  public abstract long getLine();

  /** {@return the 0-based position of the record among the file's records} */
  public abstract long getIndex();

  /** {@return the child, present exactly when the record is accepted} */
  public abstract Optional<Child> getChild();

  /** {@return every issue of this record (errors for a rejected one, warnings otherwise)} */
  public abstract List<Issue> getIssues();

  /** {@return true when the record was accepted} */
  public boolean isAccepted() {
    return getChild().isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "RegisterRecord{line=" + getLine() + ", accepted=" + isAccepted() + ", issues=" + getIssues().size() + "}";
  }

  /** Builds a {@link RegisterRecord}. */
  public static final class Builder extends ImmutableRegisterRecord.Builder {
    Builder() {}
  }
}

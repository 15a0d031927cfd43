package io.github.treem.io.cases;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.validation.Issue;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One record of a case file (a JSON document, a JSON Lines line, a CSV row): accepted, with its
 * {@link ProtectionCase}, or rejected; in both cases with every issue found in it, located by
 * file, line and path.
 *
 * <p>Implementation requirements: immutable and thread-safe; {@code toString()} shows no case
 * data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CaseRecord {
  CaseRecord() {}

  /** {@return the 1-based line of the file where the record starts} */
  public abstract long getLine();

  /** {@return the 0-based position of the record among the file's records} */
  public abstract long getIndex();

  /** {@return the case, present exactly when the record is accepted} */
  public abstract Optional<ProtectionCase> getProtectionCase();

  /** {@return every issue of this record (errors for a rejected one; warnings, such as missed deadlines, otherwise)} */
  public abstract List<Issue> getIssues();

  /** {@return true when the record was accepted} */
  public boolean isAccepted() {
    return getProtectionCase().isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "CaseRecord{line=" + getLine() + ", accepted=" + isAccepted() + ", issues=" + getIssues().size() + "}";
  }

  /** Builds a {@link CaseRecord}. */
  public static final class Builder extends ImmutableCaseRecord.Builder {
    Builder() {}
  }
}

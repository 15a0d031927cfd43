package io.github.treem.xlsx;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.TreemException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A workbook that is not read: refused (.xls, encrypted, hostile, larger than a limit) or
 * damaged. Carries the coded {@link Issue} (located at the file), which a command shows as it
 * shows any other issue; the message never holds personal data.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class WorkbookException extends TreemException {
  private static final long serialVersionUID = 1L;
  /** The issue (immutable). */
  private final transient Issue issue;

  WorkbookException(Issue issue, @Nullable Throwable cause) {
    super(issue.getCode(), issue.getMessageEn(), cause);
    this.issue = issue;
  }

  /** {@return the coded issue} */
  public Issue getIssue() {
    return issue;
  }
}

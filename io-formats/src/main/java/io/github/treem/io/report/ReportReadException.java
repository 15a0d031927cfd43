package io.github.treem.io.report;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.TreemException;
import io.github.treem.io.internal.IoErrorCode;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A report JSON that cannot be read: malformed JSON, a property of the wrong type or unknown, a
 * required property missing, or a figure that does not follow from the others. The exception's
 * code is {@value #CODE}; the {@linkplain #getIssue() issue} says what is wrong with the code of
 * the problem ({@link io.github.treem.io.json.JsonIssueCode} for the text,
 * {@link io.github.treem.io.RegisterIssueCode} for a value), in Vietnamese and English, and where: the
 * file when given, the line, and the property path (e.g. {@code indicators[2].breakdowns.village[0].value}).
 * Neither the message nor the issue repeats a value of the input.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportReadException extends TreemException {
  /** The stable code of this exception: {@value}. */
  public static final String CODE = "TREEM-IO-0801";

  private static final long serialVersionUID = 1L;

  /** The issue; Issue is not serializable, so a deserialized exception keeps only its message. */
  private final transient Issue issue;

  /**
   * Creates the exception.
   *
   * @param issue the problem found, with its location
   * @param cause the exception of the JSON parser or codec
   */
  public ReportReadException(Issue issue, @Nullable Throwable cause) {
    super(IoErrorCode.REPORT_UNREADABLE, describe(issue), cause);
    this.issue = issue;
  }

  private static String describe(Issue issue) {
    Objects.requireNonNull(issue, "issue must not be null");
    return "not a treem report (" + issue.getCode() + " at " + issue.getLocation() + "): " + issue.getMessageEn();
  }

  /** {@return the problem found, with its code and location (null only after Java deserialization)} */
  public Issue getIssue() {
    return issue;
  }
}

package io.github.treem.io.submission;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.TreemException;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A submission file that cannot be read: malformed JSON, a property of the wrong type, unknown
 * or missing, a figure that does not follow from the others (with a
 * {@link io.github.treem.io.json.JsonIssueCode}), or a content that does not match its SHA-256
 * ({@link SubmissionIssueCode#SUBMISSION_DIGEST_MISMATCH}). The exception's code is
 * {@value #CODE}; the {@linkplain #getIssue() issue} says what and where (file, line, property
 * path). Neither the message nor the issue repeats a value of the input.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SubmissionReadException extends TreemException {
  /** The stable code of this exception: {@value}. */
  public static final String CODE = "TREEM-IO-1101";

  private static final long serialVersionUID = 1L;

  /** The issue; Issue is not serializable, so a deserialized exception keeps only its message. */
  private final transient Issue issue;

  /**
   * Creates the exception.
   *
   * @param issue the problem found, with its location
   * @param cause the exception of the JSON parser or codec, or null
   */
  public SubmissionReadException(Issue issue, @Nullable Throwable cause) {
    super(CODE, describe(issue), cause);
    this.issue = issue;
  }

  private static String describe(Issue issue) {
    Objects.requireNonNull(issue, "issue must not be null");
    return "not a treem submission (" + issue.getCode() + " at " + issue.getLocation() + "): " + issue.getMessageEn();
  }

  /** {@return the problem found, with its code and location (null only after Java deserialization)} */
  public Issue getIssue() {
    return issue;
  }
}

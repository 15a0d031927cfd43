package io.github.treem.io.internal.json;

import io.github.treem.codec.internal.DecodeProblem;
import io.github.treem.core.validation.IssueCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that the treem codecs cannot take, as Jackson 3 reports it: typed by the codec's
 * {@link DecodeProblem} and carrying the {@link IssueCode} of the problem (the readers take the
 * code from here, never from the message). The message opens with the id of the kind of problem
 * ({@code TREEM-IO-1001} wrong type, {@code -1002} invalid value, {@code -1003} missing property)
 * and never repeats the value (it may be personal data).
 */
public final class JsonValueException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final DecodeProblem problem;
  /** The issue code (an enum constant). */
  private final transient IssueCode issueCode;
  private final String detail;
  private final @Nullable String missingProperty;

  JsonValueException(JsonParser p, Class<?> target, DecodeProblem problem, String detail, @Nullable String missingProperty) {
    super(p, problem.message(detail), target);
    this.problem = problem;
    this.issueCode = ValueCodes.of(problem, target);
    this.detail = detail;
    this.missingProperty = missingProperty;
  }

  /** {@return the kind of problem} */
  public DecodeProblem getProblem() {
    return problem;
  }

  /** {@return the code of the problem for the readers' issues} */
  public IssueCode getIssueCode() {
    return issueCode;
  }

  /** {@return what is wrong, without the id and without the value} */
  public String getDetail() {
    return detail;
  }

  /** {@return the name of the required property that is missing, or null for another problem} */
  public @Nullable String getMissingProperty() {
    return missingProperty;
  }
}

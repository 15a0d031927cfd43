package io.github.treem.core.validation;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The root of treem's exceptions. Each carries a stable code (e.g. {@code TREEM-CORE-0001}) that
 * is never reused, from its module's registry of codes ({@link #getIssueCode()}: treem's one
 * issue-code model, with the code's meaning in Vietnamese and English), and a message that says
 * what is wrong, where, and what was expected ({@code CODE: particulars}).
 *
 * <p>Messages never contain personal data: names, identifiers, dates of birth and the values of
 * personal-data fields are never put in a message.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public class TreemException extends RuntimeException {
  /** Serialization version. */
  private static final long serialVersionUID = 2L;

  /** The code of this error (an enum constant: serializable). */
  private final IssueCode code;
  /** The particulars, without the code. */
  private final String detail;

  /**
   * Creates an exception.
   *
   * @param code the code, from the registry of the module that throws
   * @param message the particulars (without personal data)
   * @since 0.2.0
   */
  public TreemException(IssueCode code, String message) {
    this(code, message, null);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param code the code, from the registry of the module that throws
   * @param message the particulars (without personal data)
   * @param cause the cause, or null
   * @since 0.2.0
   */
  public TreemException(IssueCode code, String message, @Nullable Throwable cause) {
    super(Objects.requireNonNull(code, "code must not be null").getCode() + ": " + message, cause);
    this.code = code;
    this.detail = message;
  }

  /**
   * Creates an exception with a code that is not (yet) in its module's registry: its
   * {@link #getIssueCode()} has the code, severity {@code ERROR} and texts that only name the
   * code. Prefer {@link #TreemException(IssueCode, String)}; the modules whose codes are still
   * given as text (the plan's year, protection cases, the calendar, administrative data, the
   * child-friendly commune, the plan report) move to registry enums as their work packages
   * settle.
   *
   * @param code the code, {@code TREEM-<MODULE>-nnnn}
   * @param message the particulars (without personal data)
   */
  public TreemException(String code, String message) {
    this(code, message, null);
  }

  /**
   * Creates an exception with a cause and a code that is not (yet) in its module's registry (see
   * {@link #TreemException(String, String)}).
   *
   * @param code the code, {@code TREEM-<MODULE>-nnnn}
   * @param message the particulars (without personal data)
   * @param cause the cause, or null
   */
  public TreemException(String code, String message, @Nullable Throwable cause) {
    this(new Unregistered(Objects.requireNonNull(code, "code must not be null")), message, cause);
  }

  /** {@return the stable code of this error, e.g. {@code TREEM-CORE-0001}} */
  public String getCode() {
    return code.getCode();
  }

  /**
   * {@return the code with its meaning in Vietnamese and English}
   *
   * @since 0.2.0
   */
  public IssueCode getIssueCode() {
    return code;
  }

  /**
   * This error as an {@link Issue} (severity {@code ERROR}): the code, the location, and the
   * code's texts followed by this exception's particulars.
   *
   * @param location where
   * @return the issue
   * @since 0.2.0
   */
  public Issue toIssue(Location location) {
    return code.issue(code.getSeverity(), location, detail);
  }

  /** A code given as text, outside any registry. */
  private record Unregistered(String code) implements IssueCode, java.io.Serializable {
    @Override
    public Definition definition() {
      return new Definition(code, Severity.ERROR, "Lỗi " + code, "Error " + code);
    }
  }
}

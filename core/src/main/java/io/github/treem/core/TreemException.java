package io.github.treem.core;

import org.apiguardian.api.API;
import java.util.Objects;

/**
 * The root of treem's exceptions. Each carries a stable code (e.g. {@code TREEM-CORE-0001})
 * that is never reused, and a message that says what is wrong, where, and what was expected.
 *
 * <p>Messages never contain personal data: names, identifiers, dates of birth and the values of
 * personal-data fields are never put in a message.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public class TreemException extends RuntimeException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The stable code of this error. */
  private final String code;

  /**
   * Creates an exception.
   *
   * @param code the stable code
   * @param message the message (without personal data)
   */
  public TreemException(String code, String message) {
    super(code + ": " + message);
    this.code = Objects.requireNonNull(code, "code must not be null");
  }

  /**
   * Creates an exception with a cause.
   *
   * @param code the stable code
   * @param message the message (without personal data)
   * @param cause the cause
   */
  public TreemException(String code, String message, Throwable cause) {
    super(code + ": " + message, cause);
    this.code = Objects.requireNonNull(code, "code must not be null");
  }

  /** {@return the stable code of this error} */
  public String getCode() {
    return code;
  }
}

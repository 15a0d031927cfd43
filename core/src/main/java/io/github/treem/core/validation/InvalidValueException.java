package io.github.treem.core.validation;

import org.apiguardian.api.API;

/**
 * Thrown when a value would break an invariant of a treem type, so that the object cannot exist
 * (for example a growth measurement with a negative weight, or a text that is not a personal
 * identification number given to {@code parse}). Rules that depend on context are not
 * invariants: they are reported by the validator and never throw.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public class InvalidValueException extends TreemException {
  /** Serialization version. */
  private static final long serialVersionUID = 2L;

  /**
   * Creates an exception.
   *
   * @param code the code, from the registry of the module that throws
   * @param message the particulars (without personal data)
   * @since 0.2.0
   */
  public InvalidValueException(IssueCode code, String message) {
    super(code, message);
  }

  /**
   * Creates an exception with a code that is not (yet) in its module's registry (see
   * {@link TreemException#TreemException(String, String)}).
   *
   * @param code the code, {@code TREEM-<MODULE>-nnnn}
   * @param message the particulars (without personal data)
   */
  public InvalidValueException(String code, String message) {
    super(code, message);
  }
}

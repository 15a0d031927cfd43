package io.github.treem.core.validation;

import jakarta.validation.Payload;
import org.apiguardian.api.API;

/**
 * How serious an {@link Issue} is. A report is valid when it holds no {@link #ERROR}.
 *
 * <p>For constraint authors: a Bean Validation constraint is an {@code ERROR} unless its
 * {@code payload} names {@link Warning} or {@link Info}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Severity {
  /** The datum is wrong: a row with an error is rejected by strict readers. */
  ERROR,
  /** The datum is suspicious or incomplete but usable. */
  WARNING,
  /** A remark that needs no action. */
  INFO;

  /** Payload that marks a constraint's violations as {@link #WARNING}. */
  public interface Warning extends Payload {}

  /** Payload that marks a constraint's violations as {@link #INFO}. */
  public interface Info extends Payload {}
}

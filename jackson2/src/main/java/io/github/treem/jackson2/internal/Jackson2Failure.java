package io.github.treem.jackson2.internal;

import java.io.IOException;

/**
 * Carries a checked exception of Jackson 2 (an {@link IOException}) through the codecs, which
 * see only runtime exceptions; the adapters throw the exception it carries.
 */
final class Jackson2Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The cause, kept typed: {@link #getCause()} is nullable for the checker. */
  private final IOException exception;

  Jackson2Failure(IOException cause) {
    super(cause.getMessage(), cause, false, false);
    this.exception = cause;
  }

  /** {@return the exception of Jackson 2} */
  IOException exception() {
    return exception;
  }
}

package io.github.treem.io.internal.json;

import io.github.treem.codec.internal.CodecMessages;

/**
 * The stable ids that open the messages of the JSON codecs' decode errors (never reused), as
 * treem-codec's {@link CodecMessages} defines them. The register readers turn them into issue
 * codes.
 */
public final class JsonMessages {
  /** A JSON value of the wrong type (a string where a number belongs, ...). */
  public static final String WRONG_TYPE = CodecMessages.WRONG_TYPE;
  /** A JSON value of the right type that is not allowed (a bad date, an unknown code, ...). */
  public static final String INVALID_VALUE = CodecMessages.INVALID_VALUE;
  /** A required property is missing. */
  public static final String MISSING_PROPERTY = CodecMessages.MISSING_PROPERTY;
  /** A value breaks an invariant of a treem type (the cause is the core exception). */
  public static final String INVARIANT = CodecMessages.INVARIANT;

  private JsonMessages() {}
}

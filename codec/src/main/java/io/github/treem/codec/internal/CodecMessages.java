package io.github.treem.codec.internal;

/**
 * The stable ids that open the messages of the codecs' decode errors (never reused). The register
 * readers turn them into issue codes.
 */
public final class CodecMessages {
  /** A JSON value of the wrong type (a string where a number belongs, ...). */
  public static final String WRONG_TYPE = "TREEM-IO-1001";
  /** A JSON value of the right type that is not allowed (a bad date, an unknown code, ...). */
  public static final String INVALID_VALUE = "TREEM-IO-1002";
  /** A required property is missing. */
  public static final String MISSING_PROPERTY = "TREEM-IO-1003";
  /** A value breaks an invariant of a treem type (the cause is the core exception). */
  public static final String INVARIANT = "TREEM-IO-1004";

  private CodecMessages() {}
}

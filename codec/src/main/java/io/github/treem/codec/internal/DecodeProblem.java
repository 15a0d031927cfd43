package io.github.treem.codec.internal;

/**
 * The kind of a value that a codec cannot take, given to {@link TokenReader#mismatch} with the
 * problem itself, so that an adapter gives its exception a type (and a reader its issue code)
 * without reading the message. The message of each opens with the stable id of its kind
 * ({@link #getId()}).
 */
public enum DecodeProblem {
  /** A JSON value of the wrong type (a string where a number belongs, {@code null}, ...). */
  WRONG_TYPE(CodecMessages.WRONG_TYPE),
  /** A JSON value of the right type that is not allowed (an unknown code, a bad identifier, ...). */
  INVALID_VALUE(CodecMessages.INVALID_VALUE),
  /** A string that is not an ISO date {@code yyyy-MM-dd}. */
  INVALID_DATE(CodecMessages.INVALID_VALUE),
  /** A number out of the range of its type. */
  INVALID_NUMBER(CodecMessages.INVALID_VALUE),
  /** A required property is missing. */
  MISSING_PROPERTY(CodecMessages.MISSING_PROPERTY);

  private final String id;

  DecodeProblem(String id) {
    this.id = id;
  }

  /** {@return the stable id that opens the message ({@code TREEM-IO-1001}, ...)} */
  public String getId() {
    return id;
  }

  /**
   * The message of a problem of this kind.
   *
   * @param detail what is wrong, without the value
   * @return {@code id + ": " + detail}
   */
  public String message(String detail) {
    return id + ": " + detail;
  }
}

package io.github.treem.codec.internal;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of JSON token a {@link TokenReader} reports, independent of the JSON library (the
 * names are Jackson 3's, which the messages of rare tokens show).
 */
public enum Token {
  /** The start of an object. */
  START_OBJECT("an object"),
  /** The end of an object. */
  END_OBJECT(null),
  /** The start of an array. */
  START_ARRAY("an array"),
  /** The end of an array. */
  END_ARRAY(null),
  /** A property name. */
  PROPERTY_NAME(null),
  /** A string. */
  VALUE_STRING("a string"),
  /** An integer. */
  VALUE_NUMBER_INT("an integer"),
  /** A number with a fraction or an exponent. */
  VALUE_NUMBER_FLOAT("a decimal number"),
  /** {@code true}. */
  VALUE_TRUE("a boolean"),
  /** {@code false}. */
  VALUE_FALSE("a boolean"),
  /** {@code null}. */
  VALUE_NULL("null"),
  /** A value that is no JSON text (an embedded object of a token buffer). */
  VALUE_EMBEDDED_OBJECT(null),
  /** No token is available yet (non-blocking input). */
  NOT_AVAILABLE(null);

  /** How a message names the token, or null to name it by its constant's name. */
  private final @Nullable String description;

  Token(@Nullable String description) {
    this.description = description;
  }

  /**
   * How a message names a token ("an integer", "null", ...).
   *
   * @param token the token, or null at the end of the input
   * @return the description
   */
  public static String describe(@Nullable Token token) {
    if (token == null) {
      return "nothing";
    }
    return token.description == null ? token.name() : token.description;
  }

  /** {@return whether the token is a number} */
  public boolean isNumber() {
    return this == VALUE_NUMBER_INT || this == VALUE_NUMBER_FLOAT;
  }
}

package io.github.treem.codec.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A JSON parser as the codecs see it: the adapter of one JSON library's parser and
 * deserialization context, for the reading of one value. Every problem is created by the
 * adapter, so that it is the library's own exception type, with the input location and the
 * property path (built by {@link #withPath}).
 *
 * <p>Implementation requirements: the problem methods return the exception to throw or throw it
 * themselves; callers write {@code throw in.mismatch(...)}. Messages never repeat an input value.
 */
public interface TokenReader {
  /** {@return the current token, or null at the end of the input} */
  @Nullable Token current();

  /** {@return the next token (the parser moves to it), or null at the end of the input} */
  @Nullable Token next();

  /**
   * Moves to the next property of the object being read.
   *
   * @return its name, or null when the object ends (the parser is then on its end)
   */
  @Nullable String nextName();

  /** {@return the text of the current string token} */
  String text();

  /** {@return the size of the current integer token} */
  NumberSize numberSize();

  /** {@return the current number as an {@code int}} */
  int intValue();

  /** {@return the current number as a {@code long}} */
  long longValue();

  /** {@return the current number as a {@code double}} */
  double doubleValue();

  /** {@return the current number exactly} */
  BigDecimal decimalValue();

  /** {@return the length of the current token's text (for a number: its characters)} */
  int textLength();

  /** {@return the current token's text (for a number: as written)} */
  String tokenText();

  /** {@return the nesting depth of the current token (the root object or array is 1)} */
  int depth();

  /**
   * Whether an exception is a read failure of the JSON library (which gets the property path
   * added); other runtime exceptions pass through unchanged.
   *
   * @param e the exception
   * @return true for the library's own exceptions
   */
  boolean isReadFailure(RuntimeException e);

  /**
   * A value that does not match what the type expects (the library's "mismatched input").
   *
   * @param owner the type being read
   * @param problem the kind of problem (the message opens with its id)
   * @param detail what is wrong, without the value
   * @return the exception to throw
   */
  RuntimeException mismatch(Class<?> owner, DecodeProblem problem, String detail);

  /**
   * A required property that is missing (a {@link DecodeProblem#MISSING_PROPERTY} mismatch, whose
   * adapter may keep the name apart).
   *
   * @param owner the type being read
   * @param name the property's name
   * @return the exception to throw
   */
  default RuntimeException missingProperty(Class<?> owner, String name) {
    return mismatch(owner, DecodeProblem.MISSING_PROPERTY, "missing required property '" + name + "'");
  }

  /**
   * A value that breaks an invariant of a type: the library's instantiation problem, with the
   * cause kept. A problem handler of the host may give a value instead.
   *
   * @param type the type built
   * @param cause the exception of the builder or factory
   * @return the value a handler gave (otherwise this throws)
   */
  Object instantiationProblem(Class<?> type, RuntimeException cause);

  /**
   * An exceeded read limit (the library's stream constraints exception).
   *
   * @param message the message, naming the limit and never the content
   * @return the exception to throw
   */
  RuntimeException limitExceeded(String message);

  /**
   * An object with the same property twice (the library's duplicate-property exception).
   *
   * @param name the property's name
   * @return the exception to throw
   */
  RuntimeException duplicateProperty(String name);

  /**
   * A property the type does not define, the parser on its value: fails (the library's
   * unrecognized-property exception), unless this read skips unknown properties with a warning
   * (then the value is skipped).
   *
   * @param owner the type being read
   * @param name the property's name
   */
  void unknownProperty(Class<?> owner, String name);

  /**
   * Adds a property to the path of a read failure.
   *
   * @param e the exception
   * @param from the object whose property it is (its class names it in the message)
   * @param property the property's name
   * @return the exception to throw ({@code e} itself unless the library wraps it)
   */
  RuntimeException withPath(RuntimeException e, Object from, String property);

  /**
   * Adds an array index to the path of a read failure.
   *
   * @param e the exception
   * @param from the collection being filled (its class names it in the message)
   * @param index the index
   * @return the exception to throw ({@code e} itself unless the library wraps it)
   */
  RuntimeException withPath(RuntimeException e, Object from, int index);

  /** The size of an integer token. */
  enum NumberSize {
    /** Fits an {@code int}. */
    INT,
    /** Fits a {@code long}, not an {@code int}. */
    LONG,
    /** Larger than a {@code long}. */
    BIG_INTEGER,
    /** Not an integer. */
    OTHER
  }
}

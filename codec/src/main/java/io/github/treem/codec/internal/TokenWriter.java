package io.github.treem.codec.internal;

import java.math.BigDecimal;

/**
 * A JSON generator as the codecs see it: the adapter of one JSON library's generator and
 * serialization context, for the writing of one value. The layout (indentation, line breaks) is
 * the generator's.
 */
public interface TokenWriter {
  /**
   * Starts an object.
   *
   * @param value the value written as the object (the generator's current value)
   */
  void startObject(Object value);

  /** Ends the object. */
  void endObject();

  /**
   * Starts an array.
   *
   * @param value the value written as the array
   * @param size the number of elements
   */
  void startArray(Object value, int size);

  /** Ends the array. */
  void endArray();

  /**
   * Writes a property name.
   *
   * @param name the name
   */
  void name(String name);

  /**
   * Writes a string.
   *
   * @param value the string
   */
  void string(String value);

  /**
   * Writes an integer.
   *
   * @param value the integer
   */
  void number(int value);

  /**
   * Writes an integer.
   *
   * @param value the integer
   */
  void number(long value);

  /**
   * Writes a number as the library writes a {@code double}.
   *
   * @param value the number
   */
  void number(double value);

  /**
   * Writes a decimal number in plain notation ({@link BigDecimal#toPlainString()}, never an
   * exponent).
   *
   * @param value the number
   */
  void decimal(BigDecimal value);

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   */
  void bool(boolean value);

  /** Writes {@code null}. */
  void nullValue();

  /**
   * An attribute of this write (set by the caller on the library's writer).
   *
   * @param key the key
   * @return the value, or null
   */
  Object attribute(Object key);

  /**
   * Sets how strings are escaped from here on.
   *
   * @param escapes the escapes
   * @return the generator's escapes before (opaque), for {@link #restoreEscapes(Object)}
   */
  Object setEscapes(StringEscapes escapes);

  /**
   * Sets back the escapes returned by {@link #setEscapes(StringEscapes)}.
   *
   * @param previous the escapes before
   */
  void restoreEscapes(Object previous);
}

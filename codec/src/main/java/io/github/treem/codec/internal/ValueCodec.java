package io.github.treem.codec.internal;

/**
 * Reads and writes values of one type as JSON, through a {@link TokenReader} and a
 * {@link TokenWriter}.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @param <V> the type
 */
public interface ValueCodec<V> {
  /**
   * Reads a value, the reader on its first token.
   *
   * @param in the reader
   * @param owner the type whose property (or element) the value is, for problems; a codec of an
   *     object or of a named scalar type names its own type instead
   * @return the value
   */
  V read(TokenReader in, Class<?> owner);

  /**
   * Writes a value.
   *
   * @param value the value (never null)
   * @param out the writer
   */
  void write(V value, TokenWriter out);
}

package io.github.treem.codec.internal;

import java.util.Objects;

/**
 * A codec registered for a Java type: what a Jackson module adds as a serializer and a
 * deserializer.
 *
 * @param <T> the type
 */
public final class TypeCodec<T> {
  private final Class<T> type;
  private final ValueCodec<? super T> writer;
  private final ValueCodec<? extends T> reader;

  private TypeCodec(Class<T> type, ValueCodec<? super T> writer, ValueCodec<? extends T> reader) {
    this.type = Objects.requireNonNull(type, "type must not be null");
    this.writer = Objects.requireNonNull(writer, "writer must not be null");
    this.reader = Objects.requireNonNull(reader, "reader must not be null");
  }

  /**
   * A type read and written by one codec.
   *
   * @param <T> the type
   * @param type the class
   * @param codec the codec
   * @return the registration
   */
  public static <T> TypeCodec<T> of(Class<T> type, ValueCodec<T> codec) {
    return new TypeCodec<>(type, codec, codec);
  }

  /**
   * A type written by one codec and read by another (a sub-type's writer is its super-type's).
   *
   * @param <T> the type
   * @param type the class
   * @param writer writes values of the type
   * @param reader reads values of the type
   * @return the registration
   */
  public static <T> TypeCodec<T> of(Class<T> type, ValueCodec<? super T> writer, ValueCodec<? extends T> reader) {
    return new TypeCodec<>(type, writer, reader);
  }

  /** {@return the type} */
  public Class<T> getType() {
    return type;
  }

  /** {@return the codec writing values of the type} */
  public ValueCodec<? super T> getWriter() {
    return writer;
  }

  /** {@return the codec reading values of the type} */
  public ValueCodec<? extends T> getReader() {
    return reader;
  }
}

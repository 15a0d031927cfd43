package io.github.treem.io.internal.json;

import io.github.treem.codec.internal.ValueCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 serializer that writes with a codec of treem-codec.
 *
 * @param <T> the type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {
  private final transient ValueCodec<? super T> codec;

  /**
   * Creates the serializer.
   *
   * @param type the type
   * @param codec the codec
   */
  public CodecSerializer(Class<T> type, ValueCodec<? super T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
    codec.write(value, new Jackson3Writer(g, ctxt));
  }
}

package io.github.treem.io.internal.json;

import io.github.treem.codec.internal.ValueCodec;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A Jackson 3 deserializer that reads with a codec of treem-codec.
 *
 * @param <T> the type
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
  private final transient ValueCodec<? extends T> codec;

  /**
   * Creates the deserializer.
   *
   * @param type the type
   * @param codec the codec
   */
  public CodecDeserializer(Class<T> type, ValueCodec<? extends T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    Class<?> type = handledType();
    return codec.read(new Jackson3Reader(p, ctxt, this), type);
  }
}

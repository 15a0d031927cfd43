package io.github.treem.io.internal.json;

import io.github.treem.codec.internal.ValueCodec;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A Jackson 3 deserializer that reads with a codec of treem-codec: the type's rules (unknown
 * properties, duplicate properties, read limits) apply whatever the mapper's settings. A lenient
 * deserializer (treem's own lenient mapper only) leaves unknown properties to the context's
 * problem handlers.
 *
 * @param <T> the type
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
  private final transient ValueCodec<? extends T> codec;
  private final boolean lenient;

  /**
   * Creates the deserializer.
   *
   * @param type the type
   * @param codec the codec
   * @param lenient whether unknown properties are left to the context (skipped with a warning)
   */
  public CodecDeserializer(Class<T> type, ValueCodec<? extends T> codec, boolean lenient) {
    super(type);
    this.codec = codec;
    this.lenient = lenient;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    Class<?> type = handledType();
    return codec.read(new Jackson3Reader(p, ctxt, this, lenient), type);
  }
}

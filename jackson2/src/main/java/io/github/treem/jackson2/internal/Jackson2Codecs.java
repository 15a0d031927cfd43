package io.github.treem.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.treem.codec.internal.ValueCodec;
import java.io.IOException;

/** The Jackson 2 serializer and deserializer of a codec of treem-codec. */
public final class Jackson2Codecs {
  private Jackson2Codecs() {}

  /**
   * A serializer that writes with a codec.
   *
   * @param <T> the type
   */
  public static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient ValueCodec<? super T> codec;

    /**
     * Creates the serializer.
     *
     * @param type the type
     * @param codec the codec
     */
    public Serializer(Class<T> type, ValueCodec<? super T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      try {
        codec.write(value, new Jackson2Writer(g, provider));
      } catch (Jackson2Failure e) {
        throw e.exception();
      }
    }
  }

  /**
   * A deserializer that reads with a codec: the type's rules (unknown properties, duplicate
   * properties, read limits) apply whatever the mapper's settings.
   *
   * @param <T> the type
   */
  public static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient ValueCodec<? extends T> codec;

    /**
     * Creates the deserializer.
     *
     * @param type the type
     * @param codec the codec
     */
    public Deserializer(Class<T> type, ValueCodec<? extends T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return codec.read(new Jackson2Reader(p, ctxt), handledType());
      } catch (Jackson2Failure e) {
        throw e.exception();
      }
    }
  }
}

package io.github.treem.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.treem.codec.internal.StringEscapes;
import io.github.treem.codec.internal.TokenWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The codecs' {@link TokenWriter} over a Jackson 2 generator and serializer provider (I/O errors
 * carried by {@link Jackson2Failure}).
 */
final class Jackson2Writer implements TokenWriter {
  private static final Map<StringEscapes, Escapes> ESCAPES = new EnumMap<>(StringEscapes.class);

  static {
    for (StringEscapes e : StringEscapes.values()) {
      ESCAPES.put(e, new Escapes(e));
    }
  }

  private final JsonGenerator g;
  private final SerializerProvider provider;

  Jackson2Writer(JsonGenerator g, SerializerProvider provider) {
    this.g = g;
    this.provider = provider;
  }

  @Override
  public void startObject(Object value) {
    try {
      g.writeStartObject(value);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void endObject() {
    try {
      g.writeEndObject();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void startArray(Object value, int size) {
    try {
      g.writeStartArray(value, size);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void endArray() {
    try {
      g.writeEndArray();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void name(String name) {
    try {
      g.writeFieldName(name);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void string(String value) {
    try {
      g.writeString(value);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void number(int value) {
    try {
      g.writeNumber(value);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void number(long value) {
    try {
      g.writeNumber(value);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void number(double value) {
    try {
      g.writeNumber(value);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void decimal(BigDecimal value) {
    try {
      g.writeNumber(value.toPlainString());
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      g.writeBoolean(value);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void nullValue() {
    try {
      g.writeNull();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public Object attribute(Object key) {
    return provider.getAttribute(key);
  }

  @Override
  public Object setEscapes(StringEscapes escapes) {
    CharacterEscapes before = g.getCharacterEscapes();
    g.setCharacterEscapes(ESCAPES.get(escapes));
    return before;
  }

  @Override
  public void restoreEscapes(Object previous) {
    g.setCharacterEscapes((CharacterEscapes) previous);
  }

  /** Jackson 2's form of a {@link StringEscapes}: every escape a custom sequence. */
  static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii = new int[128];
    private final @Nullable SerializableString[] sequences = new SerializableString[128];

    Escapes(StringEscapes escapes) {
      for (int c = 0; c < ascii.length; c++) {
        String s = escapes.escape(c);
        if (s != null) {
          ascii[c] = ESCAPE_CUSTOM;
          sequences[c] = new SerializedString(s);
        }
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return ch >= 0 && ch < sequences.length ? sequences[ch] : null;
    }
  }
}

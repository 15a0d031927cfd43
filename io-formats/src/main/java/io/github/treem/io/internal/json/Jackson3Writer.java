package io.github.treem.io.internal.json;

import io.github.treem.codec.internal.StringEscapes;
import io.github.treem.codec.internal.TokenWriter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;

/** The codecs' {@link TokenWriter} over a Jackson 3 generator and serialization context. */
final class Jackson3Writer implements TokenWriter {
  private static final Map<StringEscapes, Escapes> ESCAPES = new EnumMap<>(StringEscapes.class);

  static {
    for (StringEscapes e : StringEscapes.values()) {
      ESCAPES.put(e, new Escapes(e));
    }
  }

  private final JsonGenerator g;
  private final SerializationContext ctxt;

  Jackson3Writer(JsonGenerator g, SerializationContext ctxt) {
    this.g = g;
    this.ctxt = ctxt;
  }

  @Override
  public void startObject(Object value) {
    g.writeStartObject(value);
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray(Object value, int size) {
    g.writeStartArray(value, size);
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(String name) {
    g.writeName(name);
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void number(int value) {
    g.writeNumber(value);
  }

  @Override
  public void number(long value) {
    g.writeNumber(value);
  }

  @Override
  public void number(double value) {
    g.writeNumber(value);
  }

  @Override
  public void decimal(BigDecimal value) {
    g.writeNumber(value.toPlainString());
  }

  @Override
  public void bool(boolean value) {
    g.writeBoolean(value);
  }

  @Override
  public void nullValue() {
    g.writeNull();
  }

  @Override
  public Object attribute(Object key) {
    return ctxt.getAttribute(key);
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

  /** Jackson's form of a {@link StringEscapes}: every escape a custom sequence. */
  static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii = new int[128];
    private final SerializableString[] sequences = new SerializableString[128];

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

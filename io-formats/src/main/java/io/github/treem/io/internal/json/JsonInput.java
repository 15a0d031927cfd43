package io.github.treem.io.internal.json;

import io.github.treem.io.internal.Utf8DecodingReader;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.ObjectReader;

/**
 * The JSON input of treem's readers (register documents, JSON Lines, reports): text decoded by
 * {@link Utf8DecodingReader#strict(InputStream)} (bytes that are not UTF-8 fail with a typed cause,
 * a byte-order mark is dropped) and parsers that report a duplicate property with a typed
 * {@link DuplicateKeyException} and content after the value with a typed
 * {@link TrailingContentException}, so that the issue codes come from exception types, never from
 * message texts. Jackson's own duplicate detection is switched off on these parsers: this check
 * replaces it (a set of names per open object, as Jackson's).
 */
public final class JsonInput {
  private JsonInput() {}

  /**
   * A parser of UTF-8 bytes.
   *
   * @param reader the reader whose settings apply
   * @param in the bytes
   * @return the parser
   */
  public static JsonParser parser(ObjectReader reader, InputStream in) {
    return parser(reader, Utf8DecodingReader.strict(in));
  }

  /**
   * A parser of text.
   *
   * @param reader the reader whose settings apply
   * @param text the text
   * @return the parser
   */
  public static JsonParser parser(ObjectReader reader, Reader text) {
    return new Checked(settings(reader).createParser(text));
  }

  /**
   * A parser of characters.
   *
   * @param reader the reader whose settings apply
   * @param chars the characters
   * @param length how many, from the first
   * @return the parser
   */
  public static JsonParser parser(ObjectReader reader, char[] chars, int length) {
    return new Checked(settings(reader).createParser(chars, 0, length));
  }

  private static ObjectReader settings(ObjectReader reader) {
    return reader.without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * Fails when the input holds more than the value just read.
   *
   * @param p the parser, after the value
   * @throws TrailingContentException when a token follows
   */
  public static void requireEnd(JsonParser p) {
    if (p.nextToken() != null) {
      throw new TrailingContentException(p);
    }
  }

  /** The same property twice in one object. */
  public static final class DuplicateKeyException extends StreamReadException {
    private static final long serialVersionUID = 1L;

    DuplicateKeyException(JsonParser p, String name) {
      super(p, "Duplicate Object property \"" + name + "\"");
    }
  }

  /** Content after the value that the input must hold alone. */
  public static final class TrailingContentException extends StreamReadException {
    private static final long serialVersionUID = 1L;

    TrailingContentException(JsonParser p) {
      super(p, "content after the value");
    }
  }

  /** Checks the names of each object as the tokens go by. */
  private static final class Checked extends JsonParserDelegate {
    /** The names seen in each open object, by depth (reused); null for an array. */
    private final List<Set<String>> names = new ArrayList<>();
    private int depth;

    Checked(JsonParser p) {
      super(p);
    }

    /** Follows the token the delegate stands on after a move. */
    private void track() {
      JsonToken t = delegate.currentToken();
      if (t == null) {
        return;
      }
      switch (t) {
        case START_OBJECT:
          open(true);
          break;
        case START_ARRAY:
          open(false);
          break;
        case END_OBJECT:
        case END_ARRAY:
          depth--;
          break;
        case PROPERTY_NAME:
          if (!names.get(depth - 1).add(delegate.currentName())) {
            throw new DuplicateKeyException(this, delegate.currentName());
          }
          break;
        default:
          break;
      }
    }

    private void open(boolean object) {
      if (depth == names.size()) {
        names.add(object ? new HashSet<>() : null);
      } else if (object) {
        Set<String> s = names.get(depth);
        if (s == null) {
          names.set(depth, new HashSet<>());
        } else {
          s.clear();
        }
      }
      depth++;
    }

    @Override
    public JsonToken nextToken() {
      JsonToken t = delegate.nextToken();
      track();
      return t;
    }

    @Override
    public JsonToken nextValue() {
      JsonToken t = nextToken();
      return t == JsonToken.PROPERTY_NAME ? nextToken() : t;
    }

    @Override
    public String nextName() {
      String n = delegate.nextName();
      track();
      return n;
    }

    @Override
    public boolean nextName(SerializableString str) {
      boolean b = delegate.nextName(str);
      track();
      return b;
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
      int i = delegate.nextNameMatch(matcher);
      track();
      return i;
    }

    @Override
    public JsonParser skipChildren() {
      JsonToken t = delegate.currentToken();
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        int open = 1;
        while (open > 0) {
          JsonToken n = nextToken();
          if (n == null) {
            break;
          }
          if (n.isStructStart()) {
            open++;
          } else if (n.isStructEnd()) {
            open--;
          }
        }
      }
      return this;
    }
  }
}

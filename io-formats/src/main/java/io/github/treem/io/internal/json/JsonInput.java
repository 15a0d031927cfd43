package io.github.treem.io.internal.json;

import io.github.treem.io.internal.Utf8Check;
import io.github.treem.io.internal.text.DecodingReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.ObjectReader;

/**
 * The JSON input of treem's readers (register documents, JSON Lines, reports): parsers whose
 * every problem has a type, so that the issue codes come from exception types, never from message
 * texts. Bytes go to Jackson's parser of bytes through {@link Utf8Check#checking}, which lets
 * through only well-formed UTF-8 and fails with a typed cause at the first byte that is not (Jackson
 * tells its own UTF-8 errors only in its messages). Input whose first four bytes hold a NUL, which
 * Jackson would take for UTF-16 or UTF-32 (and fail on with an untyped I/O error), is decoded by
 * {@link DecodingReader#utf8Strict} and parsed as text instead. The parsers report a duplicate
 * property with a typed {@link DuplicateKeyException} (Jackson's own duplicate detection, which
 * says so only in its message, must be off in the reader given: see {@link #configure}) and
 * content after the value with a typed {@link TrailingContentException}.
 */
public final class JsonInput {
  private JsonInput() {}

  /**
   * A reader's settings for these parsers: Jackson's duplicate detection off (this class's check
   * replaces it). Call once and keep the result: a reader is costly to derive.
   *
   * @param reader the reader
   * @return the reader to give to the {@code parser} methods
   */
  public static ObjectReader configure(ObjectReader reader) {
    return reader.without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * A parser of UTF-8 bytes.
   *
   * @param reader a reader from {@link #configure}
   * @param in the bytes
   * @return the parser
   * @throws JacksonException when the first bytes already fail (read at once to tell the encoding)
   */
  public static JsonParser parser(ObjectReader reader, InputStream in) {
    PushbackInputStream p = new PushbackInputStream(in, 4);
    byte[] head = new byte[4];
    int n;
    try {
      n = p.readNBytes(head, 0, 4);
      p.unread(head, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (hasNul(head, n)) {
      return new Checked(reader.createParser(DecodingReader.utf8Strict(p)));
    }
    return new Checked(reader.createParser(Utf8Check.checking(p)));
  }

  /**
   * A parser of text.
   *
   * @param reader a reader from {@link #configure}
   * @param text the text
   * @return the parser
   */
  public static JsonParser parser(ObjectReader reader, Reader text) {
    return new Checked(reader.createParser(text));
  }

  /**
   * A parser of UTF-8 bytes already checked by {@link Utf8Check} (a JSON Lines line).
   *
   * @param reader a reader from {@link #configure}
   * @param bytes the bytes
   * @param length how many, from the first
   * @return the parser
   */
  public static JsonParser parser(ObjectReader reader, byte[] bytes, int length) {
    if (hasNul(bytes, Math.min(4, length))) {
      return parser(reader, new java.io.ByteArrayInputStream(bytes, 0, length));
    }
    return new Checked(reader.createParser(bytes, 0, length));
  }

  private static boolean hasNul(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
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
    private final List<NameSet> names = new ArrayList<>();
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
        case START_OBJECT -> open(true);
        case START_ARRAY -> open(false);
        case END_OBJECT, END_ARRAY -> depth--;
        case PROPERTY_NAME -> {
          if (!names.get(depth - 1).add(delegate.currentName())) {
            throw new DuplicateKeyException(this, delegate.currentName());
          }
        }
        default -> {
        }
      }
    }

    private void open(boolean object) {
      if (depth == names.size()) {
        names.add(object ? new NameSet() : null);
      } else if (object) {
        NameSet s = names.get(depth);
        if (s == null) {
          names.set(depth, new NameSet());
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

  /**
   * The property names of one object: a short array compared by hash then text (objects have few
   * properties), a {@link HashSet} beyond {@value #SMALL} names.
   */
  private static final class NameSet {
    private static final int SMALL = 32;
    private final String[] names = new String[SMALL];
    private final int[] hashes = new int[SMALL];
    private int size;
    private @Nullable Set<String> more;

    /** {@return false when the name is in the set already} */
    boolean add(String name) {
      int h = name.hashCode();
      for (int i = 0; i < size; i++) {
        if (hashes[i] == h && names[i].equals(name)) {
          return false;
        }
      }
      if (more != null) {
        return more.add(name);
      }
      if (size < SMALL) {
        names[size] = name;
        hashes[size++] = h;
        return true;
      }
      more = new HashSet<>();
      return more.add(name);
    }

    void clear() {
      java.util.Arrays.fill(names, 0, size, null);
      size = 0;
      more = null;
    }
  }
}

package io.github.treem.codec;

import io.github.treem.codec.internal.DecodeProblem;
import io.github.treem.codec.internal.StringEscapes;
import io.github.treem.codec.internal.Token;
import io.github.treem.codec.internal.TokenReader;
import io.github.treem.codec.internal.TokenWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A token reader over a list of tokens and a token writer that records, for testing the codecs
 * without a JSON library. Problems are {@link Problem}s carrying the kind, the message and the
 * path.
 */
final class Recorder {
  private Recorder() {}

  /** A problem of the fake library. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String kind;
    final List<String> path = new ArrayList<>();

    Problem(String kind, String message, Throwable cause) {
      super(message, cause);
      this.kind = kind;
    }

    String path() {
      return String.join("", path);
    }
  }

  /** One token: its kind and value. */
  static final class Tok {
    final Token token;
    final Object value;

    Tok(Token token, Object value) {
      this.token = token;
      this.value = value;
    }
  }

  static Tok t(Token token) {
    return new Tok(token, null);
  }

  static Tok name(String n) {
    return new Tok(Token.PROPERTY_NAME, n);
  }

  static Tok str(String s) {
    return new Tok(Token.VALUE_STRING, s);
  }

  static Tok num(String text) {
    return new Tok(text.contains(".") ? Token.VALUE_NUMBER_FLOAT : Token.VALUE_NUMBER_INT, text);
  }

  /** Reads a list of tokens. */
  static final class Reader implements TokenReader {
    private final List<Tok> tokens;
    private int i;
    private int depth;
    final List<String> unknown = new ArrayList<>();
    boolean lenient;

    Reader(List<Tok> tokens) {
      this.tokens = tokens;
      this.depth = tokens.get(0).token == Token.START_OBJECT || tokens.get(0).token == Token.START_ARRAY ? 1 : 0;
    }

    @Override
    public Token current() {
      return i < tokens.size() ? tokens.get(i).token : null;
    }

    @Override
    public Token next() {
      i++;
      Token t = current();
      if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
        depth++;
      } else if (i > 0 && (tokens.get(i - 1).token == Token.END_OBJECT || tokens.get(i - 1).token == Token.END_ARRAY)) {
        depth--;
      }
      return t;
    }

    @Override
    public String nextName() {
      Token t = next();
      return t == Token.PROPERTY_NAME ? (String) tokens.get(i).value : null;
    }

    @Override
    public String text() {
      return (String) tokens.get(i).value;
    }

    @Override
    public NumberSize numberSize() {
      BigDecimal d = new BigDecimal(text());
      if (current() == Token.VALUE_NUMBER_FLOAT) {
        return NumberSize.OTHER;
      }
      if (d.toBigInteger().bitLength() < 32) {
        return NumberSize.INT;
      }
      return d.toBigInteger().bitLength() < 64 ? NumberSize.LONG : NumberSize.BIG_INTEGER;
    }

    @Override
    public int intValue() {
      return Integer.parseInt(text());
    }

    @Override
    public long longValue() {
      return Long.parseLong(text());
    }

    @Override
    public double doubleValue() {
      return Double.parseDouble(text());
    }

    @Override
    public BigDecimal decimalValue() {
      return new BigDecimal(text());
    }

    @Override
    public int textLength() {
      return text().length();
    }

    @Override
    public String tokenText() {
      return text();
    }

    @Override
    public int depth() {
      return depth;
    }

    @Override
    public boolean isReadFailure(RuntimeException e) {
      return e instanceof Problem;
    }

    @Override
    public RuntimeException mismatch(Class<?> owner, DecodeProblem problem, String detail) {
      return new Problem("mismatch", problem.message(detail), null);
    }

    @Override
    public Object instantiationProblem(Class<?> type, RuntimeException cause) {
      throw new Problem("instantiation", type.getSimpleName() + ": " + cause.getMessage(), cause);
    }

    @Override
    public RuntimeException limitExceeded(String message) {
      return new Problem("limit", message, null);
    }

    @Override
    public RuntimeException duplicateProperty(String name) {
      return new Problem("duplicate", name, null);
    }

    @Override
    public void unknownProperty(Class<?> owner, String name) {
      if (!lenient) {
        Problem p = new Problem("unknown", name, null);
        p.path.add("." + name);
        throw p;
      }
      unknown.add(name);
      skip();
    }

    private void skip() {
      Token t = current();
      if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
        int d = 1;
        while (d > 0) {
          Token n = next();
          if (n == Token.START_OBJECT || n == Token.START_ARRAY) {
            d++;
          } else if (n == Token.END_OBJECT || n == Token.END_ARRAY) {
            d--;
          }
        }
      }
    }

    @Override
    public RuntimeException withPath(RuntimeException e, Object from, String property) {
      if (e instanceof Problem) {
        ((Problem) e).path.add(0, "." + property);
      }
      return e;
    }

    @Override
    public RuntimeException withPath(RuntimeException e, Object from, int index) {
      if (e instanceof Problem) {
        ((Problem) e).path.add(0, "[" + index + "]");
      }
      return e;
    }
  }

  /** Records what is written as compact JSON text (strings unescaped: enough for the tests). */
  static final class Writer implements TokenWriter {
    final StringBuilder out = new StringBuilder();
    private boolean comma;

    private void value(String s) {
      if (comma) {
        out.append(',');
      }
      out.append(s);
      comma = true;
    }

    @Override
    public void startObject(Object value) {
      value("{");
      comma = false;
    }

    @Override
    public void endObject() {
      out.append('}');
      comma = true;
    }

    @Override
    public void startArray(Object value, int size) {
      value("[");
      comma = false;
    }

    @Override
    public void endArray() {
      out.append(']');
      comma = true;
    }

    @Override
    public void name(String name) {
      value("\"" + name + "\":");
      comma = false;
    }

    @Override
    public void string(String value) {
      value("\"" + value + "\"");
    }

    @Override
    public void number(int value) {
      value(Integer.toString(value));
    }

    @Override
    public void number(long value) {
      value(Long.toString(value));
    }

    @Override
    public void number(double value) {
      value(Double.toString(value));
    }

    @Override
    public void decimal(BigDecimal value) {
      value(value.toPlainString());
    }

    @Override
    public void bool(boolean value) {
      value(Boolean.toString(value));
    }

    @Override
    public void nullValue() {
      value("null");
    }

    @Override
    public Object attribute(Object key) {
      return null;
    }

    @Override
    public Object setEscapes(StringEscapes escapes) {
      return null;
    }

    @Override
    public void restoreEscapes(Object previous) {
      // not recorded
    }
  }
}

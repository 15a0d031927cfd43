package io.github.treem.codec.internal;

import io.github.treem.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The value codecs of scalars and arrays, and the reads they are made of. Every problem is
 * created by the {@link TokenReader} (so the JSON library adds the location and the property
 * path), typed by its {@link DecodeProblem}, with a message that starts with its id and never repeats the
 * offending value (it may be personal data).
 */
public final class Codecs {
  /** Strings. */
  public static final ValueCodec<String> STRING = new ValueCodec<>() {
    @Override
    public String read(TokenReader in, Class<?> owner) {
      return string(in, owner);
    }

    @Override
    public void write(String value, TokenWriter out) {
      out.string(value);
    }
  };

  /** ISO dates {@code yyyy-MM-dd}, nothing else is read. */
  public static final ValueCodec<LocalDate> DATE = new ValueCodec<>() {
    @Override
    public LocalDate read(TokenReader in, Class<?> owner) {
      return date(in, owner);
    }

    @Override
    public void write(LocalDate value, TokenWriter out) {
      out.string(value.toString());
    }
  };

  /** 32-bit integers. */
  public static final ValueCodec<Integer> INTEGER = new ValueCodec<>() {
    @Override
    public Integer read(TokenReader in, Class<?> owner) {
      return integer(in, owner);
    }

    @Override
    public void write(Integer value, TokenWriter out) {
      out.number(value.intValue());
    }
  };

  /** Booleans. */
  public static final ValueCodec<Boolean> BOOLEAN = new ValueCodec<>() {
    @Override
    public Boolean read(TokenReader in, Class<?> owner) {
      return bool(in, owner);
    }

    @Override
    public void write(Boolean value, TokenWriter out) {
      out.bool(value);
    }
  };

  private Codecs() {}

  // ------------------------------------------------------------------ problems

  /**
   * A value of the wrong JSON type.
   *
   * @param in the reader on the value
   * @param owner the type being read
   * @param what how to name the expected value
   * @return the exception to throw
   */
  public static RuntimeException wrongType(TokenReader in, Class<?> owner, String what) {
    return in.mismatch(owner, DecodeProblem.WRONG_TYPE, "expected " + what + ", found "
        + Token.describe(in.current()));
  }

  /**
   * A value of the right JSON type that is not allowed.
   *
   * @param in the reader
   * @param owner the type being read
   * @param what what is wrong, without the value
   * @return the exception to throw
   */
  public static RuntimeException invalid(TokenReader in, Class<?> owner, String what) {
    return in.mismatch(owner, DecodeProblem.INVALID_VALUE, what);
  }

  /**
   * A value that does not agree with the others of the object just read, at one of its
   * properties.
   *
   * @param in the reader
   * @param property the property
   * @param what what is wrong, without the value
   * @return the exception to throw
   */
  public static RuntimeException invalidAt(TokenReader in, String property, String what) {
    return in.withPath(invalid(in, Object.class, what), Object.class, property);
  }

  /**
   * Builds a value, turning a broken invariant into the library's instantiation problem with the
   * cause kept.
   *
   * @param <T> the type
   * @param in the reader
   * @param type the type built
   * @param factory builds the value
   * @return the value
   */
  public static <T> T construct(TokenReader in, Class<T> type, Supplier<T> factory) {
    try {
      return Objects.requireNonNull(factory.get());
    } catch (RuntimeException e) {
      if (in.isReadFailure(e)) {
        throw e;
      }
      return type.cast(in.instantiationProblem(type, e));
    }
  }

  // ------------------------------------------------------------------ reads

  /**
   * Fails unless the current token is a given one.
   *
   * @param in the reader
   * @param owner the type being read
   * @param expected the token expected
   * @param what how to name the expected value in the message
   */
  public static void expect(TokenReader in, Class<?> owner, Token expected, String what) {
    if (in.current() != expected) {
      throw wrongType(in, owner, what);
    }
  }

  /**
   * Reads a string.
   *
   * @param in the reader on the value
   * @param owner the type being read
   * @return the string
   */
  public static String string(TokenReader in, Class<?> owner) {
    expect(in, owner, Token.VALUE_STRING, "a string");
    String s = in.text();
    ReadLimits.checkString(in, s);
    return s;
  }

  /**
   * Reads a 32-bit integer.
   *
   * @param in the reader on the value
   * @param owner the type being read
   * @return the integer
   */
  public static int integer(TokenReader in, Class<?> owner) {
    expect(in, owner, Token.VALUE_NUMBER_INT, "an integer");
    ReadLimits.checkNumber(in);
    if (in.numberSize() != TokenReader.NumberSize.INT) {
      throw in.mismatch(owner, DecodeProblem.INVALID_NUMBER, "integer out of range");
    }
    return in.intValue();
  }

  /**
   * Reads a 64-bit integer.
   *
   * @param in the reader on the value
   * @param owner the type being read
   * @return the integer
   */
  public static long longInteger(TokenReader in, Class<?> owner) {
    expect(in, owner, Token.VALUE_NUMBER_INT, "an integer");
    ReadLimits.checkNumber(in);
    if (in.numberSize() == TokenReader.NumberSize.BIG_INTEGER) {
      throw in.mismatch(owner, DecodeProblem.INVALID_NUMBER, "integer out of range");
    }
    return in.longValue();
  }

  /**
   * Reads a finite number as a {@code double}.
   *
   * @param in the reader on the value
   * @param owner the type being read
   * @return the number
   */
  public static double decimal(TokenReader in, Class<?> owner) {
    Token t = in.current();
    if (t != Token.VALUE_NUMBER_INT && t != Token.VALUE_NUMBER_FLOAT) {
      throw wrongType(in, owner, "a number");
    }
    ReadLimits.checkNumber(in);
    double d = in.doubleValue();
    if (!Double.isFinite(d)) {
      throw in.mismatch(owner, DecodeProblem.INVALID_NUMBER, "number out of range");
    }
    return d;
  }

  /**
   * Reads a finite number exactly, as written (a threshold {@code 9.1} is 9.1, not a binary
   * approximation).
   *
   * @param in the reader on the value
   * @param owner the type being read
   * @return the number
   */
  public static BigDecimal exactDecimal(TokenReader in, Class<?> owner) {
    Token t = in.current();
    if (t != Token.VALUE_NUMBER_INT && t != Token.VALUE_NUMBER_FLOAT) {
      throw wrongType(in, owner, "a number");
    }
    ReadLimits.checkNumber(in);
    return in.decimalValue();
  }

  /**
   * Reads a boolean.
   *
   * @param in the reader on the value
   * @param owner the type being read
   * @return the boolean
   */
  public static boolean bool(TokenReader in, Class<?> owner) {
    Token t = in.current();
    if (t != Token.VALUE_TRUE && t != Token.VALUE_FALSE) {
      throw wrongType(in, owner, "true or false");
    }
    return t == Token.VALUE_TRUE;
  }

  /**
   * Reads an ISO date {@code yyyy-MM-dd}.
   *
   * @param in the reader on the value
   * @param owner the type being read
   * @return the date
   */
  public static LocalDate date(TokenReader in, Class<?> owner) {
    LocalDate d = isoDateOrNull(string(in, owner));
    if (d == null) {
      throw in.mismatch(owner, DecodeProblem.INVALID_DATE, "not a date of the form yyyy-MM-dd");
    }
    return d;
  }

  /**
   * The date of a text of the shape {@code dddd-dd-dd} (ASCII digits) that names a day of the
   * ISO calendar, else null: what {@link LocalDate#parse} gives (ISO_LOCAL_DATE, strict) on that
   * shape, without its formatter. The formatter's general parse and resolve steps were 17 % of the
   * thread reading a JSON Lines register (issue 17); on a text of this exact shape they come to
   * {@link LocalDate#of}, which refuses the same months and days (tested against
   * {@code LocalDate.parse} in {@code IsoDateTest}).
   *
   * @param s the text
   * @return the date, or null
   */
  public static @Nullable LocalDate isoDateOrNull(String s) {
    if (!isIsoDate(s)) {
      return null;
    }
    try {
      return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The value of ASCII digits {@code s[from, until)}. */
  private static int digits(String s, int from, int until) {
    int v = 0;
    for (int i = from; i < until; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** Whether a text has the shape {@code dddd-dd-dd} (ASCII digits). */
  private static boolean isIsoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ codecs

  /**
   * The codec of an enum by the exact names of its constants.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @return the codec
   */
  public static <E extends Enum<E>> ValueCodec<E> enumByName(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String expected = "not one of " + Arrays.toString(constants);
    return new ValueCodec<>() {
      @Override
      public E read(TokenReader in, Class<?> owner) {
        String s = string(in, type);
        for (E e : constants) {
          if (e.name().equals(s)) {
            return e;
          }
        }
        throw invalid(in, type, expected);
      }

      @Override
      public void write(E value, TokenWriter out) {
        out.string(value.name());
      }
    };
  }

  /**
   * The codec of a type written as one string.
   *
   * @param <T> the type
   * @param type the class (named in problems)
   * @param toText the text of a value
   * @param parser reads a text, empty (or an {@link InvalidValueException}) when it is no value
   * @param expected what a value looks like, for the message (never the text read)
   * @return the codec
   */
  public static <T> ValueCodec<T> text(Class<T> type, Function<? super T, String> toText,
      Function<String, Optional<? extends T>> parser, String expected) {
    String message = "expected " + expected;
    return new ValueCodec<>() {
      @Override
      public T read(TokenReader in, Class<?> owner) {
        String s = string(in, type);
        Optional<? extends T> v;
        try {
          v = parser.apply(s);
        } catch (InvalidValueException e) {
          v = Optional.empty();
        }
        if (v.isEmpty()) {
          throw invalid(in, type, message);
        }
        return v.get();
      }

      @Override
      public void write(T value, TokenWriter out) {
        out.string(toText.apply(value));
      }
    };
  }

  /**
   * The codec of an array of values: each element read with the element codec, a null element
   * reported as such, the index added to the path of any problem.
   *
   * @param <E> the element type
   * @param element the element codec
   * @param elementType the element class (named in problems)
   * @return the codec
   */
  public static <E> ValueCodec<List<E>> listOf(ValueCodec<E> element, Class<E> elementType) {
    return new ListCodec<>(element, elementType);
  }

  /**
   * The codec of an array whose elements are read by the element codec as they are, a null
   * element included (the element codec reports it).
   *
   * @param <E> the element type
   * @param element the element codec
   * @return the codec
   */
  public static <E> ValueCodec<List<E>> arrayOf(ValueCodec<E> element) {
    return new ListCodec<>(element, null);
  }

  /** {@return the codec of an array of strings} */
  public static ValueCodec<List<String>> strings() {
    return arrayOf(STRING);
  }

  /**
   * A codec resolved on first use, for a type that nests itself.
   *
   * @param <V> the type
   * @param codec gives the codec
   * @return the codec
   */
  public static <V> ValueCodec<V> lazy(Supplier<ValueCodec<V>> codec) {
    return new ValueCodec<>() {
      @Override
      public V read(TokenReader in, Class<?> owner) {
        return codec.get().read(in, owner);
      }

      @Override
      public void write(V value, TokenWriter out) {
        codec.get().write(value, out);
      }
    };
  }

  /**
   * The codec of a JSON object used as a map: any property name that the key parser takes, each
   * value read by the value codec ({@code null} is not a value), the name added to the path of
   * any problem; entries written in the map's order.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param keys reads a name as a key (reporting a name it does not take)
   * @param keyText the name of a key
   * @param values the value codec
   * @return the codec
   */
  public static <K, V> ValueCodec<Map<K, V>> mapOf(KeyParser<K> keys, Function<? super K, String> keyText,
      ValueCodec<V> values) {
    return new ValueCodec<>() {
      @Override
      public Map<K, V> read(TokenReader in, Class<?> owner) {
        expect(in, owner, Token.START_OBJECT, "an object");
        ReadLimits.checkDepth(in);
        Map<K, V> map = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
          ReadLimits.checkName(in, name);
          if (!names.add(name)) {
            throw in.duplicateProperty(name);
          }
          Token t = in.next();
          try {
            if (t == Token.VALUE_NULL) {
              throw wrongType(in, owner, "a value");
            }
            K key = keys.parse(name, in, owner);
            map.put(key, values.read(in, owner));
          } catch (RuntimeException e) {
            throw in.withPath(e, owner, name);
          }
        }
        return map;
      }

      @Override
      public void write(Map<K, V> value, TokenWriter out) {
        out.startObject(value);
        for (Map.Entry<K, V> e : value.entrySet()) {
          out.name(keyText.apply(e.getKey()));
          values.write(e.getValue(), out);
        }
        out.endObject();
      }
    };
  }

  /**
   * Reads a property name as the key of a map.
   *
   * @param <K> the key type
   */
  @FunctionalInterface
  public interface KeyParser<K> {
    /**
     * Reads a name.
     *
     * @param name the name
     * @param in the reader (to report a name that is no key)
     * @param owner the type being read
     * @return the key
     */
    K parse(String name, TokenReader in, Class<?> owner);
  }

  /**
   * A codec whose strings are written with given escapes, whatever the generator's own.
   *
   * @param <V> the type
   * @param codec the codec
   * @param escapes the escapes of its strings
   * @return the codec
   */
  public static <V> ValueCodec<V> escaped(ValueCodec<V> codec, StringEscapes escapes) {
    return new ValueCodec<>() {
      @Override
      public V read(TokenReader in, Class<?> owner) {
        return codec.read(in, owner);
      }

      @Override
      public void write(V value, TokenWriter out) {
        Object before = out.setEscapes(escapes);
        codec.write(value, out);
        out.restoreEscapes(before);
      }
    };
  }

  /** An array. */
  private static final class ListCodec<E> implements ValueCodec<List<E>> {
    private final ValueCodec<E> element;
    /** The element class when a null element is reported before the element codec, else null. */
    private final @Nullable Class<E> nullChecked;

    ListCodec(ValueCodec<E> element, @Nullable Class<E> nullChecked) {
      this.element = element;
      this.nullChecked = nullChecked;
    }

    @Override
    public List<E> read(TokenReader in, Class<?> owner) {
      expect(in, owner, Token.START_ARRAY, "an array");
      ReadLimits.checkDepth(in);
      List<E> out = new ArrayList<>();
      int i = 0;
      for (Token t = in.next(); t != Token.END_ARRAY; t = in.next(), i++) {
        try {
          if (t == Token.VALUE_NULL && nullChecked != null) {
            throw wrongType(in, nullChecked, "a value");
          }
          out.add(element.read(in, owner));
        } catch (RuntimeException e) {
          throw in.withPath(e, out, i);
        }
      }
      return out;
    }

    @Override
    public void write(List<E> value, TokenWriter out) {
      out.startArray(value, value.size());
      for (E e : value) {
        element.write(e, out);
      }
      out.endArray();
    }
  }
}

package io.github.treem.io.internal.json;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.internal.IoErrorCode;
import io.github.treem.io.json.JsonIssueCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads scalar values and arrays for the treem codecs. Every problem is a
 * {@link JsonValueException} of the context's parser (so Jackson adds the location and the
 * property path) that carries its issue code, with a message that starts with a stable id
 * ({@code TREEM-IO-100n}) and never repeats the offending value (it may be personal data).
 */
public final class JsonValues {
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private JsonValues() {}

  /**
   * Fails unless the current token is a given one.
   *
   * @param p the parser
   * @param ctxt the context
   * @param owner the type being read
   * @param expected the token expected
   * @param what how to name the expected value in the message
   */
  public static void expect(JsonParser p, DeserializationContext ctxt, Class<?> owner, JsonToken expected, String what) {
    if (p.currentToken() != expected) {
      wrongType(p, ctxt, owner, what);
    }
  }

  /**
   * Reports a value of the wrong JSON type.
   *
   * @param p the parser
   * @param ctxt the context
   * @param owner the type being read
   * @param what how to name the expected value
   */
  public static void wrongType(JsonParser p, DeserializationContext ctxt, Class<?> owner, String what) {
    wrongTypeBecause(ctxt, owner, "expected " + what + ", found " + describe(p.currentToken()));
  }

  /**
   * Reports a value of the wrong JSON type, saying why.
   *
   * @param ctxt the context
   * @param owner the type being read
   * @param why what is wrong, without the value
   */
  public static void wrongTypeBecause(DeserializationContext ctxt, Class<?> owner, String why) {
    throw new JsonValueException(ctxt.getParser(), owner, IoErrorCode.JSON_WRONG_TYPE, JsonIssueCode.JSON_WRONG_TYPE,
        why, null);
  }

  /**
   * Reports a value of the right JSON type that is not allowed, with the code of its kind of value
   * ({@link ValueCodes#of(Class)}).
   *
   * @param ctxt the context
   * @param owner the type being read
   * @param what what is wrong, without the value
   */
  public static void invalid(DeserializationContext ctxt, Class<?> owner, String what) {
    invalid(ctxt, owner, ValueCodes.of(owner), what);
  }

  /**
   * Reports a value of the right JSON type that is not allowed.
   *
   * @param ctxt the context
   * @param owner the type being read
   * @param code the code of the problem
   * @param what what is wrong, without the value
   */
  public static void invalid(DeserializationContext ctxt, Class<?> owner, IssueCode code, String what) {
    throw new JsonValueException(ctxt.getParser(), owner, IoErrorCode.JSON_INVALID_VALUE, code, what, null);
  }

  /**
   * Reports a required property that is missing.
   *
   * @param ctxt the context
   * @param owner the type being read
   * @param name the property
   */
  public static void missing(DeserializationContext ctxt, Class<?> owner, String name) {
    throw new JsonValueException(ctxt.getParser(), owner, IoErrorCode.JSON_MISSING_PROPERTY,
        RegisterIssueCode.MISSING_VALUE, "missing required property '" + name + "'", name);
  }

  /**
   * Reads a string.
   *
   * @param p the parser on the value
   * @param ctxt the context
   * @param owner the type being read
   * @return the string
   */
  public static String string(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    expect(p, ctxt, owner, JsonToken.VALUE_STRING, "a string");
    return p.getString();
  }

  /**
   * Reads a 32-bit integer.
   *
   * @param p the parser on the value
   * @param ctxt the context
   * @param owner the type being read
   * @return the integer
   */
  public static int integer(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    expect(p, ctxt, owner, JsonToken.VALUE_NUMBER_INT, "an integer");
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      invalid(ctxt, owner, RegisterIssueCode.INVALID_NUMBER, "integer out of range");
    }
    return p.getIntValue();
  }

  /**
   * Reads a finite decimal number.
   *
   * @param p the parser on the value
   * @param ctxt the context
   * @param owner the type being read
   * @return the number
   */
  public static double decimal(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(p, ctxt, owner, "a number");
    }
    double d = p.getDoubleValue();
    if (!Double.isFinite(d)) {
      invalid(ctxt, owner, RegisterIssueCode.INVALID_NUMBER, "number out of range");
    }
    return d;
  }

  /**
   * Reads a boolean.
   *
   * @param p the parser on the value
   * @param ctxt the context
   * @param owner the type being read
   * @return the boolean
   */
  public static boolean bool(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      wrongType(p, ctxt, owner, "true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /**
   * Reads an ISO date {@code yyyy-MM-dd}.
   *
   * @param p the parser on the value
   * @param ctxt the context
   * @param owner the type being read
   * @return the date
   */
  public static LocalDate date(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    String s = string(p, ctxt, owner);
    if (ISO_DATE.matcher(s).matches()) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    invalid(ctxt, owner, RegisterIssueCode.INVALID_DATE, "not a date of the form yyyy-MM-dd");
    return null;
  }

  /**
   * Reads an enum constant by its name.
   *
   * @param <E> the enum type
   * @param p the parser on the value
   * @param ctxt the context
   * @param type the enum class
   * @return the constant
   */
  public static <E extends Enum<E>> E enumByName(JsonParser p, DeserializationContext ctxt, Class<E> type) {
    String s = string(p, ctxt, type);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    invalid(ctxt, type, "not one of " + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  /**
   * Reads an array of values with the registered deserializer of the element type, adding the
   * index to the path of any problem.
   *
   * @param <T> the element type
   * @param p the parser on the START_ARRAY token
   * @param ctxt the context
   * @param owner the type being read
   * @param elementType the element class
   * @return the elements
   */
  public static <T> List<T> list(JsonParser p, DeserializationContext ctxt, Class<?> owner, Class<T> elementType) {
    expect(p, ctxt, owner, JsonToken.START_ARRAY, "an array");
    List<T> out = new ArrayList<>();
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
      try {
        if (t == JsonToken.VALUE_NULL) {
          wrongType(p, ctxt, elementType, "a value");
        }
        out.add(ctxt.readValue(p, elementType));
      } catch (JacksonException e) {
        throw JacksonException.wrapWithPath(e, out, i);
      }
    }
    return out;
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name();
    }
  }
}

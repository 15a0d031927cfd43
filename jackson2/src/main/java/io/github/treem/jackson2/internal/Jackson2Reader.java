package io.github.treem.jackson2.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.treem.codec.internal.DecodeProblem;
import io.github.treem.codec.internal.Token;
import io.github.treem.codec.internal.TokenReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The codecs' {@link TokenReader} over a Jackson 2 parser and deserialization context. Problems
 * are Jackson 2's own exceptions (carried by {@link Jackson2Failure} through the codecs):
 * mismatched input, value instantiation, unrecognized property (always: treem's types are
 * strict), stream constraints, and a parse exception for a duplicate property.
 */
final class Jackson2Reader implements TokenReader {
  /** Jackson 2's tokens as the codecs' (the same names, but for the property name). */
  private static final Map<JsonToken, Token> TOKENS = new EnumMap<>(JsonToken.class);

  static {
    for (JsonToken t : JsonToken.values()) {
      TOKENS.put(t, t == JsonToken.FIELD_NAME ? Token.PROPERTY_NAME : Token.valueOf(t.name()));
    }
  }

  private final JsonParser p;
  private final DeserializationContext ctxt;

  Jackson2Reader(JsonParser p, DeserializationContext ctxt) {
    this.p = p;
    this.ctxt = ctxt;
  }

  private static @Nullable Token token(@Nullable JsonToken t) {
    return t == null ? null : TOKENS.get(t);
  }

  @Override
  public @Nullable Token current() {
    return token(p.currentToken());
  }

  @Override
  public @Nullable Token next() {
    try {
      return token(p.nextToken());
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public @Nullable String nextName() {
    try {
      return p.nextFieldName();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public String text() {
    try {
      return p.getText();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public NumberSize numberSize() {
    try {
      return switch (p.getNumberType()) {
        case INT -> NumberSize.INT;
        case LONG -> NumberSize.LONG;
        case BIG_INTEGER -> NumberSize.BIG_INTEGER;
        default -> NumberSize.OTHER;
      };
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return p.getIntValue();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public long longValue() {
    try {
      return p.getLongValue();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public double doubleValue() {
    try {
      return p.getDoubleValue();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public BigDecimal decimalValue() {
    try {
      return p.getDecimalValue();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public int textLength() {
    try {
      return p.getTextLength();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public String tokenText() {
    return text();
  }

  @Override
  public int depth() {
    return p.getParsingContext().getNestingDepth();
  }

  @Override
  public boolean isReadFailure(RuntimeException e) {
    return e instanceof Jackson2Failure;
  }

  @Override
  public RuntimeException mismatch(Class<?> owner, DecodeProblem problem, String detail) {
    return new Jackson2Failure(MismatchedInputException.from(ctxt.getParser(), owner, problem.message(detail)));
  }

  @Override
  public Object instantiationProblem(Class<?> type, RuntimeException cause) {
    try {
      return ctxt.handleInstantiationProblem(type, null, cause);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public RuntimeException limitExceeded(String message) {
    return new Jackson2Failure(new StreamConstraintsException(message, p.currentTokenLocation()));
  }

  @Override
  public RuntimeException duplicateProperty(String name) {
    return new Jackson2Failure(new JsonParseException(p, "Duplicate Object property \"" + name + "\""));
  }

  @Override
  public void unknownProperty(Class<?> owner, String name) {
    // strict whatever the mapper's FAIL_ON_UNKNOWN_PROPERTIES and problem handlers
    throw new Jackson2Failure(UnrecognizedPropertyException.from(p, owner, name, null));
  }

  @Override
  public RuntimeException withPath(RuntimeException e, Object from, String property) {
    if (e instanceof Jackson2Failure f && f.exception() instanceof JsonMappingException) {
      return new Jackson2Failure(JsonMappingException.wrapWithPath(f.exception(), from, property));
    }
    return e;
  }

  @Override
  public RuntimeException withPath(RuntimeException e, Object from, int index) {
    if (e instanceof Jackson2Failure f && f.exception() instanceof JsonMappingException) {
      return new Jackson2Failure(JsonMappingException.wrapWithPath(f.exception(), from, index));
    }
    return e;
  }
}

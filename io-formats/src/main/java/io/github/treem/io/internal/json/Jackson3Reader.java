package io.github.treem.io.internal.json;

import io.github.treem.codec.internal.DecodeProblem;
import io.github.treem.codec.internal.Token;
import io.github.treem.codec.internal.TokenReader;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The codecs' {@link TokenReader} over a Jackson 3 parser and deserialization context: problems
 * are Jackson's own exception types or treem's typed subclasses of them (a {@link JsonValueException}
 * for a mismatched value, value instantiation, stream constraints, a
 * {@link JsonInput.DuplicateKeyException}, unrecognized property), with the location and the
 * property path.
 */
final class Jackson3Reader implements TokenReader {
  private static final Map<JsonToken, Token> TOKENS = new EnumMap<>(JsonToken.class);

  static {
    for (JsonToken t : JsonToken.values()) {
      TOKENS.put(t, Token.valueOf(t.name()));
    }
  }

  private final JsonParser p;
  private final DeserializationContext ctxt;
  private final ValueDeserializer<?> deserializer;
  private final boolean lenient;

  Jackson3Reader(JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> deserializer, boolean lenient) {
    this.p = p;
    this.ctxt = ctxt;
    this.deserializer = deserializer;
    this.lenient = lenient;
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
    return token(p.nextToken());
  }

  @Override
  public String nextName() {
    return p.nextName();
  }

  @Override
  public String text() {
    return p.getString();
  }

  @Override
  public NumberSize numberSize() {
    return switch (p.getNumberType()) {
      case INT -> NumberSize.INT;
      case LONG -> NumberSize.LONG;
      case BIG_INTEGER -> NumberSize.BIG_INTEGER;
      default -> NumberSize.OTHER;
    };
  }

  @Override
  public int intValue() {
    return p.getIntValue();
  }

  @Override
  public long longValue() {
    return p.getLongValue();
  }

  @Override
  public double doubleValue() {
    return p.getDoubleValue();
  }

  @Override
  public BigDecimal decimalValue() {
    return p.getDecimalValue();
  }

  @Override
  public int textLength() {
    return p.getStringLength();
  }

  @Override
  public String tokenText() {
    return p.getString();
  }

  @Override
  public int depth() {
    return p.streamReadContext().getNestingDepth();
  }

  @Override
  public boolean isReadFailure(RuntimeException e) {
    return e instanceof JacksonException;
  }

  @Override
  public RuntimeException mismatch(Class<?> owner, DecodeProblem problem, String detail) {
    return new JsonValueException(ctxt.getParser(), owner, problem, detail, null);
  }

  @Override
  public RuntimeException missingProperty(Class<?> owner, String name) {
    return new JsonValueException(ctxt.getParser(), owner, DecodeProblem.MISSING_PROPERTY,
        "missing required property '" + name + "'", name);
  }

  @Override
  public Object instantiationProblem(Class<?> type, RuntimeException cause) {
    return ctxt.handleInstantiationProblem(type, null, cause);
  }

  @Override
  public RuntimeException limitExceeded(String message) {
    return new StreamConstraintsException(message, p.currentTokenLocation());
  }

  @Override
  public RuntimeException duplicateProperty(String name) {
    // typed (Jackson's own duplicate detection says so only in its message), with its message
    return new JsonInput.DuplicateKeyException(p, name);
  }

  @Override
  public void unknownProperty(Class<?> owner, String name) {
    if (lenient) {
      // treem's lenient reads: skipped, and recorded by UnknownPropertyCollector
      ctxt.handleUnknownProperty(p, deserializer, owner, name);
    } else {
      // strict whatever the mapper's FAIL_ON_UNKNOWN_PROPERTIES and problem handlers
      throw UnrecognizedPropertyException.from(p, owner, name, null);
    }
  }

  @Override
  public RuntimeException withPath(RuntimeException e, Object from, String property) {
    return e instanceof JacksonException ? JacksonException.wrapWithPath(e, from, property) : e;
  }

  @Override
  public RuntimeException withPath(RuntimeException e, Object from, int index) {
    return e instanceof JacksonException ? JacksonException.wrapWithPath(e, from, index) : e;
  }
}

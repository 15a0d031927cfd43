package io.github.treem.io.internal.json;

import io.github.treem.core.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a JSON object into a treem value through its public builder: one property at a time,
 * unknown properties through {@link DeserializationContext#handleUnknownProperty} (so
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} and problem handlers decide), missing required properties
 * and broken invariants ({@link InvalidValueException} from the builder) reported through the
 * context, every problem with the property path.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
public abstract class ObjectDeserializer<T, B> extends StdDeserializer<T> {
  private final List<String> properties;
  private final List<String> required;

  /**
   * Creates the deserializer.
   *
   * @param type the value type
   * @param properties the names of all properties, in the order they are written
   * @param required the names of the required properties
   */
  protected ObjectDeserializer(Class<T> type, List<String> properties, String... required) {
    super(type);
    this.properties = List.copyOf(properties);
    this.required = List.of(required);
  }

  /** {@return a new builder} */
  protected abstract B newBuilder();

  /**
   * Reads one property into the builder.
   *
   * @param name the property name
   * @param p the parser on the property value (never {@code null}: null values are rejected first)
   * @param ctxt the context
   * @param b the builder
   * @return false when the property is unknown
   */
  protected abstract boolean readProperty(String name, JsonParser p, DeserializationContext ctxt, B b);

  /**
   * Builds the value.
   *
   * @param b the builder
   * @return the value
   */
  protected abstract T build(B b);

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    Class<?> type = handledType();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      JsonValues.wrongType(p, ctxt, type, "an object");
    }
    B b = newBuilder();
    Set<String> seen = new HashSet<>();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken t = p.nextToken();
      boolean known;
      try {
        if (t == JsonToken.VALUE_NULL) {
          known = properties.contains(name);
          if (known) {
            JsonValues.wrongTypeBecause(ctxt, type, "null is not allowed (omit a property that is not recorded)");
          }
        } else {
          known = readProperty(name, p, ctxt, b);
        }
      } catch (JacksonException e) {
        throw JacksonException.wrapWithPath(e, type, name);
      }
      if (known) {
        seen.add(name);
      } else {
        // the exception of an unknown property names it in its path already
        ctxt.handleUnknownProperty(p, this, type, name);
      }
    }
    for (String r : required) {
      if (!seen.contains(r)) {
        JsonValues.missing(ctxt, type, r);
      }
    }
    try {
      return build(b);
    } catch (InvalidValueException | IllegalStateException | IllegalArgumentException e) {
      // the builder's own messages carry no personal data; the exception is kept as the cause
      @SuppressWarnings("unchecked")
      T handled = (T) ctxt.handleInstantiationProblem(type, null, e);
      return handled;
    }
  }

  /** {@return the names of all properties, in the order they are written} */
  public List<String> getProperties() {
    return properties;
  }
}

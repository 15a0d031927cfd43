package io.github.treem.io.internal.json;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.json.JsonIssueCode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * The lenient policy's problem handler: an unknown property is skipped and recorded as a warning
 * in the list held by the read's attribute {@link #ATTRIBUTE} (reads without that attribute skip
 * it with no record).
 */
public final class UnknownPropertyCollector extends DeserializationProblemHandler {
  /** The key of the per-read attribute holding the {@code List<Issue>} of warnings. */
  public static final String ATTRIBUTE = "io.github.treem.io.json.warnings";

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) {
    Object sink = ctxt.getAttribute(ATTRIBUTE);
    if (sink instanceof List) {
      @SuppressWarnings("unchecked")
      List<Issue> warnings = (List<Issue>) sink;
      Location.Builder loc = Location.builder();
      TokenStreamLocation l = p.currentTokenLocation();
      if (l != null && l.getLineNr() > 0) {
        loc.line(l.getLineNr());
      }
      String path = pathOf(p);
      if (!path.isEmpty()) {
        loc.path(path);
      }
      warnings.add(JsonIssueCode.JSON_UNKNOWN_PROPERTY.issue(Severity.WARNING, loc.build(), "'" + propertyName + "'"));
    }
    p.skipChildren();
    return true;
  }

  /**
   * A new list for the warnings of one read.
   *
   * @return the list
   */
  public static List<Issue> newSink() {
    return new ArrayList<>();
  }

  private static String pathOf(JsonParser p) {
    // the parser's context gives the path of the current value: $.a[0].b -> a[0].b
    String s = p.streamReadContext().pathAsPointer().toString();
    StringBuilder b = new StringBuilder();
    for (String seg : s.isEmpty() ? new String[0] : s.substring(1).split("/", -1)) {
      String name = seg.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        b.append('[').append(name).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(name);
      }
    }
    return b.toString();
  }
}

package io.github.treem.io.internal.report;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamContext;

/**
 * The layout of the report JSON: compact (no white space), except a line feed before each element
 * of an array that is a property of the root object ({@code indicators} and {@code targets}), so
 * that the report reads one indicator per line. Stateless.
 */
public final class ReportPrettyPrinter implements PrettyPrinter {
  /** The one instance. */
  public static final ReportPrettyPrinter INSTANCE = new ReportPrettyPrinter();

  private ReportPrettyPrinter() {}

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    // compact
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(':');
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) {
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    if (isRootProperty(g.streamWriteContext())) {
      g.writeRaw('\n');
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(isRootProperty(g.streamWriteContext()) ? ",\n" : ",");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) {
    g.writeRaw(']');
  }

  /** Whether a context is an array that is a property value of the root object. */
  private static boolean isRootProperty(TokenStreamContext array) {
    TokenStreamContext object = array.getParent();
    return array.inArray() && object != null && object.inObject() && object.getParent() != null
        && object.getParent().inRoot();
  }
}

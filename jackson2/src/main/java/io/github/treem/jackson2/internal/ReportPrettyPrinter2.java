package io.github.treem.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The layout of the report JSON with Jackson 2 (the same as io-formats' Jackson 3 one): compact,
 * except a line feed before each element of an array that is a property of the root object
 * ({@code indicators} and {@code targets}). Stateless.
 */
public final class ReportPrettyPrinter2 implements PrettyPrinter {
  /** The one instance. */
  public static final ReportPrettyPrinter2 INSTANCE = new ReportPrettyPrinter2();

  private ReportPrettyPrinter2() {}

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    // compact
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(':');
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (isRootProperty(g.getOutputContext())) {
      g.writeRaw('\n');
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(isRootProperty(g.getOutputContext()) ? ",\n" : ",");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
    g.writeRaw(']');
  }

  /** Whether a context is an array that is a property value of the root object. */
  private static boolean isRootProperty(JsonStreamContext array) {
    JsonStreamContext object = array.getParent();
    return array.inArray() && object != null && object.inObject() && object.getParent() != null
        && object.getParent().inRoot();
  }
}

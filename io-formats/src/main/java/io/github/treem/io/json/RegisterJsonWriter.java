package io.github.treem.io.json;

import io.github.treem.core.Child;
import java.io.OutputStream;
import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a JSON register document, streaming: the header when opened, each child as it is given
 * (only one child is held at a time), and the end of the document on {@link #close()}.
 * The output is indented UTF-8, each child starting on its own line:
 *
 * <pre>{@code
 * try (RegisterJsonWriter w = RegisterJsonWriter.open(out, OptionalInt.of(2020))) {
 *   children.forEach(w::write);
 * }
 * }</pre>
 *
 * <p>Implementation requirements: not thread-safe. Closing the writer closes the stream.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RegisterJsonWriter implements AutoCloseable {
  private final JsonGenerator g;
  private final TreemJson json = TreemJson.strict();
  private long count;

  private RegisterJsonWriter(OutputStream out, OptionalInt reportingYear, boolean syntheticData) {
    this.g = json.getMapper().writer().with(TreemJson.prettyPrinter())
        .createGenerator(Objects.requireNonNull(out, "out must not be null"));
    g.writeStartObject();
    g.writeStringProperty("format", RegisterJsonReader.FORMAT);
    g.writeNumberProperty("version", RegisterJsonReader.VERSION);
    if (reportingYear.isPresent()) {
      g.writeNumberProperty("reportingYear", reportingYear.getAsInt());
    }
    if (syntheticData) {
      g.writeBooleanProperty("syntheticData", true);
    }
    g.writeName("children");
    g.writeStartArray();
  }

  /**
   * Opens a writer and writes the header.
   *
   * @param out the stream
   * @param reportingYear the reporting year, if the register is a snapshot of one
   * @return the writer
   */
  public static RegisterJsonWriter open(OutputStream out, OptionalInt reportingYear) {
    return new RegisterJsonWriter(out, reportingYear, false);
  }

  /**
   * Opens a writer and writes the header, marking synthetic data (never real children) with
   * {@code "syntheticData": true} before the children, as {@code treem generate} does.
   *
   * @param out the stream
   * @param reportingYear the reporting year, if the register is a snapshot of one
   * @param syntheticData whether the children are synthetic
   * @return the writer
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static RegisterJsonWriter open(OutputStream out, OptionalInt reportingYear, boolean syntheticData) {
    return new RegisterJsonWriter(out, reportingYear, syntheticData);
  }

  /**
   * Writes a child.
   *
   * @param child the child
   */
  public void write(Child child) {
    g.writePOJO(Objects.requireNonNull(child, "child must not be null"));
    count++;
  }

  /** {@return the number of children written} */
  public long getCount() {
    return count;
  }

  /** Writes the end of the document and closes the stream. */
  @Override
  public void close() {
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    g.close();
  }
}

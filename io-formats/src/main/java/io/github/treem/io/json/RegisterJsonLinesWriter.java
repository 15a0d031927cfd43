package io.github.treem.io.json;

import io.github.treem.core.Child;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a JSON Lines register: the header line {@code {"format":"treem-register","version":1}}
 * (with {@code "syntheticData":true} for synthetic data), then one child per line as compact UTF-8
 * JSON, each line ended by {@code \n}; streaming, one child held at a time. Every line is one JSON
 * object, so line-oriented tools still read the file; the header is the only line with a
 * {@code "format"} property ({@link RegisterJsonLinesReader}).
 *
 * <p>Implementation requirements: not thread-safe. Closing the writer closes the stream.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RegisterJsonLinesWriter implements AutoCloseable {
  private final OutputStream out;
  private final ObjectWriter writer = TreemJson.strict().getMapper().writerFor(Child.class);
  private long count;

  private RegisterJsonLinesWriter(OutputStream out, boolean syntheticData) {
    this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out must not be null"), 64 * 1024);
    try {
      this.out.write(("{\"format\":\"" + RegisterJsonReader.FORMAT + "\",\"version\":" + RegisterJsonReader.VERSION
          + (syntheticData ? ",\"syntheticData\":true" : "") + "}\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a writer and writes the header line.
   *
   * @param out the stream
   * @return the writer
   * @throws UncheckedIOException on an I/O error
   */
  public static RegisterJsonLinesWriter open(OutputStream out) {
    return new RegisterJsonLinesWriter(out, false);
  }

  /**
   * Opens a writer and writes the header line, marking synthetic data (never real children) with
   * {@code "syntheticData":true}, as {@code treem generate} does.
   *
   * @param out the stream
   * @param syntheticData whether the children are synthetic
   * @return the writer
   * @throws UncheckedIOException on an I/O error
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static RegisterJsonLinesWriter open(OutputStream out, boolean syntheticData) {
    return new RegisterJsonLinesWriter(out, syntheticData);
  }

  /**
   * Writes a child on one line.
   *
   * @param child the child
   * @throws UncheckedIOException on an I/O error
   */
  public void write(Child child) {
    try {
      out.write(writer.writeValueAsBytes(Objects.requireNonNull(child, "child must not be null")));
      out.write('\n');
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the number of children written} */
  public long getCount() {
    return count;
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws UncheckedIOException on an I/O error
   */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.treem.io.json;

import io.github.treem.core.Child;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apiguardian.api.API;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a JSON Lines register: one child per line as compact UTF-8 JSON, each line ended by
 * {@code \n}; streaming, one child held at a time.
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

  private RegisterJsonLinesWriter(OutputStream out) {
    this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out must not be null"), 64 * 1024);
  }

  /**
   * Opens a writer.
   *
   * @param out the stream
   * @return the writer
   */
  public static RegisterJsonLinesWriter open(OutputStream out) {
    return new RegisterJsonLinesWriter(out);
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

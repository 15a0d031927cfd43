package io.github.treem.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command writes its result: standard output, or the file of {@code -o} (written
 * atomically by {@link AtomicFile}: whole or not at all). {@code -o -} is standard output.
 */
final class Output implements Closeable {
  private final PrintWriter writer;
  private final @Nullable AtomicFile file;

  private Output(PrintWriter writer, @Nullable AtomicFile file) {
    this.writer = writer;
    this.file = file;
  }

  /**
   * Opens the output.
   *
   * @param spec the command (its standard output)
   * @param path the file of {@code -o}, or null or {@code -} for standard output
   * @return the output
   * @throws IOException when the file cannot be created
   */
  static Output open(CommandSpec spec, @Nullable Path path) throws IOException {
    if (path == null || isStandardOutput(path)) {
      return new Output(spec.commandLine().getOut(), null);
    }
    AtomicFile f = AtomicFile.create(path);
    return new Output(new PrintWriter(new OutputStreamWriter(f.stream(), StandardCharsets.UTF_8)), f);
  }

  /** {@return whether a {@code -o} value means standard output} */
  static boolean isStandardOutput(@Nullable Path path) {
    return path == null || path.toString().equals("-");
  }

  /** {@return the text writer (UTF-8)} */
  PrintWriter writer() {
    return writer;
  }

  /** {@return the byte stream of a file output (null for standard output, which is text)} */
  @Nullable OutputStream bytes() {
    return file == null ? null : file.stream();
  }

  /**
   * Finishes the output: flushes standard output, or moves the written file into place.
   *
   * @throws IOException when the file cannot be finished (it is then not written)
   */
  void commit() throws IOException {
    writer.flush();
    if (file != null) {
      if (writer.checkError()) {
        throw new IOException("write failed");
      }
      file.commit();
    }
  }

  /** Discards a file output not committed. */
  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}

package io.github.treem.xlsx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one home of the file and byte forms of the workbook writers' {@code writeTo(OutputStream)}
 * (internal, not API): the report and province writers expose both forms and delegate here.
 */
public final class WorkbookOutput {
  /** Writes a workbook to a stream. */
  @FunctionalInterface
  public interface Writer {
    /**
     * Writes the workbook.
     *
     * @param out the stream (not closed)
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private WorkbookOutput() {}

  /**
   * Writes a workbook to a file, created or replaced.
   *
   * @param writer the workbook's writer
   * @param file the file
   * @throws IOException when writing fails
   */
  public static void toFile(Writer writer, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.writeTo(out);
    }
  }

  /**
   * The workbook's bytes.
   *
   * @param writer the workbook's writer
   * @return the bytes
   */
  public static byte[] toBytes(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

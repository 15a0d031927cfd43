package io.github.treem.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines a register's reading writes to standard error while another file's lines come out
 * first: kept in memory up to a budget of characters, then spilled to a temporary file (the
 * characters as they are, two bytes each, so that the copy is exact), deleted on {@link #close()}.
 * Thread-safe (the reading thread writes, the main thread copies and closes).
 */
final class SpillBuffer implements Closeable {
  private static final String EOL = System.lineSeparator();

  private final int budget;
  private final StringBuilder memory = new StringBuilder();
  private Path file;
  private OutputStream spill;
  private boolean closed;

  /**
   * A buffer.
   *
   * @param budget the characters kept in memory before spilling to a temporary file
   */
  SpillBuffer(int budget) {
    this.budget = budget;
  }

  /**
   * Appends a line and the line separator, as {@link PrintWriter#println(String)} writes them.
   *
   * @param line the line
   * @throws UncheckedIOException when the temporary file cannot be written
   * @throws IllegalStateException when the buffer is closed
   */
  synchronized void println(String line) {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    memory.append(line).append(EOL);
    if (memory.length() > budget) {
      try {
        if (spill == null) {
          file = Files.createTempFile("treem-report-", ".err");
          spill = new BufferedOutputStream(Files.newOutputStream(file), 65_536);
        }
        byte[] bytes = new byte[memory.length() * 2];
        for (int i = 0; i < memory.length(); i++) {
          char c = memory.charAt(i);
          bytes[2 * i] = (byte) (c >>> 8);
          bytes[2 * i + 1] = (byte) c;
        }
        spill.write(bytes);
        memory.setLength(0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@return whether some lines went to a temporary file (for tests)} */
  synchronized boolean spilled() {
    return file != null;
  }

  /** {@return the temporary file, or null before any spill (for tests)} */
  synchronized Path spillFile() {
    return file;
  }

  /**
   * Copies the lines, in the order they were written, to a writer; called once, after the last
   * line, before {@link #close()}.
   *
   * @param out the writer
   * @throws UncheckedIOException when the temporary file cannot be read
   */
  synchronized void copyTo(PrintWriter out) {
    if (spill != null) {
      try {
        spill.close();
        spill = null;
        char[] chars = new char[8192];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65_536)) {
          int n = 0;
          for (int hi; (hi = in.read()) >= 0; ) {
            int lo = in.read();
            if (lo < 0) {
              throw new IOException("truncated spill file");
            }
            chars[n++] = (char) (hi << 8 | lo);
            if (n == chars.length) {
              out.write(chars, 0, n);
              n = 0;
            }
          }
          out.write(chars, 0, n);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.write(memory.toString());
    memory.setLength(0);
  }

  /** Deletes the temporary file, if any; later lines are refused. */
  @Override
  public synchronized void close() {
    closed = true;
    memory.setLength(0);
    try {
      if (spill != null) {
        spill.close();
        spill = null;
      }
    } catch (IOException e) {
      // the file is deleted below anyway
    }
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

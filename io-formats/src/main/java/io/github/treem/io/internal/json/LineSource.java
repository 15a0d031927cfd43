package io.github.treem.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits a UTF-8 byte stream into lines at {@code \n} (a byte that never occurs inside a UTF-8
 * sequence) in bounded memory: a line longer than the limit is skipped to its end and reported
 * as too long, never held whole. A UTF-8 byte-order mark at the start is dropped.
 */
public final class LineSource {
  private final InputStream in;
  private final int maxLineLength;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;
  private boolean eof;
  private boolean first = true;
  private byte[] line = new byte[1024];
  private int length;
  private long lineNumber;
  private boolean tooLong;

  /**
   * Creates the source.
   *
   * @param in the stream
   * @param maxLineLength the longest line kept, in bytes
   */
  public LineSource(InputStream in, int maxLineLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
  }

  /**
   * Advances to the next line.
   *
   * @return false at the end of the stream
   * @throws UncheckedIOException on an I/O error
   */
  public boolean next() {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        if (!fill()) {
          if (any) {
            lineNumber++;
            return true;
          }
          return false;
        }
      }
      any = true;
      int i = pos;
      while (i < end && buf[i] != '\n') {
        i++;
      }
      append(pos, i - pos);
      if (i < end) {
        pos = i + 1;
        lineNumber++;
        return true;
      }
      pos = end;
    }
  }

  private void append(int from, int n) {
    if (tooLong || n == 0) {
      return;
    }
    if ((long) length + n > maxLineLength) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLineLength, Math.max(line.length * 2, length + n)));
    }
    System.arraycopy(buf, from, line, length, n);
    length += n;
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      end = n;
      if (first && n >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
        pos = 3;
      }
      first = false;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the bytes of the current line (valid up to {@link #length()}; reused)} */
  public byte[] bytes() {
    return line;
  }

  /** {@return the length of the current line in bytes, 0 when too long} */
  public int length() {
    return length;
  }

  /** {@return the 1-based number of the current line} */
  public long lineNumber() {
    return lineNumber;
  }

  /** {@return whether the current line exceeded the limit (its bytes were dropped)} */
  public boolean isTooLong() {
    return tooLong;
  }

  /** {@return whether the current line holds only JSON whitespace} */
  public boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return !tooLong;
  }

  /**
   * Whether the current line holds some bytes, such as {@code "format"} (a JSON Lines header line
   * is recognised by its {@code format} property before it is parsed).
   *
   * @param what the bytes looked for
   * @return true when the current line contains them
   */
  public boolean contains(byte[] what) {
    outer:
    for (int i = 0; i + what.length <= length; i++) {
      for (int k = 0; k < what.length; k++) {
        if (line[i + k] != what[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}

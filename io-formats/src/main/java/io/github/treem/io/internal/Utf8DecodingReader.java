package io.github.treem.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The register readers' one UTF-8 decoder (the JDK's, reporting malformed input): a leading
 * byte-order mark is dropped, lines are counted at {@code \n}, and bad bytes are handled in one
 * of two ways. {@link #replacing(InputStream)} (CSV): each malformed sequence becomes U+FFFD and
 * its line is recorded (at most 10,000 lines are kept), so that the reader rejects the rows that
 * hold one and reads on. {@link #strict(InputStream)} (JSON): the characters before a malformed
 * sequence are returned, then the next read throws {@link MalformedUtf8Exception} (an
 * {@code IOException}, carried by Jackson as the cause of its I/O exception), with the line.
 */
public final class Utf8DecodingReader extends Reader {
  private static final int MAX_RECORDED = 10_000;
  private final InputStream in;
  private final boolean strict;
  /** The error met in strict mode, thrown once the characters before it are read. */
  private MalformedUtf8Exception failure;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final NavigableSet<Long> malformedLines = new TreeSet<>();
  private boolean eof;
  private boolean started;
  private boolean flushed;
  private boolean pendingReplacement;
  private long line = 1;

  private Utf8DecodingReader(InputStream in, boolean strict) {
    this.in = in;
    this.strict = strict;
    bytes.flip();
  }

  /**
   * A decoder that replaces malformed sequences with U+FFFD and records their lines.
   *
   * @param in the bytes
   * @return the reader
   */
  public static Utf8DecodingReader replacing(InputStream in) {
    return new Utf8DecodingReader(in, false);
  }

  /**
   * A decoder that fails at the first malformed sequence (after returning what precedes it).
   *
   * @param in the bytes
   * @return the reader
   */
  public static Utf8DecodingReader strict(InputStream in) {
    return new Utf8DecodingReader(in, true);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (failure != null) {
      throw failure;
    }
    if (!started) {
      started = true;
      while (!eof && bytes.remaining() < 3) {
        fill();
      }
      if (bytes.remaining() >= 3 && bytes.get(bytes.position()) == (byte) 0xEF
          && bytes.get(bytes.position() + 1) == (byte) 0xBB && bytes.get(bytes.position() + 2) == (byte) 0xBF) {
        bytes.position(bytes.position() + 3);
      }
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      if (flushed && !pendingReplacement) {
        // the decoder is finished: calling it again would throw IllegalStateException
        return -1;
      }
      if (pendingReplacement) {
        out.put('\uFFFD');
        pendingReplacement = false;
        continue;
      }
      if (flushed) {
        return -1;
      }
      int before = out.position();
      CoderResult r = decoder.decode(bytes, out, eof);
      countLines(cbuf, before, out.position());
      if (r.isError() && strict) {
        failure = new MalformedUtf8Exception(line);
        if (out.position() == off) {
          throw failure;
        }
        break;
      } else if (r.isError()) {
        if (malformedLines.size() < MAX_RECORDED) {
          malformedLines.add(line);
        }
        bytes.position(bytes.position() + r.length());
        if (out.hasRemaining()) {
          out.put('\uFFFD');
        } else {
          pendingReplacement = true;
        }
      } else if (r.isOverflow()) {
        break;
      } else if (eof) {
        decoder.flush(out);
        flushed = true;
      } else {
        fill();
      }
    }
    return out.position() - off;
  }

  private void countLines(char[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        line++;
      }
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /**
   * Whether a malformed sequence was found on a line of a range.
   *
   * @param fromLine the first line
   * @param toLine the last line (inclusive)
   * @return true when so
   */
  public boolean isMalformedBetween(long fromLine, long toLine) {
    if (malformedLines.isEmpty()) {
      return false; // the common case: no view, no boxing
    }
    Long first = malformedLines.ceiling(fromLine);
    return first != null && first <= toLine;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Bytes that are not UTF-8, at a line (1-based, counted at {@code \n}). */
  public static final class MalformedUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long line;

    MalformedUtf8Exception(long line) {
      this.line = line;
    }

    /** {@return the line of the malformed bytes} */
    public long getLine() {
      return line;
    }

    @Override
    public String getMessage() {
      return "bytes that are not UTF-8 at line " + line;
    }
  }
}

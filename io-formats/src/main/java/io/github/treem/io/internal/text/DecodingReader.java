package io.github.treem.io.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The one decoding loop of the module's readers, in one of two ways. Replacing (the default, and
 * {@link #utf8(InputStream)}: the CSV register): each malformed or unmappable sequence becomes
 * U+FFFD and its line (counted at LF, CR LF and a lone CR, as the CSV tokeniser counts them) is
 * recorded (at most 10,000 lines are kept), so that the reader rejects the rows that hold one and
 * reads on. Strict ({@link #utf8Strict(InputStream)}:
 * the JSON readers): the characters before a malformed sequence are returned, then the next read
 * throws {@link MalformedUtf8Exception} (an {@code IOException}, carried by Jackson as the cause of
 * its I/O exception), with the line. The byte-order mark, if any, is dropped before: by
 * {@link TextDecoding}, or by the UTF-8 factories here.
 */
public final class DecodingReader extends Reader {
  private static final int MAX_RECORDED = 10_000;
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final NavigableSet<Long> malformedLines = new TreeSet<>();
  private boolean eof;
  private boolean flushed;
  private boolean pendingReplacement;
  private boolean dropUtf8Bom;
  private boolean strict;
  /** The error met in strict mode, thrown once the characters before it are read. */
  private @Nullable MalformedUtf8Exception failure;
  private long line = 1;
  /** Whether the last character decoded was a CR (a following LF ends the same line). */
  private boolean afterCr;

  /**
   * A UTF-8 decoder of a stream whose leading byte-order mark is dropped when the first bytes are
   * read (the CSV register reader's decoding: no normalisation, the text as written).
   *
   * @param in the bytes (closed by {@link #close()})
   * @return the reader
   */
  public static DecodingReader utf8(InputStream in) {
    DecodingReader r = new DecodingReader(in, StandardCharsets.UTF_8);
    r.dropUtf8Bom = true;
    return r;
  }

  /**
   * A UTF-8 decoder that fails at the first malformed sequence (after returning what precedes it);
   * a leading byte-order mark is dropped.
   *
   * @param in the bytes (closed by {@link #close()})
   * @return the reader
   */
  public static DecodingReader utf8Strict(InputStream in) {
    DecodingReader r = utf8(in);
    r.strict = true;
    return r;
  }

  DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (failure != null) {
      throw failure;
    }
    if (dropUtf8Bom) {
      dropUtf8Bom = false;
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
      if (pendingReplacement) {
        out.put('\uFFFD');
        pendingReplacement = false;
        afterCr = false;
        continue;
      }
      if (flushed) {
        // the decoder is finished: calling it again would throw IllegalStateException
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
        afterCr = false;
        if (out.hasRemaining()) {
          out.put('\uFFFD');
        } else {
          pendingReplacement = true;
        }
      } else if (r.isOverflow()) {
        break;
      } else if (eof) {
        int mark = out.position();
        decoder.flush(out);
        countLines(cbuf, mark, out.position());
        flushed = true;
      } else {
        fill();
      }
    }
    return out.position() - off;
  }

  /**
   * Counts the line breaks decoded, as the CSV tokeniser does: LF, CR LF (one break) and a lone
   * CR, so that a malformed sequence is recorded at the line the tokeniser gives its record.
   */
  private void countLines(char[] buf, int from, int to) {
    boolean cr = afterCr;
    long n = line;
    for (int i = from; i < to; i++) {
      char c = buf[i];
      if (c == '\n') {
        if (!cr) {
          n++;
        }
        cr = false;
      } else if (c == '\r') {
        n++;
        cr = true;
      } else {
        cr = false;
      }
    }
    line = n;
    afterCr = cr;
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

  /** Bytes that are not UTF-8, at a line (1-based; LF, CR LF and a lone CR end a line). */
  public static final class MalformedUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long line;

    public MalformedUtf8Exception(long line) {
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

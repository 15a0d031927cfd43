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
 *
 * <p>UTF-8 fast path: well-formed sequences of one to three bytes (every character of a
 * Vietnamese register: ASCII, the Latin-1 and Latin Extended letters, the letters with tone marks
 * of U+1EA0 to U+1EF9) are decoded here, in one loop that counts the lines as it goes. The JDK's
 * {@code CharsetDecoder} leaves its own ASCII fast path at every such letter and then decodes
 * into a {@code CharBuffer} one character at a time, and the lines were counted in a second pass.
 * Any other byte (a four-byte sequence, a byte that cannot start or continue a sequence, an
 * overlong form, a surrogate) is handed to the JDK's decoder, one sequence at a time, with
 * everything above (replacement or strict failure, its line): the JDK decides every malformed
 * case, so the two paths give the same characters, lines and errors ({@code
 * DecodingReaderTest} compares them on seeded random bytes, read in pieces of every size).
 * Other charsets (UTF-16, Windows-1258, TCVN3, VNI) use the JDK's decoder alone.
 */
public final class DecodingReader extends Reader {
  private static final int MAX_RECORDED = 10_000;
  private final InputStream in;
  private final CharsetDecoder decoder;
  /** The most bytes handed to the JDK's decoder at once from the fast path: one sequence. */
  private static final int SLOW_WINDOW = 4;
  private final ByteBuffer bytes = ByteBuffer.allocate(65_536);
  /** Whether the fast UTF-8 loop is used (the charset is UTF-8). */
  private final boolean fastUtf8;
  private final NavigableSet<Long> malformedLines = new TreeSet<>();
  private boolean eof;
  private boolean flushed;
  private boolean pendingReplacement;
  /**
   * The low surrogate of a supplementary character decoded when the caller had room for one
   * character only (returned by the next read), or -1.
   */
  private int pendingLowSurrogate = -1;
  private boolean dropUtf8Bom;
  private boolean strict;
  /** The error met in strict mode, thrown once the characters before it are read. */
  private @Nullable MalformedUtf8Exception failure;
  private long line = 1;
  /** Whether the last character decoded was a CR (a following LF ends the same line). */
  private boolean afterCr;
  /**
   * How many characters decoded so far are not NFC-inert by {@link NfcReader#isInert}'s rule
   * (U+0300 and above, outside U+1E00 to U+1EFF): counted where each character is made, so that
   * the {@link NfcReader} above need not scan text known to be inert (every Vietnamese register).
   */
  private long notInert;

  /**
   * A UTF-8 decoder of a stream whose leading byte-order mark is dropped when the first bytes are
   * read (the CSV register reader's decoding: no normalisation, the text as written).
   *
   * @param in the bytes (closed by {@link #close()})
   * @return the reader
   */
  public static DecodingReader utf8(InputStream in) {
    return utf8(in, false, true);
  }

  /**
   * A UTF-8 decoder whose leading byte-order mark is dropped.
   *
   * @param in the bytes
   * @param strict whether to fail at the first malformed sequence
   * @param fast whether to take the fast path (false: the JDK's decoder alone, the tests' reference)
   * @return the reader
   */
  static DecodingReader utf8(InputStream in, boolean strict, boolean fast) {
    DecodingReader r = new DecodingReader(in, StandardCharsets.UTF_8, fast);
    r.dropUtf8Bom = true;
    r.strict = strict;
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
    return utf8(in, true, true);
  }

  DecodingReader(InputStream in, Charset charset) {
    this(in, charset, true);
  }

  /**
   * A decoder.
   *
   * @param in the bytes
   * @param charset the charset
   * @param fast whether UTF-8 may take the fast path (false: the JDK's decoder alone, the
   *     reference of the tests)
   */
  DecodingReader(InputStream in, Charset charset, boolean fast) {
    this.in = in;
    this.fastUtf8 = fast && charset.equals(StandardCharsets.UTF_8);
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pendingLowSurrogate >= 0) {
      cbuf[off] = (char) pendingLowSurrogate;
      pendingLowSurrogate = -1;
      notInert++; // counted again: this read returns it
      return 1;
    }
    if (len == 1) {
      // a supplementary character needs two chars: a one-char read would otherwise return 0,
      // which the Reader contract forbids; decode into two and keep the low surrogate
      char[] two = new char[2];
      int n = read(two, 0, 2);
      if (n > 0) {
        cbuf[off] = two[0];
      }
      if (n == 2) {
        pendingLowSurrogate = two[1];
      }
      return n > 0 ? 1 : n;
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
    // the JDK's decoder is given the whole buffer, not one sequence (never needed: a window holds
    // a whole sequence; kept so that no byte can be left behind)
    boolean wide = false;
    while (out.position() == off) {
      if (pendingReplacement) {
        out.put('\uFFFD');
        notInert++;
        pendingReplacement = false;
        afterCr = false;
        continue;
      }
      if (flushed) {
        // the decoder is finished: calling it again would throw IllegalStateException
        return -1;
      }
      int before = out.position();
      int window = bytes.limit();
      if (fastUtf8) {
        out.position(decodeFast(cbuf, out.position(), out.limit()));
        if (!out.hasRemaining()) {
          break;
        }
        if (!bytes.hasRemaining() && !eof) {
          if (out.position() > off) {
            break; // what was decoded is returned; the next read fills
          }
          fill();
          continue;
        }
        // a byte the fast loop leaves to the JDK (or an incomplete sequence at the end): one
        // sequence's window, so that the loop takes over again right after it
        before = out.position();
        window = wide ? bytes.limit() : Math.min(bytes.limit(), bytes.position() + SLOW_WINDOW);
      }
      int limit = bytes.limit();
      bytes.limit(window);
      CoderResult r;
      try {
        r = decoder.decode(bytes, out, eof && window == limit);
      } finally {
        bytes.limit(limit);
      }
      countLines(cbuf, before, out.position());
      if (fastUtf8 && !r.isError() && !r.isOverflow() && out.position() > before) {
        continue; // the sequence was decoded: back to the fast loop
      }
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
          notInert++;
        } else {
          pendingReplacement = true;
        }
      } else if (r.isOverflow()) {
        break;
      } else if (window < limit) {
        wide = true;
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
   * Decodes well-formed UTF-8 sequences of one to three bytes from {@link #bytes} into {@code
   * dst} from {@code dp} until {@code dl}, counting lines as {@link #countLines} does; stops at
   * the end of the bytes, at an incomplete sequence, or at a byte it does not decode (see the
   * class comment), leaving it for the JDK's decoder.
   *
   * @return the position in {@code dst} after the last character decoded
   */
  private int decodeFast(char[] dst, int dp, int dl) {
    byte[] b = bytes.array();
    int sp = bytes.position();
    int sl = bytes.limit();
    boolean cr = afterCr;
    long n = line;
    long odd = notInert;
    while (dp < dl && sp < sl) {
      int b1 = b[sp];
      if (b1 >= 0) {
        char c = (char) b1;
        dst[dp++] = c;
        sp++;
        // the rule of countLines, kept inline here: this loop is the hot path of every CSV read
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
      } else if (b1 >= (byte) 0xC2 && b1 <= (byte) 0xDF) {
        if (sp + 1 >= sl) {
          break;
        }
        int b2 = b[sp + 1];
        if ((b2 & 0xC0) != 0x80) {
          break;
        }
        char c = (char) (((b1 & 0x1F) << 6) | (b2 & 0x3F));
        dst[dp++] = c;
        if (c >= 0x300) {
          odd++;
        }
        sp += 2;
        cr = false;
      } else if ((b1 & 0xF0) == 0xE0) {
        if (sp + 2 >= sl) {
          break;
        }
        int b2 = b[sp + 1] & 0xFF;
        int b3 = b[sp + 2];
        // E0 needs A0..BF (not overlong), ED needs 80..9F (no surrogate), the rest 80..BF
        int lo = b1 == (byte) 0xE0 ? 0xA0 : 0x80;
        int hi = b1 == (byte) 0xED ? 0x9F : 0xBF;
        if (b2 < lo || b2 > hi || (b3 & 0xC0) != 0x80) {
          break;
        }
        char c = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
        dst[dp++] = c;
        if (c < 0x1E00 || c > 0x1EFF) {
          odd++; // every three-byte character is U+0800 or above
        }
        sp += 3;
        cr = false;
      } else {
        break;
      }
    }
    bytes.position(sp);
    line = n;
    afterCr = cr;
    notInert = odd;
    return dp;
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
      if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
        notInert++; // the characters of the JDK's decoder (see notInert)
      }
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

  /**
   * {@return how many characters decoded so far are not NFC-inert (U+0300 and above, outside
   * U+1E00 to U+1EFF; a replacement character counts): unchanged across a read means that every
   * character it returned is inert}
   */
  long notInertCount() {
    return notInert;
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

package io.github.treem.io.internal;

import io.github.treem.io.internal.text.DecodingReader.MalformedUtf8Exception;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Checks that bytes are UTF-8 without decoding them, so that a parser of bytes (Jackson's, which
 * finds bad bytes too but says so only in its message text) gets well-formed input or a typed
 * failure: runs of ASCII bytes are skipped (eight at a time); every run of other bytes is checked by
 * the JDK's UTF-8 decoder (reporting malformed input), decoded into a scratch buffer that is
 * thrown away. Not thread-safe.
 */
public final class Utf8Check {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer scratch = CharBuffer.allocate(256);
  private boolean malformed;

  /**
   * The length of the longest prefix of a range made of whole, well-formed UTF-8 sequences. When
   * it is shorter than the range, either the bytes there are malformed ({@link #isMalformed()}), or
   * the range ends inside a sequence that later bytes may complete.
   *
   * @param b the bytes
   * @param off the first
   * @param len how many
   * @param last whether no bytes follow (an unfinished sequence at the end is then malformed)
   * @return the length of the well-formed prefix
   */
  public int wellFormedPrefix(byte[] b, int off, int len, boolean last) {
    malformed = false;
    int end = off + len;
    int i = off;
    while (i < end) {
      // ASCII: eight bytes at a time while none has its high bit set
      while (i + 8 <= end && ((long) LONGS.get(b, i) & 0x8080_8080_8080_8080L) == 0) {
        i += 8;
      }
      if (i == end) {
        break;
      }
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < end && b[j] < 0) {
        j++;
      }
      ByteBuffer in = ByteBuffer.wrap(b, i, j - i);
      decoder.reset();
      CoderResult r;
      do {
        scratch.clear();
        r = decoder.decode(in, scratch, false);
      } while (r.isOverflow());
      if (r.isError()) {
        malformed = true;
        return in.position() - off;
      }
      if (in.hasRemaining()) {
        // a sequence cut short: by an ASCII byte (malformed) or by the end of the range
        malformed = j < end || last;
        return in.position() - off;
      }
      i = j;
    }
    return len;
  }

  /** {@return whether the last {@link #wellFormedPrefix} stopped at malformed bytes} */
  public boolean isMalformed() {
    return malformed;
  }

  /**
   * A stream that lets through only well-formed UTF-8: it returns the bytes before a malformed
   * sequence, then its next read throws {@link MalformedUtf8Exception} (whose line is 0: the
   * parser that reads it knows where it stands).
   *
   * @param in the bytes
   * @return the checked stream
   */
  public static InputStream checking(InputStream in) {
    return new Checking(in);
  }

  /**
   * The stream of {@link #checking(InputStream)}: reads into its own buffer, checks it, and serves
   * only the checked bytes; a sequence cut by the end of a read waits in the buffer for the bytes
   * that complete it.
   */
  private static final class Checking extends FilterInputStream {
    private final Utf8Check check = new Utf8Check();
    private final byte[] buf = new byte[16 * 1024];
    /** The next byte to serve. */
    private int pos;
    /** The end of the checked bytes; {@code [valid, end)} is a cut sequence. */
    private int valid;
    private int end;
    private boolean eof;
    private @Nullable MalformedUtf8Exception failure;

    Checking(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      if (pos == valid && !fill()) {
        return -1;
      }
      return buf[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos == valid && !fill()) {
        return -1;
      }
      int n = Math.min(len, valid - pos);
      System.arraycopy(buf, pos, b, off, n);
      pos += n;
      return n;
    }

    /** Reads and checks more bytes; false at the end; throws at bytes that are not UTF-8. */
    private boolean fill() throws IOException {
      while (true) {
        if (failure != null) {
          throw failure;
        }
        System.arraycopy(buf, valid, buf, 0, end - valid);
        end -= valid;
        pos = 0;
        valid = 0;
        if (eof && end == 0) {
          return false;
        }
        if (!eof) {
          int n = in.read(buf, end, buf.length - end);
          if (n < 0) {
            eof = true;
          } else {
            end += n;
          }
        }
        valid = check.wellFormedPrefix(buf, 0, end, eof);
        if (check.isMalformed()) {
          failure = new MalformedUtf8Exception(0);
          end = valid;
        }
        if (valid > 0) {
          return true;
        }
      }
    }

    @Override
    public int available() throws IOException {
      return valid - pos;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("skipping is not supported by the UTF-8 check");
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}

package io.github.treem.io.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Decodes bytes in any charset without ever throwing on bad bytes: each malformed or unmappable
 * sequence becomes U+FFFD and its line (counted at {@code \n}) is recorded (at most 10,000 lines
 * are kept). The byte-order mark, if any, is dropped by {@link TextDecoding} before.
 */
final class DecodingReader extends Reader {
  private static final int MAX_RECORDED = 10_000;
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final NavigableSet<Long> malformedLines = new TreeSet<>();
  private boolean eof;
  private boolean flushed;
  private boolean pendingReplacement;
  private long line = 1;

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
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      if (pendingReplacement) {
        out.put('\uFFFD');
        pendingReplacement = false;
        continue;
      }
      if (flushed) {
        // the decoder is finished: calling it again would throw IllegalStateException
        return -1;
      }
      int before = out.position();
      CoderResult r = decoder.decode(bytes, out, eof);
      countLines(cbuf, before, out.position());
      if (r.isError()) {
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

  boolean isMalformedBetween(long fromLine, long toLine) {
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
}

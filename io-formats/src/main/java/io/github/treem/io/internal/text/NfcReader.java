package io.github.treem.io.internal.text;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Composes a stream of text to Unicode normalization form C with {@link Normalizer}, chunk by
 * chunk, in bounded memory.
 *
 * <p>A chunk is cut just before an ASCII character: no ASCII character composes with what
 * precedes it (none is the second character of a canonical composition), and the combining marks
 * that follow it belong to it, so normalizing each chunk alone gives the same text as normalizing
 * the whole. Text with no ASCII character for 8,192 characters (never register data) is cut before
 * the last character that is not a mark; such a cut could only miss a composition of two
 * non-ASCII starters (Hangul jamo and a few Indic vowel signs), never a Vietnamese one. Line
 * breaks are never changed.
 *
 * <p>Fast path: a chunk whose characters are all below U+0300 or in Latin Extended Additional
 * (U+1E00 to U+1EFF, where Vietnamese letters with tone marks are) is already in NFC (each of
 * those characters has the NFC quick-check value Yes and combining class 0, so no sequence of
 * them changes under NFC; {@code NfcReaderTest} checks every pair) and is passed on as it is,
 * without {@link Normalizer}. Over a {@link DecodingReader} (the register's UTF-8), the decoder
 * counts the characters that are not inert as it makes them, so a chunk it made without one is
 * passed on without even that scan.
 */
final class NfcReader extends Reader {
  private static final int CHUNK = 8192;
  private final Reader in;
  /** The decoder {@link #in} is, when it is one (it then counts what is not inert), or null. */
  private final @Nullable DecodingReader decoded;
  private final char[] raw = new char[CHUNK * 2];
  private int rawLength;
  /** Whether every character in {@link #raw} is known to be inert without a scan. */
  private boolean rawInert = true;
  private boolean eof;
  private char[] ready = new char[CHUNK * 2];
  private int readyLength;
  private int readyPos;

  NfcReader(Reader in) {
    this.in = in;
    this.decoded = in instanceof DecodingReader d ? d : null;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (readyPos == readyLength) {
      if (!refill()) {
        return -1;
      }
    }
    int n = Math.min(len, readyLength - readyPos);
    System.arraycopy(ready, readyPos, cbuf, off, n);
    readyPos += n;
    return n;
  }

  /** Reads more and prepares the next normalized chunk; false at the end of the text. */
  private boolean refill() throws IOException {
    while (!eof && rawLength < CHUNK) {
      long before = decoded == null ? -1 : decoded.notInertCount();
      int n = in.read(raw, rawLength, raw.length - rawLength);
      if (n < 0) {
        eof = true;
      } else {
        rawLength += n;
        // the decoder counted every character it made: none new that is not inert, no scan
        rawInert &= decoded != null && decoded.notInertCount() == before;
      }
    }
    if (rawLength == 0) {
      return false;
    }
    int cut = eof ? rawLength : cutPoint();
    if (rawInert || isInert(raw, 0, cut)) {
      System.arraycopy(raw, 0, ready, 0, cut);
      readyLength = cut;
    } else {
      String chunk = new String(raw, 0, cut);
      String nfc = Normalizer.isNormalized(chunk, Normalizer.Form.NFC) ? chunk
          : Normalizer.normalize(chunk, Normalizer.Form.NFC);
      if (nfc.length() > ready.length) {
        ready = new char[nfc.length()];
      }
      nfc.getChars(0, nfc.length(), ready, 0);
      readyLength = nfc.length();
    }
    readyPos = 0;
    System.arraycopy(raw, cut, raw, 0, rawLength - cut);
    rawLength -= cut;
    // what is left (a few characters after the cut): known again by a short scan, so that one
    // character that is not inert costs a scan of its own chunk only
    rawInert = rawInert || isInert(raw, 0, rawLength);
    return true;
  }

  /**
   * Whether the characters are all NFC-inert by the fast path's rule: below U+0300, or in
   * U+1E00 to U+1EFF.
   */
  static boolean isInert(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
        return false;
      }
    }
    return true;
  }

  /** Where to cut the buffer: before its last ASCII character (or last non-mark), never at 0. */
  private int cutPoint() {
    for (int i = rawLength - 1; i > 0; i--) {
      if (raw[i] < 0x80) {
        return i;
      }
    }
    for (int i = rawLength - 1; i > 0; i--) {
      int type = Character.getType(raw[i]);
      if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK && !Character.isLowSurrogate(raw[i])) {
        return i;
      }
    }
    return rawLength; // marks only: nothing to compose them with
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

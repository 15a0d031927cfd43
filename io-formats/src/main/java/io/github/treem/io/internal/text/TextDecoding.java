package io.github.treem.io.internal.text;

import io.github.treem.io.TextEncoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The text of a file in a {@link TextEncoding}, composed to NFC: the one place where the register
 * readers turn bytes into characters.
 *
 * <p>The first {@link EncodingSniffer#SAMPLE} bytes are read ahead and sniffed, which chooses the
 * encoding for {@link TextEncoding#AUTO} and for a file with a UTF-16 byte-order mark, and gives:
 * <ul>
 *   <li>UTF-8: the byte-order mark is dropped; when the bytes are not UTF-8,
 *       {@link #getGuess()} says what they look like (for one file issue instead of one per row).
 *   <li>UTF-16: the byte order of the byte-order mark (dropped), or else the one the zero bytes
 *       show, or else little-endian (what Windows writes).
 *   <li>Windows-1258: the JDK's {@code windows-1258}; its combining tone marks are composed.
 *   <li>TCVN3, VNI: when the sample is valid UTF-8 with characters outside ASCII, the text is
 *       taken as carried in UTF-8 ({@link LegacyText}); otherwise the bytes are read with the
 *       legacy table ({@link LegacyCharset}).
 * </ul>
 * Bytes that the encoding cannot decode (in UTF-8, UTF-16 and Windows-1258) become U+FFFD and
 * their lines are recorded ({@link #isMalformedBetween(long, long)}).
 */
public final class TextDecoding extends Reader {
  private final Reader text;
  private final DecodingReader bytes;
  private final EncodingSniffer.Guess guess;
  private final boolean carriedInUtf8;
  private final TextEncoding encoding;

  private TextDecoding(Reader text, DecodingReader bytes, EncodingSniffer.Guess guess, boolean carriedInUtf8,
      TextEncoding encoding) {
    this.encoding = encoding;
    this.text = text;
    this.bytes = bytes;
    this.guess = guess;
    this.carriedInUtf8 = carriedInUtf8;
  }

  /**
   * Opens the text of a stream; reads ahead up to {@link EncodingSniffer#SAMPLE} bytes.
   *
   * @param in the bytes (closed by {@link #close()})
   * @param encoding the encoding
   * @return the text
   * @throws IOException on an I/O error of the stream
   */
  public static TextDecoding open(InputStream in, TextEncoding encoding) throws IOException {
    byte[] head = in.readNBytes(EncodingSniffer.SAMPLE);
    boolean complete = head.length < EncodingSniffer.SAMPLE;
    EncodingSniffer.Guess guess = EncodingSniffer.sniff(head, head.length, complete);
    boolean utf16Mark = guess.basis() == EncodingSniffer.Basis.BYTE_ORDER_MARK
        && guess.encoding().orElse(null) == TextEncoding.UTF_16;
    TextEncoding chosen = utf16Mark ? TextEncoding.UTF_16
        : encoding == TextEncoding.AUTO ? guess.encoding().orElse(TextEncoding.UTF_8) : encoding;
    int skip = 0;
    Charset charset;
    boolean carried = false;
    switch (chosen) {
      case UTF_16 -> {
        if (startsWith(head, 0xFF, 0xFE)) {
          skip = 2;
          charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(head, 0xFE, 0xFF)) {
          skip = 2;
          charset = StandardCharsets.UTF_16BE;
        } else {
          charset = guess.bigEndian() ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
      }
      case WINDOWS_1258 -> charset = Charset.forName("windows-1258");
      case TCVN3, VNI -> {
        carried = EncodingSniffer.isUtf8WithNonAscii(head, head.length, complete);
        if (carried) {
          skip = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
          charset = StandardCharsets.UTF_8;
        } else {
          charset = chosen == TextEncoding.TCVN3 ? LegacyCharset.TCVN3 : LegacyCharset.VNI;
        }
      }
      default -> {
        skip = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        charset = StandardCharsets.UTF_8;
      }
    }
    InputStream all = new SequenceInputStream(new ByteArrayInputStream(head, skip, head.length - skip), in);
    DecodingReader decoded = new DecodingReader(all, charset);
    Reader chars = carried ? new LegacyText.Reinterpreting(decoded, Objects.requireNonNull(LegacyText.tableOf(chosen))) : decoded;
    return new TextDecoding(new NfcReader(chars), decoded, guess, carried, chosen);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** {@return what the first bytes look like (see {@link EncodingSniffer})} */
  public EncodingSniffer.Guess getGuess() {
    return guess;
  }

  /**
   * {@return the encoding the text is read in: the one asked for, the guess for
   * {@link TextEncoding#AUTO}, UTF-16 for a file with a UTF-16 byte-order mark}
   */
  public TextEncoding getEncoding() {
    return encoding;
  }

  /** {@return for TCVN3 and VNI: whether the text was read as carried in UTF-8} */
  public boolean isCarriedInUtf8() {
    return carriedInUtf8;
  }

  /**
   * Whether bytes that could not be decoded were found on a line of a range.
   *
   * @param fromLine the first line (1-based)
   * @param toLine the last line (inclusive)
   * @return true when so
   */
  public boolean isMalformedBetween(long fromLine, long toLine) {
    return bytes.isMalformedBetween(fromLine, toLine);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    return text.read(cbuf, off, len);
  }

  @Override
  public void close() throws IOException {
    text.close();
  }
}

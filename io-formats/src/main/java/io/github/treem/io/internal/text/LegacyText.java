package io.github.treem.io.internal.text;

import io.github.treem.io.TextEncoding;
import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Text typed in a legacy Vietnamese font (TCVN3, VNI) but carried as Unicode: a workbook cell, or
 * a UTF-8 file saved by Excel from such a sheet, holds the characters that a Western font shows
 * for the font's bytes ({@code "NguyÔn"} for TCVN3 {@code "Nguyễn"}). Each such character is read
 * back as its Windows-1252 byte, then as that byte of the legacy table; other characters are kept.
 */
public final class LegacyText {
  private LegacyText() {}

  /**
   * Re-reads a string typed in a legacy font, composed to NFC.
   *
   * @param text the text as carried
   * @param encoding {@link TextEncoding#TCVN3} or {@link TextEncoding#VNI}; any other encoding
   *     gives the text only composed to NFC
   * @return the Unicode text, NFC
   */
  public static String decode(String text, TextEncoding encoding) {
    String[] table = tableOf(encoding);
    if (table == null) {
      return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    StringBuilder b = new StringBuilder(text.length() + 8);
    VietnameseTables.reinterpret(text, table, b);
    return Normalizer.normalize(b, Normalizer.Form.NFC);
  }

  static String @Nullable [] tableOf(TextEncoding encoding) {
    return switch (encoding) {
      case TCVN3 -> LegacyCharset.TCVN3.table();
      case VNI -> LegacyCharset.VNI.table();
      default -> null;
    };
  }

  /** A reader that re-reads the characters of another (not normalized: see {@link NfcReader}). */
  static final class Reinterpreting extends Reader {
    private final Reader in;
    private final String[] table;
    private final char[] buf = new char[4096];
    private final StringBuilder pending = new StringBuilder();
    private int pendingPos;

    Reinterpreting(Reader in, String[] table) {
      this.in = in;
      this.table = table;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (pendingPos == pending.length()) {
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          return -1;
        }
        pending.setLength(0);
        pendingPos = 0;
        VietnameseTables.reinterpret(CharBuffer.wrap(buf, 0, n), table, pending);
      }
      int n = Math.min(len, pending.length() - pendingPos);
      pending.getChars(pendingPos, pendingPos + n, cbuf, off);
      pendingPos += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}

package io.github.treem.io.internal.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;

/**
 * The byte tables of the legacy Vietnamese font encodings (fixed, public mappings).
 *
 * <p>Both encodings were used with Western fonts on Windows, so every byte that the encoding does
 * not take for Vietnamese keeps its Windows-1252 meaning (the five bytes Windows-1252 leaves
 * undefined, 0x81, 0x8D, 0x8F, 0x90 and 0x9D, are read as the C1 controls of the same number, as
 * the WHATWG Encoding Standard does): curly quotes and dashes that Word typed into old documents
 * read as themselves.
 *
 * <p><b>TCVN3</b> (ABC): the table of TCVN 5712:1993 "Công nghệ thông tin: Bộ mã chuẩn 8-bit
 * kí tự Việt dùng trong trao đổi thông tin", bytes 0xA0–0xFF: the small letters with marks
 * (0xB5–0xFE), Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ (0xA1–0xAE), the five combining tone marks (0xB0–0xB4:
 * grave, hook above, tilde, acute, dot below) and, at the places the ABC fonts leave unused, the
 * few capitals with marks that the standard's larger tables (VN1, VN2) put there (Ằ 0xAF,
 * Ẳ 0xBA, Ẵ 0xBF, Ắ Ầ Ẩ Ẫ Ấ Ề 0xC0–0xC5, Ể 0xCD, Ễ Ế Ồ 0xD9–0xDB, Ổ 0xE0, Ỗ 0xF0, Ố 0xFF). The
 * other capitals with tone marks, which VN1 puts on C0 controls and on 0x80–0x9F, are not read:
 * the ABC fonts have none (their {@code .VnTimeH} variants draw the small letters' bytes as
 * capitals), and on Windows those bytes are the Windows-1252 punctuation. The table agrees with
 * glibc's {@code iconv} charset {@code TCVN5712-1} on 0xA0–0xFF and with the {@code TCVN3} table of
 * Pham Kim Long's VnConv library (UniKey), both checked by the golden files of
 * {@code TextEncodingGoldenTest}.
 *
 * <p><b>VNI</b> (VNI Software's fonts for Windows): a vowel with marks is the ASCII vowel followed
 * by one mark byte (small and capital letters each have their own mark bytes); i and y with a tone
 * mark, đ, ơ and ư (and their capitals) are single bytes; ơ and ư take their tone as a following
 * mark byte. A mark byte is read here as Unicode combining marks (circumflex U+0302 or breve
 * U+0306, then the tone), which {@link NfcReader} composes with the letter before; a mark byte
 * after a letter it cannot mark stays a combining mark. The table is that of VnConv's
 * {@code VNI-WIN} charset (UniKey), checked by golden files made with an independent converter.
 */
final class VietnameseTables {
  private static final char GRAVE = '\u0300';
  private static final char ACUTE = '\u0301';
  private static final char CIRCUMFLEX = '\u0302';
  private static final char TILDE = '\u0303';
  private static final char BREVE = '\u0306';
  private static final char HOOK = '\u0309';
  private static final char DOT = '\u0323';

  /** TCVN 5712:1993, bytes 0xA0 to 0xFF. */
  private static final String TCVN3_HIGH =
      "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0" // A0: nbsp Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ Ằ
      + "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4" // B0: marks à ả ã á ạ Ẳ ằ ẳ ẵ ắ Ẵ
      + "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD" // C0: Ắ Ầ Ẩ Ẫ Ấ Ề ặ ầ ẩ ẫ ấ ậ è Ể ẻ ẽ
      + "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2" // D0: é ẹ ề ể ễ ế ệ ì ỉ Ễ Ế Ồ ĩ í ị ò
      + "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9" // E0: Ổ ỏ õ ó ọ ồ ổ ỗ ố ộ ờ ở ỡ ớ ợ ù
      + "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0"; // F0: Ỗ ủ ũ ú ụ ừ ử ữ ứ ự ỳ ỷ ỹ ý ỵ Ố

  private VietnameseTables() {}

  /** {@return Windows-1252, byte by byte (the base of both legacy tables)} */
  static String[] western() {
    String[] t = new String[256];
    Charset cp1252 = Charset.forName("windows-1252");
    for (int b = 0; b < 256; b++) {
      try {
        t[b] = cp1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
      } catch (CharacterCodingException e) {
        t[b] = String.valueOf((char) b); // the five undefined bytes: C1 controls, as WHATWG reads them
      }
    }
    return t;
  }

  /** {@return the TCVN3 table: 256 strings} */
  static String[] tcvn3() {
    String[] t = western();
    for (int i = 0; i < TCVN3_HIGH.length(); i++) {
      t[0xA0 + i] = String.valueOf(TCVN3_HIGH.charAt(i));
    }
    return t;
  }

  /** {@return the VNI table: 256 strings} */
  static String[] vni() {
    String[] t = western();
    // tone marks after a small letter, and after a capital
    mark(t, 0xF9, 0xD9, "" + ACUTE);
    mark(t, 0xF8, 0xD8, "" + GRAVE);
    mark(t, 0xFB, 0xDB, "" + HOOK);
    mark(t, 0xF5, 0xD5, "" + TILDE);
    mark(t, 0xEF, 0xCF, "" + DOT);
    // circumflex (â ê ô), alone and with each tone
    mark(t, 0xE2, 0xC2, "" + CIRCUMFLEX);
    mark(t, 0xE1, 0xC1, "" + CIRCUMFLEX + ACUTE);
    mark(t, 0xE0, 0xC0, "" + CIRCUMFLEX + GRAVE);
    mark(t, 0xE5, 0xC5, "" + CIRCUMFLEX + HOOK);
    mark(t, 0xE3, 0xC3, "" + CIRCUMFLEX + TILDE);
    mark(t, 0xE4, 0xC4, "" + CIRCUMFLEX + DOT);
    // breve (ă), alone and with each tone
    mark(t, 0xEA, 0xCA, "" + BREVE);
    mark(t, 0xE9, 0xC9, "" + BREVE + ACUTE);
    mark(t, 0xE8, 0xC8, "" + BREVE + GRAVE);
    mark(t, 0xFA, 0xDA, "" + BREVE + HOOK);
    mark(t, 0xFC, 0xDC, "" + BREVE + TILDE);
    mark(t, 0xEB, 0xCB, "" + BREVE + DOT);
    // single-byte letters: small, capital
    letter(t, 0xF1, 0xD1, "\u0111", "\u0110"); // đ Đ
    letter(t, 0xF4, 0xD4, "\u01A1", "\u01A0"); // ơ Ơ
    letter(t, 0xF6, 0xD6, "\u01B0", "\u01AF"); // ư Ư
    letter(t, 0xED, 0xCD, "\u00ED", "\u00CD"); // í Í
    letter(t, 0xEC, 0xCC, "\u00EC", "\u00CC"); // ì Ì
    letter(t, 0xE6, 0xC6, "\u1EC9", "\u1EC8"); // ỉ Ỉ
    letter(t, 0xF3, 0xD3, "\u0129", "\u0128"); // ĩ Ĩ
    letter(t, 0xF2, 0xD2, "\u1ECB", "\u1ECA"); // ị Ị
    letter(t, 0xEE, 0xCE, "\u1EF5", "\u1EF4"); // ỵ Ỵ
    return t;
  }

  private static void mark(String[] t, int small, int capital, String marks) {
    t[small] = marks;
    t[capital] = marks;
  }

  private static void letter(String[] t, int small, int capital, String s, String c) {
    t[small] = s;
    t[capital] = c;
  }

  /**
   * The byte that Windows-1252 shows as a character, for text typed in a legacy font and carried
   * as Unicode (a workbook cell, a UTF-8 file).
   *
   * @param c the character
   * @return the byte (0 to 255), or -1 when the character is not one Windows-1252 shows
   */
  static int westernByte(char c) {
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
      return c;
    }
    return WesternBytes.BYTE_OF.getOrDefault(c, -1);
  }

  /** The bytes 0x80 to 0x9F of Windows-1252, by the character they show. */
  private static final class WesternBytes {
    static final Map<Character, Integer> BYTE_OF = build();

    private static Map<Character, Integer> build() {
      Map<Character, Integer> m = new HashMap<>();
      String[] w = western();
      for (int b = 0x80; b < 0xA0; b++) {
        m.put(w[b].charAt(0), b);
      }
      return Map.copyOf(m);
    }
  }

  /**
   * Re-reads text typed in a legacy font and carried as Unicode: each character that Windows-1252
   * shows for a byte is replaced by what that byte stands for in the table; other characters are
   * kept. The result is not yet normalized.
   *
   * @param text the text
   * @param table the table
   * @param out where to append
   */
  static void reinterpret(CharSequence text, String[] table, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int b = westernByte(c);
      out.append(b < 0 ? String.valueOf(c) : table[b]);
    }
  }
}

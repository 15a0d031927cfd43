package io.github.treem.io.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The NFC reader's fast path against {@link Normalizer} (equivalence of the optimisation). */
class NfcReaderTest {
  private static List<Character> inert() {
    List<Character> all = new ArrayList<>();
    for (char c = 0; c < 0x300; c++) {
      all.add(c);
    }
    for (char c = 0x1E00; c <= 0x1EFF; c++) {
      all.add(c);
    }
    return all;
  }

  @Test
  void everyPairOfTheFastPathsCharactersIsAlreadyNfc() {
    List<Character> all = inert();
    char[] pair = new char[2];
    int checked = 0;
    for (char a : all) {
      if (Character.isSurrogate(a)) {
        continue;
      }
      for (char b : all) {
        pair[0] = a;
        pair[1] = b;
        assertThat(NfcReader.isInert(pair, 0, 2)).isTrue();
        String s = new String(pair);
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
          throw new AssertionError(String.format("U+%04X U+%04X is not NFC", (int) a, (int) b));
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(all.size() * all.size());
  }

  @Test
  void charactersOutsideTheFastPathAreNotInert() {
    for (char c : new char[] {0x300, 0x301, 0x303, 0x309, 0x323, 0x1DFF, 0x1F00, 0x3099, 0xAC00}) {
      assertThat(NfcReader.isInert(new char[] {'a', c}, 0, 2)).as("U+%04X", (int) c).isFalse();
    }
  }

  /**
   * Seeded Vietnamese-like text (precomposed letters, decomposed letters with combining tone
   * marks, ASCII, line breaks, other scripts) read through the reader in odd-sized pieces: the
   * NFC of the whole text, whichever path each chunk took.
   */
  @Test
  void readsTheNfcOfTheWholeText() throws IOException {
    String[] pieces = {"a", "Nguyễn", "Thị", "Hương", ",", "\n", "\r\n", " ", "đ", "ơ", "ư", "ă",
        "a\u0301", "e\u0323\u0302", "u\u031B\u0300", "O\u0303", "ấp 3", "Bản Mé", "\u1EA1", "\u00E0",
        "\uAC00\u1161", "\u0915\u093C", "\u1100\u1161", "\"", "x\u0308\u0301", "\uD83D\uDE00"};
    Random r = new Random(17);
    for (int round = 0; round < 40; round++) {
      StringBuilder b = new StringBuilder();
      int n = 500 + r.nextInt(40_000);
      // some texts of precomposed text only (the fast path), others mixed
      boolean mixed = round % 2 == 1;
      while (b.length() < n) {
        String p = pieces[r.nextInt(pieces.length)];
        if (!mixed && !Normalizer.isNormalized(p, Normalizer.Form.NFC)) {
          p = Normalizer.normalize(p, Normalizer.Form.NFC);
        }
        b.append(p);
      }
      String text = b.toString();
      String expected = Normalizer.normalize(text, Normalizer.Form.NFC);
      try (Reader nfc = new NfcReader(new StringReader(text))) {
        StringBuilder got = new StringBuilder();
        char[] buf = new char[1 + r.nextInt(9000)];
        int k;
        while ((k = nfc.read(buf, 0, buf.length)) >= 0) {
          got.append(buf, 0, k);
        }
        assertThat(got.toString()).as("round %d", round).isEqualTo(expected);
      }
    }
  }

  /**
   * Over a {@link DecodingReader}, the reader skips its scan of chunks the decoder made without a
   * character that is not inert: seeded UTF-8 bytes (inert text, text with combining marks and
   * other scripts, stray bytes that become U+FFFD, four-byte characters) read in odd-sized pieces
   * give the NFC of the decoded text, as the scanning path gives it.
   */
  @Test
  void overTheDecoderAsScanning() throws IOException {
    String[] pieces = {"a", "Nguyễn", "Thị", "Hương", ",", "\n", "\r\n", "\r", "đ", "ơ", "ư", "a\u0301",
        "e\u0323\u0302", "\u1EA1", "\uAC00\u1161", "\u0915\u093C", "x\u0308\u0301", "\uD83D\uDE00",
        "\u0416", "\u2028"};
    Random r = new Random(1717);
    for (int round = 0; round < 60; round++) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      int n = 200 + r.nextInt(60_000);
      // a third inert (the register's case), a third with an odd character now and then, a third mixed
      int kind = round % 3;
      while (bytes.size() < n) {
        String p = pieces[r.nextInt(kind == 0 ? 12 : pieces.length)];
        if (kind == 0) {
          p = Normalizer.normalize(p, Normalizer.Form.NFC);
          if (p.chars().anyMatch(c -> c >= 0x300 && (c < 0x1E00 || c > 0x1EFF))) {
            p = "b";
          }
        } else if (kind == 1 && r.nextInt(200) != 0) {
          p = "Thôn ";
        }
        bytes.writeBytes(p.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (kind == 2 && r.nextInt(300) == 0) {
          bytes.write(0x80 + r.nextInt(0x80)); // a stray byte
        }
      }
      byte[] b = bytes.toByteArray();
      String decoded = readAll(DecodingReader.utf8(new java.io.ByteArrayInputStream(b), false, false), r);
      String expected = readAll(new NfcReader(new StringReader(decoded)), r);
      assertThat(expected).isEqualTo(Normalizer.normalize(decoded, Normalizer.Form.NFC));
      DecodingReader fast = DecodingReader.utf8(new java.io.ByteArrayInputStream(b), false, true);
      String got = readAll(new NfcReader(fast), r);
      assertThat(got).as("round %d", round).isEqualTo(expected);
      long odd = decoded.chars().filter(c -> c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)).count();
      assertThat(fast.notInertCount()).as("round %d", round).isEqualTo(odd);
    }
  }

  private static String readAll(Reader in, Random r) throws IOException {
    try (in) {
      StringBuilder got = new StringBuilder();
      char[] buf = new char[1 + r.nextInt(9000)];
      int k;
      while ((k = in.read(buf, 0, buf.length)) >= 0) {
        got.append(buf, 0, k);
      }
      return got.toString();
    }
  }
}

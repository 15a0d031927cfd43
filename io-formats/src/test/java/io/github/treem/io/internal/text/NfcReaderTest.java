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
}

package io.github.treem.io.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.io.TextEncoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
  private static String read(Reader r) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[5];
    int n;
    while ((n = r.read(buf, 0, buf.length)) >= 0) {
      b.append(buf, 0, n);
    }
    return b.toString();
  }

  private static String decode(byte[] b, TextEncoding e) throws IOException {
    try (TextDecoding d = TextDecoding.open(new ByteArrayInputStream(b), e)) {
      return read(d);
    }
  }

  private static byte[] bytes(int... b) {
    byte[] r = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      r[i] = (byte) b[i];
    }
    return r;
  }

  @Test
  void tcvn3LettersAndMarks() throws IOException {
    // "Nguyễn Thị Ánh" typed in .VnTime: ễ 0xD4, ị 0xDE, á 0xB8 (no capital Á in TCVN3)
    assertThat(decode(bytes('N', 'g', 'u', 'y', 0xD4, 'n', ' ', 'T', 'h', 0xDE, ' ', 0xB8, 'n', 'h'), TextEncoding.TCVN3))
        .isEqualTo("Nguyễn Thị ánh");
    // the standard's combining tone marks 0xB0-0xB4 compose with the letter before
    assertThat(decode(bytes('a', 0xB3, ' ', 0xA9, 0xB0, ' ', 'y', 0xB4), TextEncoding.TCVN3)).isEqualTo("á ầ ỵ");
    // Windows-1252 punctuation (Word's curly quotes) keeps its meaning
    assertThat(decode(bytes(0x93, 'x', 0x94, 0x96), TextEncoding.TCVN3)).isEqualTo("\u201Cx\u201D\u2013");
  }

  @Test
  void vniLettersAndMarks() throws IOException {
    // Nguyễn = Nguye + 0xE3 (circumflex+tilde); Đặng = 0xD1 a 0xEB n g; Ưng = 0xD6 n g; ườ = 0xF6 0xF4 0xF8
    assertThat(decode(bytes('N', 'g', 'u', 'y', 'e', 0xE3, 'n', ' ', 0xD1, 'a', 0xEB, 'n', 'g', ' ', 0xD6, 'n', 'g',
        ' ', 'n', 'g', 0xF6, 0xF4, 0xF8, 'i'), TextEncoding.VNI)).isEqualTo("Nguyễn Đặng Ưng người");
    // capitals take the capital mark bytes: Ấ = A 0xC1, Ỵ = 0xCE
    assertThat(decode(bytes('A', 0xC1, ' ', 0xCE, ' ', 0xED), TextEncoding.VNI)).isEqualTo("Ấ Ỵ í");
    // a mark byte with nothing to mark stays a mark (never dropped, never an exception)
    assertThat(decode(bytes(0xF9), TextEncoding.VNI)).isEqualTo("\u0301");
  }

  @Test
  void windows1258CombiningMarksAreComposed() throws IOException {
    // Nguy ê (0xEA) + combining tilde (0xDE) n, Th i + combining dot below (0xF2), Á (0xC1) nh
    byte[] b = bytes('N', 'g', 'u', 'y', 0xEA, 0xDE, 'n', ' ', 'T', 'h', 'i', 0xF2, ' ', 0xC1, 'n', 'h');
    assertThat(new String(b, Charset.forName("windows-1258"))).isNotEqualTo("Nguyễn Thị Ánh"); // the JDK's alone
    assertThat(decode(b, TextEncoding.WINDOWS_1258)).isEqualTo("Nguyễn Thị Ánh");
  }

  @Test
  void utf8IsComposedAndItsByteOrderMarkDropped() throws IOException {
    String nfd = Normalizer.normalize("Nguyễn,Hà\n", Normalizer.Form.NFD);
    byte[] b = ("\uFEFF" + nfd).getBytes(StandardCharsets.UTF_8);
    assertThat(decode(b, TextEncoding.UTF_8)).isEqualTo("Nguyễn,Hà\n");
  }

  @Test
  void utf16WithoutByteOrderMarkTakesTheOrderTheZeroBytesShow() throws IOException {
    assertThat(decode("Hà Nội,1\n".getBytes(StandardCharsets.UTF_16BE), TextEncoding.UTF_16)).isEqualTo("Hà Nội,1\n");
    assertThat(decode("Hà Nội,1\n".getBytes(StandardCharsets.UTF_16LE), TextEncoding.UTF_16)).isEqualTo("Hà Nội,1\n");
  }

  @Test
  void malformedBytesBecomeReplacementCharactersOnTheirLine() throws IOException {
    byte[] b = bytes('a', '\n', 'b', 0xC3, '\n', 'c', '\n');
    try (TextDecoding d = TextDecoding.open(new ByteArrayInputStream(b), TextEncoding.UTF_8)) {
      assertThat(read(d)).isEqualTo("a\nb\uFFFD\nc\n");
      assertThat(d.isMalformedBetween(1, 1)).isFalse();
      assertThat(d.isMalformedBetween(2, 2)).isTrue();
      assertThat(d.isMalformedBetween(3, 9)).isFalse();
      assertThat(d.getGuess().encoding()).isEmpty(); // one byte outside ASCII: nothing to go on
    }
  }

  @Test
  void everyLegacyByteHasOneMeaningAndTheLettersAreDistinct() {
    for (LegacyCharset cs : new LegacyCharset[] {LegacyCharset.TCVN3, LegacyCharset.VNI}) {
      Set<String> seen = new HashSet<>();
      for (int b = 0; b < 256; b++) {
        String s = cs.charsOf((byte) b);
        assertThat(s).isNotEmpty();
        if (b < 0x80) {
          assertThat(s).isEqualTo(String.valueOf((char) b)); // ASCII is ASCII
        }
        if (cs == LegacyCharset.TCVN3 || Character.isLetter(s.charAt(0))) {
          assertThat(seen.add(s)).as("byte %02X of %s", b, cs.name()).isTrue();
        }
      }
    }
  }

  @Test
  void legacyTextInWorkbookCells() {
    assertThat(LegacyText.decode("NguyÔn Thµnh", TextEncoding.TCVN3)).isEqualTo("Nguyễn Thành");
    assertThat(LegacyText.decode("Nguyeãn Thaønh", TextEncoding.VNI)).isEqualTo("Nguyễn Thành");
    // characters a Western font cannot show are kept (the cell was already Unicode there)
    assertThat(LegacyText.decode("Trẻ em", TextEncoding.TCVN3)).isEqualTo("Trẻ em");
    assertThat(LegacyText.decode("e\u0301", TextEncoding.UTF_8)).isEqualTo("é");
  }

  @Test
  void nfcReaderGivesTheSameTextAsNormalizingTheWhole() throws IOException {
    Random random = new Random(18);
    String alphabet = "aăâeêioôơuưy AĂÂEÊIOÔƠUƯY,\n\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031Bđ";
    for (int round = 0; round < 200; round++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(40_000);
      boolean noAscii = random.nextInt(4) == 0; // exercises the cut before a non-mark
      for (int i = 0; i < length; i++) {
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        s.append(noAscii && c < 0x80 ? 'ơ' : c);
      }
      String got = read(new NfcReader(new StringReader(s.toString())));
      assertThat(got).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFC));
    }
  }

  @Test
  void encodingNames() {
    assertThat(TextEncoding.parse("UTF-8")).isEqualTo(TextEncoding.UTF_8);
    assertThat(TextEncoding.parse(" cp1258 ")).isEqualTo(TextEncoding.WINDOWS_1258);
    assertThat(TextEncoding.parse("ABC")).isEqualTo(TextEncoding.TCVN3);
    assertThat(TextEncoding.parse("utf_16")).isEqualTo(TextEncoding.UTF_16);
    for (TextEncoding e : TextEncoding.values()) {
      assertThat(TextEncoding.parse(e.getName())).isEqualTo(e);
    }
    assertThatThrownBy(() -> TextEncoding.parse("latin-1")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("TREEM-IO-0901");
  }
}

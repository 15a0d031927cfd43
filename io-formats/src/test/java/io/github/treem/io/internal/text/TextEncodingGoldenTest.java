package io.github.treem.io.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.io.TextEncoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The golden files of golden/encodings/: sample.utf8.csv (every Vietnamese letter with every
 * tone mark, small and capital, and register rows) converted by tools independent of treem
 * (glibc iconv, the npm package vietnamese-conversion: make-goldens.sh) must read back as the
 * sample, in NFC, byte for byte of its UTF-8.
 */
class TextEncodingGoldenTest {
  static final String DIR = "/golden/encodings/";

  static byte[] bytes(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(TextEncodingGoldenTest.class.getResourceAsStream(DIR + name), name)) {
      return in.readAllBytes();
    }
  }

  static String read(byte[] data, TextEncoding encoding, int bufferSize) throws IOException {
    try (TextDecoding d = TextDecoding.open(new ByteArrayInputStream(data), encoding)) {
      StringWriter w = new StringWriter();
      char[] buf = new char[bufferSize];
      int n;
      while ((n = d.read(buf, 0, buf.length)) >= 0) {
        w.write(buf, 0, n);
      }
      assertThat(d.isMalformedBetween(1, Long.MAX_VALUE)).isFalse();
      return w.toString();
    }
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
      "sample.utf8.csv, UTF_8, sample.utf8.csv",
      "sample.utf16le-bom.csv, UTF_16, sample.utf8.csv",
      "sample.utf16be.csv, UTF_16, sample.utf8.csv",
      "sample.windows-1258.csv, WINDOWS_1258, sample.utf8.csv",
      "sample.vni.csv, VNI, sample.utf8.csv",
      "sample.vni-in-utf8.csv, VNI, sample.utf8.csv",
      "sample.tcvn3.csv, TCVN3, sample.tcvn3.expected.utf8.csv",
      "sample.tcvn3-in-utf8.csv, TCVN3, sample.tcvn3.expected.utf8.csv"})
  void goldenFileReadsAsTheSample(String file, TextEncoding encoding, String expected) throws IOException {
    String want = new String(bytes(expected), StandardCharsets.UTF_8);
    assertThat(Normalizer.isNormalized(want, Normalizer.Form.NFC)).isTrue();
    // the read size must not matter (chunk boundaries inside a letter and its marks)
    for (int size : new int[] {1, 2, 3, 7, 8192}) {
      assertThat(read(bytes(file), encoding, size)).as("read %d chars at a time", size).isEqualTo(want);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "sample.utf16le-bom.csv, UTF_16, BYTE_ORDER_MARK, false",
      "sample.utf16be.csv, UTF_16, ZERO_BYTES, false",
      "sample.windows-1258.csv, WINDOWS_1258, SYLLABLES, false",
      "sample.vni.csv, VNI, SYLLABLES, false",
      "sample.tcvn3.csv, TCVN3, SYLLABLES, false",
      "sample.tcvn3-in-utf8.csv, TCVN3, SYLLABLES, true",
      "sample.vni-in-utf8.csv, VNI, SYLLABLES, true",
      "sample.utf8.csv, UTF_8, VALID_UTF8, false"})
  void snifferNamesTheEncodingOfEachGoldenFile(String file, TextEncoding encoding, EncodingSniffer.Basis basis,
      boolean carried) throws IOException {
    byte[] b = bytes(file);
    EncodingSniffer.Guess g = EncodingSniffer.sniff(b, b.length, true);
    assertThat(g.encoding()).contains(encoding);
    assertThat(g.basis()).isEqualTo(basis);
    assertThat(g.isCarriedInUtf8()).isEqualTo(carried);
    if (basis == EncodingSniffer.Basis.SYLLABLES) {
      assertThat(g.score()).isGreaterThanOrEqualTo(0.9);
      assertThat(g.words()).isGreaterThan(50);
    }
  }
}

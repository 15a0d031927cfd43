package io.github.treem.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.treem.io.TextEncoding;
import io.github.treem.io.internal.text.EncodingSniffer;
import io.github.treem.io.internal.text.LegacyText;
import io.github.treem.io.internal.text.TextDecoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Fuzzes each decoder with raw bytes: it never throws, and reading the stream in small pieces
 * gives exactly the NFC of decoding the whole input at once with the JDK (UTF-8, UTF-16,
 * Windows-1258) or of the byte table applied to the whole (TCVN3, VNI). Seeds: the golden files
 * (src/test/resources/io/github/treem/io/fuzz/TextDecodingFuzzTestInputs/). In the normal build
 * only the seeds run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class TextDecodingFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void utf8(byte[] input) throws IOException {
    byte[] body = startsWith(input, 0xEF, 0xBB, 0xBF) ? Arrays.copyOfRange(input, 3, input.length) : input;
    check(input, TextEncoding.UTF_8, new String(body, StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "2m")
  void utf16(byte[] input) throws IOException {
    String expected;
    if (startsWith(input, 0xFF, 0xFE)) {
      expected = new String(input, 2, input.length - 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(input, 0xFE, 0xFF)) {
      expected = new String(input, 2, input.length - 2, StandardCharsets.UTF_16BE);
    } else {
      boolean big = EncodingSniffer.sniff(input, input.length, input.length < EncodingSniffer.SAMPLE).bigEndian();
      expected = new String(input, big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    }
    check(input, TextEncoding.UTF_16, expected);
  }

  @FuzzTest(maxDuration = "2m")
  void windows1258(byte[] input) throws IOException {
    check(input, TextEncoding.WINDOWS_1258, new String(input, Charset.forName("windows-1258")));
  }

  @FuzzTest(maxDuration = "2m")
  void tcvn3(byte[] input) throws IOException {
    legacy(input, TextEncoding.TCVN3);
  }

  @FuzzTest(maxDuration = "2m")
  void vni(byte[] input) throws IOException {
    legacy(input, TextEncoding.VNI);
  }

  @FuzzTest(maxDuration = "1m")
  void sniffer(byte[] input) {
    EncodingSniffer.Guess g = EncodingSniffer.sniff(input, input.length, true);
    assertThat(g.score()).isBetween(0.0, 1.0);
    assertThat(g.encoding().isPresent()).isEqualTo(g.basis() != EncodingSniffer.Basis.UNKNOWN);
  }

  private static void legacy(byte[] input, TextEncoding e) throws IOException {
    String expected;
    try (TextDecoding d = TextDecoding.open(new ByteArrayInputStream(input), e)) {
      if (d.isCarriedInUtf8()) {
        byte[] body = startsWith(input, 0xEF, 0xBB, 0xBF) ? Arrays.copyOfRange(input, 3, input.length) : input;
        expected = LegacyText.decode(new String(body, StandardCharsets.UTF_8), e);
      } else {
        // the bytes as Windows-1252 characters, re-read with the table
        StringBuilder latin = new StringBuilder();
        for (byte b : input) {
          latin.append(westernChar(b));
        }
        expected = LegacyText.decode(latin.toString(), e);
      }
    }
    check(input, e, expected);
  }

  private static char westernChar(byte b) {
    String s = new String(new byte[] {b}, Charset.forName("windows-1252"));
    return s.equals("\uFFFD") ? (char) (b & 0xFF) : s.charAt(0);
  }

  private static void check(byte[] input, TextEncoding e, String whole) throws IOException {
    String expected = Normalizer.normalize(whole, Normalizer.Form.NFC);
    for (int size : new int[] {1, 3, 4096}) {
      StringBuilder got = new StringBuilder();
      try (TextDecoding d = TextDecoding.open(new ByteArrayInputStream(input), e)) {
        char[] buf = new char[size];
        int n;
        while ((n = d.read(buf, 0, size)) >= 0) {
          got.append(buf, 0, n);
        }
      }
      assertThat(got.toString()).isEqualTo(expected);
    }
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
}

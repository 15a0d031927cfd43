package io.github.treem.io.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 fast path of {@link DecodingReader} against the JDK's decoder alone (the reference):
 * the same characters, the same lines recorded as malformed, the same strict failure at the same
 * line, whatever the pieces the bytes arrive in and the caller reads in.
 */
class DecodingReaderTest {
  private static final String VIETNAMESE = "Nguyễn Thị Ánh Tuyết, Đặng Văn Hưởng; Quảng Vinh ơ ư ă â đ ê ô";

  /** What a decoder gave: its text, its malformed lines, its strict failure's line (or -1). */
  private record Decoded(String text, List<Long> malformedLines, long failureLine) {}

  private static Decoded decode(byte[] bytes, boolean strict, boolean fast, int chunk, int readLen)
      throws IOException {
    StringBuilder text = new StringBuilder();
    long failure = -1;
    try (DecodingReader r = DecodingReader.utf8(pieces(bytes, chunk), strict, fast)) {
      char[] buf = new char[readLen];
      try {
        int n;
        while ((n = r.read(buf, 0, buf.length)) >= 0) {
          text.append(buf, 0, n);
        }
      } catch (DecodingReader.MalformedUtf8Exception e) {
        failure = e.getLine();
      }
      List<Long> lines = new ArrayList<>();
      long lastLine = 2 + text.chars().filter(c -> c == '\n' || c == '\r').count();
      for (long l = 1; l <= lastLine; l++) {
        if (r.isMalformedBetween(l, l)) {
          lines.add(l);
        }
      }
      return new Decoded(text.toString(), lines, failure);
    }
  }

  /** The bytes in reads of at most {@code chunk} bytes (a multi-byte sequence split anywhere). */
  private static InputStream pieces(byte[] bytes, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static void assertSameAsJdk(byte[] bytes, int chunk, int readLen) throws IOException {
    for (boolean strict : new boolean[] {false, true}) {
      Decoded reference = decode(bytes, strict, false, chunk, readLen);
      Decoded fast = decode(bytes, strict, true, chunk, readLen);
      assertThat(fast).as("strict %s, chunk %d, read %d", strict, chunk, readLen).isEqualTo(reference);
    }
  }

  @Test
  void vietnameseTextIsDecodedWithItsLines() throws IOException {
    byte[] bytes = (VIETNAMESE + "\r\n" + VIETNAMESE + "\r" + VIETNAMESE + "\n\n").getBytes(StandardCharsets.UTF_8);
    Decoded d = decode(bytes, false, true, Integer.MAX_VALUE, 8192);
    assertThat(d.text()).isEqualTo(VIETNAMESE + "\r\n" + VIETNAMESE + "\r" + VIETNAMESE + "\n\n");
    assertThat(d.malformedLines()).isEmpty();
  }

  @Test
  void aSequenceSplitAtEveryOffsetOfAPiece() throws IOException {
    // one-, two-, three- and four-byte sequences, every one split at each of its offsets by some
    // piece size, and read back in pieces of every small size
    byte[] bytes = ("aé" + "ặ" + "\uD83D\uDE00" + "x\r\nĐ\ry\n" + VIETNAMESE).getBytes(StandardCharsets.UTF_8);
    for (int chunk = 1; chunk <= 9; chunk++) {
      for (int readLen = 2; readLen <= 9; readLen++) {
        assertSameAsJdk(bytes, chunk, readLen);
      }
      assertThat(decode(bytes, true, true, chunk, 3).text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }
  }

  @Test
  void aSequenceSplitAtTheEdgeOfTheByteBuffer() throws IOException {
    // the reader's byte buffer holds 65,536 bytes: put a two-, three- and four-byte sequence across
    // its edge at every offset
    for (String letter : new String[] {"é", "ặ", "\uD83D\uDE00"}) {
      for (int pad = 65_530; pad <= 65_537; pad++) {
        String text = "a".repeat(pad) + letter + "\nb";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(decode(bytes, false, true, Integer.MAX_VALUE, 8192).text()).isEqualTo(text);
        assertSameAsJdk(bytes, Integer.MAX_VALUE, 8192);
        assertSameAsJdk(bytes, 65_536, 65_536);
      }
    }
  }

  @Test
  void aMalformedByteAtTheEdgeOfAPieceIsReportedOnItsLine() throws IOException {
    // a lead byte cut off by the end of the file, a stray continuation byte, a lead byte followed
    // by ASCII, at each offset of a piece
    byte[][] bad = {{(byte) 0xE1, (byte) 0xBA}, {(byte) 0x80}, {(byte) 0xC3, 'x'}, {(byte) 0xF0, (byte) 0x9F}};
    for (byte[] b : bad) {
      for (int pad = 0; pad < 8; pad++) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("l1\r\nl2\r" + "é".repeat(pad)).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(b);
        byte[] endOfFile = out.toByteArray();
        out.writeBytes("\nl4".getBytes(StandardCharsets.UTF_8));
        byte[] mid = out.toByteArray();
        for (int chunk = 1; chunk <= 8; chunk++) {
          assertSameAsJdk(endOfFile, chunk, 4);
          assertSameAsJdk(mid, chunk, 5);
          assertThat(decode(mid, false, true, chunk, 5).malformedLines()).containsExactly(3L);
          assertThat(decode(mid, true, true, chunk, 5).failureLine()).isEqualTo(3L);
        }
      }
    }
  }

  @Test
  void forbiddenFormsAreLeftToTheJdkDecoder() throws IOException {
    // overlong forms, surrogates, code points above U+10FFFF, and U+FFFD written as such
    byte[][] forms = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
        {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF5, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD},
        {(byte) 0xED, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xEE, (byte) 0x80, (byte) 0x80}};
    for (byte[] form : forms) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes("a\nb".getBytes(StandardCharsets.UTF_8));
      out.writeBytes(form);
      out.writeBytes("c\r\nd".getBytes(StandardCharsets.UTF_8));
      for (int chunk = 1; chunk <= 5; chunk++) {
        assertSameAsJdk(out.toByteArray(), chunk, 3);
      }
    }
  }

  @Test
  void theByteOrderMarkIsDroppedOnlyAtTheStart() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes("ặ\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bom);
    byte[] bytes = out.toByteArray();
    for (int chunk = 1; chunk <= 4; chunk++) {
      assertThat(decode(bytes, false, true, chunk, 4).text()).isEqualTo("ặ\n\uFEFF");
      assertSameAsJdk(bytes, chunk, 4);
    }
  }

  @Test
  void loneCarriageReturnsCountLines() throws IOException {
    byte[] bytes = new byte[] {'a', '\r', 'b', '\r', '\r', '\n', (byte) 0xFF, '\r', '\n', (byte) 0xC3, (byte) 0xA9,
        '\r', (byte) 0x80};
    // lines: a | b | (empty, CR LF) | FF | é | 80
    for (int chunk = 1; chunk <= 4; chunk++) {
      Decoded d = decode(bytes, false, true, chunk, 2);
      assertThat(d.malformedLines()).containsExactly(4L, 6L);
      assertThat(decode(bytes, true, true, chunk, 2).failureLine()).isEqualTo(4L);
      assertSameAsJdk(bytes, chunk, 2);
    }
  }

  @Test
  void strictModeReturnsTheTextBeforeTheFailure() throws IOException {
    byte[] bytes = "ặb\nc".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, bad, 0, bytes.length);
    bad[bytes.length] = (byte) 0xC3;
    try (DecodingReader r = DecodingReader.utf8Strict(new ByteArrayInputStream(bad))) {
      char[] buf = new char[16];
      int n = r.read(buf, 0, buf.length);
      assertThat(new String(buf, 0, n)).isEqualTo("ặb\nc");
      assertThatThrownBy(() -> r.read(buf, 0, buf.length)).isInstanceOf(DecodingReader.MalformedUtf8Exception.class)
          .hasMessage("bytes that are not UTF-8 at line 2");
    }
  }

  @Test
  void seededRandomBytesDecodeAsTheJdkDoes() throws IOException {
    Random random = new Random(17);
    for (int i = 0; i < 300; i++) {
      byte[] bytes = randomText(random, 1 + random.nextInt(400), i % 3 == 0 ? 0.05 : 0.0);
      int chunk = 1 + random.nextInt(i % 2 == 0 ? 8 : 300);
      int readLen = 2 + random.nextInt(i % 2 == 0 ? 8 : 300);
      assertSameAsJdk(bytes, chunk, readLen);
    }
    // a long text: the byte buffer refilled many times
    byte[] big = randomText(new Random(18), 200_000, 0.0001);
    assertSameAsJdk(big, Integer.MAX_VALUE, 65_536);
    assertSameAsJdk(big, 7_777, 3_001);
  }

  /** Text of register-like pieces, with a share of random bytes (most of them malformed). */
  private static byte[] randomText(Random random, int pieces, double noise) {
    String[] parts = {"a", "Z", "0", ",", ";", "\"", " ", "\r", "\n", "\r\n", "é", "ơ", "ư", "Đ", "ặ", "ễ", "ỹ", "\u0301",
        "\u00A0", "\uFFFD", "\uD83D\uDE00", "\u4E2D", "\u07FF", "\u0800", "\uFFFF", VIETNAMESE};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(10) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    for (int i = 0; i < pieces; i++) {
      if (random.nextDouble() < noise) {
        out.write(0x80 + random.nextInt(0x80));
      } else {
        out.writeBytes(parts[random.nextInt(parts.length)].getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] bytes = out.toByteArray();
    if (noise > 0 && bytes.length > 3 && random.nextBoolean()) {
      return Arrays.copyOf(bytes, bytes.length - 1 - random.nextInt(3)); // cut a sequence
    }
    return bytes;
  }

  @Test
  void oneCharReadsReturnEverySupplementaryCharacterWhole() throws IOException {
    String text = "a\uD83D\uDE00b\n\uD840\uDC00" + VIETNAMESE + "\uD83D\uDE00";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (boolean fast : new boolean[] {true, false}) {
      StringBuilder out = new StringBuilder();
      try (DecodingReader r = DecodingReader.utf8(new ByteArrayInputStream(bytes), false, fast)) {
        char[] one = new char[1];
        int n;
        int reads = 0;
        while ((n = r.read(one, 0, 1)) >= 0) {
          assertThat(n).as("a one-char read returns a char or the end").isEqualTo(1);
          out.append(one[0]);
          assertThat(++reads).isLessThan(1_000);
        }
      }
      assertThat(out.toString()).isEqualTo(text);
    }
  }
}

package io.github.treem.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The UTF-8 check agrees with the JDK's decoder, whatever the read sizes. */
class Utf8CheckTest {

  /** What the JDK's strict decoder says: the length of the well-formed prefix, or all. */
  static int jdkPrefix(byte[] b) {
    var d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    var out = java.nio.CharBuffer.allocate(b.length + 1);
    var r = d.decode(in, out, true);
    return r.isError() ? in.position() : b.length;
  }

  static byte[] drain(InputStream in, int chunk) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[chunk];
    int n;
    while ((n = in.read(buf, 0, chunk)) >= 0) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  @Test
  void agreesWithTheJdkOnRandomBytesAndPassesEveryWellFormedByteThrough() throws IOException {
    SplittableRandom r = new SplittableRandom(3);
    byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "ễ".getBytes(StandardCharsets.UTF_8),
        "😀".getBytes(StandardCharsets.UTF_8), "Đ".getBytes(StandardCharsets.UTF_8), {(byte) 0xC3}, {(byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8}, {(byte) 0xC0, (byte) 0xAF}, {0}};
    for (int k = 0; k < 3000; k++) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        byte[] p = pieces[r.nextInt(k % 3 == 0 ? 4 : pieces.length)];
        b.write(p, 0, p.length);
      }
      byte[] bytes = b.toByteArray();
      int expected = jdkPrefix(bytes);
      Utf8Check check = new Utf8Check();
      assertThat(check.wellFormedPrefix(bytes, 0, bytes.length, true)).as("prefix").isEqualTo(expected);
      assertThat(check.isMalformed()).isEqualTo(expected < bytes.length);
      for (int chunk : new int[] {1, 2, 3, 5, 4096}) {
        InputStream in = Utf8Check.checking(new ByteArrayInputStream(bytes));
        if (expected == bytes.length) {
          assertThat(drain(in, chunk)).isEqualTo(bytes);
        } else {
          ByteArrayOutputStream got = new ByteArrayOutputStream();
          byte[] buf = new byte[chunk];
          assertThatThrownBy(() -> {
            int m;
            while ((m = in.read(buf, 0, chunk)) >= 0) {
              got.write(buf, 0, m);
            }
          }).isInstanceOf(CharacterCodingException.class);
          // the bytes handed out: at least the well-formed prefix's whole sequences, never a bad byte
          assertThat(got.size()).isLessThanOrEqualTo(expected + 3).isGreaterThanOrEqualTo(
              Math.max(0, expected - 3));
        }
      }
    }
  }
}

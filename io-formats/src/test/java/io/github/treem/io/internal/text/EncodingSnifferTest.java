package io.github.treem.io.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.io.TextEncoding;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingSnifferTest {
  private static EncodingSniffer.Guess sniff(byte[] b) {
    return EncodingSniffer.sniff(b, b.length, true);
  }

  @Test
  void syllables() {
    for (String w : new String[] {"Nguyễn", "người", "được", "quốc", "giữa", "gì", "khuya", "thuỷ", "thủy", "khuỷu",
        "nghiêng", "oanh", "ạ", "Đặng", "xoong", "yến", "bướu", "quyển"}) {
      assertThat(VietnameseSyllables.isSyllable(w)).as(w).isTrue();
    }
    // wrong decodings of Nguyễn, two tones, a grave on a stopped final, foreign words
    for (String w : new String[] {"NguyÔn", "Nguyeăn", "Nguyờịn", "Nguyêñ", "hoàá", "càt", "Straße", "façade", "µ"}) {
      assertThat(VietnameseSyllables.isSyllable(w)).as(w).isFalse();
    }
  }

  @Test
  void oneWordIsEnoughWhenOnlyOneReadingMakesSense() {
    byte[] b = "child_id,full_name\nA1,Nguy\u00EA\u00DEn\n".getBytes(StandardCharsets.ISO_8859_1); // ê + 0xDE tilde
    EncodingSniffer.Guess g = sniff(b);
    assertThat(g.encoding()).contains(TextEncoding.WINDOWS_1258);
    assertThat(g.words()).isEqualTo(1);
  }

  @Test
  void asciiIsUtf8AndWesternTextIsUnknown() {
    assertThat(sniff("child_id,sex\nA1,F\n".getBytes(StandardCharsets.US_ASCII)).isPlainUtf8()).isTrue();
    byte[] french = "nom,ville\nRené Müller,Besançon à côté de l'église\n".getBytes(StandardCharsets.ISO_8859_1);
    EncodingSniffer.Guess g = sniff(french);
    assertThat(g.encoding()).isEmpty();
    assertThat(g.basis()).isEqualTo(EncodingSniffer.Basis.UNKNOWN);
  }

  @Test
  void genuineUtf8VietnameseIsNeverTakenForALegacyFont() {
    // every word here has a Windows-1252 letter, so each also has a TCVN3 and a VNI reading
    byte[] b = "Hà,Lò,Mỷ,Trà,Vân,Tú,Hòa,Châu\n".getBytes(StandardCharsets.UTF_8);
    EncodingSniffer.Guess g = sniff(b);
    assertThat(g.isPlainUtf8()).isTrue();
    assertThat(g.isCarriedInUtf8()).isFalse();
  }

  @Test
  void aSequenceCutByThePartialSampleIsNotMalformed() {
    byte[] b = "Nguyễn".getBytes(StandardCharsets.UTF_8);
    EncodingSniffer.Guess g = EncodingSniffer.sniff(b, b.length - 1, false);
    assertThat(g.isPlainUtf8()).isTrue();
  }

  @Test
  void utf16ByteOrderMarks() {
    assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}).bigEndian()).isFalse();
    assertThat(sniff(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}).bigEndian()).isTrue();
    assertThat(sniff(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}).encoding()).contains(TextEncoding.UTF_16);
  }
}

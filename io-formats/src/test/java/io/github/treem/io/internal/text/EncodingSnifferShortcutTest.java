package io.github.treem.io.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.io.TextEncoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sniffer's two shortcuts against the rule they shorten, on seeded texts: a valid UTF-8 sample
 * whose own reading scores above 1 - MIN_LEAD is named UTF-8 without scoring its legacy readings,
 * and each distinct word is checked once. Both must give the guess of the full rule: every reading
 * scored, every word checked.
 */
class EncodingSnifferShortcutTest {

  /** The rule before the shortcuts, for a valid UTF-8 sample with Western letters. */
  private static EncodingSniffer.Guess scoringAll(String text) {
    List<EncodingSniffer.Candidate> c = List.of(
        new EncodingSniffer.Candidate(TextEncoding.UTF_8, false, text),
        new EncodingSniffer.Candidate(TextEncoding.TCVN3, true, LegacyText.decode(text, TextEncoding.TCVN3)),
        new EncodingSniffer.Candidate(TextEncoding.VNI, true, LegacyText.decode(text, TextEncoding.VNI)));
    EncodingSniffer.Guess g = EncodingSniffer.best(c);
    return g.isCarriedInUtf8() ? g : EncodingSniffer.Guess.of(TextEncoding.UTF_8, EncodingSniffer.Basis.VALID_UTF8);
  }

  /** The word count before the memo: every word checked. */
  private static int[] syllablesEveryWord(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFC);
    int words = 0;
    int good = 0;
    int i = 0;
    while (i < t.length() && words < 4_000) {
      while (i < t.length() && !isWordChar(t.charAt(i))) {
        i++;
      }
      int start = i;
      boolean nonAscii = false;
      while (i < t.length() && isWordChar(t.charAt(i))) {
        nonAscii |= t.charAt(i) >= 0x80;
        i++;
      }
      if (i > start && nonAscii) {
        words++;
        if (VietnameseSyllables.isSyllable(t.subSequence(start, i))) {
          good++;
        }
      }
    }
    return new int[] {good, words};
  }

  private static boolean isWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static List<String> words(String file) throws IOException {
    String text = new String(TextEncodingGoldenTest.bytes(file), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (String w : text.split("[^\\p{L}\\p{M}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  @Test
  void shortcutsGiveTheGuessOfTheFullRule() throws IOException {
    // pools: genuine Vietnamese in UTF-8, TCVN3 and VNI text carried in UTF-8, Western words, noise
    List<List<String>> pools = List.of(words("sample.utf8.csv"), words("sample.tcvn3-in-utf8.csv"),
        words("sample.vni-in-utf8.csv"),
        List.of("René", "Müller", "Besançon", "à", "côté", "façade", "Straße", "élève", "año", "Ångström"),
        List.of("ÿ", "Ð", "þ", "õ", "æ", "Ò", "ß", "Ô"));
    Random random = new Random(17);
    Map<TextEncoding, Integer> named = new EnumMap<>(TextEncoding.class);
    int shortcut = 0;
    int full = 0;
    for (int round = 0; round < 400; round++) {
      double[] weights = new double[pools.size()];
      // most rounds mix two pools, so that the UTF-8 reading's score falls on both sides of 0.75
      weights[random.nextInt(pools.size())] = random.nextDouble();
      weights[random.nextInt(pools.size())] += random.nextDouble();
      weights[random.nextInt(pools.size())] += random.nextDouble() * 0.2;
      double sum = 0;
      for (double w : weights) {
        sum += w;
      }
      StringBuilder sb = new StringBuilder("child_id,full_name\n");
      int n = 1 + random.nextInt(random.nextBoolean() ? 40 : 6_000);
      for (int k = 0; k < n; k++) {
        double pick = random.nextDouble() * sum;
        int p = 0;
        while (p < weights.length - 1 && pick >= weights[p]) {
          pick -= weights[p];
          p++;
        }
        List<String> pool = pools.get(p);
        sb.append(pool.get(random.nextInt(pool.size()))).append(k % 7 == 6 ? "\n" : random.nextBoolean() ? "," : " ");
      }
      byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
      // the sample as the sniffer decodes it (the first 64 KiB; a sequence cut at the end left out)
      String sample = EncodingSniffer.utf8(b, Math.min(b.length, EncodingSniffer.SAMPLE), b.length > EncodingSniffer.SAMPLE)
          .orElseThrow();
      EncodingSniffer.Guess got = EncodingSniffer.sniff(b, b.length, true);
      assertThat(EncodingSniffer.syllables(sample)).as("round %d", round).containsExactly(syllablesEveryWord(sample));
      if (!EncodingSniffer.hasWesternLetters(sample)) {
        continue; // no Western letter: the scoring never ran, before or now
      }
      EncodingSniffer.Guess want = scoringAll(sample);
      assertThat(got).as("round %d", round).isEqualTo(want);
      int[] own = syllablesEveryWord(sample);
      if (own[1] > 0 && (double) own[0] / own[1] > 0.75) {
        shortcut++;
      } else {
        full++;
      }
      got.encoding().ifPresent(e -> named.merge(e, 1, Integer::sum));
    }
    // both paths were taken, and the full rule named a legacy font as well as UTF-8
    assertThat(shortcut).isGreaterThan(25);
    assertThat(full).isGreaterThan(25);
    assertThat(named).containsKeys(TextEncoding.UTF_8, TextEncoding.TCVN3, TextEncoding.VNI);
  }
}

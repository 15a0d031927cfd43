package io.github.treem.io.internal.text;

import io.github.treem.io.TextEncoding;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Says which encoding the first bytes of a text file look like, so that a reader can give one
 * file issue ("looks like Windows-1258; save it as CSV UTF-8") instead of an error on every row.
 *
 * <p>The rule, in order (the first that applies decides):
 * <ol>
 *   <li>A byte-order mark: {@code EF BB BF} is UTF-8, {@code FF FE} UTF-16 little-endian,
 *       {@code FE FF} UTF-16 big-endian ({@link Basis#BYTE_ORDER_MARK}).
 *   <li>UTF-16 without a byte-order mark ({@link Basis#ZERO_BYTES}): at least 8 bytes, at least
 *       40% of the bytes at odd offsets (little-endian) or at even offsets (big-endian) are zero,
 *       and at most 5% of the others: text mostly of ASCII and Latin characters in UTF-16.
 *   <li>Valid UTF-8 (a sequence cut by the end of the sample is allowed): UTF-8
 *       ({@link Basis#VALID_UTF8}), unless its words read better as text typed in a legacy font
 *       carried in UTF-8 (see below), which is then named with {@link Guess#isCarriedInUtf8()}.
 *   <li>Otherwise the sample is decoded as Windows-1258, TCVN3 and VNI, and each decoding is
 *       scored ({@link Basis#SYLLABLES}): of its words (runs of letters and marks) that have a
 *       letter outside ASCII (at most 4,000), the share that are well-formed Vietnamese syllables
 *       ({@link VietnameseSyllables}). The best decoding is named when its share is at least 0.6
 *       and at least 0.25 above the second best; otherwise the encoding is unknown
 *       ({@link Basis#UNKNOWN}). The same scoring, with the text as UTF-8 as a fourth candidate,
 *       decides the legacy-font-in-UTF-8 case of rule 3.
 * </ol>
 * A sample with no word outside ASCII and no zero byte is either UTF-8 (it is then valid) or
 * unknown. A wrong decoding seldom makes syllables: {@code "Nguyễn"} decoded in the wrong table is
 * {@code "NguyÔn"}, {@code "Nguyeăn"} or {@code "Nguyờịn"}.
 */
public final class EncodingSniffer {
  /** The most bytes looked at. */
  public static final int SAMPLE = 65_536;
  private static final int MAX_WORDS = 4_000;
  private static final double MIN_SCORE = 0.6;
  private static final double MIN_LEAD = 0.25;

  private EncodingSniffer() {}

  /** What a guess rests on. */
  public enum Basis {
    /** A byte-order mark. */
    BYTE_ORDER_MARK,
    /** The zero bytes of UTF-16. */
    ZERO_BYTES,
    /** The bytes are valid UTF-8. */
    VALID_UTF8,
    /** The share of well-formed Vietnamese syllables. */
    SYLLABLES,
    /** Nothing tells: the encoding is unknown. */
    UNKNOWN
  }

  /**
   * A guess.
   *
   * @param encoding the encoding it looks like, empty when unknown
   * @param basis what the guess rests on
   * @param bigEndian for UTF-16: whether the byte order is big-endian
   * @param carriedInUtf8 for TCVN3 and VNI: whether the text is carried as UTF-8 (the characters
   *     a Western font shows for the legacy bytes) rather than as the legacy bytes
   * @param score for {@link Basis#SYLLABLES}: the share of syllables of the best decoding (else 1)
   * @param words for {@link Basis#SYLLABLES}: the words with letters outside ASCII that were scored
   */
  public record Guess(Optional<TextEncoding> encoding, Basis basis, boolean bigEndian, boolean carriedInUtf8,
      double score, int words) {
    /** {@return whether the bytes are UTF-8 text with nothing else to say} */
    public boolean isPlainUtf8() {
      return encoding.orElse(null) == TextEncoding.UTF_8;
    }

    /** {@return whether the text is carried in UTF-8 (see the record's description)} */
    public boolean isCarriedInUtf8() {
      return carriedInUtf8;
    }

    static Guess of(TextEncoding e, Basis basis) {
      return new Guess(Optional.of(e), basis, false, false, 1, 0);
    }
  }

  /**
   * Guesses the encoding of a sample.
   *
   * @param sample the first bytes of the file
   * @param length how many of them (at most {@link #SAMPLE} are looked at)
   * @param complete whether the sample is the whole file (then a sequence cut at its end is bad)
   * @return the guess
   */
  public static Guess sniff(byte[] sample, int length, boolean complete) {
    int n = Math.min(length, SAMPLE);
    boolean cut = !complete || length > SAMPLE;
    if (n >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
      return Guess.of(TextEncoding.UTF_8, Basis.BYTE_ORDER_MARK);
    }
    if (n >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
      return new Guess(Optional.of(TextEncoding.UTF_16), Basis.BYTE_ORDER_MARK, false, false, 1, 0);
    }
    if (n >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
      return new Guess(Optional.of(TextEncoding.UTF_16), Basis.BYTE_ORDER_MARK, true, false, 1, 0);
    }
    Guess utf16 = utf16(sample, n);
    if (utf16 != null) {
      return utf16;
    }
    List<Candidate> candidates = new ArrayList<>();
    Optional<String> utf8 = utf8(sample, n, cut);
    if (utf8.isPresent()) {
      String text = utf8.get();
      if (!hasWesternLetters(text)) {
        return Guess.of(TextEncoding.UTF_8, Basis.VALID_UTF8);
      }
      int[] own = syllables(text);
      if (own[1] > 0 && (double) own[0] / own[1] > 1 - MIN_LEAD) {
        // A legacy reading is named only when it leads every other reading, this one included, by
        // MIN_LEAD; scores are at most 1, so above 1 - MIN_LEAD here none can: the legacy
        // decodings are not made nor scored (most of the time of sniffing a Vietnamese UTF-8
        // file). EncodingSnifferTest compares this shortcut with the scoring of all four.
        return Guess.of(TextEncoding.UTF_8, Basis.VALID_UTF8);
      }
      candidates.add(new Candidate(TextEncoding.UTF_8, false, text));
      candidates.add(new Candidate(TextEncoding.TCVN3, true, LegacyText.decode(text, TextEncoding.TCVN3)));
      candidates.add(new Candidate(TextEncoding.VNI, true, LegacyText.decode(text, TextEncoding.VNI)));
      Guess g = best(candidates);
      // UTF-8 stays UTF-8 unless a legacy reading clearly wins
      return g.isCarriedInUtf8() ? g : Guess.of(TextEncoding.UTF_8, Basis.VALID_UTF8);
    }
    candidates.add(new Candidate(TextEncoding.WINDOWS_1258, false, decode(Charset.forName(
        "windows-1258"), sample, n)));
    candidates.add(new Candidate(TextEncoding.TCVN3, false, decode(LegacyCharset.TCVN3, sample, n)));
    candidates.add(new Candidate(TextEncoding.VNI, false, decode(LegacyCharset.VNI, sample, n)));
    return best(candidates);
  }

  record Candidate(TextEncoding encoding, boolean carried, String text) {}

  static Guess best(List<Candidate> candidates) {
    double best = -1;
    double second = -1;
    Candidate winner = null;
    int winnerWords = 0;
    for (Candidate c : candidates) {
      int[] counts = syllables(c.text());
      double score = counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
      if (score > best) {
        second = best;
        best = score;
        winner = c;
        winnerWords = counts[1];
      } else if (score > second) {
        second = score;
      }
    }
    if (winner == null || winnerWords == 0 || best < MIN_SCORE || best - Math.max(second, 0) < MIN_LEAD) {
      return new Guess(Optional.empty(), Basis.UNKNOWN, false, false, Math.max(best, 0), winnerWords);
    }
    return new Guess(Optional.of(winner.encoding()), Basis.SYLLABLES, false, winner.carried(), best, winnerWords);
  }

  /** {@return [syllables, words]: the words with a letter outside ASCII, and how many are syllables} */
  static int[] syllables(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFC);
    int words = 0;
    int good = 0;
    int i = 0;
    // words repeat (names, villages, ethnic groups): each distinct word is checked once
    Map<String, Boolean> seen = new HashMap<>();
    while (i < t.length() && words < MAX_WORDS) {
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
        if (seen.computeIfAbsent(t.substring(start, i), VietnameseSyllables::isSyllable)) {
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

  /** Whether UTF-8 text has letters of the Windows-1252 range that a legacy font would have typed. */
  static boolean hasWesternLetters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0xA0 && c <= 0xFF) || c == '\u0152' || c == '\u0153' || c == '\u0160' || c == '\u0161'
          || c == '\u0178' || c == '\u017D' || c == '\u017E' || c == '\u0192') {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Guess utf16(byte[] b, int n) {
    if (n < 8) {
      return null;
    }
    int pairs = n / 2;
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i + 1 < n; i += 2) {
      if (b[i] == 0) {
        zeroEven++;
      }
      if (b[i + 1] == 0) {
        zeroOdd++;
      }
    }
    if (zeroOdd >= 0.4 * pairs && zeroEven <= 0.05 * pairs) {
      return new Guess(Optional.of(TextEncoding.UTF_16), Basis.ZERO_BYTES, false, false, 1, 0);
    }
    if (zeroEven >= 0.4 * pairs && zeroOdd <= 0.05 * pairs) {
      return new Guess(Optional.of(TextEncoding.UTF_16), Basis.ZERO_BYTES, true, false, 1, 0);
    }
    return null;
  }

  /**
   * Whether a sample is valid UTF-8 with at least one character outside ASCII.
   *
   * @param sample the bytes
   * @param length how many
   * @param complete whether the sample is the whole file
   * @return true when so
   */
  static boolean isUtf8WithNonAscii(byte[] sample, int length, boolean complete) {
    int n = Math.min(length, SAMPLE);
    boolean high = false;
    for (int i = 0; i < n && !high; i++) {
      high = sample[i] < 0;
    }
    return high && utf8(sample, n, !complete || length > SAMPLE).isPresent();
  }

  static Optional<String> utf8(byte[] b, int n, boolean cut) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, 0, n);
    CharBuffer out = CharBuffer.allocate(n + 1);
    CoderResult r = d.decode(in, out, !cut);
    if (r.isError()) {
      return Optional.empty();
    }
    // a sequence cut by the end of a partial sample is left in the input: that is fine
    if (!cut && in.hasRemaining()) {
      return Optional.empty();
    }
    if (in.remaining() > 3) {
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  private static String decode(Charset cs, byte[] b, int n) {
    CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate(n * 2 + 1);
    d.decode(ByteBuffer.wrap(b, 0, n), out, true);
    d.flush(out);
    out.flip();
    return out.toString();
  }
}

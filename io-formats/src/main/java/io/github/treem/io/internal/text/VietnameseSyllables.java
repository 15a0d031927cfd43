package io.github.treem.io.internal.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a word is a well-formed Vietnamese syllable: an optional initial consonant, a vowel
 * nucleus (with its glides), an optional final consonant, at most one tone mark, and the tone
 * rule of the stopped finals (a syllable ending in c, ch, p or t takes the acute or the dot below,
 * or no mark). This is the test that tells a right decoding from a wrong one: decoded in the wrong
 * table, {@code "Nguyễn"} becomes {@code "NguyÔn"}, {@code "Nguyeăn"} or {@code "Nguyờịn"}, none
 * of which is a syllable.
 *
 * <p>The inventory (initials, nuclei, finals) is the standard description of the Vietnamese
 * syllable in the national orthography (Quốc ngữ), e.g. Đoàn Thiện Thuật, <i>Ngữ âm tiếng
 * Việt</i> (1977). Loanwords and names written with f, j, w, z are not syllables here: the
 * sniffer counts only words with letters outside ASCII, which such words seldom have.
 */
final class VietnameseSyllables {
  private static final String INITIALS = "ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx]";
  private static final String FINALS = "ch|ng|nh|[cmnpt]";
  /** The vowel nuclei with their glides, after the tone mark is taken off. */
  private static final Set<String> NUCLEI = Set.of(
      "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
      "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo",
      "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
      "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu", "uai", "uao",
      "uay", "uêu", "uơi");
  private static final Pattern SHAPE = Pattern.compile(
      "(" + INITIALS + ")?([aăâeêioôơuưy]+)(" + FINALS + ")?");

  private VietnameseSyllables() {}

  /**
   * Whether a word is a syllable.
   *
   * @param word letters (any case, composed or not)
   * @return true when so
   */
  static boolean isSyllable(CharSequence word) {
    String d = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder(d.length());
    char tone = 0;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      switch (c) {
        case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> {
          if (tone != 0 || letters.length() == 0 || "aăâeêioôơuưy".indexOf(letters.charAt(letters.length() - 1)) < 0) {
            return false; // a second tone, or a tone on a consonant
          }
          tone = c;
        }
        case '\u0302', '\u0306', '\u031B' -> { // circumflex (â ê ô), breve (ă), horn (ơ ư)
          if (!addMark(letters, c)) {
            return false;
          }
        }
        default -> {
          if (c == 'đ' || (c >= 'a' && c <= 'z')) {
            letters.append(c);
          } else {
            return false;
          }
        }
      }
    }
    var m = SHAPE.matcher(letters);
    if (!m.matches()) {
      return false;
    }
    String initial = m.group(1);
    String nucleus = m.group(2);
    String fin = m.group(3);
    // "gi" and "qu" take the glide into the initial: gì, giữa, quý, quyết
    if (!NUCLEI.contains(nucleus)) {
      return false;
    }
    if ("gi".equals(initial) && nucleus.startsWith("i")) {
      return false; // "gii" is written "gi"
    }
    if (fin != null && (fin.equals("c") || fin.equals("ch") || fin.equals("p") || fin.equals("t"))) {
      return tone == 0 || tone == '\u0301' || tone == '\u0323';
    }
    return true;
  }

  private static boolean addMark(StringBuilder letters, char mark) {
    if (letters.length() == 0) {
      return false;
    }
    char base = letters.charAt(letters.length() - 1);
    char marked;
    if (mark == '\u0302') {
      marked = base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : 0;
    } else if (mark == '\u0306') {
      marked = base == 'a' ? 'ă' : 0;
    } else {
      marked = base == 'o' ? 'ơ' : base == 'u' ? 'ư' : 0;
    }
    if (marked == 0) {
      return false;
    }
    letters.setCharAt(letters.length() - 1, marked);
    return true;
  }
}

package io.github.treem.planreport.internal.docx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The width of a line of bold Times New Roman text, so that the Word writer can draw the lines the
 * decree puts under the motto (as long as the text), the issuing body and the summary (a third to a
 * half of the text). Word cannot size a border to its text, and the document must not depend on the
 * fonts of the machine that writes it, so the widths come from a table measured once
 * ({@code serif-bold-widths.txt}: Liberation Serif Bold 2.x, metric-compatible with Times New
 * Roman Bold; see the test class {@code WidthTable}). A character not in the table counts as half an
 * em.
 */
final class TextWidth {
  private static final Map<Character, Integer> WIDTHS = load();

  private TextWidth() {}

  private static Map<Character, Integer> load() {
    Map<Character, Integer> m = new HashMap<>();
    try (InputStream in = TextWidth.class.getResourceAsStream("serif-bold-widths.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int space = line.indexOf(' ');
        m.put((char) Integer.parseInt(line.substring(0, space), 16), Integer.parseInt(line.substring(space + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /**
   * The width of a text in bold, in twentieths of a point (twips).
   *
   * @param text the text
   * @param pointSize the font size, in points
   * @return the width
   */
  static int boldTwips(String text, double pointSize) {
    long units = 0;
    for (int i = 0; i < text.length(); i++) {
      units += WIDTHS.getOrDefault(text.charAt(i), 500);
    }
    return (int) Math.round(units * pointSize * 20 / 1000.0);
  }
}

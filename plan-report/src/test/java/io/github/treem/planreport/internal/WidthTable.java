package io.github.treem.planreport.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Makes {@code serif-bold-widths.txt}, the advance widths (1/1000 em) of the characters a Word
 * report draws lines under (issuing body, national motto, summary), from Liberation Serif Bold
 * 2.x, which has the metrics of Times New Roman Bold. Run with the path of the font and of the
 * output; {@code TextWidthTest} checks the bundled table against the font when it is installed.
 */
public final class WidthTable {
  /** The characters measured: printable ASCII, Vietnamese letters, typographic punctuation. */
  public static final String CHARACTERS;

  static {
    StringBuilder b = new StringBuilder();
    for (char c = 0x20; c < 0x7f; c++) {
      b.append(c);
    }
    b.append("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư");
    for (char c = 0x1ea0; c <= 0x1ef9; c++) {
      b.append(c);
    }
    b.append("\u00a0–—‘’“”…");
    CHARACTERS = b.toString();
  }

  private WidthTable() {}

  /** Measures the characters in a font: one line {@code XXXX width} each. */
  public static String measure(InputStream ttf) throws IOException {
    Font font;
    try {
      font = Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(1000f);
    } catch (java.awt.FontFormatException e) {
      throw new IOException(e);
    }
    FontRenderContext frc = new FontRenderContext(null, false, true);
    StringBuilder out = new StringBuilder("# advance widths, 1/1000 em, Liberation Serif Bold 2.x (metrics of Times New Roman Bold)\n");
    for (char c : CHARACTERS.toCharArray()) {
      if (!font.canDisplay(c)) {
        continue;
      }
      long w = Math.round(font.createGlyphVector(frc, String.valueOf(c)).getGlyphMetrics(0).getAdvance());
      out.append(String.format(Locale.ROOT, "%04X %d%n", (int) c, w));
    }
    return out.toString();
  }

  /**
   * Writes the table.
   *
   * @param args the font file and the output file
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      Files.writeString(Path.of(args[1]), measure(in), StandardCharsets.UTF_8);
    }
  }
}

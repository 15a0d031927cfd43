package io.github.treem.planreport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled width table is what Liberation Serif Bold 2.x measures (when that font is installed). */
class TextWidthTableTest {
  static final Path FONT = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf");

  @Test
  void theTableMatchesTheFont() throws IOException {
    Assumptions.assumeTrue(Files.exists(FONT), "Liberation Serif 2 is not installed (fonts-liberation2)");
    String bundled;
    try (InputStream in = getClass().getResourceAsStream("/io/github/treem/planreport/internal/docx/serif-bold-widths.txt")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (InputStream font = Files.newInputStream(FONT)) {
      assertThat(WidthTable.measure(font)).isEqualTo(bundled);
    }
  }

  @Test
  void theTableCoversVietnamese() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/io/github/treem/planreport/internal/docx/serif-bold-widths.txt")) {
      String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (char c : "ỦỘƯỜỰĐđẠ".toCharArray()) {
        assertThat(table).contains(String.format("%04X ", (int) c));
      }
    }
  }
}

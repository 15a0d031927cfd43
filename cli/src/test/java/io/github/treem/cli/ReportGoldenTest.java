package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON report of the bundled register, byte for byte. Regenerate only on purpose, with
 * {@code -Dtreem.golden.update=true}, and review the difference.
 */
class ReportGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/report/bundled-2020.json");

  @Test
  void bundledReportIsStable() throws Exception {
    StringWriter out = new StringWriter();
    int code = Treem.run(new String[] {"report", "--format", "json", "--lang", "en", "--by", "village,sex,age,group"},
        new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    if (Boolean.getBoolean("treem.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, out.toString(), StandardCharsets.UTF_8);
    }
    assertThat(out.toString()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}

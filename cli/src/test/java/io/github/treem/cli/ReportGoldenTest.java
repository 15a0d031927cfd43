package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.testing.GoldenFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
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
    assertThat(out.toString()).isEqualTo(GoldenFiles.expected(GOLDEN, out.toString()));
  }
}

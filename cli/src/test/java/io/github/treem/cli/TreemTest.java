package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TreemTest {

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Treem.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    String[] r = run("--help");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("Usage: treem").contains("--version");
  }

  @Test
  void versionPrintsTheLibraryVersion() {
    String[] r = run("--version");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).startsWith("treem 0.1.0");
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    String[] r = run("--no-such-option");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("treem:").doesNotContain("Exception").doesNotContain("\tat ");
  }
}

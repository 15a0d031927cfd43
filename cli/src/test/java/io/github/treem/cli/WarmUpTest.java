package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up of a report process ({@link WarmUp}): when it runs, that it does its work, that it changes nothing. */
class WarmUpTest {

  @Test
  void onlyForAReportRunThatComputes() {
    assertThat(WarmUp.isFor(new String[] {"report", "--register", "a.csv"}, null)).isTrue();
    assertThat(WarmUp.isFor(new String[] {"report"}, "true")).isTrue();
    assertThat(WarmUp.isFor(new String[] {"report", "--register", "a.csv"}, "false")).isFalse();
    assertThat(WarmUp.isFor(new String[] {"report", "--help"}, null)).isFalse();
    assertThat(WarmUp.isFor(new String[] {"report", "-V"}, null)).isFalse();
    assertThat(WarmUp.isFor(new String[] {"validate", "a.csv"}, null)).isFalse();
    assertThat(WarmUp.isFor(new String[] {"help", "report"}, null)).isFalse();
    assertThat(WarmUp.isFor(new String[0], null)).isFalse();
  }

  @Test
  void everyStepRunsToTheEndAndWritesNothing() throws IOException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(seen, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      assertThat(WarmUp.inThisThread(true).done()).containsExactly("json", "tables", "report", "json-output");
      assertThat(WarmUp.inThisThread(false).done()).containsExactly("json", "tables", "report", "json-output");
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(seen.size()).isZero();
  }

  @Test
  void aReportWithTheWarmUpRunningBesideItIsTheSame(@TempDir Path dir) throws Exception {
    Path register = dir.resolve("commune.csv");
    try (var in = WarmUp.class.getResourceAsStream(ReportInputs.BUNDLED_REGISTER)) {
      Files.write(register, in.readAllBytes());
    }
    String[] args = {"report", "--register", register.toString(), "--format", "json", "--threads", "1", "--quiet"};
    CliRun alone = CliRun.of(args);
    for (int round = 0; round < 3; round++) {
      Thread warm = new Thread(() -> {
        try {
          WarmUp.inThisThread(true);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      warm.start();
      CliRun beside = CliRun.of(args);
      warm.join(TimeUnit.MINUTES.toMillis(2));
      assertThat(beside).isEqualTo(alone);
    }
    assertThat(alone.code()).isZero();
    assertThat(alone.out()).contains("\"manifest\"");
  }
}

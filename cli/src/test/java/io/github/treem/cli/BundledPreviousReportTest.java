package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.testing.GoldenFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled previous-year report of the demonstration (issue 15): treem itself writes it from a
 * synthetic 2019 register of the demo commune, and the default {@code treem report} uses it as
 * {@code --previous}, so that the plan's INCREASE target (CAN_SWIM) is assessed. Regenerate with
 * {@code -Dtreem.golden.update=true} (the bundled file is this test's golden file).
 */
class BundledPreviousReportTest {
  static final Path BUNDLED = Path.of("src/main/resources/io/github/treem/cli/bundled/quang-vinh-2019-report.json");

  @Test
  void theBundledReportIsWhatTreemWritesFromTheSynthetic2019Register(@TempDir Path dir) throws Exception {
    Path register = dir.resolve("quang-vinh-2019-register.csv");
    CliRun g = CliRun.of("generate", "--year", "2019", "--seed", "2019", "--children", "2500", "-o", register.toString());
    assertThat(g.code()).as(g.err()).isZero();
    CliRun r = CliRun.of("report", "--register", register.toString(), "--year", "2019", "--format", "json", "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
    // the bundled plan is of 2020: left out of a 2019 report, with a warning
    assertThat(r.err()).contains("SERIES_PLAN_OTHER_YEAR");
    assertThat(r.out()).contains("\"syntheticData\":true").contains("\"year\":2019").contains("\"CAN_SWIM\"");
    assertThat(r.out()).isEqualTo(GoldenFiles.expected(BUNDLED, r.out()));
  }

  @Test
  void theDemoAssessesTheIncreaseTargetAgainstIt() {
    CliRun r = CliRun.of("report", "--format", "json", "--lang", "en", "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("bundled:quang-vinh-2019-report.json sha256 ");
    int at = r.out().indexOf("\"indicator\":\"CAN_SWIM\"");
    assertThat(at).isPositive();
    String target = r.out().substring(r.out().lastIndexOf('{', at), r.out().indexOf('}', at));
    assertThat(target).contains("\"comparator\":\"INCREASE\"").doesNotContain("NO_DATA");
    assertThat(target).containsPattern("\"status\":\"(MET|NOT_MET)\"");
    // the table shows last year's value beside this year's
    CliRun table = CliRun.of("report", "--lang", "en", "--quiet");
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).contains("2019");
  }

  @Test
  void anyRegisterOrPlanGivenLeavesItOut(@TempDir Path dir) throws Exception {
    Path register = dir.resolve("r.csv");
    assertThat(CliRun.of("generate", "--year", "2020", "--seed", "7", "--children", "50", "-o", register.toString())
        .code()).isZero();
    CliRun r = CliRun.of("report", "--register", register.toString(), "--format", "json", "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("quang-vinh-2019-report");
    assertThat(Files.exists(BUNDLED)).isTrue();
  }
}

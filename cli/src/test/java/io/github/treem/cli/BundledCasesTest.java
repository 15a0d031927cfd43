package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.io.cases.CaseFiles;
import io.github.treem.io.cases.CaseReadOptions;
import io.github.treem.io.cases.CaseReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled demo case file: exactly what {@code treem generate} writes for the bundled
 * register's settings (regenerate it with {@code -Dtreem.golden.update=true}, e.g. after a change
 * of the case file format), consistent with the bundled register, and shown by the default report.
 */
class BundledCasesTest {
  static final Path BUNDLED = Path.of("src/main/resources" + ReportInputs.BUNDLED_CASES);

  @TempDir Path dir;

  @Test
  void theBundledCaseFileIsTheGeneratorsOutputForTheBundledRegister() throws Exception {
    Path register = dir.resolve("register.csv");
    Path cases = dir.resolve("cases.jsonl");
    CliRun r = CliRun.of("generate", "--seed", "2020", "--year", "2020", "--children", "2500", "--cases", cases.toString(),
        register.toString());
    assertThat(r.code()).as(r.err()).isZero();
    byte[] written = Files.readAllBytes(cases);
    assertThat(written).isEqualTo(GoldenFiles.expected(BUNDLED, written));
    // the register written with it is the bundled register (which predates the synthetic_data
    // column): the case ids are of its children
    try (InputStream in = ReportInputs.class.getResourceAsStream(ReportInputs.BUNDLED_REGISTER)) {
      String generated = Files.readString(register).replace(",synthetic_data\r\n", "\r\n").replace(",Y\r\n", "\r\n");
      assertThat(generated).isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
    // the options change the cases
    Path other = dir.resolve("other.jsonl");
    assertThat(CliRun.of("generate", "--seed", "2020", "--year", "2020", "--children", "2500", "--cases",
        other.toString(), "--case-count", "12", "--late-share", "1", dir.resolve("r2.csv").toString()).code()).isZero();
    assertThat(Files.readAllLines(other)).hasSize(1 + 12); // the header line, then the cases
  }

  @Test
  void everyBundledCaseIsValidAndOfAChildOfTheBundledRegister() throws Exception {
    Set<String> ids;
    try (InputStream in = ReportInputs.class.getResourceAsStream(ReportInputs.BUNDLED_REGISTER)) {
      ids = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
          .map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
    }
    List<ProtectionCase> cases = new ArrayList<>();
    try (InputStream in = ReportInputs.class.getResourceAsStream(ReportInputs.BUNDLED_CASES);
        CaseReader reader = CaseFiles.open(in, CaseFiles.Form.JSON_LINES, CaseReadOptions.defaults())) {
      reader.stream().forEach(rec -> cases.add(rec.getProtectionCase().orElseThrow()));
      assertThat(reader.getStats().getRowsRejected()).isZero();
    }
    assertThat(cases).hasSize(40);
    assertThat(cases).allSatisfy(c -> assertThat(ids).contains(c.getChild().getRegisterChildId().orElseThrow()));
  }

  @Test
  void theDefaultReportShowsTheCaseFiguresAndNamesTheBundledCaseFile() {
    CliRun table = CliRun.of("report");
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).contains("CASES_RECEIVED").contains("PLAN_APPROVED_IN_TIME");
    CliRun json = CliRun.of("report", "--format", "json");
    assertThat(json.out()).contains("\"code\":\"CASES_RECEIVED\"").contains("bundled:quang-vinh-2020-cases.jsonl sha256 ");
    // not with a register of one's own, nor for another year
    CliRun other = CliRun.of("report", "--year", "2021", "--format", "json");
    assertThat(other.out()).doesNotContain("CASES_RECEIVED");
  }

  @Test
  void generateRefusesACaseFileOfOneCaseOrUnknownForm() {
    CliRun r = CliRun.of("generate", "--children", "10", "--cases", dir.resolve("c.json").toString(),
        dir.resolve("r.csv").toString());
    assertThat(r.code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(r.err()).contains("--cases");
    assertThat(CliRun.of("generate", "--children", "10", "--cases", dir.resolve("c.txt").toString(),
        dir.resolve("r.csv").toString()).code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(CliRun.of("generate", "--children", "10", "--cases", dir.resolve("c.csv").toString(), "--late-share", "2",
        dir.resolve("r.csv").toString()).code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(CliRun.of("generate", "--children", "10", "--cases", dir.resolve("c.csv").toString(), "--case-count", "3",
        dir.resolve("r.csv").toString()).code()).isZero();
    assertThat(dir.resolve("c.csv")).exists();
  }
}

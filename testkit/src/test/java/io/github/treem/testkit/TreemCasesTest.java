package io.github.treem.testkit;

import static io.github.treem.testkit.TreemAssertions.assertThatCaseFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.ProtectionCaseValidator;
import io.github.treem.indicators.CaseIndicators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreemCasesTest {

  @Test
  void theSameSeedGivesTheSameSyntheticValidCases() {
    List<ProtectionCase> a = TreemCases.syntheticCases(3, 400, 2024, 0.3).toList();
    assertThat(a).isEqualTo(TreemCases.syntheticCases(3, 400, 2024, 0.3).toList());
    assertThat(a).isNotEqualTo(TreemCases.syntheticCases(4, 400, 2024, 0.3).toList());
    assertThat(a).allMatch(c -> c.getId().startsWith(TreemCases.SYNTHETIC_PREFIX));
    assertThat(a).allMatch(c -> c.getReceipt().getDescription().isEmpty());
    ProtectionCaseValidator v = ProtectionCaseValidator.defaults();
    assertThat(a).allSatisfy(c -> assertThat(v.validate(c).isValid()).as(c.getId()).isTrue());
    double late = a.stream().filter(TreemCases::isLate).count() / 400.0;
    assertThat(late).isBetween(0.22, 0.38);
    assertThat(TreemCases.syntheticCases(3, 200, 2024, 0).noneMatch(TreemCases::isLate)).isTrue();
    assertThat(TreemCases.syntheticCases(3, 200, 2024, 1).allMatch(TreemCases::isLate)).isTrue();
  }

  @Test
  void theCaseFileAssertionsCountAndFail(@TempDir Path dir) throws IOException {
    Path file = TreemCases.writeSyntheticCases(5, 50, 2024, 0, dir.resolve("c.jsonl"));
    long plans = TreemCases.syntheticCases(5, 50, 2024, 0).filter(c -> c.getEmergencyMeasures().isEmpty()).count();
    assertThatCaseFile(file).forYear(2024).isValid().hasRowsRead(50).hasRowsRejected(0)
        .hasFigure(CaseIndicators.PLAN_APPROVED_IN_TIME, plans, plans);
    // the file is marked synthetic: its header line, which is not a record
    assertThat(Files.readAllLines(file).get(0)).isEqualTo("{\"format\":\"treem-cases\",\"version\":1,\"syntheticData\":true}");
    try (io.github.treem.io.cases.CaseReader r = io.github.treem.io.cases.CaseFiles.open(file,
        io.github.treem.io.cases.CaseReadOptions.defaults())) {
      assertThat(r.stream().count()).isEqualTo(50);
      assertThat(r.isSyntheticData()).isTrue();
    }
    Path csv = TreemCases.writeSyntheticCases(5, 3, 2024, 0, dir.resolve("c.csv"));
    try (io.github.treem.io.cases.CaseReader r = io.github.treem.io.cases.CaseFiles.open(csv,
        io.github.treem.io.cases.CaseReadOptions.defaults())) {
      assertThat(r.stream().filter(io.github.treem.io.cases.CaseRecord::isAccepted).count()).isEqualTo(3);
      assertThat(r.isSyntheticData()).isTrue();
    }
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\n" + Files.readAllLines(file).get(1) + "\n");
    assertThatCaseFile(bad).hasRowsRead(2).hasRowsRejected(1).hasProblem("JSON_TRUNCATED");
    assertThatThrownBy(() -> assertThatCaseFile(bad).isValid()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 of 2 records were rejected");
    assertThatThrownBy(() -> assertThatCaseFile(file).hasFigure(CaseIndicators.CASES_RECEIVED, 50, 0))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TreemCases.writeSyntheticCases(1, 1, 2024, 0, dir.resolve("one.json")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

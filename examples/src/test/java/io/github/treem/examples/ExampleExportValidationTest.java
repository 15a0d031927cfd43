package io.github.treem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario: another system's test suite checks its register export against treem's reader and
 * validator, the way the province will read it. Written with plain JUnit and AssertJ; the
 * {@code treem-testkit} artifact offers shorter assertions for the same thing.
 */
class ExampleExportValidationTest {

  /** Stands for the other system's exporter. */
  private static void exportRegister(Path file) throws IOException {
    Files.writeString(file, String.join("\r\n",
        "ma_tre;gioi_tinh;ngay_sinh;thon;ngay_dang_ky_khai_sinh;can_nang_kg;chieu_cao_cm;ngay_can_do;tu_the_do",
        "A1;F;14/03/2018;Thôn 1;02/04/2018;14,2;98,5;01/06/2020;H",
        "A2;M;2019-11-30;Thôn 2;2019-12-15;;;;",
        ""), StandardCharsets.UTF_8);
  }

  @Test
  void exportReadsWithoutProblems(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("export.csv");
    exportRegister(file);
    try (TreemValidator validator = TreemValidator.of(LocalDate.of(2020, 12, 31));
        RegisterReader reader = Registers.open(file,
            ReadOptions.builder().reportingYear(2020).validator(validator::validate).build())) {
      List<RegisterRecord> records = reader.stream().collect(Collectors.toList());
      List<Issue> problems = records.stream().flatMap(r -> r.getIssues().stream()).collect(Collectors.toList());
      problems.addAll(reader.getFileIssues());
      assertThat(problems).as("located problems: %s", problems).isEmpty();
      assertThat(records).allMatch(RegisterRecord::isAccepted);
      assertThat(reader.getStats().getRowsRead()).isEqualTo(2);
    }
  }
}

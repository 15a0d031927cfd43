package io.github.treem.examples;

import static io.github.treem.testkit.TreemAssertions.assertThat;
import static io.github.treem.testkit.TreemAssertions.assertThatRegister;

import io.github.treem.core.Child;
import io.github.treem.core.validation.ValidationCode;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.testkit.ChildrenSource;
import io.github.treem.testkit.Defect;
import io.github.treem.testkit.ExpectedProblem;
import io.github.treem.testkit.InvalidRegister;
import io.github.treem.testkit.TreemGenerators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * How another system (here, a commune's own software) tests its export of the child register
 * with treem's test kit: seeded synthetic children in, the exported file checked with the same
 * reader, validator and indicator calculator the province uses.
 */
class ExampleExportTestWithTestkit {
  private static final int YEAR = 2020;

  @TempDir
  Path dir;

  /** The other system's exporter under test: Excel-friendly CSV (byte-order mark, semicolons). */
  static final class CommuneSoftwareExport {
    static Path export(Stream<Child> children, Path file) {
      CsvWriteOptions options = CsvWriteOptions.builder().reportingYear(YEAR).byteOrderMark(true).separator(';').build();
      try (OutputStream out = Files.newOutputStream(file); RegisterCsvWriter w = RegisterCsvWriter.open(out, options)) {
        children.forEach(w::write);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return file;
    }
  }

  @Test
  void exportIsAValidRegisterAndReportsHealthInsuranceCoverage() {
    Path file = CommuneSoftwareExport.export(TreemGenerators.validChildren(2020, 300, YEAR), dir.resolve("export.csv"));

    assertThatRegister(file).forYear(YEAR)
        .isValid()
        .hasNoProblems()
        .hasRowsRead(300)
        .reportsIndicator("HI_U6").hasValue();
  }

  @ParameterizedTest
  @ChildrenSource(seed = 7, count = 10, year = YEAR)
  void everyChildExportsAlone(Child child) {
    assertThat(child).isValidOn(LocalDate.of(YEAR, 12, 31));
    Path file = CommuneSoftwareExport.export(Stream.of(child), dir.resolve("one.csv"));
    assertThatRegister(file, YEAR).isValid().hasRowsAccepted(1);
  }

  @Test
  void importOfABrokenFileReportsExactlyTheInjectedProblems() {
    // a register as a careless export would write it: three known defects in three rows
    InvalidRegister bad = TreemGenerators.invalidRegisterCsv(11, 120, YEAR, dir.resolve("broken.csv"),
        EnumSet.of(Defect.IMPOSSIBLE_DATE, Defect.DUPLICATE_CHILD_ID, Defect.GRADE_NOT_MATCHING_LEVEL));

    assertThatRegister(bad.getFile(), YEAR)
        .hasExactlyTheProblemsOf(bad)
        .hasRowsRead(120)
        .hasRowsRejected(3)
        .hasNoProblemsExcept(RegisterIssueCode.INVALID_DATE.getCode(),
            RegisterIssueCode.DUPLICATE_CHILD_ID.getCode(), ValidationCode.ENROLMENT_GRADE_LEVEL.getCode());

    ExpectedProblem date = bad.getExpectedProblems().stream()
        .filter(p -> p.getCode().equals(RegisterIssueCode.INVALID_DATE.getCode())).findFirst().orElseThrow();
    assertThatRegister(bad.getFile(), YEAR)
        .hasProblem(RegisterIssueCode.INVALID_DATE.getCode()).atLine(date.getLine()).atColumn("date_of_birth");
    // the 117 accepted rows still give the indicator
    assertThatRegister(bad.getFile(), YEAR).reportsIndicator("HI_U6").hasValue();
  }
}

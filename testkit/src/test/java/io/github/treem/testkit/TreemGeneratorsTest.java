package io.github.treem.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.Child;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TreemGeneratorsTest {
  private static TreemValidator validator;

  @TempDir
  Path dir;

  @BeforeAll
  static void validator() {
    validator = TreemValidator.of(LocalDate.of(2020, 12, 31));
  }

  @AfterAll
  static void close() {
    validator.close();
  }

  /** The reader's problems as (line, column, code), read independently of the assertions. */
  private static List<ExpectedProblem> readProblems(Path file, int year, long[] rejected) throws IOException {
    TreemValidator v = year == 2020 ? validator : TreemValidator.of(LocalDate.of(year, 12, 31));
    List<ExpectedProblem> problems = new ArrayList<>();
    try (RegisterReader r = Registers.open(file, ReadOptions.builder().reportingYear(year).validator(v::validate)
        .build())) {
      r.getFileIssues().forEach(i -> problems.add(ExpectedProblem.from(i)));
      r.stream().map(RegisterRecord::getIssues).flatMap(List::stream).forEach(i -> problems.add(ExpectedProblem.from(i)));
      rejected[0] = r.getStats().getRowsRejected();
    }
    problems.sort(Comparator.comparingLong(ExpectedProblem::getLine));
    return problems;
  }

  @Test
  void validChildrenAreDeterministicForASeed() {
    List<Child> a = TreemGenerators.validChildren(42, 60, 2020).toList();
    assertThat(TreemGenerators.validChildren(42, 60, 2020).toList()).isEqualTo(a);
    assertThat(TreemGenerators.validChildren(43, 60, 2020).toList()).isNotEqualTo(a);
    assertThat(a).hasSize(60);
    assertThat(a.get(0).getId()).isEqualTo("QV-000001");
    assertThat(TreemGenerators.validChild(42, 17, 2020)).isEqualTo(a.get(17));
  }

  @Test
  void validChildrenHaveNoIssueAtAll() {
    TreemGenerators.validChildren(7, 400, 2020)
        .forEach(c -> assertThat(validator.validate(c).getIssues()).isEmpty());
  }

  @Test
  void validRegisterIsByteForByteDeterministicAndReadsWithoutAnyIssue() throws IOException {
    Path a = TreemGenerators.validRegisterCsv(42, 300, 2020, dir.resolve("a.csv"));
    Path b = TreemGenerators.validRegisterCsv(42, 300, 2020, dir.resolve("b.csv"));
    Path c = TreemGenerators.validRegisterCsv(41, 300, 2020, dir.resolve("c.csv"));
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    assertThat(Files.readAllLines(a)).hasSize(301);
    long[] rejected = new long[1];
    assertThat(readProblems(a, 2020, rejected)).isEmpty();
    assertThat(rejected[0]).isZero();
  }

  @Test
  void knownRegisterCarriesExactlyTheseProblems() throws IOException {
    InvalidRegister bad = TreemGenerators.invalidRegisterCsv(42, 40, 2020, dir.resolve("bad.csv"),
        EnumSet.allOf(Defect.class));
    assertThat(bad.getExpectedProblems()).extracting(Object::toString).containsExactly(
        "line 10, column circumstances: INVALID_CIRCUMSTANCE",
        "line 17, column child_id: DUPLICATE_CHILD_ID",
        "line 18, column sex: INVALID_CODE",
        "line 19: ENROLMENT_GRADE_LEVEL",
        "line 20, column personal_id: INVALID_PERSONAL_ID",
        "line 27: CHILD_DATES_ORDER",
        "line 28, column sex: MISSING_VALUE",
        "line 36, column date_of_birth: INVALID_DATE",
        "line 37, column weight_kg: INVALID_NUMBER");
    assertThat(bad.getRejectedRows()).isEqualTo(9);
    assertThat(bad.getRows()).isEqualTo(40);
    long[] rejected = new long[1];
    assertThat(readProblems(bad.getFile(), 2020, rejected)).isEqualTo(bad.getExpectedProblems());
    assertThat(rejected[0]).isEqualTo(9);
  }

  @ParameterizedTest
  @CsvSource({"1, 30, 2020", "2, 45, 2020", "3, 60, 2019", "4, 80, 2020", "5, 120, 2021", "6, 200, 2020",
      "7, 35, 2020", "8, 50, 2022", "99, 150, 2020", "-12345, 64, 2020"})
  void defectListsMatchWhatTheReaderReportsExactly(long seed, int n, int year) throws IOException {
    InvalidRegister bad = TreemGenerators.invalidRegisterCsv(seed, n, year, dir.resolve("bad.csv"),
        EnumSet.allOf(Defect.class));
    long[] rejected = new long[1];
    assertThat(readProblems(bad.getFile(), year, rejected)).isEqualTo(bad.getExpectedProblems());
    assertThat(rejected[0]).isEqualTo(Defect.values().length);
    assertThat(bad.getExpectedProblems()).hasSize(Defect.values().length);
    assertThat(Files.readAllLines(bad.getFile())).hasSize(n + 1);
  }

  @ParameterizedTest
  @EnumSource(Defect.class)
  void eachDefectAloneGivesOneProblemWithItsCodeAndColumn(Defect defect) throws IOException {
    InvalidRegister bad = TreemGenerators.invalidRegisterCsv(11, 50, 2020, dir.resolve("one.csv"), Set.of(defect));
    assertThat(bad.getExpectedProblems()).hasSize(1);
    ExpectedProblem p = bad.getExpectedProblems().get(0);
    assertThat(p.getCode()).isEqualTo(defect.getCode());
    assertThat(p.getColumn()).isEqualTo(defect.getColumn());
    assertThat(p.getLine()).isBetween(3L, 51L);
    long[] rejected = new long[1];
    assertThat(readProblems(bad.getFile(), 2020, rejected)).containsExactly(p);
    assertThat(rejected[0]).isEqualTo(1);
  }

  @Test
  void invalidRegisterIsDeterministicForASeed() throws IOException {
    InvalidRegister a = TreemGenerators.invalidRegisterCsv(5, 70, 2020, dir.resolve("a.csv"),
        EnumSet.of(Defect.IMPOSSIBLE_DATE, Defect.BAD_PERSONAL_ID));
    InvalidRegister b = TreemGenerators.invalidRegisterCsv(5, 70, 2020, dir.resolve("b.csv"),
        EnumSet.of(Defect.IMPOSSIBLE_DATE, Defect.BAD_PERSONAL_ID));
    assertThat(Files.readAllBytes(b.getFile())).isEqualTo(Files.readAllBytes(a.getFile()));
    assertThat(b.getExpectedProblems()).isEqualTo(a.getExpectedProblems());
    assertThat(a.getExpectedCodes()).containsExactlyInAnyOrder("INVALID_DATE", "INVALID_PERSONAL_ID");
  }

  @Test
  void noDefectsGivesAValidRegister() throws IOException {
    InvalidRegister none = TreemGenerators.invalidRegisterCsv(5, 30, 2020, dir.resolve("none.csv"), Set.of());
    assertThat(none.getExpectedProblems()).isEmpty();
    assertThat(Files.readAllBytes(none.getFile()))
        .isEqualTo(Files.readAllBytes(TreemGenerators.validRegisterCsv(5, 30, 2020, dir.resolve("v.csv"))));
  }

  @Test
  void tooFewRowsForTheDefectsIsRefused() {
    assertThatThrownBy(() -> TreemGenerators.invalidRegisterCsv(5, 1, 2020, dir.resolve("x.csv"),
        Set.of(Defect.MISSING_REQUIRED_VALUE)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("MISSING_REQUIRED_VALUE");
    assertThatThrownBy(() -> TreemGenerators.validChildren(1, -1, 2020))
        .isInstanceOf(InvalidValueException.class);
  }
}

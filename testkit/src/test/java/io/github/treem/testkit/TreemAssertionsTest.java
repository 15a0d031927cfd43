package io.github.treem.testkit;

import static io.github.treem.testkit.TreemAssertions.assertThat;
import static io.github.treem.testkit.TreemAssertions.assertThatRegister;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.core.validation.ValidationCode;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.RegisterJsonLinesWriter;
import io.github.treem.io.json.RegisterJsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreemAssertionsTest {
  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

  @TempDir
  Path dir;

  /** Line 2 is valid, line 3 has an impossible date of birth. */
  private Path smallBadCsv() throws IOException {
    return Files.writeString(dir.resolve("small.csv"),
        "child_id,full_name,sex,date_of_birth\nA1,Nguyễn Văn An,M,2019-01-01\nA2,Trần Thị Bình,F,2019-02-30\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void isValidFailsListingTheLocatedProblems() throws IOException {
    Path file = smallBadCsv();
    assertThatThrownBy(() -> assertThatRegister(file, 2020).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("register <small.csv> (year 2020)")
        .hasMessageContaining("2 rows read, 1 accepted, 1 rejected")
        .hasMessageContaining("line 3, column date_of_birth: INVALID_DATE (ERROR) Invalid date")
        .message().doesNotContain("Trần", "Bình", "2019-02-30", "A2");
  }

  @Test
  void problemAssertionsLocateTheProblem() throws IOException {
    Path file = smallBadCsv();
    assertThatRegister(file, 2020).hasRowsRead(2).hasRowsAccepted(1).hasRowsRejected(1)
        .hasNoProblemsExcept("INVALID_DATE")
        .doesNotHaveProblem("MISSING_VALUE")
        .hasProblem("INVALID_DATE").atLine(3).atColumn("date_of_birth").withSeverity(Severity.ERROR)
        .and().hasExactlyProblems(ExpectedProblem.of(3, "date_of_birth", "INVALID_DATE"));
    assertThatThrownBy(() -> assertThatRegister(file, 2020).hasProblem("INVALID_DATE").atLine(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a problem at line 2")
        .hasMessageContaining("line 3, column date_of_birth: INVALID_DATE");
    assertThatThrownBy(() -> assertThatRegister(file, 2020).hasProblem("MISSING_VALUE"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have a problem MISSING_VALUE, but its problems are:")
        .hasMessageContaining("line 3");
    assertThatThrownBy(() -> assertThatRegister(file, 2020).hasProblem("INVALID_DATE").atColumn("sex"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a problem in column sex");
    assertThatThrownBy(() -> assertThatRegister(file, 2020).hasNoProblemsExcept("INVALID_NUMBER"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have no problems except [INVALID_NUMBER], but it has 1")
        .hasMessageContaining("line 3");
    assertThatThrownBy(() -> assertThatRegister(file, 2020).hasNoProblems())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have no problems, but it has 1");
    assertThatThrownBy(() -> assertThatRegister(file, 2020).hasRowsRead(3))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have 3 rows read, but 2 rows read");
    assertThatThrownBy(() -> assertThatRegister(file, 2020).hasRowsRejected(0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void hasExactlyProblemsNamesTheMissingAndTheUnexpected() throws IOException {
    Path file = smallBadCsv();
    assertThatThrownBy(() -> assertThatRegister(file, 2020)
        .hasExactlyProblems(ExpectedProblem.of(2, "sex", "MISSING_VALUE")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected but not found:\n  line 2, column sex: MISSING_VALUE")
        .hasMessageContaining("found but not expected:\n  line 3, column date_of_birth: INVALID_DATE");
  }

  @Test
  void generatedDefectsAreReportedExactlyAndWithoutPersonalData() throws IOException {
    InvalidRegister bad = TreemGenerators.invalidRegisterCsv(3, 60, 2020, dir.resolve("bad.csv"),
        EnumSet.allOf(Defect.class));
    assertThatRegister(bad.getFile(), 2020).hasExactlyTheProblemsOf(bad).hasRowsRead(60).hasRowsAccepted(51);
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> assertThatRegister(bad.getFile(), 2020).isValid());
    for (ExpectedProblem p : bad.getExpectedProblems()) {
      assertThat(e.getMessage()).contains("line " + p.getLine() + p.getColumn().map(c -> ", column " + c).orElse(", path")
          + (p.getColumn().isPresent() ? ": " + p.getCode() : ""), p.getCode());
    }
    List<String> lines = Files.readAllLines(bad.getFile());
    int name = RegisterCsvWriter.columns().indexOf("full_name");
    int id = RegisterCsvWriter.columns().indexOf("personal_id");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertThat(e.getMessage()).doesNotContain(f[name]);
      if (!f[id].isEmpty()) {
        assertThat(e.getMessage()).doesNotContain(f[id]);
      }
    }
    assertThat(e.getMessage()).doesNotContain("QV-0");
  }

  @Test
  void validRegisterIsValidAndReportsHiU6AsTheCalculatorDoes() {
    Path file = TreemGenerators.validRegisterCsv(42, 250, 2020, dir.resolve("ok.csv"));
    IndicatorResult expected = IndicatorCalculator.builder().year(2020).build()
        .compute(TreemGenerators.validChildren(42, 250, 2020), "x").result(Indicators.HI_U6).orElseThrow();
    assertThat(expected.getDenominator()).isPositive();
    assertThatRegister(file, 2020).isValid().hasNoProblems().hasRowsRead(250)
        .reportsIndicator("HI_U6").hasValue()
        .withNumerator(expected.getNumerator()).withDenominator(expected.getDenominator())
        .withValue(expected.getValue().orElseThrow());
    assertThatThrownBy(() -> assertThatRegister(file, 2020).reportsIndicator("HI_U6").withNumerator(-1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting HI_U6 to have the numerator -1, but HI_U6 = "
            + expected.getValue().orElseThrow().toPlainString() + " (numerator " + expected.getNumerator()
            + ", denominator " + expected.getDenominator() + ", state VALUE)");
    assertThatThrownBy(() -> assertThatRegister(file, 2020).reportsIndicator("HI_U6").withValue("0.5"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have the value 0.5");
    assertThatThrownBy(() -> assertThatRegister(file, 2020).reportsIndicator("NO_SUCH"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no indicator of that code");
  }

  @Test
  void referenceDateAndYearAreConfigurable() throws IOException {
    // two children born in 2008: 12 at the end of 2020, so no child under 6 -> HI_U6 has no data
    Path file = Files.writeString(dir.resolve("old.csv"), "child_id,sex,date_of_birth\nA1,M,2008-01-01\nA2,F,2008-05-05\n");
    assertThatRegister(file).forYear(2020).withReferenceDate(END_2020).isValid()
        .reportsIndicator("HI_U6").withState(ValueState.NO_DATA).withDenominator(0).withNumerator(0);
    assertThatThrownBy(() -> assertThatRegister(file, 2020).reportsIndicator("HI_U6").hasValue())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be in state VALUE, but HI_U6 = (none) (numerator 0, denominator 0, state NO_DATA)");
    // in 2012 they are under 6
    assertThatRegister(file).forYear(2012).reportsIndicator("HI_U6").withDenominator(2).withNumerator(0)
        .withValue("0");
    assertThatThrownBy(() -> assertThatRegister(file).isValid())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("forYear");
  }

  @Test
  void readsJsonAndJsonLinesRegistersToo() throws IOException {
    List<Child> children = TreemGenerators.validChildren(5, 80, 2020).toList();
    Path json = dir.resolve("r.json");
    try (OutputStream out = Files.newOutputStream(json);
        RegisterJsonWriter w = RegisterJsonWriter.open(out, OptionalInt.of(2020))) {
      children.forEach(w::write);
    }
    Path jsonl = dir.resolve("r.jsonl");
    try (OutputStream out = Files.newOutputStream(jsonl); RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(out)) {
      children.forEach(w::write);
    }
    IndicatorResult expected = IndicatorCalculator.builder().year(2020).build().compute(children, "x")
        .result(Indicators.HI_U6).orElseThrow();
    for (Path p : List.of(json, jsonl)) {
      assertThatRegister(p, 2020).isValid().hasNoProblems().hasRowsRead(80)
          .reportsIndicator("HI_U6").withNumerator(expected.getNumerator()).withDenominator(expected.getDenominator());
    }
  }

  private static Child registeredBeforeBirth() {
    Child c = TreemGenerators.validChildren(42, 50, 2020)
        .filter(x -> x.getBirthRegistration().isPresent()).findFirst().orElseThrow();
    return Child.builder().from(c)
        .birthRegistration(BirthRegistration.of(c.getDateOfBirth().orElseThrow().minusDays(3)))
        .enrolments(List.of(SchoolEnrolment.builder().schoolYear(2020).level(SchoolLevel.PRIMARY).grade(8).build()))
        .build();
  }

  @Test
  void childAssertionsListTheIssuesWithoutPersonalData() {
    Child good = TreemGenerators.validChild(42, 0, 2020);
    assertThat(good).isValidOn(END_2020).hasNoIssuesOn(END_2020);
    Child bad = registeredBeforeBirth();
    assertThatThrownBy(() -> assertThat(bad).isValidOn(END_2020))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the child to be valid on 2020-12-31, but the validator found 2 error(s)")
        .hasMessageContaining("path birthRegistration.registeredOn: CHILD_DATES_ORDER (ERROR)")
        .hasMessageContaining("path enrolments[0].grade: ENROLMENT_GRADE_LEVEL (ERROR)")
        .message().doesNotContain(bad.getId(), bad.getFullName().orElseThrow(),
            bad.getDateOfBirth().orElseThrow().toString());
    assertThat(bad).validatedOn(END_2020)
        .hasExactlyCodes(ValidationCode.ENROLMENT_GRADE_LEVEL.getCode(), ValidationCode.CHILD_DATES_ORDER.getCode())
        .hasIssue(ValidationCode.ENROLMENT_GRADE_LEVEL.getCode()).at("enrolments[0].grade").withSeverity(Severity.ERROR)
        .and().doesNotHaveIssue(ValidationCode.HI_CARD_CODE_FORMAT.getCode());
  }

  @Test
  void validationReportAssertionsFailWithUsefulMessages() {
    ValidationReport report;
    try (TreemValidator v = TreemValidator.of(END_2020)) {
      report = v.validate(registeredBeforeBirth());
    }
    assertThat(report).hasIssue(ValidationCode.CHILD_DATES_ORDER.getCode()).at("birthRegistration.registeredOn");
    assertThatThrownBy(() -> assertThat(report).hasIssue(ValidationCode.CHILD_DATES_ORDER.getCode()).at("dateOfBirth"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting an issue at path dateOfBirth")
        .hasMessageContaining("path birthRegistration.registeredOn: CHILD_DATES_ORDER");
    assertThatThrownBy(() -> assertThat(report).hasExactlyCodes(ValidationCode.CHILD_DATES_ORDER.getCode()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("missing: []")
        .hasMessageContaining("unexpected: [ENROLMENT_GRADE_LEVEL]");
    assertThatThrownBy(() -> assertThat(report).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("holds 2:");
    assertThatThrownBy(() -> assertThat(report).hasIssue(ValidationCode.HI_CARD_CODE_FORMAT.getCode()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to hold an issue HI_CARD_CODE_FORMAT, but it holds:");
    assertThat(ValidationReport.empty()).isValid().hasNoIssues().hasExactlyCodes();
  }
}

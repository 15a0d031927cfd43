package io.github.treem.testkit;

import io.github.treem.core.Child;
import io.github.treem.core.validation.ValidationReport;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * The entry points of treem's AssertJ assertions: on register files, children and validation
 * reports. Failure messages list located problems (line, column or path, code, English message)
 * and never personal data.
 *
 * <pre>{@code
 * import static io.github.treem.testkit.TreemAssertions.assertThatRegister;
 *
 * assertThatRegister(export, 2020).isValid().hasRowsRead(250)
 *     .reportsIndicator("HI_U6").hasValue();
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemAssertions {
  private TreemAssertions() {}

  /**
   * Assertions on a child-protection case file (JSON, JSON Lines, CSV).
   *
   * @param file the case file
   * @return the assertions
   */
  public static CaseFileAssert assertThatCaseFile(Path file) {
    return new CaseFileAssert(file);
  }

  /**
   * Starts assertions on a register file of any format; give the year with
   * {@link RegisterAssert#forYear(int)} before the first check.
   *
   * @param file the file
   * @return the assertion
   */
  public static RegisterAssert assertThatRegister(Path file) {
    return new RegisterAssert(file);
  }

  /**
   * Starts assertions on a register file of any format describing a reporting year.
   *
   * @param file the file
   * @param reportingYear the year the register describes
   * @return the assertion
   */
  public static RegisterAssert assertThatRegister(Path file, int reportingYear) {
    return new RegisterAssert(file).forYear(reportingYear);
  }

  /**
   * Starts assertions on a child.
   *
   * @param child the child
   * @return the assertion
   */
  public static ChildAssert assertThat(Child child) {
    return new ChildAssert(child);
  }

  /**
   * Starts assertions on a validation report.
   *
   * @param report the report
   * @return the assertion
   */
  public static ValidationReportAssert assertThat(ValidationReport report) {
    return new ValidationReportAssert(report);
  }

  /**
   * Starts assertions on a commune's submission.
   *
   * @param submission the submission
   * @return the assertion
   */
  public static SubmissionAssert assertThat(io.github.treem.io.submission.CommuneSubmission submission) {
    return new SubmissionAssert(submission);
  }

  /**
   * Starts assertions on a province's merge.
   *
   * @param merge the result of the merge
   * @return the assertion
   */
  public static MergeAssert assertThat(io.github.treem.io.submission.ProvinceRollUp.Result merge) {
    return new MergeAssert(merge);
  }
}

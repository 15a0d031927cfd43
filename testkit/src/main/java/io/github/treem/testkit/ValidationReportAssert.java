package io.github.treem.testkit;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.testkit.internal.Describe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ValidationReport}; failure messages list the issues (location, code,
 * severity, English message), never personal data.
 *
 * <pre>{@code
 * assertThat(report).hasIssue(ValidationCode.ENROLMENT_GRADE_LEVEL.getCode()).at("enrolments[0].grade");
 * assertThat(report).hasExactlyCodes(ValidationCode.CHILD_DATES_ORDER.getCode());
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Verifies that the report holds no error (warnings allowed).
   *
   * @return this
   */
  public ValidationReportAssert isValid() {
    isNotNull();
    List<Issue> errors = actual.issuesOf(Severity.ERROR);
    if (!errors.isEmpty()) {
      failWithMessage("%s", "Expecting the validation report to hold no error, but it holds " + errors.size()
          + ":\n" + Describe.issues(errors));
    }
    return this;
  }

  /**
   * Verifies that the report holds no issue at all.
   *
   * @return this
   */
  public ValidationReportAssert hasNoIssues() {
    isNotNull();
    if (!actual.getIssues().isEmpty()) {
      failWithMessage("%s", "Expecting the validation report to hold no issue, but it holds "
          + actual.getIssues().size() + ":\n" + Describe.issues(actual.getIssues()));
    }
    return this;
  }

  /**
   * Verifies that the report holds an issue with a code.
   *
   * @param code the issue code
   * @return an assertion on the issues with that code
   */
  public IssueAssert hasIssue(String code) {
    isNotNull();
    List<Issue> found = actual.getIssues().stream().filter(i -> i.getCode().equals(code)).toList();
    if (found.isEmpty()) {
      failWithMessage("%s", "Expecting the validation report to hold an issue " + code + ", but it holds:\n"
          + Describe.issues(actual.getIssues()));
    }
    return new IssueAssert(found, this);
  }

  /**
   * Verifies that the report holds no issue with a code.
   *
   * @param code the issue code
   * @return this
   */
  public ValidationReportAssert doesNotHaveIssue(String code) {
    isNotNull();
    List<Issue> found = actual.getIssues().stream().filter(i -> i.getCode().equals(code)).toList();
    if (!found.isEmpty()) {
      failWithMessage("%s", "Expecting the validation report to hold no issue " + code + ", but it holds:\n"
          + Describe.issues(found));
    }
    return this;
  }

  /**
   * Verifies that the codes of the report's issues are exactly these, in any order (a code given
   * twice must occur twice).
   *
   * @param codes the codes
   * @return this
   */
  public ValidationReportAssert hasExactlyCodes(String... codes) {
    isNotNull();
    List<String> actualCodes = actual.getIssues().stream().map(Issue::getCode).sorted().toList();
    List<String> expected = Arrays.stream(codes).sorted().toList();
    if (!actualCodes.equals(expected)) {
      List<String> missing = new ArrayList<>(expected);
      actualCodes.forEach(missing::remove);
      List<String> unexpected = new ArrayList<>(actualCodes);
      expected.forEach(unexpected::remove);
      failWithMessage("%s", "Expecting the validation report to hold exactly the codes " + expected
          + "\nmissing: " + missing + "\nunexpected: " + unexpected + "\nissues:\n"
          + Describe.issues(actual.getIssues()));
    }
    return this;
  }
}

package io.github.treem.testkit;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.io.ChildValidator;
import io.github.treem.testkit.internal.Describe;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Child}, validated with treem's validator at a reference date. Failure
 * messages list the issues (path, code, English message) and never show the child's personal
 * data (name, identifiers, date of birth).
 *
 * <pre>{@code
 * assertThat(child).isValidOn(LocalDate.of(2020, 12, 31));
 * assertThat(child).validatedOn(LocalDate.of(2020, 12, 31)).hasExactlyCodes(ValidationCode.CHILD_DATES_ORDER.getCode());
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ChildAssert extends AbstractAssert<ChildAssert, Child> {

  ChildAssert(Child actual) {
    super(actual, ChildAssert.class);
  }

  /**
   * Verifies that the validator finds no error in the child on a date (warnings allowed).
   *
   * @param referenceDate the date that stands for "today"
   * @return this
   */
  public ChildAssert isValidOn(LocalDate referenceDate) {
    List<Issue> errors = report(referenceDate).issuesOf(Severity.ERROR);
    if (!errors.isEmpty()) {
      failWithMessage("%s", "Expecting the child to be valid on " + referenceDate + ", but the validator found "
          + errors.size() + " error(s):\n" + Describe.issues(errors));
    }
    return this;
  }

  /**
   * Verifies that the validator finds no issue at all in the child on a date.
   *
   * @param referenceDate the date that stands for "today"
   * @return this
   */
  public ChildAssert hasNoIssuesOn(LocalDate referenceDate) {
    List<Issue> issues = report(referenceDate).getIssues();
    if (!issues.isEmpty()) {
      failWithMessage("%s", "Expecting the child to have no issue on " + referenceDate + ", but the validator found "
          + issues.size() + ":\n" + Describe.issues(issues));
    }
    return this;
  }

  /**
   * Validates the child on a date and continues with assertions on the report.
   *
   * @param referenceDate the date that stands for "today"
   * @return an assertion on the validation report
   */
  public ValidationReportAssert validatedOn(LocalDate referenceDate) {
    return new ValidationReportAssert(report(referenceDate));
  }

  private ValidationReport report(LocalDate referenceDate) {
    isNotNull();
    return ChildValidator.treem(referenceDate).validate(actual);
  }
}

package io.github.treem.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.admin.AdministrativeIssueCode;
import io.github.treem.core.internal.admin.AdminDataError;
import io.github.treem.core.plan.PlanIssueCode;
import io.github.treem.core.protection.CaseIssueCode;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.TreemException;
import io.github.treem.core.validation.ValidationCode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** core's registries of codes: distinct, well formed, with both texts; exceptions carry theirs. */
class CoreErrorCodeTest {

  static void checkRegistry(List<? extends IssueCode> codes, String pattern) {
    assertThat(codes).extracting(IssueCode::getCode).doesNotHaveDuplicates().allMatch(c -> c.matches(pattern));
    assertThat(codes).allSatisfy(c -> {
      assertThat(c.getMessageVi()).isNotBlank().isNotEqualTo(c.getMessageEn());
      assertThat(c.getMessageEn()).isNotBlank();
      assertThat(c.getSeverity()).isNotNull();
    });
  }

  @Test
  void registriesAreDistinctAndWellFormed() {
    checkRegistry(Arrays.asList(CoreErrorCode.values()), "TREEM-CORE-[0-9]{4}");
    assertThat(CoreErrorCode.values()).allMatch(c -> c.getSeverity() == Severity.ERROR);
    checkRegistry(Arrays.asList(ValidationCode.values()), "[A-Z][A-Z0-9_]+");
    checkRegistry(Arrays.asList(AdminDataError.values()), "TREEM-CORE-06[0-9]{2}");
    assertThat(AdminDataError.values()).allMatch(c -> c.getSeverity() == Severity.ERROR);
    assertThat(Stream.of(CoreErrorCode.values()).map(IssueCode::getCode))
        .doesNotContainAnyElementsOf(Stream.of(AdminDataError.values()).map(IssueCode::getCode).toList());
    checkRegistry(Arrays.asList(AdministrativeIssueCode.values()), "ADMIN_[A-Z0-9_]+");
    checkRegistry(Arrays.asList(CaseIssueCode.values()), "CASE_[A-Z0-9_]+");
    checkRegistry(Arrays.asList(PlanIssueCode.values()), "[A-Z][A-Z0-9_]+");
  }

  @Test
  void theIssueRegistriesOfCoreAreIssueCodes() {
    // the code is the constant's name; the issue carries the code's severity and texts
    var issue = AdministrativeIssueCode.ADMIN_UNIT_UNKNOWN.issue(Location.ofPath("communeCode"));
    assertThat(issue.getCode()).isEqualTo("ADMIN_UNIT_UNKNOWN");
    assertThat(issue.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(issue.getMessageEn()).isEqualTo("The administrative unit code is not in the list");
    assertThat(AdministrativeIssueCode.ADMIN_SUCCESSION_PARTIAL.getSeverity()).isEqualTo(Severity.WARNING);
    var plan = PlanIssueCode.PLAN_ITEM_DUPLICATE_ID.issue(Location.unknown(), "I.1");
    assertThat(plan.getCode()).isEqualTo("PLAN_ITEM_DUPLICATE_ID");
    assertThat(plan.getMessageEn()).isEqualTo("Two items of the plan have the same id: I.1");
    var late = CaseIssueCode.CASE_DEADLINE_MISSED.issue(Location.unknown(), new Object[] {"a", "b"},
        new Object[] {"c", "d"});
    assertThat(late.getMessageVi()).isEqualTo("Quá hạn: a (b)");
    assertThat(late.getMessageEn()).isEqualTo("Deadline missed: c (d)");
    assertThat(late.getSeverity()).isEqualTo(CaseIssueCode.CASE_DEADLINE_MISSED.getSeverity()).isEqualTo(Severity.WARNING);
    TreemException e = AdminDataError.HEADER.exception("units.csv line 1");
    assertThat(e.getIssueCode()).isSameAs(AdminDataError.HEADER);
    assertThat(e.getCode()).isEqualTo("TREEM-CORE-0610");
  }

  @Test
  void aCodeGivenAsTextIsStillAnIssueCode() {
    TreemException e = new InvalidValueException("TREEM-TIME-0003", "the year 2026 is given twice");
    assertThat(e.getCode()).isEqualTo("TREEM-TIME-0003");
    assertThat(e.getMessage()).isEqualTo("TREEM-TIME-0003: the year 2026 is given twice");
    assertThat(e.getIssueCode().getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(e.toIssue(Location.unknown()).getMessageEn()).isEqualTo("Error TREEM-TIME-0003: the year 2026 is given twice");
  }

  @Test
  void anExceptionCarriesItsCodeAndBecomesAnIssue() {
    TreemException e = new InvalidValueException(CoreErrorCode.GRADE_OUT_OF_RANGE, "grade must be 1..12, found 13");
    assertThat(e.getCode()).isEqualTo("TREEM-CORE-0030");
    assertThat(e.getMessage()).isEqualTo("TREEM-CORE-0030: grade must be 1..12, found 13");
    assertThat(e.getIssueCode()).isSameAs(CoreErrorCode.GRADE_OUT_OF_RANGE);
    var issue = e.toIssue(Location.ofPath("enrolments[0].grade"));
    assertThat(issue.getCode()).isEqualTo("TREEM-CORE-0030");
    assertThat(issue.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(issue.getMessageVi()).isEqualTo("Lớp phải từ 1 đến 12: grade must be 1..12, found 13");
    assertThat(issue.getMessageEn()).isEqualTo("The grade must be 1 to 12: grade must be 1..12, found 13");
  }

  @Test
  void theValidatorsIssuesUseItsCodes() {
    assertThat(Stream.of(ValidationCode.values()).map(ValidationCode::getCode))
        .contains("CHILD_DATES_ORDER", "HI_CARD_CODE_FORMAT", "MEASUREMENT_WEIGHT_IMPLAUSIBLE");
    assertThat(ValidationCode.CHILD_AGE_16_OR_OVER.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(ValidationCode.CHILD_DATES_ORDER.issue(Location.unknown()).getMessageEn())
        .isEqualTo("The recorded dates are not in order");
  }
}

package io.github.treem.examples;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.MeasurePosition;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.core.validation.ValidationReport;
import java.time.LocalDate;

/**
 * Scenario: a commune application embeds the validator and checks a child record as the officer
 * saves it, showing every problem in Vietnamese (never stopping at the first one).
 */
public final class ExampleValidatorInCommuneApp {
  private ExampleValidatorInCommuneApp() {}

  /**
   * Validates a record with two mistakes and returns the report.
   *
   * @return the validation report
   */
  public static ValidationReport run() {
    // one validator per reference date, built once and shared by every thread of the application
    try (TreemValidator validator = TreemValidator.of(LocalDate.of(2020, 12, 31))) {
      Child child = Child.builder()
          .id("QV-0042")
          .sex(Sex.MALE)
          .dateOfBirth(LocalDate.of(2017, 5, 20))
          // registered before the birth: a typing error in the year
          .birthRegistration(BirthRegistration.of(LocalDate.of(2016, 6, 1)))
          .addMeasurements(GrowthMeasurement.builder()
              .measuredOn(LocalDate.of(2020, 6, 1))
              .weightKg(14.1)
              .lengthHeightCm(98.0)
              .position(MeasurePosition.STANDING)
              .build())
          // grade 3 is not a kindergarten grade
          .addEnrolments(SchoolEnrolment.builder().schoolYear(2020).level(SchoolLevel.KINDERGARTEN).grade(3).build())
          .build();
      return validator.validate(child);
    }
  }

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    ValidationReport report = run();
    System.out.println(report.isValid() ? "Hợp lệ" : "Có lỗi:");
    for (Issue issue : report.getIssues()) {
      System.out.println("  " + issue.getSeverity() + " " + issue.getCode() + " "
          + issue.getLocation() + ": " + issue.getMessage(Language.VI));
    }
  }
}

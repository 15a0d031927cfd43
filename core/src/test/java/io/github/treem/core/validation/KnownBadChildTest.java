package io.github.treem.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A child with one known problem per rule yields exactly those issues: this guards against Hibernate
 * Validator silently ignoring a constraint (e.g. on a non-getter accessor or a generated class).
 */
class KnownBadChildTest {
  static final LocalDate REFERENCE = LocalDate.of(2020, 12, 31);
  static TreemValidator validator;

  @BeforeAll
  static void open() {
    validator = TreemValidator.of(REFERENCE);
  }

  @AfterAll
  static void close() {
    validator.close();
  }

  /** Born 2003-05-10: 17 at the reference date. */
  static Child knownBad() {
    LocalDate birth = LocalDate.of(2003, 5, 10);
    return Child.builder()
        .id("MARKER-ID-7Q")
        .fullName("MARKER NAME ZZX")
        .sex(Sex.FEMALE)
        .dateOfBirth(birth)
        .personalId(PersonalIdNumber.parse("046203000123")) // digit 2 = male 2000s: mismatch
        .birthRegistration(BirthRegistration.of(birth.minusDays(1)))
        .addHealthInsuranceCards(HealthInsuranceCard.builder()
            .number("TE14601234567890").issuedOn(birth.minusDays(3)).build()) // 16 chars; before birth
        .addHealthInsuranceCards(HealthInsuranceCard.builder()
            .number("HS4460123456789").issuedOn(birth.plusYears(1)).validTo(birth.plusMonths(6)).build())
        .addMeasurements(GrowthMeasurement.builder().measuredOn(birth.plusMonths(1)).weightKg(4.0).build())
        .addMeasurements(GrowthMeasurement.builder().measuredOn(birth.plusMonths(2)).weightKg(0.3).build())
        .addMeasurements(GrowthMeasurement.builder().measuredOn(birth.minusDays(2)).lengthHeightCm(300).build())
        .addEnrolments(SchoolEnrolment.builder().schoolYear(2002).level(SchoolLevel.KINDERGARTEN).grade(1).build())
        .addEnrolments(SchoolEnrolment.builder().schoolYear(2010).level(SchoolLevel.PRIMARY).grade(2).build())
        .addCircumstances(CircumstanceEpisode.builder().code(SpecialCircumstanceSubgroup.A1)
            .startedOn(LocalDate.of(2010, 1, 1)).endedOn(LocalDate.of(2012, 1, 1)).build())
        .addCircumstances(CircumstanceEpisode.builder().code(SpecialCircumstanceSubgroup.A1)
            .startedOn(LocalDate.of(2011, 6, 1)).build())
        .build();
  }

  @Test
  void yieldsExactlyItsIssuesInOrder() {
    ValidationReport report = validator.validate(knownBad());
    assertThat(report.getIssues())
        .extracting(i -> i.getLocation().getPath().orElse(""), Issue::getCode, Issue::getSeverity)
        .containsExactly(
            tuple("birthRegistration.registeredOn", ValidationCode.CHILD_DATES_ORDER.getCode(), Severity.ERROR),
            tuple("circumstances[1]", ValidationCode.CHILD_EPISODES_OVERLAP.getCode(), Severity.ERROR),
            tuple("dateOfBirth", ValidationCode.CHILD_AGE_16_OR_OVER.getCode(), Severity.WARNING),
            tuple("enrolments[0].grade", ValidationCode.ENROLMENT_GRADE_LEVEL.getCode(), Severity.ERROR),
            tuple("enrolments[0].schoolYear", ValidationCode.CHILD_DATES_ORDER.getCode(), Severity.ERROR),
            tuple("healthInsuranceCards[0].issuedOn", ValidationCode.CHILD_DATES_ORDER.getCode(), Severity.ERROR),
            tuple("healthInsuranceCards[0].number", ValidationCode.HI_CARD_CODE_FORMAT.getCode(), Severity.ERROR),
            tuple("healthInsuranceCards[1].number", ValidationCode.CHILD_CARD_NOT_TE.getCode(), Severity.WARNING),
            tuple("healthInsuranceCards[1].validTo", ValidationCode.CHILD_DATES_ORDER.getCode(), Severity.ERROR),
            tuple("measurements[1].weightKg", ValidationCode.MEASUREMENT_WEIGHT_IMPLAUSIBLE.getCode(), Severity.WARNING),
            tuple("measurements[2].lengthHeightCm", ValidationCode.MEASUREMENT_LENGTH_IMPLAUSIBLE.getCode(), Severity.WARNING),
            tuple("measurements[2].measuredOn", ValidationCode.CHILD_DATES_ORDER.getCode(), Severity.ERROR),
            tuple("personalId", ValidationCode.CHILD_PERSONAL_ID_MISMATCH.getCode(), Severity.ERROR));
    assertThat(report.isValid()).isFalse();
    assertThat(report.issuesOf(Severity.WARNING)).hasSize(4);
  }

  @Test
  void messagesAreInBothLanguagesAndDifferent() {
    for (Issue issue : validator.validate(knownBad()).getIssues()) {
      assertThat(issue.getMessageVi()).as(issue.getCode()).isNotBlank().doesNotContain("{", "}");
      assertThat(issue.getMessageEn()).as(issue.getCode()).isNotBlank().doesNotContain("{", "}");
      assertThat(issue.getMessageVi()).as(issue.getCode()).isNotEqualTo(issue.getMessageEn());
    }
  }

  @Test
  void messagesHoldNoPersonalData() {
    for (Issue issue : validator.validate(knownBad()).getIssues()) {
      for (String text : new String[] {issue.getMessageVi(), issue.getMessageEn(), issue.toString()}) {
        assertThat(text).doesNotContain("MARKER", "046203000123", "4601234567890", "0123456789", "2003");
      }
    }
  }
}

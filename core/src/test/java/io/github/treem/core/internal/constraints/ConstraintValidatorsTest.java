package io.github.treem.core.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.constraints.ValidHealthInsuranceCode;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tier 1: each validator called directly, with a recording context. */
class ConstraintValidatorsTest {
  static final LocalDate BIRTH = LocalDate.of(2015, 3, 14);
  static final LocalDate TODAY = LocalDate.of(2020, 12, 31);

  /** A child that breaks no rule. */
  static Child.Builder good() {
    return Child.builder()
        .id("C-1")
        .sex(Sex.FEMALE)
        .dateOfBirth(BIRTH)
        .personalId(PersonalIdNumber.parse("046315000123"))
        .birthRegistration(BirthRegistration.of(BIRTH))
        .addHealthInsuranceCards(HealthInsuranceCard.builder().number("TE1461234567890")
            .issuedOn(BIRTH).validTo(LocalDate.of(2021, 9, 30)).build())
        .addMeasurements(GrowthMeasurement.builder().measuredOn(BIRTH).weightKg(3.1).build())
        .addEnrolments(SchoolEnrolment.builder().schoolYear(2015).level(SchoolLevel.NONE).build())
        .addEnrolments(SchoolEnrolment.builder().schoolYear(2021).level(SchoolLevel.PRIMARY).grade(1).build())
        .addCircumstances(CircumstanceEpisode.builder().code(SpecialCircumstanceSubgroup.A1)
            .startedOn(BIRTH).endedOn(LocalDate.of(2017, 1, 1)).build())
        .addCircumstances(CircumstanceEpisode.builder().code(SpecialCircumstanceSubgroup.A1)
            .startedOn(LocalDate.of(2017, 1, 2)).build())
        .addCircumstances(CircumstanceEpisode.builder().code(SpecialCircumstanceSubgroup.A2)
            .startedOn(LocalDate.of(2016, 1, 1)).build());
  }

  private static <A extends Annotation> List<String> run(jakarta.validation.ConstraintValidator<A, Child> v, Child c) {
    RecordingContext r = RecordingContext.on(TODAY);
    boolean valid = v.isValid(c, r.context());
    assertThat(valid).isEqualTo(r.violations().isEmpty());
    assertThat(r.isDefaultDisabled()).isEqualTo(!valid);
    return r.violations();
  }

  @Test
  void goodChildPassesEveryClassLevelValidator() {
    Child c = good().build();
    assertThat(run(new DatesInOrderValidator(), c)).isEmpty();
    assertThat(run(new ConsistentPersonalIdValidator(), c)).isEmpty();
    assertThat(run(new NoOverlappingEpisodesValidator(), c)).isEmpty();
    assertThat(run(new TeCardForUnderSixValidator(), c)).isEmpty();
    assertThat(run(new ChildUnder16Validator(), c)).isEmpty();
  }

  @Test
  void nullAndEmptyChildAreValid() {
    Child bare = Child.builder().id("C-2").build();
    assertThat(new DatesInOrderValidator().isValid(null, null)).isTrue();
    assertThat(new ConsistentPersonalIdValidator().isValid(null, null)).isTrue();
    assertThat(new NoOverlappingEpisodesValidator().isValid(null, null)).isTrue();
    assertThat(new TeCardForUnderSixValidator().isValid(null, null)).isTrue();
    assertThat(new ChildUnder16Validator().isValid(null, null)).isTrue();
    assertThat(new ConsistentGradeValidator().isValid(null, null)).isTrue();
    assertThat(run(new DatesInOrderValidator(), bare)).isEmpty();
    assertThat(run(new ConsistentPersonalIdValidator(), bare)).isEmpty();
    assertThat(run(new NoOverlappingEpisodesValidator(), bare)).isEmpty();
    assertThat(run(new TeCardForUnderSixValidator(), bare)).isEmpty();
    assertThat(run(new ChildUnder16Validator(), bare)).isEmpty();
  }

  @Nested
  class DatesInOrder {
    @Test
    void oneViolationPerBrokenPair() {
      Child c = good()
          .birthRegistration(BirthRegistration.of(BIRTH.minusDays(1)))
          .addMeasurements(GrowthMeasurement.builder().measuredOn(BIRTH.minusDays(1)).build())
          .addMeasurements(GrowthMeasurement.builder().measuredOn(BIRTH.minusYears(1)).build())
          .addHealthInsuranceCards(HealthInsuranceCard.builder().number("TE1461234567891")
              .issuedOn(BIRTH.minusDays(1)).validTo(BIRTH.minusDays(2)).build())
          .addEnrolments(SchoolEnrolment.of(2014, SchoolLevel.NONE))
          .addCircumstances(CircumstanceEpisode.builder().code(SpecialCircumstanceGroup.C)
              .startedOn(BIRTH.minusDays(1)).build())
          .build();
      assertThat(run(new DatesInOrderValidator(), c)).containsExactly(
          "DatesInOrder.registration.message @ birthRegistration.registeredOn",
          "DatesInOrder.measurement.message @ measurements[1].measuredOn",
          "DatesInOrder.measurement.message @ measurements[2].measuredOn",
          "DatesInOrder.cardIssue.message @ healthInsuranceCards[1].issuedOn",
          "DatesInOrder.cardValidity.message @ healthInsuranceCards[1].validTo",
          "DatesInOrder.enrolment.message @ enrolments[2].schoolYear",
          "DatesInOrder.episode.message @ circumstances[3].startedOn");
    }

    @Test
    void sameDayIsInOrder() {
      Child c = good().addHealthInsuranceCards(HealthInsuranceCard.builder().number("TE1461234567891")
          .issuedOn(BIRTH).validTo(BIRTH).build()).build();
      assertThat(run(new DatesInOrderValidator(), c)).isEmpty();
    }

    @Test
    void cardValidityIsCheckedWithoutDateOfBirth() {
      Child c = Child.builder().id("C-3").addHealthInsuranceCards(HealthInsuranceCard.builder()
          .number("TE1461234567891").issuedOn(BIRTH).validTo(BIRTH.minusDays(1)).build()).build();
      assertThat(run(new DatesInOrderValidator(), c))
          .containsExactly("DatesInOrder.cardValidity.message @ healthInsuranceCards[0].validTo");
    }
  }

  @Nested
  class ConsistentPersonalId {
    @ParameterizedTest
    @CsvSource({
        "046315000123, FEMALE, 2015, true",
        "046215000123, FEMALE, 2015, false", // male digit
        "046316000123, FEMALE, 2015, false", // year 2016
        "046115000123, FEMALE, 2015, false", // 1915
        "046215000123, MALE, 2015, true"})
    void checksSexAndYear(String id, Sex sex, int year, boolean valid) {
      Child c = Child.builder().id("C-4").personalId(PersonalIdNumber.parse(id)).sex(sex)
          .dateOfBirth(LocalDate.of(year, 6, 1)).build();
      assertThat(run(new ConsistentPersonalIdValidator(), c))
          .isEqualTo(valid ? List.of() : List.of("ConsistentPersonalId.message @ personalId"));
    }

    @Test
    void notCheckedWhenSexUnknown() {
      Child c = Child.builder().id("C-5").personalId(PersonalIdNumber.parse("046215000123"))
          .dateOfBirth(LocalDate.of(1999, 6, 1)).build();
      assertThat(run(new ConsistentPersonalIdValidator(), c)).isEmpty();
    }
  }

  @Nested
  class NoOverlappingEpisodes {
    private CircumstanceEpisode ep(SpecialCircumstanceSubgroup code, String start, String end) {
      CircumstanceEpisode.Builder b = CircumstanceEpisode.builder().code(code);
      if (!start.isEmpty()) {
        b.startedOn(LocalDate.parse(start));
      }
      if (!end.isEmpty()) {
        b.endedOn(LocalDate.parse(end));
      }
      return b.build();
    }

    @ParameterizedTest
    @CsvSource({
        "2016-01-01, 2016-12-31, 2017-01-01, '', false",
        "2016-01-01, 2016-12-31, 2016-12-31, '', true", // shared day
        "'', 2016-12-31, 2016-06-01, 2016-07-01, true", // open start
        "2016-01-01, '', 2020-01-01, 2020-02-01, true", // ongoing
        "2017-01-01, '', 2016-01-01, 2016-12-31, false", // second before first
        "'', '', '', '', true"})
    void overlapOfSameCode(String s1, String e1, String s2, String e2, boolean overlap) {
      Child c = Child.builder().id("C-6")
          .addCircumstances(ep(SpecialCircumstanceSubgroup.B1, s1, e1))
          .addCircumstances(ep(SpecialCircumstanceSubgroup.B1, s2, e2)).build();
      assertThat(run(new NoOverlappingEpisodesValidator(), c))
          .isEqualTo(overlap ? List.of("NoOverlappingEpisodes.message @ circumstances[1]") : List.of());
    }

    @Test
    void differentCodesMayOverlap() {
      Child c = Child.builder().id("C-7")
          .addCircumstances(ep(SpecialCircumstanceSubgroup.B1, "", ""))
          .addCircumstances(ep(SpecialCircumstanceSubgroup.A1, "", "")).build();
      assertThat(run(new NoOverlappingEpisodesValidator(), c)).isEmpty();
    }

    @Test
    void onePerOverlappingPair() {
      Child c = Child.builder().id("C-8")
          .addCircumstances(ep(SpecialCircumstanceSubgroup.B1, "2016-01-01", ""))
          .addCircumstances(ep(SpecialCircumstanceSubgroup.A1, "", ""))
          .addCircumstances(ep(SpecialCircumstanceSubgroup.B1, "2017-01-01", ""))
          .addCircumstances(ep(SpecialCircumstanceSubgroup.B1, "2018-01-01", "")).build();
      assertThat(run(new NoOverlappingEpisodesValidator(), c)).containsExactly(
          "NoOverlappingEpisodes.message @ circumstances[2]",
          "NoOverlappingEpisodes.message @ circumstances[3]",
          "NoOverlappingEpisodes.message @ circumstances[3]");
    }
  }

  @Nested
  class TeCardForUnderSix {
    private Child withCard(String number, LocalDate issued) {
      return Child.builder().id("C-9").dateOfBirth(BIRTH)
          .addHealthInsuranceCards(HealthInsuranceCard.builder().number(number).issuedOn(issued).build()).build();
    }

    @Test
    void nonTeCardUnder72MonthsIsFlagged() {
      assertThat(run(new TeCardForUnderSixValidator(), withCard("HS4461234567890", BIRTH.plusMonths(72).minusDays(1))))
          .containsExactly("TeCardForUnderSix.message @ healthInsuranceCards[0].number");
    }

    @Test
    void teCardOrCardAt72MonthsOrMalformedIsNot() {
      assertThat(run(new TeCardForUnderSixValidator(), withCard("TE1461234567890", BIRTH.plusMonths(10)))).isEmpty();
      assertThat(run(new TeCardForUnderSixValidator(), withCard("HS4461234567890", BIRTH.plusMonths(72)))).isEmpty();
      assertThat(run(new TeCardForUnderSixValidator(), withCard("hs4461234567890", BIRTH.plusMonths(10)))).isEmpty();
      assertThat(run(new TeCardForUnderSixValidator(), withCard("HS4461234567890", BIRTH.minusDays(1)))).isEmpty();
    }
  }

  @Nested
  class ChildUnder16 {
    @Test
    void sixteenthBirthdayIsTheLimit() {
      Child fifteen = Child.builder().id("C-10").dateOfBirth(TODAY.minusYears(16).plusDays(1)).build();
      Child sixteen = Child.builder().id("C-11").dateOfBirth(TODAY.minusYears(16)).build();
      Child unborn = Child.builder().id("C-12").dateOfBirth(TODAY.plusDays(1)).build();
      assertThat(run(new ChildUnder16Validator(), fifteen)).isEmpty();
      assertThat(run(new ChildUnder16Validator(), unborn)).isEmpty();
      assertThat(run(new ChildUnder16Validator(), sixteen)).containsExactly("ChildUnder16.message @ dateOfBirth");
    }
  }

  @Nested
  class ConsistentGrade {
    @ParameterizedTest
    @CsvSource({
        "PRIMARY, 1, ''",
        "PRIMARY, 5, ''",
        "PRIMARY, 6, ConsistentGrade.message @ grade",
        "LOWER_SECONDARY, 6, ''",
        "LOWER_SECONDARY, 10, ConsistentGrade.message @ grade",
        "UPPER_SECONDARY, 12, ''",
        "UPPER_SECONDARY, 9, ConsistentGrade.message @ grade",
        "KINDERGARTEN, 1, ConsistentGrade.noGrade.message @ grade",
        "NURSERY, 1, ConsistentGrade.noGrade.message @ grade",
        "NONE, 3, ConsistentGrade.noGrade.message @ grade"})
    void gradeMatchesLevel(SchoolLevel level, int grade, String expected) {
      RecordingContext r = RecordingContext.on(TODAY);
      SchoolEnrolment e = SchoolEnrolment.builder().schoolYear(2020).level(level).grade(grade).build();
      boolean valid = new ConsistentGradeValidator().isValid(e, r.context());
      assertThat(valid).isEqualTo(expected.isEmpty());
      assertThat(r.violations()).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void noGradeIsValid() {
      assertThat(new ConsistentGradeValidator().isValid(SchoolEnrolment.of(2020, SchoolLevel.KINDERGARTEN), null)).isTrue();
    }
  }

  @Nested
  class ValidHealthInsuranceCodeTest {
    @ValidHealthInsuranceCode
    String cardOnly;

    @ValidHealthInsuranceCode(accept = {ValidHealthInsuranceCode.Form.CARD_CODE,
        ValidHealthInsuranceCode.Form.SOCIAL_INSURANCE_NUMBER})
    String both;

    @ValidHealthInsuranceCode(accept = ValidHealthInsuranceCode.Form.SOCIAL_INSURANCE_NUMBER)
    String bhxhOnly;

    private ValidHealthInsuranceCodeValidator validator(String field) throws ReflectiveOperationException {
      ValidHealthInsuranceCodeValidator v = new ValidHealthInsuranceCodeValidator();
      v.initialize(getClass().getDeclaredField(field).getAnnotation(ValidHealthInsuranceCode.class));
      return v;
    }

    @ParameterizedTest
    @CsvSource({
        "TE1461234567890, true, true, false",
        "' TE1461234567890 ', true, true, false",
        "4612345678, false, true, true",
        "te1461234567890, false, false, false",
        "TE6461234567890, false, false, false",
        "TE146123456789, false, false, false",
        "'', true, true, true"})
    void acceptsTheConfiguredForms(String text, boolean cardOnly, boolean both, boolean bhxhOnly)
        throws ReflectiveOperationException {
      assertThat(validator("cardOnly").isValid(text, null)).isEqualTo(cardOnly);
      assertThat(validator("both").isValid(text, null)).isEqualTo(both);
      assertThat(validator("bhxhOnly").isValid(text, null)).isEqualTo(bhxhOnly);
      assertThat(validator("cardOnly").isValid(null, null)).isTrue();
    }
  }
}

package io.github.treem.core;

import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.constraints.ChildUnder16;
import io.github.treem.core.constraints.ConsistentPersonalId;
import io.github.treem.core.constraints.DatesInOrder;
import io.github.treem.core.constraints.NoOverlappingEpisodes;
import io.github.treem.core.constraints.TeCardForUnderSix;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Severity;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A child followed by a commune (one row of the commune's child monitoring book, sổ theo dõi trẻ
 * em), with the full history of the records the plan's indicators need: birth registration,
 * health-insurance cards, growth measurements, school enrolments, injury-prevention training and
 * swimming, special-circumstance episodes, and yearly poverty and social-assistance status.
 *
 * <p>Only the identifier is required. Every other datum may be missing, and missing is never read
 * as "no" or zero: indicators exclude a child whose deciding data are missing and count the
 * exclusion by reason.
 *
 * <p>The methods {@link #enrolmentIn(int)}, {@link #safetySkillsIn(int)}, {@link #statusIn(int)},
 * {@link #latestMeasurementIn(int, LocalDate)} and {@link #circumstancesOn(LocalDate)} give the
 * one-year snapshot that the CSV register carries.
 *
 * <pre>{@code
 * Child child = Child.builder()
 *     .id("QV-0001")
 *     .sex(Sex.FEMALE)
 *     .dateOfBirth(LocalDate.of(2018, 3, 14))
 *     .birthRegistration(BirthRegistration.of(LocalDate.of(2018, 4, 2)))
 *     .build();
 * }</pre>
 *
 * <p>Invariants (checked when built): the identifier is not blank; the lists hold no two records
 * for the same school year or calendar year. Rules that depend on context (dates in order, the
 * personal identification number matching sex and birth year, plausible measurements, ...) are
 * validation constraints: see {@code io.github.treem.core.validation.TreemValidator}.
 *
 * <p>Implementation requirements: immutable and thread-safe. {@code toString()} shows no personal
 * data (no name, identifier, personal identification number or date of birth).
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@DatesInOrder
@ConsistentPersonalId
@NoOverlappingEpisodes
@TeCardForUnderSix(payload = Severity.Warning.class)
@ChildUnder16(payload = Severity.Warning.class)
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Child {
  Child() {}

  /** {@return the stable identifier of the child in the commune's software (child_id)} */
  public abstract String getId();

  /** {@return the full name, if recorded (personal data: never logged)} */
  public abstract Optional<String> getFullName();

  /** {@return the sex, if recorded} */
  public abstract Optional<Sex> getSex();

  /** {@return the date of birth, if recorded} */
  public abstract Optional<LocalDate> getDateOfBirth();

  /** {@return the 12-digit personal identification number, if recorded (personal data)} */
  public abstract Optional<PersonalIdNumber> getPersonalId();

  /** {@return the ethnic group, if recorded} */
  public abstract Optional<Ethnicity> getEthnicity();

  /** {@return the GSO code of the commune of residence, if recorded} */
  public abstract Optional<CommuneCode> getCommuneCode();

  /** {@return the village (thôn, tổ dân phố) of residence, if recorded} */
  public abstract Optional<String> getVillage();

  /** {@return the degree of disability as certified, if recorded} */
  public abstract Optional<DisabilityDegree> getDisability();

  /** {@return the birth registration, if the commune holds a record of one} */
  public abstract Optional<BirthRegistration> getBirthRegistration();

  /** {@return the health-insurance cards, in the order recorded} */
  public abstract List<@Valid HealthInsuranceCard> getHealthInsuranceCards();

  /** {@return the growth measurements, in the order recorded} */
  public abstract List<@Valid GrowthMeasurement> getMeasurements();

  /** {@return the school enrolments, at most one per school year} */
  public abstract List<@Valid SchoolEnrolment> getEnrolments();

  /** {@return injury-prevention training and swimming, at most one record per school year} */
  public abstract List<SafetySkills> getSafetySkills();

  /**
   * Whether the child received every vaccine of the expanded programme on immunisation (tiêm
   * chủng mở rộng, EPI) due in the first year of life by the first birthday (register column
   * {@code epi_full_by_1}), if recorded. Criterion 7 of the child-friendly commune standard
   * (Quyết định 06/QĐ-TTg) counts it for children under 1.
   *
   * @return the answer, or empty when not recorded
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract Optional<Boolean> getEpiFullByAge1();

  /**
   * Whether the child's entry into grade 1 was lawfully deferred (register column
   * {@code grade1_deferred}): a disabled child, or another child of Điều lệ trường tiểu học
   * (Thông tư 28/2020/TT-BGDĐT) Điều 33, may enter grade 1 up to three years older than six.
   * The indicator {@code GRADE1_AT_6} leaves a deferred six-year-old who is not in grade 1 out of
   * its denominator with its own exclusion reason.
   *
   * @return the answer, or empty when not recorded
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract Optional<Boolean> getGrade1Deferred();

  /** {@return the special-circumstance episodes} */
  public abstract List<CircumstanceEpisode> getCircumstances();

  /** {@return poverty and social-assistance status, at most one record per calendar year} */
  public abstract List<YearlyStatus> getYearlyStatus();

  /**
   * The enrolment of a school year.
   *
   * @param schoolYear the year the school year starts in
   * @return the enrolment, or empty when none is recorded
   */
  public Optional<SchoolEnrolment> enrolmentIn(int schoolYear) {
    for (SchoolEnrolment e : getEnrolments()) {
      if (e.getSchoolYear() == schoolYear) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Injury-prevention training and swimming of a school year.
   *
   * @param schoolYear the year the school year starts in
   * @return the record, or empty
   */
  public Optional<SafetySkills> safetySkillsIn(int schoolYear) {
    for (SafetySkills e : getSafetySkills()) {
      if (e.getSchoolYear() == schoolYear) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Poverty and social-assistance status of a calendar year.
   *
   * @param year the year
   * @return the record, or empty
   */
  public Optional<YearlyStatus> statusIn(int year) {
    for (YearlyStatus e : getYearlyStatus()) {
      if (e.getYear() == year) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The latest measurement taken in a year on or before a date (the register's
   * {@code measured_on}: the latest weighing of year Y up to the reference date).
   *
   * @param year the calendar year
   * @param notAfter the last date to consider (the reference date)
   * @return the measurement, or empty when the child was not measured in that window
   */
  public Optional<GrowthMeasurement> latestMeasurementIn(int year, LocalDate notAfter) {
    // a loop, not a stream (this runs for every child of every report); the first of equal
    // dates wins, as with Stream.max
    GrowthMeasurement best = null;
    for (GrowthMeasurement m : getMeasurements()) {
      if (m.getMeasuredOn().getYear() == year && !m.getMeasuredOn().isAfter(notAfter)
          && (best == null || m.getMeasuredOn().compareTo(best.getMeasuredOn()) > 0)) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The special-circumstance codes of the episodes active on a date, without repetition.
   *
   * @param date the date
   * @return the codes, in the order recorded
   */
  public List<CircumstanceCode> circumstancesOn(LocalDate date) {
    if (getCircumstances().isEmpty()) {
      return List.of(); // most children: no stream
    }
    return getCircumstances().stream()
        .filter(e -> e.isActiveOn(date))
        .map(CircumstanceEpisode::getCode)
        .distinct()
        .collect(Collectors.toUnmodifiableList());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.CHILD_ID_BLANK, "child id must not be blank");
    }
    // a list of 0 or 1 record is unique: no stream for the common case (one snapshot per child)
    if (getEnrolments().size() > 1) {
      requireUnique(getEnrolments().stream().map(SchoolEnrolment::getSchoolYear).collect(Collectors.toList()),
          CoreErrorCode.CHILD_ENROLMENTS_SAME_YEAR, "two enrolments for the same school year");
    }
    if (getSafetySkills().size() > 1) {
      requireUnique(getSafetySkills().stream().map(SafetySkills::getSchoolYear).collect(Collectors.toList()),
          CoreErrorCode.CHILD_SAFETY_SKILLS_SAME_YEAR, "two safety-skills records for the same school year");
    }
    if (getYearlyStatus().size() > 1) {
      requireUnique(getYearlyStatus().stream().map(YearlyStatus::getYear).collect(Collectors.toList()),
          CoreErrorCode.CHILD_YEARLY_STATUS_SAME_YEAR, "two yearly status records for the same year");
    }
  }

  private static void requireUnique(List<Integer> years, CoreErrorCode code, String message) {
    if (years.size() > 1 && years.stream().distinct().count() != years.size()) {
      throw new InvalidValueException(code, message);
    }
  }

  /** {@return a description without personal data} */
  @Override
  public String toString() {
    return "Child{personal data hidden, measurements=" + getMeasurements().size()
        + ", enrolments=" + getEnrolments().size()
        + ", circumstances=" + getCircumstances().size() + "}";
  }

  /** Builds a {@link Child}. */
  public static final class Builder extends ImmutableChild.Builder {
    Builder() {}
  }
}

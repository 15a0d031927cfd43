package io.github.treem.core.internal.constraints;

import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.constraints.ValidHealthInsuranceCode;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Whether a {@link Child} satisfies every constraint declared on it and on the records it
 * cascades to, without Hibernate Validator (internal: not API). {@code TreemValidator} answers a
 * child that passes with the empty report and gives any other child to Hibernate Validator, which
 * then reports the issues: the answer is therefore always Hibernate Validator's, and this class
 * only spares it the valid children, which are nearly all of a register (Hibernate Validator costs
 * about a microsecond per child, this a few dozen nanoseconds).
 *
 * <p>The checks are the constraint validators' own code, run without a validation context (their
 * rule methods then stop at the first failure, or {@link Violations} only records that a rule
 * failed), the child's date of birth read once for all of them, plus the three built-in bounds of
 * {@link GrowthMeasurement}. {@code FastChecksTest} compares the constraints that Hibernate
 * Validator finds on {@code Child} with the list below, so a constraint added to the model
 * without being added here fails the build, and compares both answers on generated children.
 *
 * <p>Covered: on {@code Child}, {@code @DatesInOrder}, {@code @ConsistentPersonalId},
 * {@code @NoOverlappingEpisodes}, {@code @TeCardForUnderSix}, {@code @ChildUnder16}; on each
 * health-insurance card, {@code @ValidHealthInsuranceCode} of the number; on each measurement,
 * {@code @DecimalMin("0.5")}/{@code @DecimalMax("150")} of the weight and
 * {@code @DecimalMin("35")}/{@code @DecimalMax("230")} of the length or height (inclusive); on
 * each enrolment, {@code @ConsistentGrade}.
 */
public final class FastChecks {
  private static final NoOverlappingEpisodesValidator EPISODES = new NoOverlappingEpisodesValidator();
  private static final ConsistentGradeValidator GRADE = new ConsistentGradeValidator();
  private static final ValidHealthInsuranceCodeValidator CARD_NUMBER = cardNumberValidator();

  private FastChecks() {}

  private static ValidHealthInsuranceCodeValidator cardNumberValidator() {
    ValidHealthInsuranceCode declared;
    try {
      declared = HealthInsuranceCard.class.getMethod("getNumber").getAnnotation(ValidHealthInsuranceCode.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("HealthInsuranceCard#getNumber is gone", e);
    }
    if (declared == null) {
      throw new IllegalStateException("HealthInsuranceCard#getNumber lost @ValidHealthInsuranceCode");
    }
    ValidHealthInsuranceCodeValidator v = new ValidHealthInsuranceCodeValidator();
    v.initialize(declared);
    return v;
  }

  /**
   * Whether an object the validator is given is a child on which every constraint holds: the
   * validator's fast path, so that the validator (in the API package {@code core.validation},
   * below the model) need not know the model's types.
   *
   * @param object any object the validator is given
   * @param reference the validator's reference date (its clock)
   * @return true for a {@link Child} of which Hibernate Validator would report no issue at all;
   *     false for any other child and any other object
   */
  public static boolean holdsForChild(Object object, LocalDate reference) {
    return object instanceof Child child && holds(child, reference);
  }

  /**
   * Whether every constraint holds.
   *
   * @param child the child
   * @param reference the validator's reference date (its clock)
   * @return true when Hibernate Validator would report no issue at all (of any severity)
   */
  public static boolean holds(Child child, LocalDate reference) {
    // the date of birth read once (each getter makes an Optional), each rule stopping at its first
    // failure: the rules are the validators' own methods
    LocalDate birth = child.getDateOfBirth().orElse(null);
    return DatesInOrderValidator.check(child, birth, null)
        && ConsistentPersonalIdValidator.holds(child.getPersonalId().orElse(null), child.getSex().orElse(null), birth)
        && EPISODES.isValid(child, null)
        && TeCardForUnderSixValidator.check(child, birth, null)
        && ChildUnder16Validator.holds(birth, reference)
        && cards(child.getHealthInsuranceCards())
        && measurements(child.getMeasurements())
        && enrolments(child.getEnrolments());
  }

  private static boolean cards(List<HealthInsuranceCard> cards) {
    for (int i = 0; i < cards.size(); i++) {
      if (!CARD_NUMBER.isValid(cards.get(i).getNumber(), null)) {
        return false;
      }
    }
    return true;
  }

  private static boolean measurements(List<GrowthMeasurement> measurements) {
    for (int i = 0; i < measurements.size(); i++) {
      GrowthMeasurement m = measurements.get(i);
      if (!within(m.getWeightKg(), 0.5, 150) || !within(m.getLengthHeightCm(), 35, 230)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code @DecimalMin}/{@code @DecimalMax}, inclusive, of a value that the model keeps finite and
   * positive; the bounds are exact binary fractions, so comparing doubles is comparing decimals.
   */
  private static boolean within(OptionalDouble value, double min, double max) {
    return value.isEmpty() || (value.getAsDouble() >= min && value.getAsDouble() <= max);
  }

  private static boolean enrolments(List<SchoolEnrolment> enrolments) {
    for (int i = 0; i < enrolments.size(); i++) {
      if (!GRADE.isValid(enrolments.get(i), null)) {
        return false;
      }
    }
    return true;
  }
}

package io.github.treem.core.internal.constraints;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.constraints.DatesInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks {@link DatesInOrder} (internal: not API). */
public final class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, Child> {

  /** Creates the validator (called by the Bean Validation provider). */
  public DatesInOrderValidator() {}

  @Override
  public boolean isValid(Child child, ConstraintValidatorContext context) {
    return child == null || check(child, child.getDateOfBirth().orElse(null), new Violations(context));
  }

  /**
   * The rule itself: no date of the child's records before its birth, no card valid to a date
   * before its issue. The violations come in the order of the properties below.
   *
   * @param child the child
   * @param birth its date of birth, or null
   * @param v where each violation goes, or null to stop at the first one ({@link FastChecks})
   * @return true when the constraint holds
   */
  static boolean check(Child child, @Nullable LocalDate birth, @Nullable Violations v) {
    if (birth != null) {
      BirthRegistration r = child.getBirthRegistration().orElse(null);
      if (r != null && r.getRegisteredOn().isBefore(birth)) {
        if (v == null) {
          return false;
        }
        v.onNested("DatesInOrder.registration.message", "birthRegistration", "registeredOn");
      }
      List<GrowthMeasurement> ms = child.getMeasurements();
      for (int i = 0; i < ms.size(); i++) {
        if (ms.get(i).getMeasuredOn().isBefore(birth)) {
          if (v == null) {
            return false;
          }
          v.onElementProperty("DatesInOrder.measurement.message", "measurements", i, "measuredOn");
        }
      }
    }
    List<HealthInsuranceCard> cards = child.getHealthInsuranceCards();
    for (int i = 0; i < cards.size(); i++) {
      HealthInsuranceCard c = cards.get(i);
      LocalDate issued = c.getIssuedOn().orElse(null);
      if (issued == null) {
        continue; // both rules below need the date of issue
      }
      if (birth != null && issued.isBefore(birth)) {
        if (v == null) {
          return false;
        }
        v.onElementProperty("DatesInOrder.cardIssue.message", "healthInsuranceCards", i, "issuedOn");
      }
      LocalDate validTo = c.getValidTo().orElse(null);
      if (validTo != null && validTo.isBefore(issued)) {
        if (v == null) {
          return false;
        }
        v.onElementProperty("DatesInOrder.cardValidity.message", "healthInsuranceCards", i, "validTo");
      }
    }
    if (birth != null) {
      int birthYear = birth.getYear();
      List<SchoolEnrolment> es = child.getEnrolments();
      for (int i = 0; i < es.size(); i++) {
        if (es.get(i).getSchoolYear() < birthYear) {
          if (v == null) {
            return false;
          }
          v.onElementProperty("DatesInOrder.enrolment.message", "enrolments", i, "schoolYear");
        }
      }
      List<CircumstanceEpisode> eps = child.getCircumstances();
      for (int i = 0; i < eps.size(); i++) {
        LocalDate start = eps.get(i).getStartedOn().orElse(null);
        if (start != null && start.isBefore(birth)) {
          if (v == null) {
            return false;
          }
          v.onElementProperty("DatesInOrder.episode.message", "circumstances", i, "startedOn");
        }
      }
    }
    return v == null || v.isValid();
  }
}

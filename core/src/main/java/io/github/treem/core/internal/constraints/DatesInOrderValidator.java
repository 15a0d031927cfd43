package io.github.treem.core.internal.constraints;

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
import java.util.Optional;

/** Checks {@link DatesInOrder} (internal: not API). */
public final class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, Child> {

  /** Creates the validator (called by the Bean Validation provider). */
  public DatesInOrderValidator() {}

  @Override
  public boolean isValid(Child child, ConstraintValidatorContext context) {
    if (child == null) {
      return true;
    }
    Violations v = new Violations(context);
    Optional<LocalDate> birth = child.getDateOfBirth();
    if (birth.isPresent()) {
      LocalDate b = birth.get();
      child.getBirthRegistration().ifPresent(r -> {
        if (r.getRegisteredOn().isBefore(b)) {
          v.onNested("DatesInOrder.registration.message", "birthRegistration", "registeredOn");
        }
      });
      List<GrowthMeasurement> ms = child.getMeasurements();
      for (int i = 0; i < ms.size(); i++) {
        if (ms.get(i).getMeasuredOn().isBefore(b)) {
          v.onElementProperty("DatesInOrder.measurement.message", "measurements", i, "measuredOn");
        }
      }
    }
    List<HealthInsuranceCard> cards = child.getHealthInsuranceCards();
    for (int i = 0; i < cards.size(); i++) {
      HealthInsuranceCard c = cards.get(i);
      if (birth.isPresent() && c.getIssuedOn().isPresent() && c.getIssuedOn().get().isBefore(birth.get())) {
        v.onElementProperty("DatesInOrder.cardIssue.message", "healthInsuranceCards", i, "issuedOn");
      }
      if (c.getIssuedOn().isPresent() && c.getValidTo().isPresent()
          && c.getValidTo().get().isBefore(c.getIssuedOn().get())) {
        v.onElementProperty("DatesInOrder.cardValidity.message", "healthInsuranceCards", i, "validTo");
      }
    }
    if (birth.isPresent()) {
      LocalDate b = birth.get();
      List<SchoolEnrolment> es = child.getEnrolments();
      for (int i = 0; i < es.size(); i++) {
        if (es.get(i).getSchoolYear() < b.getYear()) {
          v.onElementProperty("DatesInOrder.enrolment.message", "enrolments", i, "schoolYear");
        }
      }
      List<CircumstanceEpisode> eps = child.getCircumstances();
      for (int i = 0; i < eps.size(); i++) {
        Optional<LocalDate> start = eps.get(i).getStartedOn();
        if (start.isPresent() && start.get().isBefore(b)) {
          v.onElementProperty("DatesInOrder.episode.message", "circumstances", i, "startedOn");
        }
      }
    }
    return v.isValid();
  }
}

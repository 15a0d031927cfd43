package io.github.treem.core.internal.constraints;

import io.github.treem.core.Child;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.constraints.TeCardForUnderSix;
import io.github.treem.core.id.HealthInsuranceCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;

/** Checks {@link TeCardForUnderSix} (internal: not API). */
public final class TeCardForUnderSixValidator implements ConstraintValidator<TeCardForUnderSix, Child> {

  /** Creates the validator (called by the Bean Validation provider). */
  public TeCardForUnderSixValidator() {}

  @Override
  public boolean isValid(Child child, ConstraintValidatorContext context) {
    if (child == null || child.getDateOfBirth().isEmpty()) {
      return true;
    }
    LocalDate birth = child.getDateOfBirth().get();
    LocalDate months72 = birth.plusMonths(72);
    Violations v = new Violations(context);
    List<HealthInsuranceCard> cards = child.getHealthInsuranceCards();
    for (int i = 0; i < cards.size(); i++) {
      HealthInsuranceCard c = cards.get(i);
      if (c.getIssuedOn().isEmpty() || !HealthInsuranceCode.isWellFormed(c.getNumber())) {
        continue;
      }
      LocalDate issued = c.getIssuedOn().get();
      boolean underSix = !issued.isBefore(birth) && issued.isBefore(months72);
      if (underSix && !HealthInsuranceCode.parse(c.getNumber()).isChildUnderSix()) {
        v.onElementProperty("TeCardForUnderSix.message", "healthInsuranceCards", i, "number");
      }
    }
    return v.isValid();
  }
}

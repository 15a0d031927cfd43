package io.github.treem.core.internal.constraints;

import io.github.treem.core.Child;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.constraints.TeCardForUnderSix;
import io.github.treem.core.id.HealthInsuranceCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks {@link TeCardForUnderSix} (internal: not API). */
public final class TeCardForUnderSixValidator implements ConstraintValidator<TeCardForUnderSix, Child> {

  /** Creates the validator (called by the Bean Validation provider). */
  public TeCardForUnderSixValidator() {}

  @Override
  public boolean isValid(Child child, ConstraintValidatorContext context) {
    return child == null || check(child, child.getDateOfBirth().orElse(null), new Violations(context));
  }

  /**
   * The rule itself: a well-formed card issued on or after the birth and before the 72nd month has
   * the beneficiary group {@code TE}.
   *
   * @param child the child
   * @param birth its date of birth, or null (the rule then holds)
   * @param v where each violation goes, or null to stop at the first one ({@link FastChecks})
   * @return true when the constraint holds
   */
  static boolean check(Child child, @Nullable LocalDate birth, @Nullable Violations v) {
    if (birth == null) {
      return true;
    }
    LocalDate months72 = null; // computed at the first card it concerns: most children have none
    List<HealthInsuranceCard> cards = child.getHealthInsuranceCards();
    for (int i = 0; i < cards.size(); i++) {
      HealthInsuranceCard c = cards.get(i);
      LocalDate issued = c.getIssuedOn().orElse(null);
      String number = c.getNumber();
      if (issued == null || !HealthInsuranceCode.isWellFormed(number)) {
        continue;
      }
      if (months72 == null) {
        months72 = birth.plusMonths(72);
      }
      boolean underSix = !issued.isBefore(birth) && issued.isBefore(months72);
      // HealthInsuranceCode.parse(number).isChildUnderSix() without the second parse: the group is
      // the first 2 characters of the (well-formed) code
      if (underSix && !number.strip().startsWith(HealthInsuranceCode.CHILD_UNDER_SIX_GROUP)) {
        if (v == null) {
          return false;
        }
        v.onElementProperty("TeCardForUnderSix.message", "healthInsuranceCards", i, "number");
      }
    }
    return v == null || v.isValid();
  }
}

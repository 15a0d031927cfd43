package io.github.treem.core.internal.constraints;

import io.github.treem.core.Child;
import io.github.treem.core.constraints.ChildUnder16;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ChildUnder16} (internal: not API). The reference date is the date of the
 * validator's clock provider, never the system clock directly.
 */
public final class ChildUnder16Validator implements ConstraintValidator<ChildUnder16, Child> {

  /** Creates the validator (called by the Bean Validation provider). */
  public ChildUnder16Validator() {}

  @Override
  public boolean isValid(Child child, ConstraintValidatorContext context) {
    if (child == null
        || holds(child.getDateOfBirth().orElse(null), LocalDate.now(context.getClockProvider().getClock()))) {
      return true;
    }
    Violations v = new Violations(context);
    v.onProperty("ChildUnder16.message", "dateOfBirth");
    return v.isValid();
  }

  /**
   * The rule itself: no date of birth, or born after the reference date, or under 16 on it.
   *
   * @param birth the child's date of birth, or null
   * @param reference the reference date
   * @return true when the constraint holds
   */
  static boolean holds(@Nullable LocalDate birth, LocalDate reference) {
    return birth == null || birth.isAfter(reference) || Period.between(birth, reference).getYears() < 16;
  }
}

package io.github.treem.core.internal.constraints;

import io.github.treem.core.Child;
import io.github.treem.core.constraints.ConsistentPersonalId;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.taxonomy.Sex;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Checks {@link ConsistentPersonalId} (internal: not API). */
public final class ConsistentPersonalIdValidator implements ConstraintValidator<ConsistentPersonalId, Child> {

  /** Creates the validator (called by the Bean Validation provider). */
  public ConsistentPersonalIdValidator() {}

  @Override
  public boolean isValid(Child child, ConstraintValidatorContext context) {
    if (child == null
        || holds(child.getPersonalId().orElse(null), child.getSex().orElse(null), child.getDateOfBirth().orElse(null))) {
      return true;
    }
    Violations v = new Violations(context);
    v.onProperty("ConsistentPersonalId.message", "personalId");
    return v.isValid();
  }

  /**
   * The rule itself (also {@link FastChecks}'s, which reads the child's values once): it holds
   * unless the number, the sex and the date of birth are all given and the number's sex or year of
   * birth disagrees.
   *
   * @param id the personal identification number, or null
   * @param sex the sex, or null
   * @param birth the date of birth, or null
   * @return true when the constraint holds
   */
  static boolean holds(@Nullable PersonalIdNumber id, @Nullable Sex sex, @Nullable LocalDate birth) {
    return id == null || sex == null || birth == null || id.isConsistentWith(sex, birth.getYear());
  }
}

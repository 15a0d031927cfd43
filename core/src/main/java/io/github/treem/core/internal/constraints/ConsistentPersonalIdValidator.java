package io.github.treem.core.internal.constraints;

import io.github.treem.core.Child;
import io.github.treem.core.constraints.ConsistentPersonalId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ConsistentPersonalId} (internal: not API). */
public final class ConsistentPersonalIdValidator implements ConstraintValidator<ConsistentPersonalId, Child> {

  /** Creates the validator (called by the Bean Validation provider). */
  public ConsistentPersonalIdValidator() {}

  @Override
  public boolean isValid(Child child, ConstraintValidatorContext context) {
    if (child == null || child.getPersonalId().isEmpty() || child.getSex().isEmpty()
        || child.getDateOfBirth().isEmpty()) {
      return true;
    }
    if (child.getPersonalId().get().isConsistentWith(child.getSex().get(), child.getDateOfBirth().get().getYear())) {
      return true;
    }
    Violations v = new Violations(context);
    v.onProperty("ConsistentPersonalId.message", "personalId");
    return v.isValid();
  }
}

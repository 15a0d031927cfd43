package io.github.treem.core.internal.constraints;

import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.constraints.ConsistentGrade;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ConsistentGrade} (internal: not API). */
public final class ConsistentGradeValidator implements ConstraintValidator<ConsistentGrade, SchoolEnrolment> {

  /** Creates the validator (called by the Bean Validation provider). */
  public ConsistentGradeValidator() {}

  @Override
  public boolean isValid(SchoolEnrolment enrolment, ConstraintValidatorContext context) {
    if (enrolment == null || enrolment.getGrade().isEmpty()
        || enrolment.getLevel().hasGrade(enrolment.getGrade().getAsInt())) {
      return true;
    }
    Violations v = new Violations(context);
    v.onProperty(enrolment.getLevel().getFirstGrade() == 0 ? "ConsistentGrade.noGrade.message" : "ConsistentGrade.message",
        "grade");
    return v.isValid();
  }
}

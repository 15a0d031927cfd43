package io.github.treem.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.treem.core.internal.constraints.ConsistentGradeValidator;
import io.github.treem.core.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On a {@link io.github.treem.core.SchoolEnrolment}: the grade, when recorded, belongs to the
 * level ({@link io.github.treem.core.SchoolLevel#hasGrade(int)}); a child not enrolled or in
 * preschool has no grade. The violation is on {@code grade}.
 *
 * <p>Issue code: {@link io.github.treem.core.validation.ValidationCode#ENROLMENT_GRADE_LEVEL}. Severity: ERROR.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ConsistentGradeValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ConsistentGrade.List.class)
@API(status = API.Status.STABLE, since = "0.1")
public @interface ConsistentGrade {

  /** {@return the message template (a key of {@code ContributorValidationMessages})} */
  String message() default "{io.github.treem.core.constraints.ConsistentGrade.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload; {@link Severity.Warning} or {@link Severity.Info} lower the severity} */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link ConsistentGrade} constraints on the same element. */
  @Documented
  @Target({TYPE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the constraints} */
    ConsistentGrade[] value();
  }
}

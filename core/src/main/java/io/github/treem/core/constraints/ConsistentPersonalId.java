package io.github.treem.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.treem.core.internal.constraints.ConsistentPersonalIdValidator;
import io.github.treem.core.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On a {@link io.github.treem.core.Child}: the personal identification number agrees with the
 * recorded sex and year of birth ({@link io.github.treem.core.id.PersonalIdNumber#isConsistentWith}).
 * Checked only when the number, the sex and the date of birth are all known. The violation is on
 * {@code personalId}.
 *
 * <p>Issue code: {@link io.github.treem.core.validation.ValidationCode#CHILD_PERSONAL_ID_MISMATCH}. Severity: ERROR.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ConsistentPersonalIdValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ConsistentPersonalId.List.class)
@API(status = API.Status.STABLE, since = "0.1")
public @interface ConsistentPersonalId {

  /** {@return the message template (a key of {@code ContributorValidationMessages})} */
  String message() default "{io.github.treem.core.constraints.ConsistentPersonalId.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload; {@link Severity.Warning} or {@link Severity.Info} lower the severity} */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link ConsistentPersonalId} constraints on the same element. */
  @Documented
  @Target({TYPE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the constraints} */
    ConsistentPersonalId[] value();
  }
}

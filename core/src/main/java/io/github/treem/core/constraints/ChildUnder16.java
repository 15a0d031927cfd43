package io.github.treem.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.treem.core.internal.constraints.ChildUnder16Validator;
import io.github.treem.core.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On a {@link io.github.treem.core.Child}: the child is under 16 completed years old at the
 * reference date (the Law on Children covers persons under 16). The reference date is the date of
 * the clock of the validator's {@link jakarta.validation.ClockProvider}:
 * {@code io.github.treem.core.validation.TreemValidator} fixes it at its reference date, whereas a
 * validator built otherwise reads its provider's clock (by default the system clock). Checked only
 * when the date of birth is known. The violation is on {@code dateOfBirth}.
 *
 * <p>Issue code: {@link io.github.treem.core.validation.ValidationCode#CHILD_AGE_16_OR_OVER}. Severity: meant as a warning; the Bean Validation specification requires an empty default
 * payload, so each use names it: {@code @ChildUnder16(payload = Severity.Warning.class)}, as
 * {@link io.github.treem.core.Child} does.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ChildUnder16Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ChildUnder16.List.class)
@API(status = API.Status.STABLE, since = "0.1")
public @interface ChildUnder16 {

  /** {@return the message template (a key of {@code ContributorValidationMessages})} */
  String message() default "{io.github.treem.core.constraints.ChildUnder16.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload; {@link Severity.Warning} or {@link Severity.Info} lower the severity} */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link ChildUnder16} constraints on the same element. */
  @Documented
  @Target({TYPE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the constraints} */
    ChildUnder16[] value();
  }
}

package io.github.treem.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.treem.core.internal.constraints.TeCardForUnderSixValidator;
import io.github.treem.core.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On a {@link io.github.treem.core.Child}: a well-formed health-insurance card issued while the
 * child was under 72 months old has the beneficiary group {@code TE} (children under 6, Law on
 * Health Insurance Art. 12). Checked only when the date of birth and the issue date are known and
 * the code is well formed. The violation is on {@code healthInsuranceCards[i].number}.
 *
 * <p>Issue code: {@link io.github.treem.core.validation.ValidationCode#CHILD_CARD_NOT_TE}. Severity: meant as a warning; the Bean Validation specification requires an empty default
 * payload, so each use names it: {@code @TeCardForUnderSix(payload = Severity.Warning.class)}, as
 * {@link io.github.treem.core.Child} does.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = TeCardForUnderSixValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(TeCardForUnderSix.List.class)
@API(status = API.Status.STABLE, since = "0.1")
public @interface TeCardForUnderSix {

  /** {@return the message template (a key of {@code ContributorValidationMessages})} */
  String message() default "{io.github.treem.core.constraints.TeCardForUnderSix.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload; {@link Severity.Warning} or {@link Severity.Info} lower the severity} */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link TeCardForUnderSix} constraints on the same element. */
  @Documented
  @Target({TYPE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the constraints} */
    TeCardForUnderSix[] value();
  }
}

package io.github.treem.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.treem.core.internal.constraints.DatesInOrderValidator;
import io.github.treem.core.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On a {@link io.github.treem.core.Child}: the recorded dates are in order. The date of birth is
 * on or before the birth registration, every measurement, every card issue and the start of every
 * special-circumstance episode; every enrolment is in a school year starting in or after the year
 * of birth; every card is valid to a date on or after its issue. Pairs with a missing date are
 * not checked.
 *
 * <p>One violation per broken pair, on the later property of the pair, e.g.
 * {@code measurements[2].measuredOn}, {@code birthRegistration.registeredOn},
 * {@code healthInsuranceCards[0].issuedOn}, {@code healthInsuranceCards[0].validTo},
 * {@code enrolments[1].schoolYear}, {@code circumstances[0].startedOn}.
 *
 * <p>Issue code: {@link io.github.treem.core.validation.ValidationCode#CHILD_DATES_ORDER}. Severity: ERROR.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = DatesInOrderValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(DatesInOrder.List.class)
@API(status = API.Status.STABLE, since = "0.1")
public @interface DatesInOrder {

  /** {@return the message template (a key of {@code ContributorValidationMessages})} */
  String message() default "{io.github.treem.core.constraints.DatesInOrder.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload; {@link Severity.Warning} or {@link Severity.Info} lower the severity} */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link DatesInOrder} constraints on the same element. */
  @Documented
  @Target({TYPE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the constraints} */
    DatesInOrder[] value();
  }
}

package io.github.treem.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.treem.core.internal.constraints.ValidHealthInsuranceCodeValidator;
import io.github.treem.core.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On a {@link CharSequence}: a health-insurance card code of 15 characters (2 capital letters, a
 * benefit digit 1-5, 2 province digits, 10 digits; see
 * {@link io.github.treem.core.id.HealthInsuranceCode#isWellFormed(String)}), or also a bare
 * 10-digit social-insurance number when {@link #accept()} lists
 * {@link Form#SOCIAL_INSURANCE_NUMBER}. {@code null} and the empty text are valid.
 *
 * <p>Issue code: {@link io.github.treem.core.validation.ValidationCode#HI_CARD_CODE_FORMAT}. Severity: ERROR.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ValidHealthInsuranceCodeValidator.class)
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidHealthInsuranceCode.List.class)
@API(status = API.Status.STABLE, since = "0.1")
public @interface ValidHealthInsuranceCode {

  /** {@return the message template (a key of {@code ContributorValidationMessages})} */
  String message() default "{io.github.treem.core.constraints.ValidHealthInsuranceCode.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload; {@link Severity.Warning} or {@link Severity.Info} lower the severity} */
  Class<? extends Payload>[] payload() default {};

  /** {@return the forms accepted; by default only the 15-character card code} */
  Form[] accept() default {Form.CARD_CODE};

  /** The written forms of a card number. */
  enum Form {
    /** The 15-character card code, e.g. {@code TE1} + 2 province digits + 10 digits. */
    CARD_CODE,
    /**
     * The bare 10-digit social-insurance number (mã số BHXH), which cards on the 2021 form
     * reportedly print alone (unconfirmed).
     */
    SOCIAL_INSURANCE_NUMBER
  }

  /** Several {@link ValidHealthInsuranceCode} constraints on the same element. */
  @Documented
  @Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the constraints} */
    ValidHealthInsuranceCode[] value();
  }
}

package io.github.treem.core.internal.constraints;

import io.github.treem.core.constraints.ValidHealthInsuranceCode;
import io.github.treem.core.id.HealthInsuranceCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;

/** Checks {@link ValidHealthInsuranceCode} (internal: not API). */
public final class ValidHealthInsuranceCodeValidator implements ConstraintValidator<ValidHealthInsuranceCode, CharSequence> {
  private boolean acceptCardCode = true;
  private boolean acceptSocialInsuranceNumber;

  /** Creates the validator (called by the Bean Validation provider). */
  public ValidHealthInsuranceCodeValidator() {}

  @Override
  public void initialize(ValidHealthInsuranceCode constraint) {
    acceptCardCode = Arrays.asList(constraint.accept()).contains(ValidHealthInsuranceCode.Form.CARD_CODE);
    acceptSocialInsuranceNumber =
        Arrays.asList(constraint.accept()).contains(ValidHealthInsuranceCode.Form.SOCIAL_INSURANCE_NUMBER);
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null || value.length() == 0) {
      return true;
    }
    String text = value.toString();
    return (acceptCardCode && HealthInsuranceCode.isWellFormed(text))
        || (acceptSocialInsuranceNumber && HealthInsuranceCode.isSocialInsuranceNumber(text));
  }
}

package io.github.treem.core.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Collects the violations of a class-level validator, each on the property it concerns, in place
 * of the default violation on the bean itself. Without a context (null: {@link FastChecks}) it
 * only records that a violation was found.
 */
final class Violations {
  private static final String PREFIX = "{io.github.treem.core.constraints.";
  private final ConstraintValidatorContext context;
  private boolean any;

  Violations(ConstraintValidatorContext context) {
    this.context = context;
  }

  /** The full template of a key relative to the constraints package, e.g. {@code "X.message"}. */
  static String template(String key) {
    return PREFIX + key + "}";
  }

  private ConstraintValidatorContext.ConstraintViolationBuilder start(String key) {
    if (!any) {
      context.disableDefaultConstraintViolation();
      any = true;
    }
    return context.buildConstraintViolationWithTemplate(template(key));
  }

  /** A violation on a property of the bean, e.g. {@code personalId}. */
  void onProperty(String key, String property) {
    if (probe()) {
      return;
    }
    start(key).addPropertyNode(property).addConstraintViolation();
  }

  /** A violation on a property of a property, e.g. {@code birthRegistration.registeredOn}. */
  void onNested(String key, String property, String nested) {
    if (probe()) {
      return;
    }
    start(key).addPropertyNode(property).addPropertyNode(nested).addConstraintViolation();
  }

  /** A violation on a property of a list element, e.g. {@code measurements[2].measuredOn}. */
  void onElementProperty(String key, String list, int index, String property) {
    if (probe()) {
      return;
    }
    start(key).addPropertyNode(list).addPropertyNode(property).inIterable().atIndex(index).addConstraintViolation();
  }

  /** A violation on a list element itself, e.g. {@code circumstances[3]}. */
  void onElement(String key, String list, int index) {
    if (probe()) {
      return;
    }
    start(key).addPropertyNode(list).addBeanNode().inIterable().atIndex(index).addConstraintViolation();
  }

  /** Without a context: record the violation, build nothing. */
  private boolean probe() {
    if (context == null) {
      any = true;
      return true;
    }
    return false;
  }

  /** {@return true when no violation was added} */
  boolean isValid() {
    return !any;
  }
}

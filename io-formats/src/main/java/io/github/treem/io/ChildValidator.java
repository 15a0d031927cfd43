package io.github.treem.io;

import io.github.treem.core.Child;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.io.internal.SharedTreemValidator;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Validates a child read from a register. Readers add the issues of the report to the record
 * (located at the record's line, the property path kept) and reject a record whose report holds
 * an error, in both read modes; warnings stay on the accepted record.
 *
 * <p>By default the readers use {@link #treem(LocalDate)} at the options' reference date (see
 * {@link ReadOptions#getValidation()}); set another one with
 * {@link ReadOptions.Builder#validator(ChildValidator)}, e.g. one that adds an application's own
 * rules to treem's.
 *
 * @since 0.1.0
 */
@FunctionalInterface
@API(status = API.Status.STABLE, since = "0.1")
public interface ChildValidator {
  /**
   * Validates a child.
   *
   * @param child the child
   * @return the report (never null)
   */
  ValidationReport validate(Child child);

  /**
   * treem's own rules ({@link io.github.treem.core.validation.TreemValidator}) at a reference date:
   * the readers' default. The validator behind it is shared by every read of the JVM with the
   * same date (it is thread-safe; its Hibernate Validator factory is built only when a child fails
   * the fast checks), is never closed, and is dropped for the garbage collector when more than a
   * few dozen dates are in use. The returned object is serializable (it holds only the date), so
   * it can be shipped to Spark executors.
   *
   * @param referenceDate the date that stands for "today" in the rules
   * @return the validator
   * @since 0.2.0
   */
  static ChildValidator treem(LocalDate referenceDate) {
    return SharedTreemValidator.of(referenceDate);
  }
}

package io.github.treem.io;

import org.apiguardian.api.API;
import io.github.treem.core.Child;
import io.github.treem.core.validation.ValidationReport;

/**
 * Validates a child read from a register, e.g. {@code TreemValidator.of(referenceDate)::validate}.
 * Readers add the issues of the report to the record (located at the record's line) and, in
 * {@link ReadMode#STRICT}, reject a record whose report holds an error.
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
}

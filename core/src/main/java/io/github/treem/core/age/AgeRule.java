package io.github.treem.core.age;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A rule that computes an age at an explicit date. treem has no single notion of age: the Law on
 * Children counts completed years, health insurance completed months, the WHO growth standards
 * days, and schools the calendar year of birth. Every age is computed at a date the caller gives;
 * nothing reads the clock. The built-in rules are the constants of {@link AgeRules}.
 *
 * <pre>{@code
 * long years = AgeRules.COMPLETED_YEARS.ageAt(LocalDate.of(2015, 2, 28), LocalDate.of(2020, 2, 28)); // 5
 * }</pre>
 *
 * <p>For implementors: implementations must be immutable, thread-safe and pure (the result depends
 * only on the two dates), and must reject a date before the birth with
 * {@link io.github.treem.core.validation.InvalidValueException} rather than return a negative or zero age.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface AgeRule {

  /**
   * The age at a date.
   *
   * @param birth the date of birth
   * @param at the date at which the age is wanted, not before {@code birth}
   * @return the age, in the rule's unit, at least 0
   * @throws io.github.treem.core.validation.InvalidValueException (code {@code TREEM-CORE-0701}) when
   *     {@code at} is before {@code birth}
   */
  long ageAt(LocalDate birth, LocalDate at);

  /**
   * Whether a person born at a date is under an age limit at a date. A person not yet born at the
   * date is not under the limit (the method then returns false, it does not throw).
   *
   * @param limit the limit, in the rule's unit (e.g. 16 for completed years)
   * @param birth the date of birth
   * @param at the date
   * @return true when born on or before {@code at} and {@code ageAt(birth, at) < limit}
   */
  default boolean isUnder(long limit, LocalDate birth, LocalDate at) {
    return !at.isBefore(birth) && ageAt(birth, at) < limit;
  }

  /** {@return the Vietnamese name of the rule} */
  String getNameVi();

  /** {@return the English name of the rule} */
  String getNameEn();
}

package io.github.treem.testkit;

import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.ValueState;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one indicator computed from a register (from
 * {@link RegisterAssert#reportsIndicator(String)}). Messages show the indicator's figures only.
 *
 * <pre>{@code
 * assertThatRegister(file).forYear(2020).reportsIndicator("HI_U6")
 *     .withNumerator(93).withDenominator(101).withValue("92.1");
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IndicatorAssert extends AbstractAssert<IndicatorAssert, IndicatorResult> {
  private final RegisterAssert register;

  IndicatorAssert(IndicatorResult actual, RegisterAssert register) {
    super(actual, IndicatorAssert.class);
    this.register = register;
  }

  private String figures() {
    return actual.getCode() + " = " + actual.getValue().map(BigDecimal::toPlainString).orElse("(none)")
        + " (numerator " + actual.getNumerator() + ", denominator " + actual.getDenominator() + ", state "
        + actual.getState() + ")";
  }

  /**
   * Verifies that the indicator has a value (state {@link ValueState#VALUE}).
   *
   * @return this
   */
  public IndicatorAssert hasValue() {
    return withState(ValueState.VALUE);
  }

  /**
   * Verifies the value, compared numerically ({@code 92.10} equals {@code 92.1}).
   *
   * @param expected the value, e.g. {@code new BigDecimal("92.1")}
   * @return this
   */
  public IndicatorAssert withValue(BigDecimal expected) {
    if (actual.getValue().isEmpty() || actual.getValue().get().compareTo(expected) != 0) {
      failWithMessage("%s", "Expecting " + actual.getCode() + " to have the value " + expected.toPlainString()
          + ", but " + figures());
    }
    return this;
  }

  /**
   * Verifies the value, compared numerically.
   *
   * @param expected the value as a decimal string, e.g. {@code "92.1"}
   * @return this
   */
  public IndicatorAssert withValue(String expected) {
    return withValue(new BigDecimal(expected));
  }

  /**
   * Verifies the numerator.
   *
   * @param expected the numerator
   * @return this
   */
  public IndicatorAssert withNumerator(long expected) {
    if (actual.getNumerator() != expected) {
      failWithMessage("%s", "Expecting " + actual.getCode() + " to have the numerator " + expected + ", but "
          + figures());
    }
    return this;
  }

  /**
   * Verifies the denominator.
   *
   * @param expected the denominator
   * @return this
   */
  public IndicatorAssert withDenominator(long expected) {
    if (actual.getDenominator() != expected) {
      failWithMessage("%s", "Expecting " + actual.getCode() + " to have the denominator " + expected + ", but "
          + figures());
    }
    return this;
  }

  /**
   * Verifies the state of the value.
   *
   * @param expected the state
   * @return this
   */
  public IndicatorAssert withState(ValueState expected) {
    if (actual.getState() != expected) {
      failWithMessage("%s", "Expecting " + actual.getCode() + " to be in state " + expected + ", but " + figures());
    }
    return this;
  }

  /** {@return the assertion on the whole register, to chain further checks} */
  public RegisterAssert and() {
    return register;
  }
}

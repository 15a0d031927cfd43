package io.github.treem.indicators.internal;

import java.util.OptionalLong;

/**
 * The least and greatest values of linear expressions over the integer points of a
 * {@link LinearProblem}, in the group model the problem's published figures allow: the strict one
 * when it has an integer point, else the overlapping one.
 */
public interface Ranges {

  /** {@return whether the strict group model is used (it has an integer point)} */
  boolean isStrict();

  /**
   * The least or greatest value of {@code Σ coefs[i]·x[vars[i]]} over the integer points.
   *
   * @param vars the variables of the expression
   * @param coefs their coefficients
   * @param maximise true for the greatest value
   * @return the optimum, or empty when no integer point satisfies the relations of the
   *     variables' part of the problem (the published figures contradict them)
   */
  OptionalLong optimum(int[] vars, long[] coefs, boolean maximise);

  /** {@return the linear programs solved so far} */
  int linearPrograms();

  /** {@return the integer programs solved so far (where a linear optimum was not integral)} */
  int integerPrograms();
}

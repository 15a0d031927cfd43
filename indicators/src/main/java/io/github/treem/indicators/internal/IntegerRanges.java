package io.github.treem.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The range of a linear expression over non-negative integer variables bound by linear
 * constraints, by ojAlgo's solvers: the linear relaxation first (simplex), then, when its
 * optimum is not integral, branch and bound on the integer program. Used by the disclosure audit;
 * the variables are the hidden figures of a report.
 *
 * <p>Implementation requirements: not thread-safe (one per audit); the model is rebuilt for every
 * optimisation, so that no solver state carries from one objective to the next.
 */
public final class IntegerRanges {
  /** An upper bound larger than any count of a commune or province. */
  public static final long UNBOUNDED = 1_000_000_000L;

  private static final double TOLERANCE = 1e-6;

  private final long[] lower;
  private final long[] upper;
  private final List<Row> rows = new ArrayList<>();
  private int lpSolves;
  private int mipSolves;

  private record Row(int[] vars, long[] coefs, long lower, long upper) {}

  /**
   * A problem over variables with bounds.
   *
   * @param lower the lower bound of each variable
   * @param upper the upper bound of each variable
   */
  public IntegerRanges(long[] lower, long[] upper) {
    this.lower = lower.clone();
    this.upper = upper.clone();
  }

  /**
   * Adds a constraint {@code lower ≤ Σ coefs[i]·x[vars[i]] ≤ upper}.
   *
   * @param vars the variables
   * @param coefs their coefficients
   * @param lo the lower bound ({@link Long#MIN_VALUE}: none)
   * @param hi the upper bound ({@link Long#MAX_VALUE}: none)
   */
  public void add(int[] vars, long[] coefs, long lo, long hi) {
    java.util.TreeMap<Integer, Long> merged = new java.util.TreeMap<>();
    for (int i = 0; i < vars.length; i++) {
      merged.merge(vars[i], coefs[i], Long::sum);
    }
    merged.values().removeIf(c -> c == 0);
    rows.add(new Row(merged.keySet().stream().mapToInt(Integer::intValue).toArray(),
        merged.values().stream().mapToLong(Long::longValue).toArray(), lo, hi));
  }

  /** {@return the number of linear programs solved so far} */
  public int lpSolves() {
    return lpSolves;
  }

  /** {@return the number of integer programs solved so far (LP optimum not integral)} */
  public int mipSolves() {
    return mipSolves;
  }

  /**
   * Whether any integer point satisfies the constraints.
   *
   * @return true when feasible
   */
  public boolean isFeasible() {
    ExpressionsBasedModel m = build(new int[0], new long[0], true);
    mipSolves++;
    return m.minimise().getState().isFeasible();
  }

  /**
   * The least or greatest value of {@code Σ coefs[i]·x[vars[i]]} over the integer points.
   *
   * @param vars the variables of the objective
   * @param coefs their coefficients
   * @param maximise true for the greatest value
   * @return the optimum, or empty when infeasible
   */
  public java.util.OptionalLong optimum(int[] vars, long[] coefs, boolean maximise) {
    ExpressionsBasedModel lp = build(vars, coefs, false);
    lpSolves++;
    Optimisation.Result r = maximise ? lp.maximise() : lp.minimise();
    if (!r.getState().isFeasible()) {
      return java.util.OptionalLong.empty();
    }
    boolean integral = true;
    for (int i = 0; i < r.count(); i++) {
      double x = r.doubleValue(i);
      if (Math.abs(x - Math.rint(x)) > TOLERANCE) {
        integral = false;
        break;
      }
    }
    if (!integral) {
      ExpressionsBasedModel mip = build(vars, coefs, true);
      mipSolves++;
      r = maximise ? mip.maximise() : mip.minimise();
      if (!r.getState().isFeasible()) {
        return java.util.OptionalLong.empty();
      }
    }
    double v = 0;
    for (int i = 0; i < vars.length; i++) {
      v += coefs[i] * r.doubleValue(vars[i]);
    }
    return java.util.OptionalLong.of(Math.round(v));
  }

  private ExpressionsBasedModel build(int[] objVars, long[] objCoefs, boolean integer) {
    ExpressionsBasedModel m = new ExpressionsBasedModel();
    Variable[] x = new Variable[lower.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = m.addVariable("x" + i).lower(lower[i]).upper(upper[i]).integer(integer);
    }
    for (int i = 0; i < objVars.length; i++) {
      x[objVars[i]].weight(objCoefs[i] + (x[objVars[i]].isContributionWeightSet()
          ? x[objVars[i]].getContributionWeight().longValue() : 0));
    }
    int k = 0;
    for (Row row : rows) {
      Expression e = m.addExpression("r" + k++);
      for (int i = 0; i < row.vars.length; i++) {
        e.set(x[row.vars[i]], row.coefs[i]);
      }
      if (row.lower != Long.MIN_VALUE) {
        e.lower(row.lower);
      }
      if (row.upper != Long.MAX_VALUE) {
        e.upper(row.upper);
      }
    }
    return m;
  }
}

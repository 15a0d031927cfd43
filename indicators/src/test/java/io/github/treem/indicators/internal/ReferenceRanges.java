package io.github.treem.indicators.internal;

import io.github.treem.indicators.internal.LinearProblem.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The straightforward audit solver, against which {@link IntegerRanges} is tested: the whole
 * problem in one ojAlgo model, rebuilt for every expression, every variable's upper bound
 * {@link IntegerRanges#UNBOUNDED}; the strict model's feasibility by integer programming; each
 * optimum by linear programming, then integer programming when the linear optimum is not
 * integral. (This was the audit's solver before the optimisation.)
 */
public final class ReferenceRanges implements Ranges {
  private static final double TOLERANCE = 1e-6;

  private final long[] lower;
  private final List<Relation> rows = new ArrayList<>();
  private final boolean strict;
  private int lp;
  private int mip;

  /**
   * Solves nothing yet; decides the group model.
   *
   * @param p the problem
   */
  public ReferenceRanges(LinearProblem p) {
    this.lower = p.lower();
    rows.addAll(p.common());
    rows.addAll(p.strict());
    boolean s = p.size() == 0 || isFeasible();
    if (!s) {
      rows.clear();
      rows.addAll(p.common());
      rows.addAll(p.overlap());
    }
    this.strict = s;
  }

  private boolean isFeasible() {
    ExpressionsBasedModel m = build(new int[0], new long[0], true);
    mip++;
    return m.minimise().getState().isFeasible();
  }

  @Override
  public boolean isStrict() {
    return strict;
  }

  @Override
  public OptionalLong optimum(int[] vars, long[] coefs, boolean maximise) {
    ExpressionsBasedModel model = build(vars, coefs, false);
    lp++;
    Optimisation.Result r = maximise ? model.maximise() : model.minimise();
    if (!r.getState().isFeasible()) {
      return OptionalLong.empty();
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
      ExpressionsBasedModel m = build(vars, coefs, true);
      mip++;
      r = maximise ? m.maximise() : m.minimise();
      if (!r.getState().isFeasible()) {
        return OptionalLong.empty();
      }
    }
    double v = 0;
    for (int i = 0; i < vars.length; i++) {
      v += coefs[i] * r.doubleValue(vars[i]);
    }
    return OptionalLong.of(Math.round(v));
  }

  @Override
  public int linearPrograms() {
    return lp;
  }

  @Override
  public int integerPrograms() {
    return mip;
  }

  private ExpressionsBasedModel build(int[] objVars, long[] objCoefs, boolean integer) {
    ExpressionsBasedModel m = new ExpressionsBasedModel();
    Variable[] x = new Variable[lower.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = m.addVariable("x" + i).lower(lower[i]).upper(IntegerRanges.UNBOUNDED).integer(integer);
    }
    long[] w = new long[x.length];
    for (int i = 0; i < objVars.length; i++) {
      w[objVars[i]] += objCoefs[i];
    }
    for (int i = 0; i < x.length; i++) {
      if (w[i] != 0) {
        x[i].weight(w[i]);
      }
    }
    int k = 0;
    for (Relation row : rows) {
      Expression e = m.addExpression("r" + k++);
      int[] vs = row.vars();
      long[] cs = row.coefs();
      for (int i = 0; i < vs.length; i++) {
        e.set(x[vs[i]], cs[i]);
      }
      if (row.lo() != LinearProblem.NONE_BELOW) {
        e.lower(row.lo());
      }
      if (row.hi() != LinearProblem.NONE_ABOVE) {
        e.upper(row.hi());
      }
    }
    return m;
  }
}

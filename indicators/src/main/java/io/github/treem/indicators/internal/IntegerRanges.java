package io.github.treem.indicators.internal;

import io.github.treem.indicators.internal.LinearProblem.Relation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.ojalgo.matrix.store.R064Store;
import org.ojalgo.matrix.store.RawStore;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * Exact ranges over the integer points of a {@link LinearProblem}, computed the fast way; the
 * figures are those of solving the whole problem for every expression (the equivalence test
 * checks it on thousands of reports).
 *
 * <ol>
 *   <li><b>Components.</b> Only relations that share a variable constrain each other: the problem
 *       splits into connected components, each solved alone. A variable in no relation ranges
 *       from its lower bound to {@link #UNBOUNDED} without a solver.</li>
 *   <li><b>Cache.</b> A component is keyed by its content (bounds and relations, variables
 *       renumbered in order); its solutions are kept in a {@link Cache} that the rounds of one
 *       publication share, so that a round re-solves only the components it changed.</li>
 *   <li><b>Bounds first.</b> Bound propagation (each relation bounds each of its variables by the
 *       others' bounds, repeated) gives valid bounds; an expression's bound from them (or from a
 *       relation on the same expression) that a known integer point attains is its optimum,
 *       without a solver. Known points are the integral optima of earlier solves, checked exactly
 *       in integer arithmetic.</li>
 *   <li><b>Linear, then integer.</b> Otherwise ojAlgo's simplex ({@link LinearSolver}, in double
 *       precision) solves the linear relaxation; an optimum that is integral (within 1e-6, then
 *       checked exactly) is the integer optimum; only otherwise does ojAlgo's branch and bound
 *       ({@link ExpressionsBasedModel} with integer variables) solve the integer program.</li>
 * </ol>
 *
 * <p>The group model: the strict relations are used when every component has an integer point
 * under them, else the overlapping ones everywhere (as when the whole problem is solved at once).
 *
 * <p>Implementation requirements: not thread-safe (one per audit; a {@link Cache} per publication).
 */
public final class IntegerRanges implements Ranges {
  /** An upper bound larger than any count of a commune or province. */
  public static final long UNBOUNDED = 1_000_000_000L;

  private static final double TOLERANCE = 1e-6;
  private static final int PROPAGATION_PASSES = 64;
  /** The most relation coefficients a dive visits before it gives up (some tens of milliseconds). */
  private static final long DIVE_WORK = 50_000_000L;
  /** The largest standard form (coefficients) a cached component keeps between its solves. */
  private static final long KEPT_FORM = 1L << 18;

  static {
    OjAlgoQuiet.ensure(); // before any ojAlgo class is initialised: a library does not print
  }

  private final Component[] parts;
  private final int[] partOf;
  private final int[] localOf;
  private final boolean strict;
  private final int[] solves = new int[2];

  /** Solved components, reused by the audits of one publication. Not thread-safe. */
  public static final class Cache {
    private final Map<Key, Component> components = new HashMap<>();

    /** An empty cache. */
    public Cache() {}

    /** {@return the number of distinct components solved} */
    public int size() {
      return components.size();
    }
  }

  private IntegerRanges(Component[] parts, int[] partOf, int[] localOf) {
    this.parts = parts;
    this.partOf = partOf;
    this.localOf = localOf;
    boolean s = true;
    for (Component c : parts) {
      if (!c.strict.isFeasible(solves)) {
        s = false;
        break;
      }
    }
    this.strict = s;
  }

  /**
   * The ranges of a problem, with a cache of its own.
   *
   * @param problem the problem
   * @return the ranges
   */
  public static IntegerRanges of(LinearProblem problem) {
    return of(problem, new Cache());
  }

  /**
   * The ranges of a problem, reusing the components already solved in a cache.
   *
   * @param problem the problem
   * @param cache the cache (of the same publication)
   * @return the ranges
   */
  public static IntegerRanges of(LinearProblem problem, Cache cache) {
    int n = problem.size();
    long[] lower = problem.lower();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<List<Relation>> sets = List.of(problem.common(), problem.strict(), problem.overlap());
    for (List<Relation> set : sets) {
      for (Relation r : set) {
        for (int i = 1; i < r.length(); i++) {
          union(parent, r.var(0), r.var(i));
        }
      }
    }
    int[] partOf = new int[n];
    int[] localOf = new int[n];
    int[] idOfRoot = new int[n];
    Arrays.fill(idOfRoot, -1);
    List<int[]> members = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      int root = find(parent, v);
      if (idOfRoot[root] < 0) {
        idOfRoot[root] = counts.size();
        counts.add(0);
      }
      int id = idOfRoot[root];
      partOf[v] = id;
      localOf[v] = counts.get(id);
      counts.set(id, counts.get(id) + 1);
    }
    for (int id = 0; id < counts.size(); id++) {
      members.add(new int[counts.get(id)]);
    }
    for (int v = 0; v < n; v++) {
      members.get(partOf[v])[localOf[v]] = v;
    }
    List<List<List<Relation>>> local = new ArrayList<>();
    for (int id = 0; id < members.size(); id++) {
      local.add(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }
    for (int s = 0; s < 3; s++) {
      for (Relation r : sets.get(s)) {
        int[] vars = new int[r.length()];
        long[] coefs = new long[r.length()];
        for (int i = 0; i < vars.length; i++) {
          vars[i] = localOf[r.var(i)];
          coefs[i] = r.coef(i);
        }
        local.get(partOf[r.var(0)]).get(s).add(new Relation(vars, coefs, r.lo(), r.hi()));
      }
    }
    Component[] parts = new Component[members.size()];
    for (int id = 0; id < parts.length; id++) {
      int[] m = members.get(id);
      long[] lo = new long[m.length];
      for (int i = 0; i < m.length; i++) {
        lo[i] = lower[m[i]];
      }
      List<List<Relation>> rel = local.get(id);
      Key key = Key.of(lo, rel);
      parts[id] = cache.components.computeIfAbsent(key, k -> new Component(lo, rel.get(0), rel.get(1), rel.get(2)));
    }
    return new IntegerRanges(parts, partOf, localOf);
  }

  private static int find(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  @Override
  public boolean isStrict() {
    return strict;
  }

  @Override
  public OptionalLong optimum(int[] vars, long[] coefs, boolean maximise) {
    Relation objective = Relation.of(vars, coefs, LinearProblem.NONE_BELOW, LinearProblem.NONE_ABOVE);
    if (objective == null) {
      return OptionalLong.of(0);
    }
    // the expression is separable: the sum of its parts' optima over their components
    Map<Integer, List<Integer>> byPart = new HashMap<>();
    for (int i = 0; i < objective.length(); i++) {
      byPart.computeIfAbsent(partOf[objective.var(i)], k -> new ArrayList<>()).add(i);
    }
    long total = 0;
    for (Map.Entry<Integer, List<Integer>> e : byPart.entrySet()) {
      List<Integer> terms = e.getValue();
      int[] lv = new int[terms.size()];
      long[] lc = new long[terms.size()];
      for (int k = 0; k < lv.length; k++) {
        lv[k] = localOf[objective.var(terms.get(k))];
        lc[k] = objective.coef(terms.get(k));
      }
      Component c = parts[e.getKey()];
      OptionalLong v = (strict ? c.strict : c.overlap).optimum(new Objective(lv, lc, maximise), solves);
      if (v.isEmpty()) {
        return v;
      }
      total += v.getAsLong();
    }
    return OptionalLong.of(total);
  }

  @Override
  public int linearPrograms() {
    return solves[0];
  }

  @Override
  public int integerPrograms() {
    return solves[1];
  }

  /** A component's content, the key of the cache. */
  @SuppressWarnings("ArrayRecordComponent") // equals and hashCode (below) compare the arrays' contents
  private record Key(long[] content) {
    static Key of(long[] lower, List<List<Relation>> sets) {
      List<Long> c = new ArrayList<>();
      c.add((long) lower.length);
      for (long l : lower) {
        c.add(l);
      }
      for (List<Relation> set : sets) {
        c.add((long) set.size());
        for (Relation r : set) {
          c.add((long) r.length());
          for (int i = 0; i < r.length(); i++) {
            c.add((long) r.var(i));
            c.add(r.coef(i));
          }
          c.add(r.lo());
          c.add(r.hi());
        }
      }
      return new Key(c.stream().mapToLong(Long::longValue).toArray());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(content, k.content);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
      return "Key" + Arrays.toString(content);
    }
  }

  /** An expression to optimise over a component's variables (local numbering, sorted). */
  @SuppressWarnings("ArrayRecordComponent") // equals and hashCode (below) compare the arrays' contents
  private record Objective(int[] vars, long[] coefs, boolean maximise) {
    long valueAt(long[] x) {
      long s = 0;
      for (int i = 0; i < vars.length; i++) {
        s += coefs[i] * x[vars[i]];
      }
      return s;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Objective b && Arrays.equals(vars, b.vars) && Arrays.equals(coefs, b.coefs)
          && maximise == b.maximise;
    }

    @Override
    public int hashCode() {
      return (Arrays.hashCode(vars) * 31 + Arrays.hashCode(coefs)) * 2 + (maximise ? 1 : 0);
    }

    @Override
    public String toString() {
      return (maximise ? "max " : "min ") + Arrays.toString(vars) + Arrays.toString(coefs);
    }
  }

  /** A connected component: its two models (one object when it has no group relations). */
  private static final class Component {
    final Model strict;
    final Model overlap;

    Component(long[] lower, List<Relation> common, List<Relation> strict, List<Relation> overlap) {
      if (strict.isEmpty() && overlap.isEmpty()) {
        this.strict = new Model(lower, common);
        this.overlap = this.strict;
      } else {
        List<Relation> s = new ArrayList<>(common);
        s.addAll(strict);
        List<Relation> o = new ArrayList<>(common);
        o.addAll(overlap);
        this.strict = new Model(lower, s);
        this.overlap = new Model(lower, o);
      }
    }
  }

  /**
   * The rows of a model in standard form ({@code y = x − lower ≥ 0}): equalities
   * {@code ae·y = be}, inequalities {@code ai·y ≤ bi}, among them {@code y ≤ upper − lower}.
   */
  private static final class StandardForm {
    final double[][] ae;
    final double[] be;
    final double[][] ai;
    final double[] bi;

    StandardForm(Model m) {
      List<double[]> aeRows = new ArrayList<>();
      List<Double> beRows = new ArrayList<>();
      List<double[]> aiRows = new ArrayList<>();
      List<Double> biRows = new ArrayList<>();
      for (Relation r : m.rows) {
        double[] a = new double[m.n];
        long shift = 0;
        for (int i = 0; i < r.length(); i++) {
          a[r.var(i)] = r.coef(i);
          shift += r.coef(i) * m.lower[r.var(i)];
        }
        if (r.lo() == r.hi()) {
          aeRows.add(a);
          beRows.add((double) (r.lo() - shift));
          continue;
        }
        if (r.hi() != LinearProblem.NONE_ABOVE) {
          aiRows.add(a);
          biRows.add((double) (r.hi() - shift));
        }
        if (r.lo() != LinearProblem.NONE_BELOW) {
          double[] neg = new double[m.n];
          for (int i = 0; i < m.n; i++) {
            neg[i] = -a[i];
          }
          aiRows.add(neg);
          biRows.add((double) (shift - r.lo()));
        }
      }
      for (int i = 0; i < m.n; i++) {
        double[] unit = new double[m.n];
        unit[i] = 1;
        aiRows.add(unit);
        biRows.add((double) (m.upper[i] - m.lower[i]));
      }
      ae = aeRows.toArray(new double[0][]);
      be = beRows.stream().mapToDouble(Double::doubleValue).toArray();
      ai = aiRows.toArray(new double[0][]);
      bi = biRows.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }

  /** One model of a component: bounds, relations, known integer points, solved expressions. */
  private static final class Model {
    final int n;
    final long[] lower;
    final long[] upper;
    final Relation[] rows;
    final boolean boundsInfeasible;
    final List<long[]> points = new ArrayList<>();
    final Map<Objective, OptionalLong> solved = new HashMap<>();
    @Nullable Boolean feasible;
    /** The number of coefficients of the relations (the scale of a dive's work). */
    final long nonzeros;
    private int @Nullable [][] rowsOf;
    private @Nullable StandardForm standardForm;
    private Optimisation.@Nullable Options options;

    Model(long[] lower, List<Relation> rows) {
      this.n = lower.length;
      this.lower = lower.clone();
      this.upper = new long[n];
      Arrays.fill(upper, UNBOUNDED);
      this.rows = rows.toArray(new Relation[0]);
      long nz = 0;
      for (Relation r : this.rows) {
        nz += r.length();
      }
      this.nonzeros = nz;
      this.boundsInfeasible = !propagate();
    }

    /**
     * Bound propagation: each relation bounds each of its variables by the bounds of the others,
     * rounded inwards (the variables are integers); repeated until nothing changes (at most
     * {@value #PROPAGATION_PASSES} passes: the bounds are valid after any number).
     *
     * @return false when the bounds cross (no integer point)
     */
    private boolean propagate() {
      for (int pass = 0; pass < PROPAGATION_PASSES; pass++) {
        boolean changed = false;
        for (Relation r : rows) {
          int n = narrow(r, lower, upper, null);
          if (n < 0) {
            return false;
          }
          changed |= n > 0;
        }
        if (!changed) {
          break;
        }
      }
      return true;
    }

    /**
     * Narrows the ranges of a relation's variables by the others' ranges, rounded inwards (the
     * variables are integers): the one step of bound propagation, of the model's bounds and of a
     * dive's.
     *
     * @param changed told of each variable whose range narrowed, or null
     * @return the number of variables whose range narrowed, or -1 when the relation cannot hold
     */
    private static int narrow(Relation r, long[] lower, long[] upper, @Nullable IntConsumer changed) {
      long min = 0;
      long max = 0;
      for (int i = 0; i < r.length(); i++) {
        long c = r.coef(i);
        int v = r.var(i);
        min += c > 0 ? c * lower[v] : c * upper[v];
        max += c > 0 ? c * upper[v] : c * lower[v];
      }
      if (min > r.hi() || max < r.lo()) {
        return -1;
      }
      int count = 0;
      for (int i = 0; i < r.length(); i++) {
        long c = r.coef(i);
        int v = r.var(i);
        long minRest = min - (c > 0 ? c * lower[v] : c * upper[v]);
        long maxRest = max - (c > 0 ? c * upper[v] : c * lower[v]);
        long lo = lower[v];
        long hi = upper[v];
        if (r.hi() != LinearProblem.NONE_ABOVE) {
          long b = r.hi() - minRest; // c·x ≤ b
          if (c > 0) {
            hi = Math.min(hi, Math.floorDiv(b, c));
          } else {
            lo = Math.max(lo, -Math.floorDiv(b, -c));
          }
        }
        if (r.lo() != LinearProblem.NONE_BELOW) {
          long b = r.lo() - maxRest; // c·x ≥ b
          if (c > 0) {
            lo = Math.max(lo, -Math.floorDiv(-b, c));
          } else {
            hi = Math.min(hi, Math.floorDiv(-b, -c));
          }
        }
        if (lo > hi) {
          return -1;
        }
        if (lo != lower[v] || hi != upper[v]) {
          lower[v] = lo;
          upper[v] = hi;
          count++;
          if (changed != null) {
            changed.accept(v);
          }
        }
      }
      return count;
    }

    /** Whether the model has an integer point; finds one. */
    boolean isFeasible(int[] solves) {
      if (feasible == null) {
        if (boundsInfeasible) {
          feasible = false;
        } else if (rows.length == 0) {
          points.add(lower.clone());
          feasible = true;
        } else {
          // the least total: a point with many figures at their least value
          int[] all = new int[n];
          long[] ones = new long[n];
          for (int i = 0; i < n; i++) {
            all[i] = i;
            ones[i] = 1;
          }
          Objective least = new Objective(all, ones, false);
          // a point the dive finds proves the model feasible: no linear program
          long[] p = dive(least);
          if (p != null) {
            points.add(p);
            feasible = true;
          } else {
            feasible = solve(least, solves).isPresent();
          }
        }
      }
      return feasible;
    }

    OptionalLong optimum(Objective o, int[] solves) {
      OptionalLong known = solved.get(o);
      if (known != null) {
        return known;
      }
      OptionalLong v;
      if (!isFeasible(solves)) {
        v = OptionalLong.empty();
      } else {
        long bound = bound(o);
        OptionalLong best = OptionalLong.empty();
        for (long[] p : points) {
          long x = o.valueAt(p);
          if (best.isEmpty() || (o.maximise ? x > best.getAsLong() : x < best.getAsLong())) {
            best = OptionalLong.of(x);
          }
        }
        if (best.isPresent() && best.getAsLong() == bound) {
          v = best; // a feasible point attains a valid bound: the optimum
        } else if (rows.length == 0) {
          v = OptionalLong.of(bound); // a box: the bound is attained
        } else {
          long[] p = dive(o);
          if (p != null) {
            points.add(p);
          }
          // a point that attains a valid bound is the optimum: no linear program (nor ojAlgo)
          v = p != null && o.valueAt(p) == bound ? OptionalLong.of(bound) : solve(o, solves);
        }
      }
      solved.put(o, v);
      return v;
    }

    /**
     * A dive for an integer point that attains an objective's bound, without a solver (the
     * "diving" primal heuristic of integer programming, on bound propagation): the objective's
     * variables are fixed, one after the other, at the end of their range the objective prefers,
     * then every other variable at its value in the last point known (or its least value), each
     * fixing followed by propagation over the
     * relations it touches, which narrows the other variables' ranges (a sum whose other terms
     * are fixed fixes its last one). A dive that meets crossing bounds, or too much work, gives
     * up.
     *
     * <p>What it finds is checked exactly ({@link #isPoint}); it is the optimum only when it
     * attains the bound every point satisfies ({@link #bound}), which {@link #optimum} checks: so
     * a dive never changes a range, it only spares the linear program (and, when every range of
     * an audit is spared, loading ojAlgo at all: a commune's report with a few hidden cells in
     * sums of published figures). Otherwise the solver decides, as before.
     *
     * @return an integer point, or null
     */
    private long @Nullable [] dive(Objective o) {
      if (boundsInfeasible) {
        return null;
      }
      int[][] rowsOf = rowsOf();
      long[] lo = lower.clone();
      long[] hi = upper.clone();
      // each fixing may visit every relation again (a sum over the whole component is visited
      // once per term fixed): the work allowed grows as variables × coefficients, within a bound
      Dive d = new Dive(lo, hi, rowsOf, Math.min(DIVE_WORK, (n + 64L) * (nonzeros + 64L)));
      for (int i = 0; i < o.vars.length; i++) {
        int v = o.vars[i];
        long at = (o.coefs[i] > 0) == o.maximise ? hi[v] : lo[v];
        if (!fix(v, at, d)) {
          return null;
        }
      }
      // the other variables at the values of the last point known (guided diving), within their
      // ranges, else at their least values
      long @Nullable [] guide = points.isEmpty() ? null : points.get(points.size() - 1);
      for (int v = 0; v < n; v++) {
        if (!fix(v, guide == null ? lo[v] : Math.max(lo[v], Math.min(hi[v], guide[v])), d)) {
          return null;
        }
      }
      return isPoint(lo) ? lo : null;
    }

    /** A dive's state: the ranges it narrows, the relations to visit, the work done and allowed. */
    private final class Dive {
      final long[] lo;
      final long[] hi;
      final int[][] rowsOf;
      final long limit;
      final ArrayDeque<Integer> queue = new ArrayDeque<>();
      final boolean[] queued = new boolean[rows.length];
      long work;

      Dive(long[] lo, long[] hi, int[][] rowsOf, long limit) {
        this.lo = lo;
        this.hi = hi;
        this.rowsOf = rowsOf;
        this.limit = limit;
      }
    }

    /** Fixes a variable and propagates; false when bounds cross or the work exceeds its limit. */
    private boolean fix(int v, long at, Dive d) {
      long[] lo = d.lo;
      long[] hi = d.hi;
      int[][] rowsOf = d.rowsOf;
      ArrayDeque<Integer> queue = d.queue;
      boolean[] queued = d.queued;
      if (lo[v] == at && hi[v] == at) {
        return true;
      }
      lo[v] = at;
      hi[v] = at;
      // (the queue is empty and nothing queued: each fixing that succeeds empties it)
      for (int k : rowsOf[v]) {
        queue.add(k);
        queued[k] = true;
      }
      IntConsumer requeue = x -> {
        for (int q : rowsOf[x]) {
          if (!queued[q]) {
            queue.add(q);
            queued[q] = true;
          }
        }
      };
      while (!queue.isEmpty()) {
        int k = queue.poll();
        queued[k] = false;
        d.work += rows[k].length();
        // a narrowed variable's relations are visited again (this one among them)
        if (d.work > d.limit || narrow(rows[k], lo, hi, requeue) < 0) {
          return false;
        }
      }
      return true;
    }

    /** {@return the relations each variable is in (indices into {@link #rows}), built once} */
    private int[][] rowsOf() {
      int[][] r = rowsOf;
      if (r == null) {
        r = LinearProblem.relationsOf(rows, n);
        rowsOf = r;
      }
      return r;
    }

    /** A bound every point satisfies: from the variables' bounds, and a relation on the same expression. */
    private long bound(Objective o) {
      long b = 0;
      for (int i = 0; i < o.vars.length; i++) {
        long c = o.coefs[i];
        int v = o.vars[i];
        b += (c > 0) == o.maximise ? c * upper[v] : c * lower[v];
      }
      for (Relation r : rows) {
        if (!Arrays.equals(r.vars(), o.vars)) {
          continue;
        }
        long[] rc = r.coefs();
        if (Arrays.equals(rc, o.coefs)) {
          b = o.maximise ? (r.hi() == LinearProblem.NONE_ABOVE ? b : Math.min(b, r.hi()))
              : (r.lo() == LinearProblem.NONE_BELOW ? b : Math.max(b, r.lo()));
        } else if (Arrays.equals(negate(rc), o.coefs)) {
          b = o.maximise ? (r.lo() == LinearProblem.NONE_BELOW ? b : Math.min(b, -r.lo()))
              : (r.hi() == LinearProblem.NONE_ABOVE ? b : Math.max(b, -r.hi()));
        }
      }
      return b;
    }

    private static long[] negate(long[] a) {
      long[] r = new long[a.length];
      for (int i = 0; i < a.length; i++) {
        r[i] = -a[i];
      }
      return r;
    }

    /**
     * The linear relaxation, then (when its optimum is not integral) the integer program. The
     * relaxation goes to ojAlgo's simplex in its standard form (variables ≥ 0, bounds as rows):
     * {@code y = x − lower ≥ 0}, {@code y ≤ upper − lower}; the rows are built once per model (again for each solve of a
     * large one, whose rows are not kept).
     */
    private OptionalLong solve(Objective o, int[] solves) {
      StandardForm form = standardForm;
      if (form == null) {
        form = new StandardForm(this);
        standardForm = form;
      }
      Optimisation.Options opts = options;
      if (opts == null) {
        opts = new Optimisation.Options();
        options = opts;
      }
      LinearSolver.Builder b = LinearSolver.newBuilder();
      double[] c = new double[n];
      for (int i = 0; i < o.vars.length; i++) {
        c[o.vars[i]] = o.maximise ? -o.coefs[i] : o.coefs[i];
      }
      b.objective(c);
      if (form.be.length > 0) {
        b.equalities(RawStore.wrap(form.ae), R064Store.wrap(form.be));
      }
      if (form.bi.length > 0) {
        b.inequalities(RawStore.wrap(form.ai), R064Store.wrap(form.bi));
      }
      solves[0]++;
      Optimisation.Result lp = b.build(opts).solve();
      if ((long) n * (form.be.length + form.bi.length) > KEPT_FORM) {
        // a large component's dense rows are not kept between its solves: a cache holds many
        // components, and the rows of a large one are built again in far less time than solved
        standardForm = null;
      }
      if (lp.getState().isOptimal()) {
        long[] x = new long[n];
        boolean integral = true;
        for (int i = 0; i < n && integral; i++) {
          double d = lp.doubleValue(i);
          long k = Math.round(d);
          integral = Math.abs(d - k) <= TOLERANCE;
          x[i] = lower[i] + k;
        }
        if (integral && isPoint(x)) {
          points.add(x);
          return OptionalLong.of(o.valueAt(x));
        }
      } else if (lp.getState() == Optimisation.State.INFEASIBLE) {
        return OptionalLong.empty(); // the relaxation has no point, nor has the integer program
      }
      return integer(o, solves);
    }

    private OptionalLong integer(Objective o, int[] solves) {
      ExpressionsBasedModel m = new ExpressionsBasedModel();
      Variable[] x = new Variable[n];
      for (int i = 0; i < n; i++) {
        x[i] = m.addVariable("x" + i).lower(lower[i]).upper(upper[i]).integer(true);
      }
      for (int i = 0; i < o.vars.length; i++) {
        x[o.vars[i]].weight(o.coefs[i]);
      }
      int k = 0;
      for (Relation r : rows) {
        Expression e = m.addExpression("r" + k++);
        for (int i = 0; i < r.length(); i++) {
          e.set(x[r.var(i)], r.coef(i));
        }
        if (r.lo() != LinearProblem.NONE_BELOW) {
          e.lower(r.lo());
        }
        if (r.hi() != LinearProblem.NONE_ABOVE) {
          e.upper(r.hi());
        }
      }
      solves[1]++;
      Optimisation.Result r = o.maximise ? m.maximise() : m.minimise();
      if (!r.getState().isFeasible()) {
        return OptionalLong.empty();
      }
      long[] p = new long[n];
      for (int i = 0; i < n; i++) {
        p[i] = Math.round(r.doubleValue(i));
      }
      if (isPoint(p)) {
        points.add(p);
      }
      return OptionalLong.of(o.valueAt(p));
    }

    /** Whether an integer vector satisfies the bounds and every relation, exactly. */
    private boolean isPoint(long[] x) {
      for (int i = 0; i < n; i++) {
        if (x[i] < lower[i] || x[i] > upper[i]) {
          return false;
        }
      }
      for (Relation r : rows) {
        if (!r.isSatisfiedBy(x)) {
          return false;
        }
      }
      return true;
    }
  }
}

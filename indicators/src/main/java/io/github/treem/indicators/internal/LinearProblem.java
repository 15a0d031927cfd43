package io.github.treem.indicators.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the disclosure audit asks of a solver: non-negative integer variables (the hidden figures
 * of a report) with lower bounds, and linear relations among them in three sets: those that
 * always hold ({@code common}), those of the strict group model ({@code strict}) and those of the
 * overlapping group model ({@code overlap}). The audit uses {@code common} with one of the two
 * group sets.
 *
 * @param lower the least value of each variable (its upper bound is {@link IntegerRanges#UNBOUNDED})
 * @param common the relations of both models
 * @param strict the relations of the strict model only
 * @param overlap the relations of the overlapping model only
 */
@SuppressWarnings("ArrayRecordComponent") // equals and hashCode (below) compare the arrays' contents
public record LinearProblem(long[] lower, List<Relation> common, List<Relation> strict, List<Relation> overlap) {

  /** No bound on that side of a relation. */
  public static final long NONE_BELOW = Long.MIN_VALUE;

  /** No bound on that side of a relation. */
  public static final long NONE_ABOVE = Long.MAX_VALUE;

  /**
   * Copies the components.
   *
   * @param lower the lower bounds
   * @param common the relations of both models
   * @param strict the relations of the strict model
   * @param overlap the relations of the overlapping model
   */
  public LinearProblem {
    lower = lower.clone();
    common = List.copyOf(common);
    strict = List.copyOf(strict);
    overlap = List.copyOf(overlap);
  }

  /** {@return a copy of the lower bounds} */
  @Override
  public long[] lower() {
    return lower.clone();
  }

  /** {@return the number of variables} */
  public int size() {
    return lower.length;
  }

  /**
   * A relation {@code lo ≤ Σ coefs[i]·x[vars[i]] ≤ hi} over at least one variable: variables in
   * increasing order, each once, no zero coefficient.
   *
   * @param vars the variables
   * @param coefs their coefficients
   * @param lo the lower bound, or {@link #NONE_BELOW}
   * @param hi the upper bound, or {@link #NONE_ABOVE}
   */
  @SuppressWarnings("ArrayRecordComponent") // equals and hashCode (below) compare the arrays' contents
  public record Relation(int[] vars, long[] coefs, long lo, long hi) {

    /**
     * Checks the components.
     *
     * @param vars the variables
     * @param coefs their coefficients
     * @param lo the lower bound
     * @param hi the upper bound
     */
    public Relation {
      vars = vars.clone();
      coefs = coefs.clone();
      if (vars.length == 0 || vars.length != coefs.length) {
        throw new IllegalArgumentException("a relation has at least one variable, and one coefficient for each");
      }
      for (int i = 0; i < vars.length; i++) {
        if (coefs[i] == 0 || (i > 0 && vars[i] <= vars[i - 1])) {
          throw new IllegalArgumentException("variables in increasing order, each once, no zero coefficient");
        }
      }
    }

    /**
     * A relation from terms in any order, variables possibly repeated: coefficients of a
     * variable are added, variables whose coefficients cancel are left out.
     *
     * @param vars the variables
     * @param coefs their coefficients
     * @param lo the lower bound, or {@link #NONE_BELOW}
     * @param hi the upper bound, or {@link #NONE_ABOVE}
     * @return the relation, or null when no variable is left
     */
    public static @Nullable Relation of(int[] vars, long[] coefs, long lo, long hi) {
      Map<Integer, Long> merged = new TreeMap<>();
      for (int i = 0; i < vars.length; i++) {
        merged.merge(vars[i], coefs[i], Long::sum);
      }
      merged.values().removeIf(c -> c == 0);
      if (merged.isEmpty()) {
        return null;
      }
      return new Relation(merged.keySet().stream().mapToInt(Integer::intValue).toArray(),
          merged.values().stream().mapToLong(Long::longValue).toArray(), lo, hi);
    }

    @Override
    public int[] vars() {
      return vars.clone();
    }

    @Override
    public long[] coefs() {
      return coefs.clone();
    }

    int var(int i) {
      return vars[i];
    }

    long coef(int i) {
      return coefs[i];
    }

    int length() {
      return vars.length;
    }

    /**
     * Whether a point satisfies the relation, in exact arithmetic.
     *
     * @param x a value for every variable
     * @return true when {@code lo ≤ Σ ≤ hi}
     */
    public boolean isSatisfiedBy(long[] x) {
      long s = 0;
      for (int i = 0; i < vars.length; i++) {
        s = Math.addExact(s, Math.multiplyExact(coefs[i], x[vars[i]]));
      }
      return s >= lo && s <= hi;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Relation r && Arrays.equals(vars, r.vars) && Arrays.equals(coefs, r.coefs) && lo == r.lo
          && hi == r.hi;
    }

    @Override
    public int hashCode() {
      return 31 * (31 * Arrays.hashCode(vars) + Arrays.hashCode(coefs)) + Long.hashCode(lo) * 7 + Long.hashCode(hi);
    }

    /** {@return e.g. {@code "1 ≤ +1·x0 −1·x3 ≤ 4"}} */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      if (lo != NONE_BELOW) {
        b.append(lo).append(" ≤ ");
      }
      for (int i = 0; i < vars.length; i++) {
        b.append(i > 0 ? " " : "").append(coefs[i] > 0 ? "+" : "−").append(Math.abs(coefs[i])).append("·x")
            .append(vars[i]);
      }
      if (hi != NONE_ABOVE) {
        b.append(" ≤ ").append(hi);
      }
      return b.toString();
    }
  }

  /**
   * The relations each variable is in: for every variable, the indices of the relations that
   * hold it, in order (the index the audit's bound propagation and its symmetry check walk).
   *
   * @param rows the relations
   * @param variables the number of variables
   * @return for each variable, the indices into {@code rows}
   */
  static int[][] relationsOf(Relation[] rows, int variables) {
    int[] count = new int[variables];
    for (Relation row : rows) {
      for (int i = 0; i < row.length(); i++) {
        count[row.var(i)]++;
      }
    }
    int[][] index = new int[variables][];
    for (int v = 0; v < variables; v++) {
      index[v] = new int[count[v]];
    }
    Arrays.fill(count, 0);
    for (int k = 0; k < rows.length; k++) {
      for (int i = 0; i < rows[k].length(); i++) {
        int v = rows[k].var(i);
        index[v][count[v]++] = k;
      }
    }
    return index;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinearProblem p && Arrays.equals(lower, p.lower) && common.equals(p.common)
        && strict.equals(p.strict) && overlap.equals(p.overlap);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(lower) * 31 + common.hashCode() * 17 + strict.hashCode() * 7 + overlap.hashCode();
  }

  /** {@return the sizes, e.g. {@code "LinearProblem[variables=4, common=3, strict=1, overlap=6]"}} */
  @Override
  public String toString() {
    return "LinearProblem[variables=" + lower.length + ", common=" + common.size() + ", strict=" + strict.size()
        + ", overlap=" + overlap.size() + "]";
  }
}

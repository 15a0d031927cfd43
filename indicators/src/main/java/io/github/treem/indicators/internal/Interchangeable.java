package io.github.treem.indicators.internal;

import io.github.treem.indicators.internal.LinearProblem.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cells of a {@link LinearProblem} that its relations cannot tell apart: two cells (each a tuple
 * of variables, e.g. a hidden rate cell's count and numerator) are interchangeable when swapping
 * their variables, role by role, maps the problem onto itself: the same lower bounds, and each of
 * the three sets of relations onto itself. Such a swap is a symmetry of the integer points, so
 * every range of one cell (the least and greatest count, numerator, count − numerator) is the
 * range of the other: the audit solves one cell of each class instead of each cell.
 *
 * <p>Why it matters: a table whose hidden cells are many and alike (a province's communes in one
 * area breakdown, each hidden cell in the breakdown's sums and in its own "numerator at most
 * count") is one component of the audit's problem, as large as the table; without the classes the
 * audit solves about six linear programs of that size per hidden cell, with them about six per
 * class. (A well-kept solver does not find such symmetries for us: ojAlgo solves what it is
 * given, one objective at a time.)
 *
 * <p>Each swap is checked exactly against the relations (never assumed from a cell's kind or
 * name), so a class holds only cells whose ranges are equal. Swaps compose: when a is
 * interchangeable with b and b with c, swapping a and c is b's swap conjugated, a symmetry too;
 * so a cell is compared with each class's first cell only (at most {@value #COMPARED} classes of
 * a kind: beyond, a cell starts a class of its own, which costs solves, never a wrong range).
 *
 * <p>Implementation requirements: stateless.
 */
public final class Interchangeable {
  /** The most classes of one kind a cell is compared with. */
  static final int COMPARED = 32;

  private Interchangeable() {}

  /**
   * The classes of interchangeable cells.
   *
   * @param problem the problem
   * @param cells each cell's variables in role order (distinct variables; cells of different
   *     lengths are never interchangeable)
   * @param kinds one key per cell: only cells of equal keys are compared (what the caller's
   *     verdict on a cell depends on besides its ranges)
   * @return for each cell, the index of the first cell of its class (itself when it is the first)
   */
  public static int[] classes(LinearProblem problem, List<int[]> cells, List<?> kinds) {
    if (cells.size() != kinds.size()) {
      throw new IllegalArgumentException("one kind per cell");
    }
    Sets sets = new Sets(problem);
    int[] first = new int[cells.size()];
    Map<List<Object>, List<Integer>> byKind = new HashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      first[c] = c;
      int[] vars = cells.get(c);
      List<Object> key = new ArrayList<>();
      key.add(kinds.get(c));
      for (int v : vars) {
        key.add(sets.lower[v]);
        key.add(sets.degree(v));
      }
      List<Integer> firsts = byKind.computeIfAbsent(key, k -> new ArrayList<>());
      boolean found = false;
      for (int i = 0; i < firsts.size() && i < COMPARED; i++) {
        int f = firsts.get(i);
        if (sets.swaps(cells.get(f), vars)) {
          first[c] = f;
          found = true;
          break;
        }
      }
      if (!found) {
        firsts.add(c);
      }
    }
    return first;
  }

  /** The three sets of relations, indexed by variable. */
  private static final class Sets {
    final long[] lower;
    final Relation[][] rels = new Relation[3][];
    final List<Set<Relation>> members = new ArrayList<>();
    /** For each set, each variable's relations (indices into {@link #rels}). */
    final int[][][] byVar = new int[3][][];
    /** For each set, the last check that visited each relation (no relation checked twice per check). */
    final int[][] visited = new int[3][];
    int check;

    Sets(LinearProblem p) {
      lower = p.lower();
      List<List<Relation>> all = List.of(p.common(), p.strict(), p.overlap());
      for (int s = 0; s < 3; s++) {
        Relation[] r = all.get(s).toArray(new Relation[0]);
        rels[s] = r;
        members.add(new HashSet<>(all.get(s)));
        int[][] idx = LinearProblem.relationsOf(r, lower.length);
        byVar[s] = idx;
        visited[s] = new int[r.length];
      }
    }

    /** {@return how many relations of each set hold a variable} */
    List<Integer> degree(int v) {
      return List.of(byVar[0][v].length, byVar[1][v].length, byVar[2][v].length);
    }

    /** Whether swapping the variables of a and b, role by role, maps the problem onto itself. */
    boolean swaps(int[] a, int[] b) {
      if (a.length != b.length) {
        return false;
      }
      for (int i = 0; i < a.length; i++) {
        if (lower[a[i]] != lower[b[i]]) {
          return false;
        }
      }
      check++;
      for (int s = 0; s < 3; s++) {
        for (int[] cell : List.of(a, b)) {
          for (int v : cell) {
            for (int k : byVar[s][v]) {
              if (visited[s][k] == check) {
                continue;
              }
              visited[s][k] = check;
              Relation r = rels[s][k];
              if (!invariant(r, a, b) && !members.get(s).contains(image(r, a, b))) {
                return false;
              }
            }
          }
        }
      }
      return true;
    }

    /** Whether the swap leaves a relation as it is: each swapped pair has equal coefficients in it. */
    private static boolean invariant(Relation r, int[] a, int[] b) {
      for (int i = 0; i < a.length; i++) {
        if (coef(r, a[i]) != coef(r, b[i])) {
          return false;
        }
      }
      return true;
    }

    private static long coef(Relation r, int v) {
      int lo = 0;
      int hi = r.length() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int x = r.var(mid);
        if (x < v) {
          lo = mid + 1;
        } else if (x > v) {
          hi = mid - 1;
        } else {
          return r.coef(mid);
        }
      }
      return 0;
    }

    private static @Nullable Relation image(Relation r, int[] a, int[] b) {
      int[] vars = new int[r.length()];
      long[] coefs = new long[r.length()];
      for (int i = 0; i < vars.length; i++) {
        int v = r.var(i);
        for (int j = 0; j < a.length; j++) {
          if (v == a[j]) {
            v = b[j];
            break;
          } else if (v == b[j]) {
            v = a[j];
            break;
          }
        }
        vars[i] = v;
        coefs[i] = r.coef(i);
      }
      return Relation.of(vars, coefs, r.lo(), r.hi());
    }
  }
}

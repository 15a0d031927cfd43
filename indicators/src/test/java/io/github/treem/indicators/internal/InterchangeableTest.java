package io.github.treem.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.indicators.internal.LinearProblem.Relation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Interchangeable}: cells are put in one class only when swapping them is a symmetry of the
 * problem, so that every range of a cell is its class's; checked on hand-made problems and on
 * seeded random ones against the straightforward solver ({@link ReferenceRanges}).
 */
class InterchangeableTest {

  private static Relation rel(int[] vars, long[] coefs, long lo, long hi) {
    return Relation.of(vars, coefs, lo, hi);
  }

  private static List<Object> kinds(int n) {
    return Collections.nCopies(n, "cell");
  }

  @Test
  void cellsOfOneSumAreInterchangeable() {
    // x0 + x1 + x2 = 10, each at least 1
    LinearProblem p = new LinearProblem(new long[] {1, 1, 1},
        List.of(rel(new int[] {0, 1, 2}, new long[] {1, 1, 1}, 10, 10)), List.of(), List.of());
    int[] first = Interchangeable.classes(p, List.of(new int[] {0}, new int[] {1}, new int[] {2}), kinds(3));
    assertThat(first).containsExactly(0, 0, 0);
  }

  @Test
  void aRelationOfOneCellAloneSetsItApart() {
    // x0 + x1 + x2 = 10, x1 ≤ 3: x1 is not x0's twin, x2 is
    LinearProblem p = new LinearProblem(new long[] {1, 1, 1},
        List.of(rel(new int[] {0, 1, 2}, new long[] {1, 1, 1}, 10, 10),
            rel(new int[] {1}, new long[] {1}, LinearProblem.NONE_BELOW, 3)), List.of(), List.of());
    int[] first = Interchangeable.classes(p, List.of(new int[] {0}, new int[] {1}, new int[] {2}), kinds(3));
    assertThat(first).containsExactly(0, 1, 0);
  }

  @Test
  void boundsKindsAndRolesCount() {
    // rate cells (count, numerator): numerator ≤ count; counts add up to 20, numerators to 7
    List<Relation> common = new ArrayList<>();
    common.add(rel(new int[] {0, 2, 4}, new long[] {1, 1, 1}, 20, 20));
    common.add(rel(new int[] {1, 3, 5}, new long[] {1, 1, 1}, 7, 7));
    for (int c = 0; c < 3; c++) {
      common.add(rel(new int[] {2 * c, 2 * c + 1}, new long[] {1, -1}, 0, LinearProblem.NONE_ABOVE));
    }
    List<int[]> cells = List.of(new int[] {0, 1}, new int[] {2, 3}, new int[] {4, 5});
    LinearProblem p = new LinearProblem(new long[] {1, 0, 1, 0, 1, 0}, common, List.of(), List.of());
    assertThat(Interchangeable.classes(p, cells, kinds(3))).containsExactly(0, 0, 0);
    // a different kind (what the verdict depends on besides the ranges) is never compared
    assertThat(Interchangeable.classes(p, cells, List.of("a", "b", "a"))).containsExactly(0, 1, 0);
    // roles swapped (numerator for count) is not the same cell
    assertThat(Interchangeable.classes(p, List.of(new int[] {0, 1}, new int[] {3, 2}), kinds(2))).containsExactly(0, 1);
    // a different lower bound
    LinearProblem q = new LinearProblem(new long[] {1, 0, 2, 0, 1, 0}, common, List.of(), List.of());
    assertThat(Interchangeable.classes(q, cells, kinds(3))).containsExactly(0, 1, 0);
    // a relation in the strict model only for one cell
    LinearProblem s = new LinearProblem(new long[] {1, 0, 1, 0, 1, 0}, common,
        List.of(rel(new int[] {4}, new long[] {1}, LinearProblem.NONE_BELOW, 9)), List.of());
    assertThat(Interchangeable.classes(s, cells, kinds(3))).containsExactly(0, 0, 2);
  }

  /**
   * Random problems of rate cells in overlapping sums, some relations on a few cells only: every
   * class's cells have the same least and greatest count, numerator and count − numerator, by the
   * straightforward solver; and the generator makes both classes of several cells and cells set
   * apart.
   */
  @Test
  void classesHaveEqualRangesOnRandomProblems() {
    SplittableRandom random = new SplittableRandom(20261203L);
    int merged = 0;
    int apart = 0;
    for (int run = 0; run < 150; run++) {
      int n = 2 + random.nextInt(6);
      long[] lower = new long[2 * n];
      List<int[]> cells = new ArrayList<>();
      List<Relation> common = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        lower[2 * c] = random.nextInt(5) == 0 ? 2 : 1;
        cells.add(new int[] {2 * c, 2 * c + 1});
        common.add(rel(new int[] {2 * c, 2 * c + 1}, new long[] {1, -1}, 0, LinearProblem.NONE_ABOVE));
      }
      for (int t = 1 + random.nextInt(3); t > 0; t--) {
        // a sum of some cells' counts (and numerators) equal to a published remainder
        List<Integer> in = new ArrayList<>();
        for (int c = 0; c < n; c++) {
          if (random.nextInt(3) > 0) {
            in.add(c);
          }
        }
        if (in.isEmpty()) {
          continue;
        }
        long size = in.size() * 2L + random.nextInt(12);
        long num = random.nextLong(size + 1);
        int[] sv = in.stream().mapToInt(c -> 2 * c).toArray();
        int[] nv = in.stream().mapToInt(c -> 2 * c + 1).toArray();
        long[] ones = new long[in.size()];
        java.util.Arrays.fill(ones, 1);
        common.add(rel(sv, ones, size, size));
        common.add(rel(nv, ones, num, num));
      }
      if (random.nextBoolean()) {
        int c = random.nextInt(n);
        common.add(rel(new int[] {2 * c}, new long[] {1}, LinearProblem.NONE_BELOW, 3 + random.nextInt(4)));
      }
      LinearProblem p = new LinearProblem(lower, common, List.of(), List.of());
      int[] first = Interchangeable.classes(p, cells, kinds(n));
      ReferenceRanges ref = new ReferenceRanges(p);
      for (int c = 0; c < n; c++) {
        if (first[c] == c) {
          apart++;
          continue;
        }
        merged++;
        int f = first[c];
        for (boolean max : new boolean[] {false, true}) {
          assertThat(ref.optimum(new int[] {2 * c}, new long[] {1}, max)).as("run %d count %d", run, c)
              .isEqualTo(ref.optimum(new int[] {2 * f}, new long[] {1}, max));
          assertThat(ref.optimum(new int[] {2 * c + 1}, new long[] {1}, max)).as("run %d numerator %d", run, c)
              .isEqualTo(ref.optimum(new int[] {2 * f + 1}, new long[] {1}, max));
          assertThat(ref.optimum(new int[] {2 * c, 2 * c + 1}, new long[] {1, -1}, max)).as("run %d rest %d", run, c)
              .isEqualTo(ref.optimum(new int[] {2 * f, 2 * f + 1}, new long[] {1, -1}, max));
        }
      }
    }
    assertThat(merged).isGreaterThan(50);
    assertThat(apart).isGreaterThan(150);
  }
}

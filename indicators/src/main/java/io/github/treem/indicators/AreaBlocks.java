package io.github.treem.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Secondary suppression of the area breakdowns of several levels ({@link AreaHierarchy}: a
 * merge's communes, districts and provinces) block by block, instead of one loop over the whole
 * publication: the same figures hidden, in a time and memory bounded by the largest block rather
 * than by the whole country (issue 19: a national merge of 10,000 communes held every cell and
 * relation of every level in each round of one loop).
 *
 * <h2>Why the blocks are independent</h2>
 * The audit's relations ({@link DisclosureAudit}) that hold an area cell are those of its nesting
 * (a parent cell is the sum of its child cells, the top cells add up to the indicator's total) and
 * a rate cell's numerator at most its denominator: no relation links an area cell to another
 * breakdown, an exclusion count or another indicator. The indicator's total is published (an
 * area breakdown whose total is hidden is not published at all, and is not a block): in the
 * relations it is a constant. So the area breakdown of each indicator is apart from everything
 * else, and within it a province's subtree (its districts and communes) meets the other
 * provinces only through the relation "the provinces add up to the national total", whose terms
 * are the provinces' own cells. While a province's own cell is published, that relation holds no
 * hidden figure of the province, and the province is a problem of its own: the published
 * national value and the published province's value are constants of it.
 *
 * <p>The loop of secondary suppression ({@link DisclosureControl}) acts on one block at a time:
 * the first unprotected figure's complement is sought among the published figures of the
 * relations of its block, and a figure's audit depends on its block's relations alone. The
 * blocks' loops are therefore run one after the other, and give what the one loop gives when it
 * interleaves them (the loop's rounds already rely on this: a figure found protected stays
 * protected when more is hidden).
 *
 * <h2>When provinces meet</h2>
 * A province whose own cell is hidden (a primary, or a complement chosen by its subtree's loop)
 * shares the national relation with the other provinces' cells: such provinces are solved
 * together, in one block holding their subtrees and every province's own cell (the others'
 * published, eligible as complements); when that block's loop hides another province's cell, the
 * province joins the block and the block is solved again from the start, until no province
 * outside it is touched. When a block's loop withholds the breakdown (a hidden cell with nothing
 * left to hide beside it), or fails, the whole indicator's area breakdown is solved as one block,
 * as before. Each of these steps gives the figures of the one loop; none publishes anything the
 * one loop would hide. The publication that results is then audited whole, as always.
 *
 * <h2>A block too large</h2>
 * Provinces solved together, or a whole breakdown solved as one, of more than
 * {@value #BLOCK_LIMIT} area cells (a merge of many small provinces whose own cells are hidden: a
 * scattered sample of communes across the country, not a province's nor the country's whole
 * merge) would make the audit's programs as large as the block: the indicator's area breakdown is
 * then withheld (not published at all; its total is), the conservative way out, which publishes
 * less and discloses nothing. The breakdown's absence says so, as any withheld breakdown does.
 */
final class AreaBlocks {
  /**
   * The most area cells a block solved as one may hold (provinces solved together, or a whole
   * breakdown); more, and the indicator's area breakdown is withheld instead. The largest
   * province holds about 610 cells (Hà Nội's 30 districts and 579 communes before July 2025).
   */
  static final int BLOCK_LIMIT = 1_000;

  /** The loop of secondary suppression over a part of a report. */
  @FunctionalInterface
  interface Loop {
    /**
     * Runs the loop over a part, adding to the figures hidden and the breakdowns withheld.
     *
     * @param part the part of the report (one indicator's area cells of a block)
     * @param hidden the figures hidden, the part's primaries at first
     * @param withheld the breakdowns withheld, empty at first
     */
    void run(IndicatorReport part, Set<Figure> hidden, Set<Figure> withheld);
  }

  private AreaBlocks() {}

  /**
   * Suppresses the area breakdown of each indicator block by block, and gives the rest of the
   * report.
   *
   * @param report the report as computed
   * @param areas how the area cells nest (not flat)
   * @param hidden the figures hidden so far (primaries), added to
   * @param withheld the breakdowns withheld so far, added to
   * @param loop the loop of secondary suppression
   * @return the report without the area breakdowns suppressed here (the rest, for the one loop)
   */
  static IndicatorReport suppress(IndicatorReport report, AreaHierarchy areas, Set<Figure> hidden, Set<Figure> withheld, Loop loop) {
    List<IndicatorResult> rest = new ArrayList<>();
    for (IndicatorResult r : report.getResults()) {
      List<BreakdownCell> area = r.getBreakdowns().get(BreakdownDimension.AREA);
      if (area == null || area.isEmpty() || hidden.contains(Figure.total(r.getCode()))
          || withheld.contains(Figure.cell(r.getCode(), BreakdownDimension.AREA, ""))) {
        rest.add(r);
        continue;
      }
      new Indicator(report, r, area, areas, hidden, withheld, loop).suppress();
      Map<BreakdownDimension, List<BreakdownCell>> others = new LinkedHashMap<>(r.getBreakdowns());
      others.remove(BreakdownDimension.AREA);
      rest.add(r.copyWith(others, r.getExclusions(), r.getSuppressedExclusions()));
    }
    return report.withOtherResults(rest);
  }

  /** One indicator's area breakdown. */
  private static final class Indicator {
    private final IndicatorReport report;
    private final IndicatorResult result;
    private final List<BreakdownCell> cells;
    private final Set<Figure> hidden;
    private final Set<Figure> withheld;
    private final Loop loop;
    /** The top cell (a province's own cell) of each cell. */
    private final Map<String, String> topOf = new HashMap<>();
    /** The top cells, in the cells' order. */
    private final Set<String> tops = new LinkedHashSet<>();

    Indicator(IndicatorReport report, IndicatorResult result, List<BreakdownCell> cells, AreaHierarchy areas,
        Set<Figure> hidden, Set<Figure> withheld, Loop loop) {
      this.report = report;
      this.result = result;
      this.cells = cells;
      this.hidden = hidden;
      this.withheld = withheld;
      this.loop = loop;
      Set<String> keys = new HashSet<>();
      cells.forEach(c -> keys.add(c.getKey()));
      for (BreakdownCell c : cells) {
        String k = c.getKey();
        // the parents of a hierarchy cannot loop back: a cell is not its own parent, and the
        // depth is bounded by the number of cells all the same
        for (int depth = 0; depth < cells.size(); depth++) {
          Optional<String> p = areas.parentOf(k);
          if (p.isEmpty() || !keys.contains(p.get())) {
            break;
          }
          k = p.get();
        }
        topOf.put(c.getKey(), k);
        tops.add(k);
      }
    }

    private Figure figure(String key) {
      return Figure.cell(result.getCode(), BreakdownDimension.AREA, key);
    }

    void suppress() {
      Set<String> coupled = new LinkedHashSet<>();
      for (String t : tops) {
        if (hidden.contains(figure(t))) {
          coupled.add(t);
        }
      }
      Map<String, Set<Figure>> alone = new LinkedHashMap<>();
      for (String t : tops) {
        if (coupled.contains(t)) {
          continue;
        }
        Set<Figure> h = run(cell -> t.equals(topOf.get(cell.getKey())));
        if (h == null) {
          whole();
          return;
        }
        if (h.contains(figure(t))) {
          coupled.add(t); // its own cell hidden: it meets the other provinces
        } else {
          alone.put(t, h);
        }
      }
      Set<Figure> together = Set.of();
      while (!coupled.isEmpty()) {
        Set<String> block = Set.copyOf(coupled);
        if (cells.stream().filter(c -> block.contains(topOf.get(c.getKey()))).count() > BLOCK_LIMIT) {
          withhold();
          return;
        }
        Set<Figure> h = run(cell -> block.contains(topOf.get(cell.getKey())) || tops.contains(cell.getKey()));
        if (h == null) {
          whole();
          return;
        }
        boolean grew = false;
        for (String t : tops) {
          if (!block.contains(t) && h.contains(figure(t))) {
            coupled.add(t);
            alone.remove(t);
            grew = true;
          }
        }
        if (!grew) {
          together = h;
          break;
        }
      }
      alone.values().forEach(hidden::addAll);
      hidden.addAll(together);
    }

    /** The whole area breakdown as one block: the one loop's own way, for this indicator. */
    private void whole() {
      if (cells.size() > BLOCK_LIMIT) {
        withhold();
        return;
      }
      Set<Figure> h = initial(c -> true);
      Set<Figure> w = new HashSet<>();
      loop.run(part(c -> true), h, w);
      hidden.addAll(h);
      withheld.addAll(w);
    }

    /** The conservative way out of a block too large to solve: the breakdown is not published. */
    private void withhold() {
      withheld.add(Figure.cell(result.getCode(), BreakdownDimension.AREA, ""));
    }

    /**
     * The loop over a block: the figures it hides, or null when it withholds the breakdown or
     * cannot protect a figure (then the breakdown is one block).
     */
    private @Nullable Set<Figure> run(java.util.function.Predicate<BreakdownCell> in) {
      Set<Figure> h = initial(in);
      Set<Figure> w = new HashSet<>();
      try {
        loop.run(part(in), h, w);
      } catch (IllegalStateException e) {
        return null; // "cannot protect": the breakdown as one block decides
      }
      return w.isEmpty() ? h : null;
    }

    private Set<Figure> initial(java.util.function.Predicate<BreakdownCell> in) {
      Set<Figure> h = new HashSet<>();
      for (BreakdownCell c : cells) {
        Figure f = figure(c.getKey());
        if (in.test(c) && hidden.contains(f)) {
          h.add(f);
        }
      }
      return h;
    }

    /** The report of one indicator, its total, and the area cells of a block (no exclusion, no other breakdown). */
    private IndicatorReport part(java.util.function.Predicate<BreakdownCell> in) {
      List<BreakdownCell> part = cells.stream().filter(in).toList();
      return report.withOtherResults(List.of(result.copyWith(Map.of(BreakdownDimension.AREA, part), Map.of(), Set.of())));
    }
  }
}

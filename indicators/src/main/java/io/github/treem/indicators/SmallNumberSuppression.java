package io.github.treem.indicators;

import org.apiguardian.api.API;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small-number suppression of published figures (docs/indicators.md §8).
 *
 * <p>Rule applied to every indicator:
 * <ol>
 *   <li>Primary suppression: in the {@link BreakdownDimension#GROUP} breakdown, a cell of a
 *       sensitive group ({@link SpecialCircumstanceGroup#isSensitive()}: DD, E, G, I, K, L, M)
 *       whose denominator or numerator is 1 to 4 children is suppressed (for a count, whose
 *       count is 1 to 4). A cell of 0 is published: it identifies nobody.</li>
 *   <li>Complementary suppression: if exactly one cell of that breakdown is suppressed, the
 *       smallest other cell with a non-zero denominator (numerator, for a count) is suppressed
 *       too (ties broken by key), so that the hidden figures cannot be recovered by subtracting
 *       the published cells from the total; when every other cell is 0, the first other cell (in
 *       key order) is suppressed instead, so that the total cannot be attributed to the hidden
 *       cell. Numerator and denominator of a cell are always suppressed together.</li>
 *   <li>Withholding: when the hidden cell is the only cell of the breakdown (no other cell can be
 *       hidden with it), the always-published total would equal it, so the whole group breakdown
 *       of that indicator is left out of the published result.</li>
 * </ol>
 * The other breakdowns (village, sex, ...) mix all children and are not suppressed. The total is
 * always published.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class SmallNumberSuppression {

  /** The largest count that is suppressed. */
  public static final int THRESHOLD = 4;

  private SmallNumberSuppression() {}

  /**
   * Applies suppression to one result.
   *
   * @param result the unsuppressed result
   * @return the result fit to publish
   */
  public static IndicatorResult apply(IndicatorResult result) {
    List<BreakdownCell> cells = result.getBreakdowns().get(BreakdownDimension.GROUP);
    if (cells == null) {
      return result;
    }
    boolean count = result.getIndicator().getUnit() == IndicatorUnit.COUNT;
    List<BreakdownCell> out = new ArrayList<>(cells);
    int suppressed = 0;
    for (int i = 0; i < out.size(); i++) {
      BreakdownCell c = out.get(i);
      if (isSensitive(c.getKey()) && c.getState() != ValueState.SUPPRESSED
          && (small(c.getNumerator().orElse(0)) || (!count && small(c.getDenominator().orElse(0))))) {
        out.set(i, BreakdownCell.suppressed(c.getKey()));
        suppressed++;
      }
    }
    if (suppressed == 1) {
      Comparator<BreakdownCell> bySize = Comparator.comparingLong(
          c -> count ? c.getNumerator().orElse(0) : c.getDenominator().orElse(0));
      Optional<BreakdownCell> next = out.stream()
          .filter(c -> c.getState() != ValueState.SUPPRESSED)
          .filter(c -> (count ? c.getNumerator().orElse(0) : c.getDenominator().orElse(0)) > 0)
          .min(bySize.thenComparing(BreakdownCell::getKey));
      if (next.isEmpty()) {
        // every other cell is 0: the total would give the hidden cell away; hide a zero cell too
        next = out.stream().filter(c -> c.getState() != ValueState.SUPPRESSED).findFirst();
      }
      if (next.isEmpty()) {
        // the hidden cell is the breakdown's only cell: the published total would give it away,
        // so the whole breakdown is withheld
        Map<BreakdownDimension, List<BreakdownCell>> b = new LinkedHashMap<>(result.getBreakdowns());
        b.remove(BreakdownDimension.GROUP);
        return result.copyWithBreakdowns(b);
      }
      next.ifPresent(n -> out.replaceAll(c -> c.getKey().equals(n.getKey()) ? BreakdownCell.suppressed(c.getKey()) : c));
    }
    Map<BreakdownDimension, List<BreakdownCell>> b = new LinkedHashMap<>(result.getBreakdowns());
    b.put(BreakdownDimension.GROUP, List.copyOf(out));
    return result.copyWithBreakdowns(b);
  }

  private static boolean small(long n) {
    return n >= 1 && n <= THRESHOLD;
  }

  private static boolean isSensitive(String key) {
    return SpecialCircumstanceGroup.fromCode(key).map(SpecialCircumstanceGroup::isSensitive).orElse(false)
        && !key.equals(BreakdownDimension.NONE);
  }
}

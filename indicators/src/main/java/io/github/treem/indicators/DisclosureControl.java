package io.github.treem.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Disclosure control of a report before it is published: primary suppression of small sensitive
 * figures, secondary (complementary) suppression until the audit ({@link DisclosureAudit}) finds
 * every hidden figure protected. One call: {@link #publish(IndicatorReport, List)}.
 *
 * <h2>Disclosure rule</h2>
 * <b>Threshold rule (primary suppression).</b> A sensitive figure with a count (denominator of a
 * rate's cell, or the count) or a numerator of 1 to τ = 4 children is hidden; 0 is published (it
 * identifies nobody). Sensitive figures ({@link DisclosureRule#isSensitive(Figure)}): the
 * {@link BreakdownDimension#GROUP} cells of groups DD, E, G, I, K, L, M in every indicator; exclusion
 * counts that arise only in such a group ({@code MISSING_POVERTY}: DD); every figure of an
 * indicator whose whole population is sensitive ({@link DisclosureRule#sensitivePopulations()}).
 * This is the threshold (minimum frequency) rule for frequency tables of Hundepool et al.,
 * <i>Statistical Disclosure Control</i> (Wiley, 2012), ch. 5, with treem's threshold.
 *
 * <p><b>Protection interval.</b> Hiding is not enough: published totals and other cells can be
 * combined ("differencing"; the τ-ARGUS manual audits a suppressed table for exactly this, by
 * computing each suppressed cell's feasible interval with linear programming; UK output-checking
 * guidance asks that no value under the threshold can be deduced from the information provided).
 * treem's requirement, checked by integer programming on everything published (the relations
 * are listed in {@link DisclosureAudit}):
 * <ol>
 *   <li>no hidden figure's count, numerator, or count minus numerator is pinned to one value
 *       (unless the published total itself gives the numerator of everyone: 0% or 100%);</li>
 *   <li>the count of a hidden sensitive figure can be anything from 1 to τ + 1 = 5: its feasible
 *       range reaches down to 1 and up to 5, so that the published figures tell neither how many
 *       children nor even whether the figure is under the threshold. When a published total caps
 *       the range below 5 (the indicator's total for a cell, {@code SPECIAL_CIRCUMSTANCES} minus the
 *       indicator's total for a group-only exclusion), the range must reach that cap: the figure is
 *       as uncertain as the totals allow.</li>
 * </ol>
 * (τ-ARGUS expresses the same idea as upper and lower protection levels; with counts of 1 to 4
 * the lower level is the whole way down to 1, the upper level up past the threshold.) The audit
 * assumes the attacker knows every relation that holds by definition, integrality, and that a
 * hidden figure counts at least one child; and, in the strict model, that no child is in two
 * groups. It does <em>not</em> need to assume that the attacker can tell primary from
 * complementary cells, because they are shown alike.
 *
 * <p><b>Small totals.</b> When a primary cell's indicator total is itself 1 to τ, no complement
 * can protect it (the total caps it); the indicator's breakdown holding the cell is withheld: not
 * published at all (the total, which counts every child of the population, is).
 *
 * <p><b>Secondary suppression.</b> While the audit finds a hidden figure unprotected (the first in
 * figure order), treem hides one more figure: among the published cells and exclusion counts that
 * share a relation with it (or with the hidden figures linked to it), a non-empty one of the same
 * breakdown first, the smallest count first, ties by key order; totals are never hidden. When none
 * is left, the breakdown is withheld. Then it audits again. Finding the least-loss pattern is
 * NP-hard in general (τ-ARGUS's optimal method solves a MIP); this greedy, audited loop is the
 * modular/hypercube style of heuristic, and every report it publishes passes the audit. Numerator
 * and denominator of a cell are hidden together.
 *
 * <p><b>What a reader sees.</b> A hidden figure, primary or complementary, is shown the same way:
 * {@value #SYMBOL} (the state {@link ValueState#SUPPRESSED}, no figures), with the note
 * {@value #NOTE_VI} / {@value #NOTE_EN}. No {@code <5}: that would tell which cells are small.
 * A withheld breakdown is absent. A hidden exclusion count is listed as hidden, not as 0.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DisclosureControl {
  /** How every writer shows a hidden figure. */
  public static final String SYMBOL = "x";
  /** The note explaining {@link #SYMBOL}, in Vietnamese. */
  public static final String NOTE_VI = "x: số liệu được ẩn để bảo vệ trẻ em (số nhỏ, hoặc để không suy ra được số nhỏ)";
  /** The note explaining {@link #SYMBOL}, in English. */
  public static final String NOTE_EN = "x: figure hidden to protect children (a small number, or so that a small number cannot be worked out)";

  private DisclosureControl() {}

  /**
   * Suppresses and audits a report under {@link DisclosureRule#DEFAULT}.
   *
   * @param report the report as computed (unsuppressed)
   * @param assessments the target assessments to publish beside it
   * @return the publication, whose audit has passed
   */
  public static Publication publish(IndicatorReport report, List<TargetAssessment> assessments) {
    return publish(report, assessments, DisclosureRule.DEFAULT);
  }

  /**
   * Suppresses and audits a report.
   *
   * @param report the report as computed (unsuppressed)
   * @param assessments the target assessments to publish beside it
   * @param rule the rule
   * @return the publication, whose audit has passed
   * @throws IllegalArgumentException when the report is already suppressed
   */
  public static Publication publish(IndicatorReport report, List<TargetAssessment> assessments, DisclosureRule rule) {
    Objects.requireNonNull(report, "report must not be null");
    if (report.isSuppressed()) {
      throw new IllegalArgumentException("the report is already suppressed");
    }
    Set<Figure> hidden = new HashSet<>();
    Set<Figure> withheld = new HashSet<>();
    Map<Figure, long[]> truth = new LinkedHashMap<>();
    for (IndicatorResult r : report.getResults()) {
      boolean rate = r.getIndicator().getUnit() == IndicatorUnit.PERCENT;
      long totalSize = rate ? r.getDenominator() : r.getNumerator();
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> e : r.getBreakdowns().entrySet()) {
        for (BreakdownCell c : e.getValue()) {
          Figure f = Figure.cell(r.getCode(), e.getKey(), c.getKey());
          long size = rate ? c.getDenominator().orElse(0) : c.getNumerator().orElse(0);
          long num = rate ? c.getNumerator().orElse(0) : 0;
          truth.put(f, new long[] {size, num});
          if (rule.isSensitive(f) && (rule.isSmall(size) || rule.isSmall(num))) {
            if (totalSize <= rule.threshold()) {
              withheld.add(Figure.cell(r.getCode(), e.getKey(), ""));
            } else {
              hidden.add(f);
            }
          }
        }
      }
      for (Map.Entry<ExclusionReason, Long> e : r.getExclusions().entrySet()) {
        Figure f = Figure.exclusion(r.getCode(), e.getKey());
        truth.put(f, new long[] {e.getValue(), 0});
        if (rule.isSensitive(f) && rule.isSmall(e.getValue())) {
          hidden.add(f);
        }
      }
    }
    for (int round = 0; round <= truth.size() + 16; round++) {
      IndicatorReport published = render(report, hidden, withheld);
      DisclosureAudit audit = DisclosureAudit.untilFirstFailure(published, assessments, rule);
      if (audit.isPassed()) {
        return new Publication(published, assessments, DisclosureAudit.of(published, assessments, rule));
      }
      Figure failing = audit.getPublishedSmall().isEmpty() ? audit.getFailures().get(0).figure()
          : audit.getPublishedSmall().get(0);
      if (!audit.getPublishedSmall().isEmpty()) {
        hidden.add(failing);
        continue;
      }
      Optional<Figure> complement = audit.publishedLinkedTo(failing).stream()
          .filter(f -> truth.containsKey(f) && truth.get(f)[0] > 0 && !hidden.contains(f))
          .min(Comparator.comparing((Figure f) -> !sameBreakdown(f, failing))
              .thenComparingLong(f -> truth.get(f)[0])
              .thenComparing(Comparator.naturalOrder()));
      if (complement.isPresent()) {
        hidden.add(complement.get());
      } else if (failing.part() == Figure.Part.CELL) {
        withheld.add(Figure.cell(failing.indicatorCode(), failing.dimension().orElseThrow(), ""));
      } else {
        // an exclusion count with nothing left to hide beside it: withhold the group breakdowns
        // it is related to (through SPECIAL_CIRCUMSTANCES), then it is bounded by totals only
        boolean any = false;
        for (IndicatorResult r : report.getResults()) {
          Figure g = Figure.cell(r.getCode(), BreakdownDimension.GROUP, "");
          if (r.getBreakdowns().containsKey(BreakdownDimension.GROUP) && withheld.add(g)) {
            any = true;
          }
        }
        if (!any) {
          throw new IllegalStateException("disclosure control cannot protect " + failing);
        }
      }
    }
    throw new IllegalStateException("disclosure control did not converge");
  }

  /**
   * Verifies a report read back as published (e.g. a report JSON whose {@code suppressed} is
   * true): its audit must pass.
   *
   * @param published the report as read, hidden figures in state {@link ValueState#SUPPRESSED}
   * @param assessments the assessments published with it
   * @return the publication, flagged suppressed
   * @throws IllegalArgumentException when the audit fails (the report discloses a figure)
   */
  public static Publication verify(IndicatorReport published, List<TargetAssessment> assessments) {
    DisclosureAudit audit = DisclosureAudit.of(published, assessments);
    if (!audit.isPassed()) {
      throw new IllegalArgumentException("the report does not pass the disclosure audit: " + audit);
    }
    return new Publication(new IndicatorReport.Builder().from(published).suppressed(true).build(), assessments, audit);
  }

  private static boolean sameBreakdown(Figure a, Figure b) {
    return a.indicatorCode().equals(b.indicatorCode()) && a.part() == b.part() && a.dimension().equals(b.dimension());
  }

  /** The report as published with these figures hidden and these breakdowns withheld. */
  static IndicatorReport render(IndicatorReport report, Set<Figure> hidden, Set<Figure> withheld) {
    List<IndicatorResult> results = new ArrayList<>();
    for (IndicatorResult r : report.getResults()) {
      Map<BreakdownDimension, List<BreakdownCell>> bd = new LinkedHashMap<>();
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> e : r.getBreakdowns().entrySet()) {
        if (withheld.contains(Figure.cell(r.getCode(), e.getKey(), ""))) {
          continue;
        }
        List<BreakdownCell> cells = new ArrayList<>();
        for (BreakdownCell c : e.getValue()) {
          cells.add(hidden.contains(Figure.cell(r.getCode(), e.getKey(), c.getKey()))
              ? BreakdownCell.suppressed(c.getKey()) : c);
        }
        bd.put(e.getKey(), List.copyOf(cells));
      }
      Map<ExclusionReason, Long> excl = new LinkedHashMap<>();
      Set<ExclusionReason> hiddenExcl = EnumSet.noneOf(ExclusionReason.class);
      r.getExclusions().forEach((reason, n) -> {
        if (hidden.contains(Figure.exclusion(r.getCode(), reason))) {
          hiddenExcl.add(reason);
        } else {
          excl.put(reason, n);
        }
      });
      results.add(r.copyWith(bd, excl, hiddenExcl));
    }
    return new IndicatorReport.Builder().from(report).results(results).suppressed(true).build();
  }
}

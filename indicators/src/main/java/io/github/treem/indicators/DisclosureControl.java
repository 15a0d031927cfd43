package io.github.treem.indicators;

import io.github.treem.indicators.internal.IntegerRanges;
import io.github.treem.indicators.internal.LinearProblem;
import io.github.treem.indicators.internal.Ranges;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 * A group-only exclusion count is always listed for the indicator where it arises
 * ({@code MISSING_POVERTY} of {@code WELFARE_COVERAGE}) and hidden from 0 to τ
 * ({@link DisclosureRule#hidesZero(Figure)}): hidden only from 1, it would tell that an
 * HIV-affected child is there, and published totals can pin it (2 children in special
 * circumstances, 1 receiving the allowance: a hidden {@code MISSING_POVERTY} of at least 1 is 1).
 * This is the minimum frequency (threshold) rule of statistical disclosure control (sources
 * below), with a minimum frequency of τ + 1 = 5 instead of the usual 3: the groups are few
 * children of one commune, and their circumstances are what must not be learnt.
 *
 * <p><b>Protection interval.</b> Hiding is not enough: published totals and other cells can be
 * combined (differencing, linking). Once figures are hidden, the linear relations among
 * everything published give each hidden figure a <em>feasibility interval</em>, the least and
 * greatest values consistent with them; a suppression pattern is valid when each sensitive
 * figure's feasibility interval covers its protection interval (the τ-ARGUS audit; the protection
 * level of the Handbook). For a minimum frequency rule the theory gives no protection interval
 * (the τ-ARGUS manual asks the user for a "frequency range"; the Handbook recommends a protection
 * level of zero, i.e. preventing exact disclosure only). treem's requirement, checked by
 * {@link DisclosureAudit} on everything published (its relations are listed there), is stricter:
 * <ol>
 *   <li>no hidden figure's count, numerator, or count minus numerator is pinned to one value
 *       (unless the published total itself gives the numerator of everyone: 0% or 100%);</li>
 *   <li>the count of a hidden sensitive figure can be anything from 1 to τ + 1 = 5: its feasibility
 *       interval reaches down to 1 and up to 5, so that the published figures tell neither how
 *       many children nor even whether the figure is under the threshold. When a published total
 *       caps the interval below 5 (the indicator's total, for a cell; for a group-only exclusion,
 *       the {@code SPECIAL_CIRCUMSTANCES} total minus the {@code WELFARE_COVERAGE} total and its
 *       other exclusions), the interval must reach that cap: the figure is as uncertain as the
 *       totals allow. (A count hidden even at 0 may be pinned to 0: that tells of nobody.) A hidden
 *       area cell whose child cells are in the same publication (a district beside its communes)
 *       counts at least what they allow: its published children's counts plus one for each hidden
 *       child; its interval must reach down to that least value instead of 1 (a district of two
 *       hidden communes is at least 2, whatever is published), and up to 5.</li>
 * </ol>
 * A hidden protection-case total is asked the same, with what the published totals allow taken
 * from every term of its relation with {@code CASES_RECEIVED} (each hidden count at least 1): its
 * cap is the cases received less what its other terms count at least; a hidden
 * {@code CASES_RECEIVED} counts at least what each deadline figure's terms count at least; and a
 * hidden deadline total whose count those figures pin above τ (3 of 20 plans in time beside 20
 * cases received, no exclusion) is hidden for its numerator alone: its count is not asked to
 * vary, its numerator and count minus numerator are, as a cell's (docs/protection-cases.md,
 * "Known denominators").
 * The audit assumes the attacker knows every relation that holds by definition, integrality, and
 * that a hidden figure counts at least one child; and, in the strict model, that no child is in
 * two groups. It does <em>not</em> need to assume that the attacker can tell primary from
 * complementary cells, because they are shown alike.
 *
 * <p><b>Small totals.</b> When a primary cell's indicator total is itself 1 to τ, no complement
 * can protect it (the total caps it); the indicator's breakdown holding the cell is withheld: not
 * published at all (the total, which counts every child of the population, is). This is table
 * redesign rather than suppression (Handbook, "Methods" of frequency tables).
 *
 * <p><b>Totals of sensitive populations.</b> The total of an indicator whose whole population is
 * sensitive ({@link DisclosureRule#sensitivePopulations()}: the protection-case indicators) is
 * itself a sensitive figure: when its count or numerator is 1 to τ it is hidden (state
 * {@link ValueState#SUPPRESSED}, no figures) and its breakdowns are withheld with it (they would
 * add up to it). Its exclusion counts follow the threshold rule as every sensitive figure does.
 * The audit gives such a total the range the published figures allow (a case indicator's total
 * is at most the published {@code CASES_RECEIVED} total) and asks of it what it asks of a cell.
 *
 * <p><b>Secondary suppression.</b> While the audit finds a hidden figure unprotected (the first in
 * figure order), treem hides one more figure: among the published cells and exclusion counts that
 * share a relation with it (or with the hidden figures linked to it), a non-empty one of the same
 * breakdown first, the smallest count first, ties by key order; totals are never hidden as complements. When none
 * is left, the breakdown is withheld; for an exclusion count of an indicator whose whole population
 * is sensitive (a protection-case deadline figure, whose denominator and exclusions add up to the
 * cases received), the indicator's total is hidden with it, the one total hidden as a complement.
 * Then it audits again. Finding the least-loss pattern is
 * NP-hard in general (τ-ARGUS's optimal method solves a MIP); this greedy, audited loop is in the
 * spirit of τ-ARGUS's heuristics (modular, hypercube), and every report it publishes passes the
 * full audit. Numerator and denominator of a cell are hidden together.
 *
 * <p><b>Areas of several levels.</b> A province's merge publishes its figures by commune, by
 * district and for the province: tables linked by nesting (a district's cell is the sum of its
 * communes' cells, the province's the sum of its districts'). Suppressing each level on its own is
 * not safe: a commune hidden beside published communes of its district is the district's
 * published cell minus them (the Handbook's "linked tables", chapter 5, "Methods"). Such a
 * publication is suppressed and audited once, over one report whose area breakdown holds every
 * level's cells, with their nesting ({@link AreaHierarchy};
 * {@link #publish(IndicatorReport, List, DisclosureRule, AreaHierarchy)}): the audit then knows
 * every level's relations at once, and a complement is sought among a hidden cell's siblings
 * first (the smallest), then its parent (a district hidden with its commune), whose own
 * relations then ask for a complement at its level. A cell that counts the whole total (a
 * single province's own cell) is never a complement: the total gives it. What each level
 * publishes is a part of that one publication, so it passes the audit on its own as well.
 * The secondary suppression of such a publication is solved block by block, not in one loop over
 * every cell of the country: each indicator's area breakdown apart from the rest, and within it
 * each province's subtree apart while the province's own cell is published (provinces share no
 * cell, and the published national total and province cells are constants of their relations);
 * provinces whose own cells are hidden are solved together. The figures hidden are those of the
 * one loop (a test compares both on seeded random countries), and the publication is audited
 * whole as always.
 *
 * <p><b>What a reader sees.</b> A hidden figure, primary or complementary, is shown the same way:
 * {@value #SYMBOL} (the state {@link ValueState#SUPPRESSED}, no figures), with the note
 * {@value #NOTE_VI} / {@value #NOTE_EN}. No {@code <5}: that would tell which cells are small.
 * A withheld breakdown is absent. A hidden exclusion count is listed as hidden, not left out.
 *
 * <p><b>Sources</b> (checked for this rule; section titles, as numbering differs between editions):
 * <ul>
 *   <li>Hundepool, A. et al., <i>Handbook on Statistical Disclosure Control</i>, online
 *       edition (sdcTools), https://sdctools.github.io/HandbookSDC/: chapter 4, "Disclosure
 *       Control Concepts for Magnitude Tabular Data", subsections "Sensitive Cells in Magnitude
 *       Tables" (the minimum frequency rule, "normally ... set to 3") and "Secondary tabular data
 *       protection methods" (the feasibility interval by linear programming; upper and lower
 *       protection levels; protection level zero for a minimum frequency rule); chapter 5,
 *       "Frequency tables", sections "Disclosure risks" (differencing, group attribute
 *       disclosure) and "Methods" (secondary suppression so that hidden cells cannot be derived
 *       from published margins, the same cells in linked tables). The printed book, Hundepool et
 *       al., <i>Statistical Disclosure Control</i> (Wiley, 2012), was not at hand; the τ-ARGUS
 *       manual cites its section 4.3.2 for protection levels.</li>
 *   <li><i>τ-ARGUS version 4.1 user's manual</i> (Statistics Netherlands / CASC,
 *       http://research.cbs.nl/casc/Software/TauManualV4.1.pdf; HTML edition
 *       https://julienjamme.github.io/manual_tau_argus_to_quarto/): "Producing safe tables",
 *       sections "Sensitive cells in frequency count tables" (the threshold rule, and its
 *       limits) and "Audit" (feasibility intervals from the full set of table relations, compared
 *       with the protection intervals); reference section "Specify tables", "Frequency-range"
 *       (no safety range follows from the minimum frequency rule: the user sets it).</li>
 * </ul>
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
   * Suppresses and audits a report. A report already suppressed (e.g. read back from a report
   * JSON) is not suppressed again: it is {@linkplain #verify(IndicatorReport, List, DisclosureRule)
   * verified}.
   *
   * @param report the report as computed (unsuppressed), or as published
   * @param assessments the target assessments to publish beside it
   * @param rule the rule
   * @return the publication, whose audit has passed
   * @throws IllegalArgumentException when the report's figures contradict relations that hold by
   *     definition (no register gives such a report: see {@link DisclosureAudit#isConsistent()}),
   *     or when an already suppressed report does not pass the audit
   */
  public static Publication publish(IndicatorReport report, List<TargetAssessment> assessments, DisclosureRule rule) {
    return publish(report, assessments, rule, AreaHierarchy.NONE);
  }

  /**
   * Suppresses and audits a report whose {@link BreakdownDimension#AREA} breakdown holds areas of
   * several levels (see "Areas of several levels"). A report already suppressed is verified.
   *
   * @param report the report as computed (unsuppressed), or as published
   * @param assessments the target assessments to publish beside it
   * @param rule the rule
   * @param areas how the area cells nest
   * @return the publication, whose audit (across the levels) has passed
   * @throws IllegalArgumentException as {@link #publish(IndicatorReport, List, DisclosureRule)}
   */
  public static Publication publish(IndicatorReport report, List<TargetAssessment> assessments, DisclosureRule rule,
      AreaHierarchy areas) {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(assessments, "assessments must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(areas, "areas must not be null");
    if (report.isSuppressed()) {
      return verify(report, assessments, rule, areas);
    }
    // the rounds share solved components: a round re-solves only what its new complement changed
    IntegerRanges.Cache cache = new IntegerRanges.Cache();
    return publish(report, assessments, rule, areas, p -> IntegerRanges.of(p, cache), true);
  }

  /**
   * Suppresses and audits a report with a given solver (the equivalence test's straightforward
   * publication: another solver, every round audited in full).
   *
   * @param solver the solver of each round's audit
   * @param incremental whether a round audits from the first cell not yet found protected
   */
  static Publication publish(IndicatorReport report, List<TargetAssessment> assessments, DisclosureRule rule,
      Function<LinearProblem, Ranges> solver, boolean incremental) {
    return publish(report, assessments, rule, AreaHierarchy.NONE, solver, incremental);
  }

  static Publication publish(IndicatorReport report, List<TargetAssessment> assessments, DisclosureRule rule,
      AreaHierarchy areas, Function<LinearProblem, Ranges> solver, boolean incremental) {
    return publish(report, assessments, rule, areas, solver, incremental, true);
  }

  /**
   * Suppresses and audits a report, with or without the decomposition of the area breakdowns
   * across levels into independent problems ({@link AreaBlocks}; the equivalence test compares
   * both ways).
   *
   * @param decompose whether the area breakdowns of several levels are suppressed block by block
   */
  static Publication publish(IndicatorReport report, List<TargetAssessment> assessments, DisclosureRule rule,
      AreaHierarchy areas, Function<LinearProblem, Ranges> solver, boolean incremental, boolean decompose) {
    return publish(report, assessments, rule, areas, solver, incremental, decompose, true);
  }

  /**
   * Suppresses and audits a report, with or without auditing interchangeable hidden figures once
   * per class ({@link DisclosureAudit}; the equivalence test compares both ways).
   *
   * @param interchangeable whether a figure interchangeable with one audited takes its verdict
   */
  static Publication publish(IndicatorReport report, List<TargetAssessment> assessments, DisclosureRule rule,
      AreaHierarchy areas, Function<LinearProblem, Ranges> solver, boolean incremental, boolean decompose,
      boolean interchangeable) {
    Map<String, Long> totals = new HashMap<>();
    Set<Figure> hidden = new HashSet<>();
    Set<Figure> withheld = new HashSet<>();
    Map<Figure, long[]> truth = new LinkedHashMap<>();
    for (IndicatorResult r : report.getResults()) {
      boolean rate = r.getIndicator().getUnit() == IndicatorUnit.PERCENT;
      long totalSize = rate ? r.getDenominator() : r.getNumerator();
      Figure tf = Figure.total(r.getCode());
      totals.put(r.getCode(), totalSize);
      if (rule.isSensitive(tf) && (rule.isSmall(totalSize) || rule.isSmall(rate ? r.getNumerator() : 0))) {
        // a sensitive population's small total: hidden, and its breakdowns with it
        hidden.add(tf);
      }
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> e : r.getBreakdowns().entrySet()) {
        for (BreakdownCell c : e.getValue()) {
          Figure f = Figure.cell(r.getCode(), e.getKey(), c.getKey());
          long size = rate ? c.getDenominator().orElse(0) : c.getNumerator().orElse(0);
          long num = rate ? c.getNumerator().orElse(0) : 0;
          truth.put(f, new long[] {size, num});
          if (hidden.contains(tf)) {
            continue;
          }
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
      for (ExclusionReason reason : rule.alwaysListed(r.getCode())) {
        // listed even when none: hidden from 0 to τ
        Figure f = Figure.exclusion(r.getCode(), reason);
        long n = r.getExclusions().getOrDefault(reason, 0L);
        truth.put(f, new long[] {n, 0});
        if (n <= rule.threshold()) {
          hidden.add(f);
        }
      }
    }
    if (decompose && !areas.isFlat()) {
      // each area breakdown across levels is suppressed apart from the rest, province by province
      // where the provinces' own cells stay published (AreaBlocks); the loop below then finds the
      // rest, and its first round audits the whole publication
      IndicatorReport rest = AreaBlocks.suppress(report, areas, hidden, withheld,
          (sub, h, w) -> suppress(sub, rule, areas, solver, incremental, interchangeable, h, w, truth, totals));
      suppress(rest, rule, areas, solver, incremental, interchangeable, hidden, withheld, truth, totals);
    }
    Publication p = suppress(report, rule, areas, solver, incremental, interchangeable, hidden, withheld, truth,
        totals);
    return new Publication(p.report(), assessments, p.audit());
  }

  /**
   * The loop of secondary suppression over a report (or a part of it), from the figures already
   * hidden and the breakdowns already withheld, which it adds to.
   *
   * @return the publication (without assessments), whose audit has passed
   */
  private static Publication suppress(IndicatorReport report, DisclosureRule rule, AreaHierarchy areas,
      Function<LinearProblem, Ranges> solver, boolean incremental, boolean interchangeable, Set<Figure> hidden,
      Set<Figure> withheld, Map<Figure, long[]> truth, Map<String, Long> totals) {
    // Each round hides more or withholds a breakdown, which only widens the feasible intervals of
    // the figures already hidden (a figure becomes a variable, or relations go): a hidden cell
    // found protected stays protected (its requirement depends on its indicator's total alone),
    // so a round audits from the first cell not yet found protected. (An exclusion count's cap can
    // grow when a count beside it is hidden: exclusions are audited every round.) The
    // publication's audit is a full one.
    Set<Figure> protectedCells = new HashSet<>();
    for (int round = 0; round <= truth.size() + 16; round++) {
      IndicatorReport published = render(report, hidden, withheld);
      DisclosureAudit.Model model = new DisclosureAudit.Model(published, rule, areas);
      model.interchangeable = interchangeable;
      if (!model.publishedSmall.isEmpty()) {
        hidden.add(model.publishedSmall.get(0));
        continue;
      }
      DisclosureAudit audit = model.audit(true, solver, protectedCells);
      if (audit.isPassed() && !protectedCells.isEmpty()) {
        audit = model.audit(false, solver);
      }
      if (!audit.isConsistent()) {
        throw new IllegalArgumentException("the report's figures contradict each other (" + audit.getFigures().stream()
            .filter(f -> f.problem().equals(Optional.of(DisclosureAudit.INCONSISTENT))).findFirst().orElseThrow()
            .figure() + "): it cannot be audited");
      }
      if (audit.isPassed()) {
        // no failure: the audit went through every hidden figure, it is the full audit
        return new Publication(published, List.of(), audit);
      }
      if (incremental) {
        audit.getFigures().stream().filter(f -> f.isProtected() && f.figure().part() == Figure.Part.CELL)
            .forEach(f -> protectedCells.add(f.figure()));
      }
      Figure failing = audit.getFailures().get(0).figure();
      // an area cell of several levels that counts the whole total (the province's own cell) is
      // given by the total: hiding it protects nothing
      java.util.function.Predicate<Figure> eligible = f -> truth.containsKey(f) && truth.get(f)[0] > 0
          && !hidden.contains(f) && (areas.isFlat() || f.part() != Figure.Part.CELL
              || f.dimension().orElseThrow() != BreakdownDimension.AREA
              || truth.get(f)[0] != totals.getOrDefault(f.indicatorCode(), -1L));
      // (across area levels the search goes on past steps with nothing eligible: a district's
      // relations may offer only the province's own cell, its communes' relations more)
      Optional<Figure> complement = model.publishedLinkedTo(failing, areas.isFlat() ? f -> true : eligible).stream()
          .filter(eligible)
          .min(Comparator.comparing((Figure f) -> !sameBreakdown(f, failing))
              .thenComparingLong(f -> Objects.requireNonNull(truth.get(f))[0]) // filtered on containsKey
              .thenComparing(Comparator.naturalOrder()));
      if (complement.isPresent()) {
        hidden.add(complement.get());
      } else if (failing.part() == Figure.Part.CELL) {
        withheld.add(Figure.cell(failing.indicatorCode(), failing.dimension().orElseThrow(), ""));
      } else if (rule.isSensitive(Figure.total(failing.indicatorCode()))
          && hidden.add(Figure.total(failing.indicatorCode()))) {
        // an exclusion count of a sensitive population bounded by totals only (a deadline figure's
        // cases not due, beside the cases received): its own total, itself a sensitive figure, is
        // hidden with it (the one case where a total is a complement); the loop goes on
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
   * true), under {@link DisclosureRule#DEFAULT}: its audit must pass.
   *
   * @param published the report as read, hidden figures in state {@link ValueState#SUPPRESSED}
   * @param assessments the assessments published with it
   * @return the publication, flagged suppressed
   * @throws IllegalArgumentException when the audit fails (the report discloses a figure)
   */
  public static Publication verify(IndicatorReport published, List<TargetAssessment> assessments) {
    return verify(published, assessments, DisclosureRule.DEFAULT);
  }

  /**
   * Verifies a report read back as published: its audit must pass.
   *
   * @param published the report as read, hidden figures in state {@link ValueState#SUPPRESSED}
   * @param assessments the assessments published with it
   * @param rule the rule
   * @return the publication, flagged suppressed
   * @throws IllegalArgumentException when the audit fails (the report discloses a figure)
   */
  public static Publication verify(IndicatorReport published, List<TargetAssessment> assessments, DisclosureRule rule) {
    return verify(published, assessments, rule, AreaHierarchy.NONE);
  }

  /**
   * Verifies a report read back as published whose area breakdown holds areas of several levels:
   * its audit across the levels must pass.
   *
   * @param published the report as read, hidden figures in state {@link ValueState#SUPPRESSED}
   * @param assessments the assessments published with it
   * @param rule the rule
   * @param areas how the area cells nest
   * @return the publication, flagged suppressed
   * @throws IllegalArgumentException when the audit fails (the report discloses a figure)
   */
  public static Publication verify(IndicatorReport published, List<TargetAssessment> assessments, DisclosureRule rule,
      AreaHierarchy areas) {
    DisclosureAudit audit = DisclosureAudit.of(published, assessments, rule, areas);
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
      for (ExclusionReason reason : ExclusionReason.values()) {
        Long n = r.getExclusions().get(reason);
        if (hidden.contains(Figure.exclusion(r.getCode(), reason))) {
          hiddenExcl.add(reason); // also a count of 0 that is always listed
        } else if (n != null) {
          excl.put(reason, n);
        }
      }
      results.add(hidden.contains(Figure.total(r.getCode())) ? r.copySuppressedTotal(excl, hiddenExcl)
          : r.copyWith(bd, excl, hiddenExcl));
    }
    return new IndicatorReport.Builder().from(report).results(results).suppressed(true).build();
  }
}

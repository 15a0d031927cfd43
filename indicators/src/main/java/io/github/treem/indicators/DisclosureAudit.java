package io.github.treem.indicators;

import io.github.treem.core.taxonomy.LegacyCircumstanceGroup;
import io.github.treem.core.taxonomy.LegacyMapping;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.indicators.FigureAudit.Range;
import io.github.treem.indicators.internal.IntegerRanges;
import io.github.treem.indicators.internal.Interchangeable;
import io.github.treem.indicators.internal.LinearProblem;
import io.github.treem.indicators.internal.Ranges;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The audit of a published report: for every hidden figure, the least and greatest values
 * consistent with everything the report publishes, computed by linear programming and, where the
 * linear optimum is not integral, by integer programming (ojAlgo), and a verdict against the
 * protection rule of {@link DisclosureControl}. This is the audit of τ-ARGUS (its manual, section
 * "Audit": the "feasibility interval" of every suppressed cell, from all the table's relations,
 * compared with the protection interval) applied to everything a treem report publishes. Anyone
 * can run it on any report: it reads only what is published.
 *
 * <h2>What the attacker is assumed to know</h2>
 * Every published figure (totals, cells of every breakdown, exclusion counts), that counts are
 * non-negative integers, that a hidden cell counts at least one child (treem lists only non-empty
 * cells and never hides an empty one) and that a cell missing from a breakdown counts none, and
 * these relations, which hold by definition:
 * <ul>
 *   <li>a rate's numerator is at most its denominator, in every cell and the total;</li>
 *   <li>the cells of a breakdown by village, sex, ethnicity, disability, age or area add up to
 *       the total;</li>
 *   <li>when the area breakdown holds areas of several levels ({@link AreaHierarchy}: a
 *       province's communes, districts and the province, published together), the cells of each
 *       level add up to their parent cell, and the top cells to the total: one audit across the
 *       levels, so that a hidden commune is never its district's cell minus the other
 *       communes;</li>
 *   <li>a child counts once in each of its special-circumstance groups and in {@code NONE} when
 *       in none: each {@link BreakdownDimension#GROUP} cell is at most the total, the cells add up
 *       to at least the total, and {@code NONE} plus any group is at most the total. The audit also
 *       runs a <em>strict</em> model in which the attacker knows that no child is in two groups
 *       (the cells add up to the total exactly); the strict model's ranges are within the
 *       overlapping model's, so it decides, unless the published figures refute it (no integer
 *       point satisfies it: then the overlapping model is used for the whole report);</li>
 *   <li>the cells of a {@link BreakdownDimension#HARM} breakdown of protection cases relate to
 *       the total as those of {@code GROUP} do (a case counts once in each of its kinds of harm);</li>
 *   <li>the cells of a {@link BreakdownDimension#LEGACY_GROUP} breakdown (the 11 groups of the
 *       2004 law) overlap as those of {@code GROUP} do, in both models (a child is in several 2004
 *       groups by construction), and the 2004→2016 mapping fixes more: a 2004 group whose covered
 *       sub-groups are within another's counts at most its children (6 ≤ 7 ≤ 8); beside the
 *       indicator's {@code GROUP} cells, a 2016 group wholly covered by a 2004 group counts at most
 *       its children and a 2004 group within one 2016 group at most that group's (5 is đ, 9 is
 *       L), any 2004 group at most the sum of the 2016 groups it draws on, {@code GROUP}'s
 *       {@code NONE} at most the 2004 {@code NONE}, the 2004 {@code NONE} at most {@code GROUP}'s
 *       {@code NONE} plus the 2016 groups with a sub-group no 2004 group covers (C, I, M, N), and
 *       the 2004 {@code UNKNOWN} at most the 2016 groups whose sub-group decides (C, H, K); across indicators, a 2004-group cell of an
 *       indicator of children under 16 is at most the {@code SPECIAL_CIRCUMSTANCES} cell of that
 *       group and at most the sum of its counts of the 2016 groups drawn on;</li>
 *   <li>the total of a protection-case indicator other than {@code CASES_RECEIVED}, plus its
 *       exclusion counts, is at most the {@code CASES_RECEIVED} total (its cases, counted or
 *       excluded once each, are cases received); for the deadline figures that count every case
 *       received ({@link CaseIndicators#partitionsCasesReceived()}) it is equal: a hidden
 *       emergency total is never {@code CASES_RECEIVED} minus its published exclusions;</li>
 *   <li>a hidden total (a sensitive population's, {@link ValueState#SUPPRESSED}) counts at least
 *       one child, its numerator at most its count;</li>
 *   <li>across indicators: the GROUP cell {@code g} of an indicator whose population is children
 *       under 16 at R with a date of birth is at most the {@code SPECIAL_CIRCUMSTANCES} count of
 *       {@code g}, and such an indicator's children in some group (total minus {@code NONE}) are at
 *       most the {@code SPECIAL_CIRCUMSTANCES} total;</li>
 *   <li>an exclusion reason that arises only in one group ({@code MISSING_POVERTY}: DD, in
 *       {@code WELFARE_COVERAGE}) counts children of that group outside the indicator's
 *       population: plus the indicator's cell of that group it is at most the
 *       {@code SPECIAL_CIRCUMSTANCES} count of that group; plus the indicator's children in some
 *       group it is at most the {@code SPECIAL_CIRCUMSTANCES} total. For
 *       {@code WELFARE_COVERAGE}, whose population is children in special circumstances, that is:
 *       its total plus its {@code MISSING_ANSWER}, {@code SUBGROUP_UNKNOWN} and
 *       {@code MISSING_POVERTY} counts (distinct children in special circumstances) are at most
 *       the {@code SPECIAL_CIRCUMSTANCES} total.</li>
 * </ul>
 * A hidden count is at least 1, except a count hidden even when 0
 * ({@link DisclosureRule#hidesZero(Figure)}), which is at least 0.
 * Target statuses and gaps are published beside totals, which are always published: they add
 * nothing the totals do not say. (A hidden total, of a sensitive population, has no target
 * assessment published: a caller publishing one for it would need the status's inequality and
 * the gap's interval in the model.) Data-quality counts (rows read, accepted, rejected) describe the input files, not
 * children in a group: no relation.
 *
 * <p>A report whose published figures contradict these relations (no integer point satisfies
 * them: a figure no register can produce) is not {@link #isConsistent() consistent}; its hidden
 * figures in the contradicted relations are reported as failures.
 *
 * <p>How the ranges are computed fast and exactly (components, bounds, a cache shared by the
 * rounds of one publication, linear programs before integer ones) is described in the
 * implementation; the figures are those of solving the whole model for every figure, which a test
 * checks on thousands of generated reports.
 *
 * <p>Implementation requirements: immutable once built, thread-safe to read.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DisclosureAudit {
  private static final Set<Indicators> UNDER_16 = Set.of(Indicators.HI_U6, Indicators.UNDERWEIGHT_U5,
      Indicators.STUNTING_U5, Indicators.WASTING_U5, Indicators.OVERWEIGHT_U5, Indicators.PRESCHOOL_3_5,
      Indicators.GRADE1_AT_6, Indicators.WELFARE_COVERAGE, Indicators.BIRTH_REG_ON_TIME);

  /**
   * The exclusion reasons of {@code WELFARE_COVERAGE} that count children in special circumstances
   * (under 16 at R, with a date of birth and a code active at R) outside its total; its
   * {@code MISSING_DOB} children are in no count of {@code SPECIAL_CIRCUMSTANCES} either.
   */
  private static final Set<ExclusionReason> WELFARE_IN_SPECIAL_CIRCUMSTANCES = EnumSet.of(
      ExclusionReason.MISSING_ANSWER, ExclusionReason.SUBGROUP_UNKNOWN, ExclusionReason.MISSING_POVERTY);

  /** The problem of a figure whose relations no integer point satisfies. */
  static final String INCONSISTENT =
      "no value is consistent with the published figures: they contradict a relation that holds by definition";

  private final List<FigureAudit> figures;
  private final List<Figure> publishedSmall;
  private final boolean consistent;
  private final int linearPrograms;
  private final int integerPrograms;

  private DisclosureAudit(List<FigureAudit> figures, List<Figure> publishedSmall, boolean consistent, int lp, int mip) {
    this.figures = List.copyOf(figures);
    this.publishedSmall = List.copyOf(publishedSmall);
    this.consistent = consistent;
    this.linearPrograms = lp;
    this.integerPrograms = mip;
  }

  /**
   * Audits a published report under {@link DisclosureRule#DEFAULT}.
   *
   * @param published the report as published (suppressed figures hidden)
   * @param assessments the target assessments published with it
   * @return the audit
   */
  public static DisclosureAudit of(IndicatorReport published, List<TargetAssessment> assessments) {
    return of(published, assessments, DisclosureRule.DEFAULT);
  }

  /**
   * Audits a published report.
   *
   * @param published the report as published (suppressed figures hidden)
   * @param assessments the target assessments published with it
   * @param rule the rule
   * @return the audit
   */
  public static DisclosureAudit of(IndicatorReport published, List<TargetAssessment> assessments, DisclosureRule rule) {
    Objects.requireNonNull(assessments, "assessments must not be null");
    return new Model(published, rule).audit(false, IntegerRanges::of);
  }

  /**
   * Audits a published report with another solver (the equivalence test's straightforward one).
   *
   * @param published the report as published
   * @param rule the rule
   * @param solver the solver of the audit's linear problem
   * @return the audit
   */
  static DisclosureAudit of(IndicatorReport published, DisclosureRule rule, Function<LinearProblem, Ranges> solver) {
    return new Model(published, rule).audit(false, solver);
  }

  /**
   * Audits a published report whose {@link BreakdownDimension#AREA} breakdown holds areas of
   * several levels (a province's merge: communes, districts and the province at once), with the
   * relations of their nesting: a parent cell counts its child cells' children.
   *
   * @param published the report as published (suppressed figures hidden)
   * @param assessments the target assessments published with it
   * @param rule the rule
   * @param areas how the area cells nest
   * @return the audit
   */
  public static DisclosureAudit of(IndicatorReport published, List<TargetAssessment> assessments, DisclosureRule rule,
      AreaHierarchy areas) {
    Objects.requireNonNull(assessments, "assessments must not be null");
    return new Model(published, rule, areas).audit(false, IntegerRanges::of);
  }

  /** {@return one audit per hidden figure, in figure order} */
  public List<FigureAudit> getFigures() {
    return figures;
  }

  /** {@return the hidden figures that are not protected} */
  public List<FigureAudit> getFailures() {
    return figures.stream().filter(f -> !f.isProtected()).toList();
  }

  /** {@return sensitive figures published with a count or numerator of 1 to τ (a primary not hidden)} */
  public List<Figure> getPublishedSmall() {
    return publishedSmall;
  }

  /** {@return true when every hidden figure is protected and no small sensitive figure is published} */
  public boolean isPassed() {
    return publishedSmall.isEmpty() && figures.stream().allMatch(FigureAudit::isProtected);
  }

  /**
   * Whether the published figures satisfy the relations that hold by definition: some integer
   * value of every hidden figure does. A report treem computed always does; one that does not
   * cannot be audited (its hidden figures in the contradicted relations are failures).
   *
   * @return false when the published figures contradict each other
   */
  public boolean isConsistent() {
    return consistent;
  }

  /** {@return how many linear programs the audit solved (none for a range the bounds already prove, or solved before in the same publication)} */
  public int getLinearPrograms() {
    return linearPrograms;
  }

  /** {@return how many integer programs the audit solved (where the LP optimum was not integral)} */
  public int getIntegerPrograms() {
    return integerPrograms;
  }

  /** {@return e.g. {@code "DisclosureAudit[hidden=4, failures=0, published small=0]"}} */
  @Override
  public String toString() {
    return "DisclosureAudit[hidden=" + figures.size() + ", failures=" + getFailures().size()
        + ", published small=" + publishedSmall.size() + (consistent ? "" : ", inconsistent") + "]";
  }

  /** A count of the model: a published constant or a hidden variable. */
  private static final class Q {
    final Figure figure;
    final int var;
    final long value;

    Q(Figure figure, int var, long value) {
      this.figure = figure;
      this.var = var;
      this.value = value;
    }

    boolean isHidden() {
      return var >= 0;
    }
  }

  /** A published cell or total: its count (denominator of a rate) and its numerator (rates). */
  private record Item(Figure figure, Q size, @Nullable Q num) {}

  /** A linear relation Σ terms (lo ≤ · ≤ hi), over constants and variables. */
  private static final class Rel {
    final List<Q> terms = new ArrayList<>();
    final List<Long> coefs = new ArrayList<>();
    long lo = LinearProblem.NONE_BELOW;
    long hi = LinearProblem.NONE_ABOVE;

    Rel plus(@Nullable Q q) {
      return term(q, 1);
    }

    Rel minus(@Nullable Q q) {
      return term(q, -1);
    }

    Rel term(@Nullable Q q, long c) {
      if (q != null) {
        terms.add(q);
        coefs.add(c);
      }
      return this;
    }

    Rel atMost(long v) {
      hi = v;
      return this;
    }

    Rel atLeast(long v) {
      lo = v;
      return this;
    }

    Rel equal(long v) {
      lo = v;
      hi = v;
      return this;
    }

    boolean hasVariable() {
      return terms.stream().anyMatch(Q::isHidden);
    }

    /** The relation over the variables alone (constants moved to the bounds), or null when it has none. */
    LinearProblem.@Nullable Relation toRelation() {
      List<Integer> vars = new ArrayList<>();
      List<Long> cs = new ArrayList<>();
      long constant = 0;
      for (int i = 0; i < terms.size(); i++) {
        Q q = terms.get(i);
        if (q.isHidden()) {
          vars.add(q.var);
          cs.add(coefs.get(i));
        } else {
          constant += coefs.get(i) * q.value;
        }
      }
      return LinearProblem.Relation.of(vars.stream().mapToInt(Integer::intValue).toArray(),
          cs.stream().mapToLong(Long::longValue).toArray(),
          lo == LinearProblem.NONE_BELOW ? lo : lo - constant, hi == LinearProblem.NONE_ABOVE ? hi : hi - constant);
    }
  }

  /**
   * The linear model of what a report publishes: one variable per hidden count (a hidden cell of
   * a rate has two, its denominator and numerator), the relations among them and the published
   * figures. Used by the audit and, round by round, by {@link DisclosureControl}.
   */
  static final class Model {
    final IndicatorReport report;
    final DisclosureRule rule;
    final AreaHierarchy areas;
    final List<Figure> varFigure = new ArrayList<>();
    final List<Long> varLower = new ArrayList<>();
    final List<Rel> common = new ArrayList<>();
    final List<Rel> overlap = new ArrayList<>();
    final List<Rel> strict = new ArrayList<>();
    final Map<Figure, Item> hidden = new LinkedHashMap<>();
    final Map<Figure, Long> cap = new HashMap<>();
    /** The least count a hidden parent area cell's children allow (1 when absent). */
    final Map<Figure, Long> lowest = new HashMap<>();
    final Map<Figure, long[]> totalOf = new HashMap<>();
    final List<Figure> publishedSmall = new ArrayList<>();
    final Map<String, Map<ExclusionReason, Q>> exclusions = new HashMap<>();
    /** Whether interchangeable figures are audited once per class (the equivalence test turns it off). */
    boolean interchangeable = true;

    Model(IndicatorReport report, DisclosureRule rule) {
      this(report, rule, AreaHierarchy.NONE);
    }

    Model(IndicatorReport report, DisclosureRule rule, AreaHierarchy areas) {
      this.report = Objects.requireNonNull(report, "report must not be null");
      this.rule = Objects.requireNonNull(rule, "rule must not be null");
      this.areas = Objects.requireNonNull(areas, "areas must not be null");
      build();
    }

    private Q var(Figure f, long lower) {
      varFigure.add(f);
      varLower.add(lower);
      return new Q(f, varFigure.size() - 1, 0);
    }

    private static Q constant(Figure f, long v) {
      return new Q(f, -1, v);
    }

    private void build() {
      Map<String, Map<String, Item>> groupCells = new HashMap<>();
      Map<String, Map<String, Item>> legacyCells = new HashMap<>();
      Map<String, Item> totals = new HashMap<>();
      for (IndicatorResult r : report.getResults()) {
        String code = r.getCode();
        boolean rate = r.getIndicator().getUnit() == IndicatorUnit.PERCENT;
        Figure tf = Figure.total(code);
        boolean totalHidden = r.getState() == ValueState.SUPPRESSED;
        Item total;
        if (totalHidden) {
          // a sensitive population's hidden total: at least one child, numerator at most the count
          Q size = var(tf, 1);
          Q num = rate ? var(tf, 0) : null;
          total = new Item(tf, size, num);
          hidden.put(tf, total);
          if (rate) {
            common.add(new Rel().plus(num).minus(size).atMost(0));
          }
          totalOf.put(tf, new long[] {-1, -2}); // unknown: the attribute is not known from it
        } else {
          total = new Item(tf, constant(tf, rate ? r.getDenominator() : r.getNumerator()),
              rate ? constant(tf, r.getNumerator()) : null);
          totalOf.put(tf, new long[] {total.size.value, rate ? r.getNumerator() : -1});
          checkPublished(tf, total.size.value, rate ? r.getNumerator() : 0);
        }
        totals.put(code, total);
        for (Map.Entry<BreakdownDimension, List<BreakdownCell>> e : r.getBreakdowns().entrySet()) {
          BreakdownDimension dim = e.getKey();
          List<Item> items = new ArrayList<>();
          for (BreakdownCell c : e.getValue()) {
            Figure f = Figure.cell(code, dim, c.getKey());
            Item it;
            if (c.getState() == ValueState.SUPPRESSED) {
              Q size = var(f, 1);
              Q num = rate ? var(f, 0) : null;
              it = new Item(f, size, num);
              hidden.put(f, it);
              if (!totalHidden) {
                cap.put(f, total.size.value);
              }
              if (rate) {
                common.add(new Rel().plus(num).minus(size).atMost(0));
              }
            } else {
              long size = rate ? c.getDenominator().orElse(0) : c.getNumerator().orElse(0);
              long num = rate ? c.getNumerator().orElse(0) : 0;
              it = new Item(f, constant(f, size), rate ? constant(f, num) : null);
              checkPublished(f, size, num);
            }
            items.add(it);
          }
          if (dim == BreakdownDimension.HARM) {
            group(items, total, rate); // a case counts once in each of its kinds of harm
          } else if (dim == BreakdownDimension.GROUP) {
            Map<String, Item> byKey = new HashMap<>();
            items.forEach(i -> byKey.put(i.figure.key(), i));
            groupCells.put(code, byKey);
            group(items, total, rate);
          } else if (dim == BreakdownDimension.AREA && !areas.isFlat()) {
            nested(items, total, rate);
          } else if (dim == BreakdownDimension.LEGACY_GROUP) {
            Map<String, Item> byKey = new HashMap<>();
            items.forEach(i -> byKey.put(i.figure.key(), i));
            legacyCells.put(code, byKey);
            legacy(items, byKey, total, rate);
          } else {
            partition(items, total, rate);
          }
        }
        Map<ExclusionReason, Q> excl = new EnumMap<>(ExclusionReason.class);
        for (Map.Entry<ExclusionReason, Long> e : r.getExclusions().entrySet()) {
          Figure f = Figure.exclusion(code, e.getKey());
          checkPublished(f, e.getValue(), 0);
          excl.put(e.getKey(), constant(f, e.getValue()));
        }
        for (ExclusionReason reason : r.getSuppressedExclusions()) {
          Figure f = Figure.exclusion(code, reason);
          // a count hidden even when 0 may be 0; any other hidden count is at least 1
          Q q = var(f, rule.hidesZero(f) ? 0 : 1);
          hidden.put(f, new Item(f, q, null));
          excl.put(reason, q);
        }
        exclusions.put(code, excl);
      }
      crossIndicator(groupCells, totals);
      legacyRelations(groupCells, legacyCells);
    }

    /** Adds {@code cell ≤ extra + the sum of the GROUP cells of the groups chosen}. */
    private void outside(@Nullable Item cell, @Nullable Item extra, Map<String, Item> groups,
        java.util.function.Predicate<SpecialCircumstanceGroup> chosen, boolean rate) {
      if (cell == null) {
        return;
      }
      for (int part = 0; part < (rate ? 2 : 1); part++) {
        boolean numPart = part == 1;
        Rel rel = new Rel().plus(numPart ? cell.num : cell.size);
        if (extra != null) {
          rel.minus(numPart ? extra.num : extra.size);
        }
        for (SpecialCircumstanceGroup g : SpecialCircumstanceGroup.values()) {
          Item ig = groups.get(g.getCode());
          if (ig != null && chosen.test(g)) {
            rel.minus(numPart ? ig.num : ig.size);
          }
        }
        common.add(rel.atMost(0));
      }
    }

    /** Adds {@code a ≤ b} (counts, and numerators of a rate) when both are listed. */
    private void atMost(Item a, Item b, boolean rate) {
      common.add(new Rel().plus(a.size).minus(b.size).atMost(0));
      if (rate) {
        common.add(new Rel().plus(a.num).minus(b.num).atMost(0));
      }
    }

    /**
     * The cells of a breakdown by the 2004 groups: overlapping as GROUP's are (each at most the
     * total, together at least the total, NONE plus any group at most the total), in both models
     * (children are in several 2004 groups by construction: a disabled child is in groups 3 and
     * 4); and a group whose covered sub-groups are within another's counts at most its children.
     */
    private void legacy(List<Item> items, Map<String, Item> byKey, Item total, boolean rate) {
      Item none = byKey.get(BreakdownDimension.NONE);
      for (int part = 0; part < (rate ? 2 : 1); part++) {
        boolean numPart = part == 1;
        Q t = numPart ? total.num : total.size;
        Rel sumAtLeast = new Rel().minus(t);
        for (Item i : items) {
          Q q = numPart ? i.num : i.size;
          common.add(new Rel().plus(q).minus(t).atMost(0));
          if (none != null && !i.figure.key().equals(BreakdownDimension.NONE)) { // not the NONE cell itself
            common.add(new Rel().plus(q).plus(numPart ? none.num : none.size).minus(t).atMost(0));
          }
          sumAtLeast.plus(q);
        }
        common.add(sumAtLeast.atLeast(0));
      }
      for (LegacyCircumstanceGroup a : LegacyCircumstanceGroup.values()) {
        Item ia = byKey.get(LegacyGroupCells.key(a));
        for (LegacyCircumstanceGroup b : LegacyCircumstanceGroup.values()) {
          Item ib = byKey.get(LegacyGroupCells.key(b));
          if (a != b && ia != null && ib != null && LegacyGroupCells.within(a, b)) {
            atMost(ia, ib, rate);
          }
        }
      }
    }

    /**
     * The relations the 2004→2016 mapping fixes between an indicator's 2004-group cells and its
     * GROUP cells (a 2016 group wholly covered by a 2004 group counts at most its children, a
     * 2004 group within one 2016 group at most that group's, any 2004 group at most the sum of
     * the 2016 groups it draws on, and a child in no 2016 group is in no 2004 group), and across
     * indicators: a 2004-group cell of an indicator of children under 16 is at most the
     * {@code SPECIAL_CIRCUMSTANCES} cell of that 2004 group, and at most the sum of the
     * {@code SPECIAL_CIRCUMSTANCES} counts of the 2016 groups it draws on.
     */
    private void legacyRelations(Map<String, Map<String, Item>> groupCells, Map<String, Map<String, Item>> legacyCells) {
      Map<String, Item> scGroups = groupCells.get(Indicators.SPECIAL_CIRCUMSTANCES.getCode());
      Map<String, Item> scLegacy = legacyCells.get(Indicators.SPECIAL_CIRCUMSTANCES.getCode());
      for (IndicatorResult r : report.getResults()) {
        Map<String, Item> legacy = legacyCells.get(r.getCode());
        if (legacy == null) {
          continue;
        }
        boolean rate = r.getIndicator().getUnit() == IndicatorUnit.PERCENT;
        Map<String, Item> groups = groupCells.get(r.getCode());
        if (groups != null) {
          for (LegacyCircumstanceGroup a : LegacyCircumstanceGroup.values()) {
            Item ia = legacy.get(LegacyGroupCells.key(a));
            if (ia == null) {
              continue;
            }
            for (int part = 0; part < (rate ? 2 : 1); part++) {
              boolean numPart = part == 1;
              Rel sum = new Rel().plus(numPart ? ia.num : ia.size);
              for (SpecialCircumstanceGroup g : LegacyGroupCells.groupsOf(a)) {
                Item ig = groups.get(g.getCode());
                if (ig != null) {
                  sum.minus(numPart ? ig.num : ig.size);
                }
              }
              common.add(sum.atMost(0));
            }
            for (SpecialCircumstanceGroup g : SpecialCircumstanceGroup.values()) {
              Item ig = groups.get(g.getCode());
              if (ig != null && LegacyGroupCells.groupWithin(g, a)) {
                atMost(ig, ia, rate);
              }
              if (ig != null && LegacyGroupCells.withinGroup(a, g)) {
                atMost(ia, ig, rate);
              }
            }
          }
          Item gNone = groups.get(BreakdownDimension.NONE);
          Item lNone = legacy.get(BreakdownDimension.NONE);
          if (gNone != null && lNone != null) {
            atMost(gNone, lNone, rate);
          }
          // a child in no 2004 group is in no 2016 group, or in one with a sub-group no 2004 group
          // covers; a child in UNKNOWN has a group code whose sub-group would decide
          outside(lNone, gNone, groups, LegacyGroupCells::hasUncoveredSubgroup, rate);
          outside(legacy.get(BreakdownDimension.UNKNOWN), null, groups, g -> LegacyMapping.needsSubgroup(g), rate);
        }
        if (!(r.getIndicator() instanceof Indicators) || !UNDER_16.contains((Indicators) r.getIndicator())
            || r.getIndicator() == Indicators.SPECIAL_CIRCUMSTANCES) {
          continue;
        }
        for (LegacyCircumstanceGroup a : LegacyCircumstanceGroup.values()) {
          Item ia = legacy.get(LegacyGroupCells.key(a));
          if (ia == null) {
            continue;
          }
          Item sc = scLegacy == null ? null : scLegacy.get(LegacyGroupCells.key(a));
          if (scLegacy != null) {
            // a cell missing from the published SPECIAL_CIRCUMSTANCES breakdown counts no child
            common.add(new Rel().plus(ia.size).minus(sc == null ? null : sc.size).atMost(0));
          }
          if (scGroups != null) {
            Rel sum = new Rel().plus(ia.size);
            for (SpecialCircumstanceGroup g : LegacyGroupCells.groupsOf(a)) {
              Item ig = scGroups.get(g.getCode());
              if (ig != null) {
                sum.minus(ig.size);
              }
            }
            common.add(sum.atMost(0));
          }
        }
      }
    }

    private void checkPublished(Figure f, long size, long num) {
      if (rule.isSensitive(f) && (rule.isSmall(size) || rule.isSmall(num))) {
        publishedSmall.add(f);
      }
    }

    private void partition(List<Item> items, Item total, boolean rate) {
      Rel s = new Rel().minus(total.size);
      items.forEach(i -> s.plus(i.size));
      common.add(s.equal(0));
      if (rate) {
        Rel n = new Rel().minus(total.num);
        items.forEach(i -> n.plus(i.num));
        common.add(n.equal(0));
      }
    }

    /**
     * Area cells of several levels: the cells without a parent in the breakdown add up to the
     * total, and the child cells of each parent cell add up to it (a cell missing from the
     * breakdown counts none).
     */
    private void nested(List<Item> items, Item total, boolean rate) {
      Map<String, Item> byKey = new HashMap<>();
      items.forEach(i -> byKey.put(i.figure.key(), i));
      Map<Item, List<Item>> children = new LinkedHashMap<>();
      children.put(total, new ArrayList<>());
      for (Item i : items) {
        Item parent = areas.parentOf(i.figure.key()).map(byKey::get).orElse(total);
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(i);
      }
      children.forEach((parent, kids) -> partition(kids, parent, rate));
      for (Item i : items) {
        if (i.size.isHidden() && children.containsKey(i)) {
          lowest.put(i.figure, lowest(i, children));
        }
      }
    }

    /**
     * The least count of an area cell that its child cells allow whatever else is published: its
     * published children's counts plus one for each hidden one (itself a parent: its own least).
     */
    private static long lowest(Item cell, Map<Item, List<Item>> children) {
      List<Item> kids = children.get(cell);
      if (kids == null || kids.isEmpty()) {
        return 1;
      }
      long sum = 0;
      for (Item k : kids) {
        sum += k.size.isHidden() ? lowest(k, children) : k.size.value;
      }
      return Math.max(1, sum);
    }

    private void group(List<Item> items, Item total, boolean rate) {
      Item none = items.stream().filter(i -> BreakdownDimension.NONE.equals(i.figure.key())).findFirst().orElse(null);
      for (int part = 0; part < (rate ? 2 : 1); part++) {
        boolean numPart = part == 1;
        Q t = numPart ? total.num : total.size;
        Rel sumAtLeast = new Rel().minus(t);
        Rel sumEqual = new Rel().minus(t);
        for (Item i : items) {
          Q q = numPart ? i.num : i.size;
          overlap.add(new Rel().plus(q).minus(t).atMost(0));
          if (none != null && !i.equals(none)) {
            overlap.add(new Rel().plus(q).plus(numPart ? none.num : none.size).minus(t).atMost(0));
          }
          sumAtLeast.plus(q);
          sumEqual.plus(q);
        }
        overlap.add(sumAtLeast.atLeast(0));
        strict.add(sumEqual.equal(0));
      }
    }

    private void crossIndicator(Map<String, Map<String, Item>> groupCells, Map<String, Item> totals) {
      Item received = totals.get(CaseIndicators.CASES_RECEIVED.getCode());
      if (received != null) {
        Map<Q, Long> onlyHidden = new HashMap<>();
        for (IndicatorResult r : report.getResults()) {
          if (r.getIndicator() instanceof CaseIndicators ci && ci.isWithinCasesReceived()) {
            Item t = Objects.requireNonNull(totals.get(r.getCode())); // build: every result's total
            // every case received is counted once in the population or excluded once with a reason
            Rel rel = new Rel().plus(t.size);
            exclusions.getOrDefault(r.getCode(), Map.of()).values().forEach(rel::plus);
            rel.minus(received.size);
            common.add(ci.partitionsCasesReceived() ? rel.equal(0) : rel.atMost(0));
            List<Q> terms = new ArrayList<>();
            terms.add(t.size);
            terms.addAll(exclusions.getOrDefault(r.getCode(), Map.of()).values());
            long least = 0;
            for (Q q : terms) {
              least += q.isHidden() ? varLower.get(q.var) : q.value;
            }
            if (received.size.isHidden()) {
              // a hidden CASES_RECEIVED counts at least what this figure's terms count at least
              // (two hidden exclusion counts beside a published 0: at least 2), whatever is published
              lowest.merge(received.figure, Math.max(1, least), Math::max);
              List<Q> hiddenTerms = terms.stream().filter(Q::isHidden).toList();
              if (ci.partitionsCasesReceived() && hiddenTerms.size() == 1) {
                // its one hidden term is CASES_RECEIVED less the published terms
                Q only = hiddenTerms.get(0);
                onlyHidden.put(only, least - varLower.get(only.var));
              }
            } else {
              // a hidden term (the total, an exclusion count) can count at most the cases received
              // less what the other terms count at least: the most the published totals allow
              for (Q q : terms) {
                if (q.isHidden()) {
                  cap.put(q.figure, Math.max(0, received.size.value - least + varLower.get(q.var)));
                }
              }
            }
          }
        }
        long receivedLeast = lowest.getOrDefault(received.figure, 1L);
        onlyHidden.forEach((q, published) -> lowest.merge(q.figure, Math.max(1, receivedLeast - published), Math::max));
      }
      Item scTotal = totals.get(Indicators.SPECIAL_CIRCUMSTANCES.getCode());
      Map<String, Item> scGroups = groupCells.get(Indicators.SPECIAL_CIRCUMSTANCES.getCode());
      if (scTotal == null) {
        return;
      }
      for (IndicatorResult r : report.getResults()) {
        if (!(r.getIndicator() instanceof Indicators) || !UNDER_16.contains((Indicators) r.getIndicator())) {
          continue;
        }
        Map<String, Item> cells = groupCells.get(r.getCode());
        Item total = Objects.requireNonNull(totals.get(r.getCode())); // build: every result's total
        // a cell missing from a published GROUP breakdown counts no child
        Item none = cells == null ? null : cells.get(BreakdownDimension.NONE);
        if (cells != null) {
          common.add(new Rel().plus(total.size).minus(none == null ? null : none.size).minus(scTotal.size).atMost(0));
          if (scGroups != null) {
            for (Item c : cells.values()) {
              Item g = scGroups.get(c.figure.key());
              if (g != null) {
                common.add(new Rel().plus(c.size).minus(g.size).atMost(0));
              }
            }
          }
        }
        for (ExclusionReason reason : ExclusionReason.values()) {
          Optional<SpecialCircumstanceGroup> only = DisclosureRule.groupOnlyOf(reason);
          if (only.isEmpty()) {
            continue;
          }
          Map<ExclusionReason, Q> excl = Objects.requireNonNull(exclusions.get(r.getCode())); // build: every result's
          Q e = excl.get(reason);
          if (e == null) {
            continue;
          }
          Figure ef = e.figure;
          long capValue;
          if (r.getIndicator() == Indicators.WELFARE_COVERAGE) {
            // its population and these exclusions are distinct children in special circumstances
            Rel rel = new Rel().plus(total.size).minus(scTotal.size);
            capValue = scTotal.size.value - total.size.value;
            for (ExclusionReason other : WELFARE_IN_SPECIAL_CIRCUMSTANCES) {
              Q o = excl.get(other);
              rel.plus(o);
              if (o != null && o != e) {
                capValue -= o.isHidden() ? varLower.get(o.var) : o.value;
              }
            }
            if (!WELFARE_IN_SPECIAL_CIRCUMSTANCES.contains(reason)) {
              rel.plus(e);
            }
            common.add(rel.atMost(0));
          } else if (cells != null) {
            common.add(new Rel().plus(e).plus(total.size).minus(none == null ? null : none.size)
                .minus(scTotal.size).atMost(0));
            capValue = scTotal.size.value;
          } else {
            common.add(new Rel().plus(e).minus(scTotal.size).atMost(0));
            capValue = scTotal.size.value;
          }
          cap.put(ef, Math.max(0, capValue));
          Item scGroup = scGroups == null ? null : scGroups.get(only.get().getCode());
          if (scGroup != null) {
            Item own = cells == null ? null : cells.get(only.get().getCode());
            common.add(new Rel().plus(e).plus(own == null ? null : own.size).minus(scGroup.size).atMost(0));
          }
        }
      }
    }

    /** {@return the relations among the hidden figures, for a solver} */
    LinearProblem problem() {
      return new LinearProblem(varLower.stream().mapToLong(Long::longValue).toArray(), relations(common),
          relations(strict), relations(overlap));
    }

    private static List<LinearProblem.Relation> relations(List<Rel> rels) {
      List<LinearProblem.Relation> out = new ArrayList<>();
      for (Rel rel : rels) {
        if (rel.hasVariable()) {
          LinearProblem.Relation r = rel.toRelation();
          if (r != null) {
            out.add(r);
          }
        }
      }
      return out;
    }

    /**
     * The audit: every hidden figure, or (for secondary suppression) up to the first failure,
     * and not even that when a small sensitive figure is published (it needs hiding first).
     */
    DisclosureAudit audit(boolean stopAtFirstFailure, Function<LinearProblem, Ranges> solver) {
      return audit(stopAtFirstFailure, solver, Set.of());
    }

    /**
     * The audit, leaving out figures known to be protected (a partial audit, for secondary
     * suppression: see {@link DisclosureControl}).
     */
    DisclosureAudit audit(boolean stopAtFirstFailure, Function<LinearProblem, Ranges> solver, Set<Figure> known) {
      List<FigureAudit> out = new ArrayList<>();
      int lp = 0;
      int mip = 0;
      boolean consistent = true;
      if (!hidden.isEmpty() && !(stopAtFirstFailure && !publishedSmall.isEmpty())) {
        LinearProblem problem = problem();
        Ranges ranges = solver.apply(problem);
        List<Item> items = new TreeSet<>(hidden.keySet()).stream().map(hidden::get).toList();
        int @Nullable [] twin = interchangeable ? twins(problem, items) : null;
        Map<Integer, FigureAudit> byClass = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
          Item it = items.get(i);
          if (known.contains(it.figure)) {
            continue;
          }
          // a figure interchangeable with one audited before has its ranges, so its verdict
          @Nullable FigureAudit same = twin == null ? null : byClass.get(twin[i]);
          FigureAudit a = same != null ? as(same, it.figure) : audit(it, ranges);
          if (twin != null && same == null) {
            byClass.put(twin[i], a);
          }
          out.add(a);
          consistent &= !a.problem().equals(Optional.of(INCONSISTENT));
          if (stopAtFirstFailure && !a.isProtected()) {
            break;
          }
        }
        lp = ranges.linearPrograms();
        mip = ranges.integerPrograms();
      }
      return new DisclosureAudit(out, publishedSmall, consistent, lp, mip);
    }

    /**
     * The classes of interchangeable hidden figures ({@link Interchangeable}): figures whose
     * variables the relations cannot tell apart, and whose verdict depends on nothing else that
     * differs (the same kind of figure of the same indicator, the same sensitivity, cap and least
     * count): the audit solves one figure of each class. A province's area breakdown with hundreds
     * of hidden communes is one class: a handful of linear programs instead of six per commune.
     */
    private int[] twins(LinearProblem problem, List<Item> items) {
      List<int[]> cells = new ArrayList<>();
      List<List<Object>> kinds = new ArrayList<>();
      for (Item it : items) {
        Figure f = it.figure;
        cells.add(it.num == null ? new int[] {it.size.var} : new int[] {it.size.var, it.num.var});
        kinds.add(List.of(f.part(), f.indicatorCode(), f.dimension().map(Enum::name).orElse(""), rule.isSensitive(f),
            cap.getOrDefault(f, -1L), lowest.getOrDefault(f, 1L)));
      }
      return Interchangeable.classes(problem, cells, kinds);
    }

    /** The audit of a figure interchangeable with an audited one: the same ranges and verdict. */
    private static FigureAudit as(FigureAudit twin, Figure f) {
      return new FigureAudit(f, twin.sensitive(), twin.size(), twin.numerator(), twin.complement(),
          twin.requiredUpper(), twin.strictModel(), twin.problem());
    }

    private FigureAudit audit(Item it, Ranges ranges) {
      Figure f = it.figure;
      boolean sensitive = rule.isSensitive(f);
      long required = Math.min(rule.threshold() + 1L, cap.getOrDefault(f, IntegerRanges.UNBOUNDED));
      Optional<Range> size = range(ranges, new int[] {it.size.var}, new long[] {1});
      if (size.isEmpty()) {
        return new FigureAudit(f, sensitive, new Range(0, 0), Optional.empty(), Optional.empty(),
            sensitive ? required : 0, ranges.isStrict(), Optional.of(INCONSISTENT));
      }
      List<String> problems = new ArrayList<>();
      if (size.get().isPinned() && size.get().min() == 0) {
        // a count hidden even at 0, which the totals pin to 0: it tells of nobody
        return new FigureAudit(f, sensitive, size.get(), Optional.empty(), Optional.empty(), sensitive ? required : 0,
            ranges.isStrict(), Optional.empty());
      }
      // a hidden total whose count the published figures give, and give above τ (a deadline
      // figure's denominator: the cases received minus the published exclusions), discloses no
      // small count: it is hidden for its numerator, which is what is audited then
      boolean countKnownLarge = f.part() == Figure.Part.TOTAL && size.get().isPinned()
          && size.get().min() > rule.threshold();
      if (countKnownLarge) {
        // nothing to ask of the count
      } else if (size.get().isPinned()) {
        problems.add("count pinned to " + size.get().min());
      } else if (sensitive && (size.get().min() > lowest.getOrDefault(f, 1L) || size.get().max() < required)) {
        problems.add("count range " + size.get() + " narrower than [" + lowest.getOrDefault(f, 1L) + ", " + required
            + "]");
      }
      Optional<Range> num = Optional.empty();
      Optional<Range> comp = Optional.empty();
      if (it.num != null && problems.isEmpty()) {
        long[] t = Objects.requireNonNull(totalOf.get(Figure.total(f.indicatorCode()))); // build: every total
        boolean attributeKnown = t[1] == 0 || t[1] == t[0];
        num = range(ranges, new int[] {it.num.var}, new long[] {1});
        comp = range(ranges, new int[] {it.size.var, it.num.var}, new long[] {1, -1});
        if (!attributeKnown && num.orElseThrow().isPinned()) {
          problems.add("numerator pinned to " + num.get().min());
        }
        if (!attributeKnown && comp.orElseThrow().isPinned()) {
          problems.add("denominator − numerator pinned to " + comp.get().min());
        }
      }
      return new FigureAudit(f, sensitive, size.get(), num, comp, sensitive ? required : 0, ranges.isStrict(),
          problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems)));
    }

    private static Optional<Range> range(Ranges ranges, int[] vars, long[] coefs) {
      OptionalLong min = ranges.optimum(vars, coefs, false);
      OptionalLong max = ranges.optimum(vars, coefs, true);
      if (min.isEmpty() || max.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Range(min.getAsLong(), max.getAsLong()));
    }

    /**
     * The published cells and exclusions that share a relation with a hidden figure, or (when
     * there are none) with the hidden figures linked to it, up to four steps away: where to look
     * for a complement.
     */
    Set<Figure> publishedLinkedTo(Figure h) {
      return publishedLinkedTo(h, f -> true);
    }

    /**
     * The published cells and exclusions that share a relation with a hidden figure, or with the
     * hidden figures linked to it, up to four steps away (six across area levels), that may be
     * hidden as complements: the nearest step that has one.
     */
    Set<Figure> publishedLinkedTo(Figure h, java.util.function.Predicate<Figure> eligible) {
      List<Rel> all = new ArrayList<>(common);
      all.addAll(strict);
      all.addAll(overlap);
      Set<Figure> seen = new HashSet<>(Set.of(h));
      Set<Figure> published = new TreeSet<>();
      Deque<Figure> todo = new ArrayDeque<>(List.of(h));
      int depth = 0;
      int steps = areas.isFlat() ? 4 : 6;
      while (!todo.isEmpty() && depth++ < steps) {
        Deque<Figure> next = new ArrayDeque<>();
        for (Figure cur : todo) {
          for (Rel rel : all) {
            if (rel.terms.stream().noneMatch(q -> q.isHidden() && q.figure.equals(cur))) {
              continue;
            }
            for (Q q : rel.terms) {
              if (!q.isHidden() && q.figure.part() != Figure.Part.TOTAL && eligible.test(q.figure)) {
                published.add(q.figure);
              } else if (q.isHidden() && seen.add(q.figure)) {
                next.add(q.figure);
              }
            }
          }
        }
        if (!published.isEmpty()) {
          break;
        }
        todo = next;
      }
      return published;
    }
  }
}

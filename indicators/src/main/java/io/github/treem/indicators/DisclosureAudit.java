package io.github.treem.indicators;

import io.github.treem.indicators.FigureAudit.Range;
import io.github.treem.indicators.internal.IntegerRanges;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The audit of a published report: for every hidden figure, the least and greatest values
 * consistent with everything the report publishes, computed by linear programming and, where the
 * linear bound is not attained at an integer point, by integer programming (ojAlgo), and a
 * verdict against the protection rule of {@link DisclosureControl}. Anyone can run it on any
 * report: it reads only what is published.
 *
 * <h2>What the attacker is assumed to know</h2>
 * Every published figure (totals, cells of every breakdown, exclusion counts), that counts are
 * non-negative integers, that a hidden figure counts at least one child (treem never hides an
 * empty figure), and these relations, which hold by definition:
 * <ul>
 *   <li>a rate's numerator is at most its denominator, in every cell and the total;</li>
 *   <li>the cells of a breakdown by village, sex, ethnicity, disability, age or area add up to
 *       the total;</li>
 *   <li>a child counts once in each of its special-circumstance groups and in {@code NONE} when
 *       in none: each {@link BreakdownDimension#GROUP} cell is at most the total, the cells add up
 *       to at least the total, and {@code NONE} plus any group is at most the total. The audit also
 *       runs a <em>strict</em> model in which the attacker knows that no child is in two groups
 *       (the cells add up to the total exactly); the strict model's ranges are within the
 *       overlapping model's, so it decides, unless the published figures refute it;</li>
 *   <li>across indicators: the GROUP cell {@code g} of an indicator whose population is children
 *       under 16 at R with a date of birth is at most the {@code SPECIAL_CIRCUMSTANCES} count of
 *       {@code g}, and such an indicator's children in some group are at most the
 *       {@code SPECIAL_CIRCUMSTANCES} total;</li>
 *   <li>an exclusion reason that arises only in one group ({@code MISSING_POVERTY}: DD) plus the
 *       indicator's cell of that group is at most the {@code SPECIAL_CIRCUMSTANCES} count of that
 *       group, and plus the indicator's total at most the {@code SPECIAL_CIRCUMSTANCES} total.</li>
 * </ul>
 * Target statuses and gaps are published beside totals, which are always published: they add
 * nothing the totals do not say. (A hidden total, for the sensitive-population indicators to come,
 * adds the status's inequality and the gap's interval to the model.) Data-quality counts (rows
 * read, accepted, rejected) describe the input files, not children in a group: no relation.
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

  private final List<FigureAudit> figures;
  private final List<Figure> publishedSmall;
  private final int linearPrograms;
  private final int integerPrograms;
  private final Map<Figure, Set<Figure>> linked;

  private DisclosureAudit(List<FigureAudit> figures, List<Figure> publishedSmall, int lp, int mip,
      Map<Figure, Set<Figure>> linked) {
    this.figures = List.copyOf(figures);
    this.publishedSmall = List.copyOf(publishedSmall);
    this.linearPrograms = lp;
    this.integerPrograms = mip;
    this.linked = linked;
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
    return new Model(published, rule).audit(false);
  }

  /** An audit that stops at the first failure (secondary suppression needs only that one). */
  static DisclosureAudit untilFirstFailure(IndicatorReport published, List<TargetAssessment> assessments,
      DisclosureRule rule) {
    return new Model(published, rule).audit(true);
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

  /** {@return how many linear programs the audit solved} */
  public int getLinearPrograms() {
    return linearPrograms;
  }

  /** {@return how many integer programs the audit solved (where the LP optimum was not integral)} */
  public int getIntegerPrograms() {
    return integerPrograms;
  }

  /** The published figures that share a relation with a hidden figure, or with hidden figures linked to it. */
  Set<Figure> publishedLinkedTo(Figure hidden) {
    return linked.getOrDefault(hidden, Set.of());
  }

  /** {@return e.g. {@code "DisclosureAudit[hidden=4, failures=0, published small=0]"}} */
  @Override
  public String toString() {
    return "DisclosureAudit[hidden=" + figures.size() + ", failures=" + getFailures().size()
        + ", published small=" + publishedSmall.size() + "]";
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
  }

  /** A published cell or total: its count (denominator of a rate) and its numerator (rates). */
  private record Item(Figure figure, Q size, Q num) {}

  /** A linear relation Σ terms (lo ≤ · ≤ hi), over constants and variables. */
  private static final class Rel {
    final List<Q> terms = new ArrayList<>();
    final List<Long> coefs = new ArrayList<>();
    long lo = Long.MIN_VALUE;
    long hi = Long.MAX_VALUE;

    Rel plus(Q q) {
      return term(q, 1);
    }

    Rel minus(Q q) {
      return term(q, -1);
    }

    Rel term(Q q, long c) {
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
      return terms.stream().anyMatch(q -> q.var >= 0);
    }
  }

  /** The linear model of what a report publishes. */
  private static final class Model {
    final IndicatorReport report;
    final DisclosureRule rule;
    final List<Figure> varFigure = new ArrayList<>();
    final List<Long> varLower = new ArrayList<>();
    final List<Rel> common = new ArrayList<>();
    final List<Rel> overlap = new ArrayList<>();
    final List<Rel> strict = new ArrayList<>();
    final Map<Figure, Item> hidden = new LinkedHashMap<>();
    final Map<Figure, Long> cap = new HashMap<>();
    final Map<Figure, long[]> totalOf = new HashMap<>();
    final List<Figure> publishedSmall = new ArrayList<>();

    Model(IndicatorReport report, DisclosureRule rule) {
      this.report = report;
      this.rule = rule;
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
      Map<String, Item> totals = new HashMap<>();
      for (IndicatorResult r : report.getResults()) {
        String code = r.getCode();
        boolean rate = r.getIndicator().getUnit() == IndicatorUnit.PERCENT;
        Figure tf = Figure.total(code);
        Item total = new Item(tf, constant(tf, rate ? r.getDenominator() : r.getNumerator()),
            rate ? constant(tf, r.getNumerator()) : null);
        totals.put(code, total);
        totalOf.put(tf, new long[] {total.size.value, rate ? r.getNumerator() : -1});
        checkPublished(tf, total.size.value, rate ? r.getNumerator() : 0);
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
              cap.put(f, total.size.value);
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
          if (dim == BreakdownDimension.GROUP) {
            Map<String, Item> byKey = new HashMap<>();
            items.forEach(i -> byKey.put(i.figure.key(), i));
            groupCells.put(code, byKey);
            group(items, total, rate);
          } else {
            partition(items, total, rate);
          }
        }
        for (Map.Entry<ExclusionReason, Long> e : r.getExclusions().entrySet()) {
          checkPublished(Figure.exclusion(code, e.getKey()), e.getValue(), 0);
        }
        for (ExclusionReason reason : r.getSuppressedExclusions()) {
          Figure f = Figure.exclusion(code, reason);
          hidden.put(f, new Item(f, var(f, 1), null));
        }
      }
      crossIndicator(groupCells, totals);
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
          if (none != null && i != none) {
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
      String sc = Indicators.SPECIAL_CIRCUMSTANCES.getCode();
      Item scTotal = totals.get(sc);
      Map<String, Item> scGroups = groupCells.get(sc);
      if (scTotal == null) {
        return;
      }
      for (IndicatorResult r : report.getResults()) {
        if (!(r.getIndicator() instanceof Indicators) || !UNDER_16.contains((Indicators) r.getIndicator())) {
          continue;
        }
        Map<String, Item> cells = groupCells.get(r.getCode());
        Item total = totals.get(r.getCode());
        if (cells != null) {
          Item none = cells.get(BreakdownDimension.NONE);
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
          Optional<io.github.treem.core.taxonomy.SpecialCircumstanceGroup> only = DisclosureRule.groupOnlyOf(reason);
          if (only.isEmpty()) {
            continue;
          }
          Figure ef = Figure.exclusion(r.getCode(), reason);
          Q e = hidden.containsKey(ef) ? hidden.get(ef).size
              : r.getExclusions().containsKey(reason) ? constant(ef, r.getExclusions().get(reason)) : null;
          if (e == null) {
            continue;
          }
          common.add(new Rel().plus(e).plus(total.size).minus(scTotal.size).atMost(0));
          cap.put(ef, Math.max(0, scTotal.size.value - total.size.value));
          if (scGroups != null && scGroups.containsKey(only.get().getCode())) {
            Item own = cells == null ? null : cells.get(only.get().getCode());
            common.add(new Rel().plus(e).plus(own == null ? null : own.size)
                .minus(scGroups.get(only.get().getCode()).size).atMost(0));
          }
        }
      }
    }

    private IntegerRanges ranges(List<Rel> extra) {
      long[] lo = varLower.stream().mapToLong(Long::longValue).toArray();
      long[] hi = new long[lo.length];
      java.util.Arrays.fill(hi, IntegerRanges.UNBOUNDED);
      IntegerRanges ir = new IntegerRanges(lo, hi);
      for (List<Rel> list : List.of(common, extra)) {
        for (Rel rel : list) {
          if (!rel.hasVariable()) {
            continue;
          }
          List<Integer> vars = new ArrayList<>();
          List<Long> coefs = new ArrayList<>();
          long constant = 0;
          for (int i = 0; i < rel.terms.size(); i++) {
            Q q = rel.terms.get(i);
            if (q.var >= 0) {
              vars.add(q.var);
              coefs.add(rel.coefs.get(i));
            } else {
              constant += rel.coefs.get(i) * q.value;
            }
          }
          ir.add(vars.stream().mapToInt(Integer::intValue).toArray(), coefs.stream().mapToLong(Long::longValue).toArray(),
              rel.lo == Long.MIN_VALUE ? Long.MIN_VALUE : rel.lo - constant,
              rel.hi == Long.MAX_VALUE ? Long.MAX_VALUE : rel.hi - constant);
        }
      }
      return ir;
    }

    DisclosureAudit audit(boolean stopAtFirstFailure) {
      List<FigureAudit> out = new ArrayList<>();
      int lp = 0;
      int mip = 0;
      if (!hidden.isEmpty()) {
        IntegerRanges strictModel = ranges(strict);
        boolean useStrict = strictModel.isFeasible();
        IntegerRanges model = useStrict ? strictModel : ranges(overlap);
        for (Item it : new TreeSet<>(hidden.keySet()).stream().map(hidden::get).toList()) {
          FigureAudit a = audit(it, model, useStrict);
          out.add(a);
          if (stopAtFirstFailure && (!a.isProtected() || !publishedSmall.isEmpty())) {
            break;
          }
        }
        lp = strictModel.lpSolves() + (useStrict ? 0 : model.lpSolves());
        mip = strictModel.mipSolves() + (useStrict ? 0 : model.mipSolves());
      }
      return new DisclosureAudit(out, publishedSmall, lp, mip, linked());
    }

    private FigureAudit audit(Item it, IntegerRanges model, boolean useStrict) {
      Figure f = it.figure;
      Range size = range(model, new int[] {it.size.var}, new long[] {1});
      boolean sensitive = rule.isSensitive(f);
      long required = Math.min(rule.threshold() + 1L, cap.getOrDefault(f, IntegerRanges.UNBOUNDED));
      List<String> problems = new ArrayList<>();
      if (size.isPinned()) {
        problems.add("count pinned to " + size.min());
      } else if (sensitive && (size.min() > 1 || size.max() < required)) {
        problems.add("count range " + size + " narrower than [1, " + required + "]");
      }
      Optional<Range> num = Optional.empty();
      Optional<Range> comp = Optional.empty();
      if (it.num != null && problems.isEmpty()) {
        long[] t = totalOf.get(Figure.total(f.indicatorCode()));
        boolean attributeKnown = t[1] == 0 || t[1] == t[0];
        num = Optional.of(range(model, new int[] {it.num.var}, new long[] {1}));
        comp = Optional.of(range(model, new int[] {it.size.var, it.num.var}, new long[] {1, -1}));
        if (!attributeKnown && num.get().isPinned()) {
          problems.add("numerator pinned to " + num.get().min());
        }
        if (!attributeKnown && comp.get().isPinned()) {
          problems.add("denominator − numerator pinned to " + comp.get().min());
        }
      }
      return new FigureAudit(f, sensitive, size, num, comp, sensitive ? required : 0, useStrict,
          problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems)));
    }

    private static Range range(IntegerRanges model, int[] vars, long[] coefs) {
      long min = model.optimum(vars, coefs, false).orElse(0);
      long max = model.optimum(vars, coefs, true).orElse(0);
      return new Range(min, max);
    }

    /** For each hidden figure, the published cells and exclusions reachable through relations. */
    private Map<Figure, Set<Figure>> linked() {
      Map<Figure, Set<Figure>> out = new HashMap<>();
      List<Rel> all = new ArrayList<>(common);
      all.addAll(strict);
      all.addAll(overlap);
      for (Figure h : hidden.keySet()) {
        Set<Figure> seen = new HashSet<>(Set.of(h));
        Set<Figure> published = new TreeSet<>();
        Deque<Figure> todo = new ArrayDeque<>(List.of(h));
        int depth = 0;
        while (!todo.isEmpty() && depth++ < 4) {
          Deque<Figure> next = new ArrayDeque<>();
          for (Figure cur : todo) {
            for (Rel rel : all) {
              if (rel.terms.stream().noneMatch(q -> q.var >= 0 && q.figure.equals(cur))) {
                continue;
              }
              for (Q q : rel.terms) {
                if (q.var < 0 && q.figure.part() != Figure.Part.TOTAL) {
                  published.add(q.figure);
                } else if (q.var >= 0 && seen.add(q.figure)) {
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
        out.put(h, published);
      }
      return out;
    }
  }
}

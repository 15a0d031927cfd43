package io.github.treem.indicators.cases;

import io.github.treem.core.protection.AbuseForm;
import io.github.treem.core.protection.DeadlineOutcome;
import io.github.treem.core.protection.DeadlineRule;
import io.github.treem.core.protection.DeadlineStatus;
import io.github.treem.core.protection.HarmKind;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.protection.Referral;
import io.github.treem.core.protection.SupportPlan;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.time.WorkingDays;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.cfc.CaseFigures;
import io.github.treem.indicators.cfc.ItemValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The running counts of {@link CaseIndicators} over the cases added so far: totals, exclusions by
 * reason, breakdown cells, and the histogram of days from receipt to the first plan's approval.
 * It holds counts only, never a case. Made by {@link CaseFigureCalculator#newAccumulator()}.
 *
 * <p>Implementation requirements: not thread-safe (one per thread, then
 * {@link #merge(CaseAccumulator)}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@SuppressWarnings("EnumOrdinal") // counts in arrays indexed by ordinal, in memory only
public final class CaseAccumulator {
  private static final int NUM = 0;
  private static final int DEN = 1;
  private static final Set<AbuseForm> SEVERE = EnumSet.of(AbuseForm.SEXUAL_ABUSE, AbuseForm.ABANDONMENT,
      AbuseForm.TRAFFICKING);
  private static final CaseIndicators[] INDICATORS = CaseIndicators.values();

  private final CaseFigureCalculator calculator;
  private final Instant asOf;
  private final LocalDate firstDay;
  private final long[][] totals = new long[INDICATORS.length][2];
  private final long[][] exclusions = new long[INDICATORS.length][ExclusionReason.values().length];
  private final List<Map<BreakdownDimension, TreeMap<String, long[]>>> cells = new ArrayList<>();
  private long[] daysToPlan = new long[32];
  private long daysOverflow;
  private long added;
  private long abused;

  CaseAccumulator(CaseFigureCalculator calculator) {
    this.calculator = calculator;
    this.asOf = WorkingDays.endOf(calculator.getReferenceDate()).toInstant().minusNanos(1);
    this.firstDay = LocalDate.of(calculator.getYear(), 1, 1);
    for (int i = 0; i < INDICATORS.length; i++) {
      Map<BreakdownDimension, TreeMap<String, long[]>> m = new EnumMap<>(BreakdownDimension.class);
      for (BreakdownDimension d : calculator.getDimensions()) {
        m.put(d, new TreeMap<>(BreakdownCell.keyOrder()));
      }
      cells.add(m);
    }
  }

  /**
   * Adds a case, without an area.
   *
   * @param c the case
   * @return this accumulator
   */
  public CaseAccumulator add(ProtectionCase c) {
    return add(c, null);
  }

  /**
   * Adds a case. A case whose information was not received in Y on or before R counts in no
   * figure.
   *
   * @param c the case
   * @param area the key of its {@link BreakdownDimension#AREA} cell (e.g. the commune); null is
   *     read as {@code UNKNOWN}
   * @return this accumulator
   */
  public CaseAccumulator add(ProtectionCase c, @Nullable String area) {
    Objects.requireNonNull(c, "case must not be null");
    added++;
    LocalDate received = c.getReceivedOn();
    if (received.isBefore(firstDay) || received.isAfter(calculator.getReferenceDate())) {
      return this;
    }
    Map<BreakdownDimension, List<String>> keys = keys(c, area);
    count(CaseIndicators.CASES_RECEIVED, true, keys);
    count(CaseIndicators.EMERGENCY_WITHIN_12_HOURS, calculator.getEmergencyRule(), c, keys);
    count(CaseIndicators.PLAN_APPROVED_IN_TIME, calculator.getPlanRule(), c, keys);
    if (c.getHarms().stream().anyMatch(SEVERE::contains)) {
      count(CaseIndicators.SEVERE_CASES_PLAN_IN_TIME, calculator.getPlanRule(), c, keys);
    }
    LocalDate r = calculator.getReferenceDate();
    if (c.getReferrals().stream().map(Referral::getReferredOn).anyMatch(d -> !d.isAfter(r))) {
      count(CaseIndicators.CASES_REFERRED, true, keys);
    }
    if (c.getHarms().stream().anyMatch(h -> h instanceof AbuseForm)
        && c.getChild().ageOn(received).stream().allMatch(a -> a < 16)) {
      abused++;
    }
    c.getFirstPlan().flatMap(SupportPlan::getApprovedOn).filter(d -> !d.isAfter(r) && !d.isBefore(received))
        .ifPresent(d -> addDays(ChronoUnit.DAYS.between(received, d)));
    return this;
  }

  private void addDays(long days) {
    // bounded (DayHistogram.MAX_DAYS): a case received in Y with a plan approved by R, a date of Y,
    // never goes beyond; the overflow is kept for the histogram's own rule all the same
    if (days > DayHistogram.MAX_DAYS) {
      daysOverflow++;
      return;
    }
    int d = (int) days;
    if (d >= daysToPlan.length) {
      daysToPlan = Arrays.copyOf(daysToPlan, Math.min(DayHistogram.MAX_DAYS + 1, Math.max(d + 1, daysToPlan.length * 2)));
    }
    daysToPlan[d]++;
  }

  private void count(CaseIndicators i, DeadlineRule rule, ProtectionCase c, Map<BreakdownDimension, List<String>> keys) {
    DeadlineStatus s = calculator.getRules().evaluate(c, rule, asOf);
    DeadlineOutcome o = s.getOutcome();
    if (o == DeadlineOutcome.MET || o == DeadlineOutcome.MISSED) {
      count(i, o == DeadlineOutcome.MET, keys);
    } else {
      ExclusionReason why = o == DeadlineOutcome.PENDING ? ExclusionReason.DEADLINE_PENDING
          : s.getDueAt().isPresent() ? ExclusionReason.CLOSED_BEFORE_DUE : ExclusionReason.DEADLINE_NOT_APPLICABLE;
      exclusions[i.ordinal()][why.ordinal()]++;
    }
  }

  private void count(CaseIndicators i, boolean numerator, Map<BreakdownDimension, List<String>> keys) {
    boolean count = i.getUnit() == IndicatorUnit.COUNT;
    int n = count || numerator ? 1 : 0;
    totals[i.ordinal()][NUM] += n;
    totals[i.ordinal()][DEN]++;
    for (Map.Entry<BreakdownDimension, TreeMap<String, long[]>> e : cells.get(i.ordinal()).entrySet()) {
      for (String k : Objects.requireNonNull(keys.get(e.getKey()))) { // keys(...) gives every breakdown
        long[] cell = e.getValue().computeIfAbsent(k, x -> new long[2]);
        cell[NUM] += n;
        cell[DEN]++;
      }
    }
  }

  private Map<BreakdownDimension, List<String>> keys(ProtectionCase c, @Nullable String area) {
    Map<BreakdownDimension, List<String>> keys = new EnumMap<>(BreakdownDimension.class);
    for (BreakdownDimension d : calculator.getDimensions()) {
      switch (d) {
        case SOURCE -> keys.put(d, List.of(c.getReceipt().getSource().name()));
        case HARM -> {
          TreeSet<String> h = new TreeSet<>();
          for (HarmKind k : c.getHarms()) {
            h.add(((Enum<?>) k).name());
          }
          keys.put(d, h.isEmpty() ? List.of(BreakdownDimension.NONE) : List.copyOf(h));
        }
        case SEX -> keys.put(d, List.of(c.getChild().getSex().map(Enum::name).orElse(BreakdownDimension.UNKNOWN)));
        case AGE -> keys.put(d, List.of(ageKey(c)));
        case GROUP -> {
          TreeSet<String> g = new TreeSet<>();
          for (CircumstanceCode code : c.getChild().getCircumstances()) {
            g.add(code.getGroup().getCode());
          }
          keys.put(d, g.isEmpty() ? List.of(BreakdownDimension.NONE) : List.copyOf(g));
        }
        case STATUS -> keys.put(d, List.of(c.isOpenOn(calculator.getReferenceDate()) ? "OPEN" : "CLOSED"));
        case AREA -> keys.put(d, List.of(area == null || area.isBlank() ? BreakdownDimension.UNKNOWN : area.strip()));
        default -> throw new IllegalStateException("dimension " + d);
      }
    }
    return keys;
  }

  private static String ageKey(ProtectionCase c) {
    var age = c.getChild().ageOn(c.getReceivedOn());
    if (age.isEmpty()) {
      return BreakdownDimension.UNKNOWN;
    }
    int a = age.getAsInt();
    return a <= 5 ? "0-5" : a <= 10 ? "6-10" : a <= 15 ? "11-15" : "16+";
  }

  /**
   * Adds the counts of another accumulator of the same calculator settings (another file,
   * commune or thread): the result is that of adding all their cases to one.
   *
   * @param other the other accumulator
   * @return this accumulator
   * @throws IllegalArgumentException when the other has another year, R, rules or breakdowns
   */
  public CaseAccumulator merge(CaseAccumulator other) {
    CaseFigureCalculator o = other.calculator;
    if (o != calculator && (o.getYear() != calculator.getYear() || !o.getReferenceDate().equals(calculator.getReferenceDate())
        || !o.getDimensions().equals(calculator.getDimensions()) || !o.getPlanRule().equals(calculator.getPlanRule())
        || !o.getEmergencyRule().equals(calculator.getEmergencyRule()))) {
      throw new IllegalArgumentException("accumulators of different settings cannot be merged");
    }
    added += other.added;
    abused += other.abused;
    for (int i = 0; i < INDICATORS.length; i++) {
      totals[i][NUM] += other.totals[i][NUM];
      totals[i][DEN] += other.totals[i][DEN];
      for (int r = 0; r < exclusions[i].length; r++) {
        exclusions[i][r] += other.exclusions[i][r];
      }
      for (Map.Entry<BreakdownDimension, TreeMap<String, long[]>> e : other.cells.get(i).entrySet()) {
        TreeMap<String, long[]> mine = Objects.requireNonNull(cells.get(i).get(e.getKey())); // the same breakdowns
        e.getValue().forEach((k, v) -> {
          long[] c = mine.computeIfAbsent(k, x -> new long[2]);
          c[NUM] += v[NUM];
          c[DEN] += v[DEN];
        });
      }
    }
    if (other.daysToPlan.length > daysToPlan.length) {
      daysToPlan = Arrays.copyOf(daysToPlan, other.daysToPlan.length);
    }
    for (int d = 0; d < other.daysToPlan.length; d++) {
      daysToPlan[d] += other.daysToPlan[d];
    }
    daysOverflow += other.daysOverflow;
    return this;
  }

  /** {@return how many cases were added (also those outside the year)} */
  public long getAdded() {
    return added;
  }

  /** {@return the days from receipt to the first plan's approval, of the cases received in Y with a plan approved by R} */
  public DayHistogram daysToPlan() {
    return DayHistogram.of(daysToPlan, daysOverflow);
  }

  /**
   * The median days from receipt to the first plan's approval as published
   * ({@link MedianDaysToPlan}): the cases received in Y on or before R without a plan approved by R
   * are the exclusions.
   *
   * @param rule the disclosure rule
   * @return the figure
   */
  public MedianDaysToPlan medianDaysToPlan(io.github.treem.indicators.DisclosureRule rule) {
    DayHistogram days = daysToPlan();
    return MedianDaysToPlan.published(days, totals[CaseIndicators.CASES_RECEIVED.ordinal()][NUM] - days.count(), rule);
  }

  /** {@return the median days to the plan unsuppressed, for the commune's internal use only} */
  public MedianDaysToPlan medianDaysToPlanUnsuppressed() {
    DayHistogram days = daysToPlan();
    return MedianDaysToPlan.unsuppressed(days, totals[CaseIndicators.CASES_RECEIVED.ordinal()][NUM] - days.count());
  }

  /**
   * The report of the figures so far, unsuppressed (publish it through
   * {@link io.github.treem.indicators.DisclosureControl#publish(IndicatorReport, List)}).
   *
   * @return the report, one result per {@link CaseIndicators}, in their order
   */
  public IndicatorReport report() {
    List<IndicatorResult> results = new ArrayList<>();
    for (CaseIndicators i : INDICATORS) {
      boolean count = i.getUnit() == IndicatorUnit.COUNT;
      Map<ExclusionReason, Long> excl = new LinkedHashMap<>();
      for (ExclusionReason r : ExclusionReason.values()) {
        if (exclusions[i.ordinal()][r.ordinal()] > 0) {
          excl.put(r, exclusions[i.ordinal()][r.ordinal()]);
        }
      }
      Map<BreakdownDimension, List<BreakdownCell>> bd = new LinkedHashMap<>();
      for (Map.Entry<BreakdownDimension, TreeMap<String, long[]>> e : cells.get(i.ordinal()).entrySet()) {
        List<BreakdownCell> list = new ArrayList<>();
        e.getValue().forEach((k, v) -> list.add(BreakdownCell.of(k, i.getUnit(), v[NUM], count ? 0 : v[DEN])));
        bd.put(e.getKey(), List.copyOf(list));
      }
      long[] t = totals[i.ordinal()];
      results.add(IndicatorResult.of(i, t[NUM], count ? 0 : t[DEN], excl, bd));
    }
    return IndicatorReport.of(calculator.getYear(), calculator.getReferenceDate(), results);
  }

  /**
   * The figures of the child-friendly standard that the cases give, for the scorer
   * ({@link io.github.treem.indicators.cfc.ChildFriendlyScorer}):
   * {@link CaseFigures#CASES_WITH_PLAN_APPROVED_IN_TIME} (item 6.2) from
   * {@link CaseIndicators#SEVERE_CASES_PLAN_IN_TIME}, and, when the number of children under 16
   * of the commune is given, {@link CaseFigures#CHILDREN_ABUSED_PER_100000} (item 3.1: cases with
   * a form of abuse of a child under 16 at receipt; a child with two such cases in the year counts
   * twice). Only for the accumulator's year and reference date.
   *
   * @param childrenUnder16 the children under 16 of the commune at R, or empty when not known
   * @return the figures
   */
  public CaseFigures caseFigures(Optional<Long> childrenUnder16) {
    int year = calculator.getYear();
    LocalDate r = calculator.getReferenceDate();
    long[] severe = totals[CaseIndicators.SEVERE_CASES_PLAN_IN_TIME.ordinal()].clone();
    long abusedNow = abused;
    return (code, y, ref) -> {
      if (y != year || !ref.equals(r)) {
        return Optional.empty();
      }
      if (CaseFigures.CASES_WITH_PLAN_APPROVED_IN_TIME.equals(code)) {
        return Optional.of(severe[DEN] == 0 ? ItemValue.nothingToCount() : ItemValue.fraction(severe[NUM], severe[DEN]));
      }
      if (CaseFigures.CHILDREN_ABUSED_PER_100000.equals(code) && childrenUnder16.isPresent() && childrenUnder16.get() > 0) {
        return Optional.of(ItemValue.fraction(abusedNow, childrenUnder16.get()));
      }
      return Optional.empty();
    };
  }

  /** {@return e.g. {@code "CaseAccumulator[year=2024, added=12]"} (no case data)} */
  @Override
  public String toString() {
    return "CaseAccumulator[year=" + calculator.getYear() + ", added=" + added + "]";
  }
}

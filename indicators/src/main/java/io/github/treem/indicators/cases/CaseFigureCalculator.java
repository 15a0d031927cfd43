package io.github.treem.indicators.cases;

import io.github.treem.core.protection.DeadlineRule;
import io.github.treem.core.protection.DeadlineRules;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.IndicatorReport;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Computes the figures of protection cases ({@link CaseIndicators}) for a reporting year Y at a
 * reference date R, streaming: a {@link CaseAccumulator} takes one case at a time and keeps only
 * counts, so a case file of any size is read once in constant memory; accumulators of several
 * files or communes {@linkplain CaseAccumulator#merge(CaseAccumulator) merge} exactly.
 *
 * <pre>{@code
 * CaseFigureCalculator calc = CaseFigureCalculator.builder().year(2024)
 *     .breakdowns(BreakdownDimension.SOURCE, BreakdownDimension.HARM).build();
 * CaseAccumulator acc = calc.newAccumulator();
 * for (ProtectionCase c : cases) { acc.add(c); }
 * IndicatorReport report = acc.report();                       // unsuppressed: for internal use
 * Publication p = DisclosureControl.publish(report, List.of()); // what may be published
 * }</pre>
 *
 * <p>Breakdowns: {@link BreakdownDimension#SOURCE}, {@link BreakdownDimension#HARM},
 * {@link BreakdownDimension#SEX}, {@link BreakdownDimension#AGE} (completed years at receipt:
 * {@code 0-5}, {@code 6-10}, {@code 11-15}, {@code 16+}), {@link BreakdownDimension#GROUP}
 * (the group letters of the child's circumstance codes; a case counts in each, {@code NONE} when
 * none), {@link BreakdownDimension#STATUS} ({@code OPEN}, {@code CLOSED} at R) and
 * {@link BreakdownDimension#AREA} (the area named when adding the case). Village, ethnicity and
 * disability are not in a case record: asking for them gives no breakdown.
 *
 * <p>Implementation requirements: immutable and thread-safe; accumulators are not thread-safe
 * (one per thread, then merge).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CaseFigureCalculator {
  /** The dimensions a case record gives. */
  static final Set<BreakdownDimension> CASE_DIMENSIONS = Collections.unmodifiableSet(EnumSet.of(
      BreakdownDimension.SOURCE, BreakdownDimension.HARM, BreakdownDimension.SEX, BreakdownDimension.AGE,
      BreakdownDimension.GROUP, BreakdownDimension.STATUS, BreakdownDimension.AREA));

  private final int year;
  private final LocalDate referenceDate;
  private final DeadlineRules rules;
  private final DeadlineRule emergencyRule;
  private final DeadlineRule planRule;
  private final Set<BreakdownDimension> dimensions;

  private CaseFigureCalculator(Builder b) {
    this.year = b.year;
    this.referenceDate = b.referenceDate != null ? b.referenceDate : LocalDate.of(b.year, 12, 31);
    if (referenceDate.getYear() != year) {
      throw new IllegalArgumentException("the reference date must be in the reporting year");
    }
    this.rules = b.rules;
    this.emergencyRule = b.emergencyRule;
    this.planRule = b.planRule;
    EnumSet<BreakdownDimension> d = EnumSet.noneOf(BreakdownDimension.class);
    b.dimensions.stream().filter(CASE_DIMENSIONS::contains).forEach(d::add);
    this.dimensions = Collections.unmodifiableSet(d);
  }

  /** {@return a builder: year required; R defaults to 31 December, rules to Decree 56/2017} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the reporting year Y} */
  public int getYear() {
    return year;
  }

  /** {@return the reference date R} */
  public LocalDate getReferenceDate() {
    return referenceDate;
  }

  /** {@return the rules whose calendar counts working days} */
  public DeadlineRules getRules() {
    return rules;
  }

  /** {@return the rule of {@link CaseIndicators#EMERGENCY_WITHIN_12_HOURS}} */
  public DeadlineRule getEmergencyRule() {
    return emergencyRule;
  }

  /** {@return the rule of {@link CaseIndicators#PLAN_APPROVED_IN_TIME} and {@link CaseIndicators#SEVERE_CASES_PLAN_IN_TIME}} */
  public DeadlineRule getPlanRule() {
    return planRule;
  }

  /** {@return the breakdowns computed (those a case record gives, of the ones asked)} */
  public Set<BreakdownDimension> getDimensions() {
    return dimensions;
  }

  /** {@return a new, empty accumulator} */
  public CaseAccumulator newAccumulator() {
    return new CaseAccumulator(this);
  }

  /**
   * Computes the figures of some cases in one pass.
   *
   * @param cases the cases
   * @return the report (unsuppressed)
   */
  public IndicatorReport compute(Iterable<ProtectionCase> cases) {
    CaseAccumulator acc = newAccumulator();
    cases.forEach(acc::add);
    return acc.report();
  }

  /** Builds a {@link CaseFigureCalculator}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int year = -1;
    private @Nullable LocalDate referenceDate;
    private DeadlineRules rules = DeadlineRules.defaults();
    private DeadlineRule emergencyRule = DeadlineRules.EMERGENCY_WITHIN_12_HOURS;
    private DeadlineRule planRule = DeadlineRules.PLAN_APPROVED_WITHIN_5_WORKING_DAYS_OF_RECEIPT;
    private Set<BreakdownDimension> dimensions = EnumSet.noneOf(BreakdownDimension.class);

    private Builder() {}

    /**
     * Sets the reporting year.
     *
     * @param year Y
     * @return this builder
     */
    public Builder year(int year) {
      this.year = year;
      return this;
    }

    /**
     * Sets the reference date (default 31 December of Y).
     *
     * @param referenceDate R, in Y
     * @return this builder
     */
    public Builder referenceDate(LocalDate referenceDate) {
      this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate must not be null");
      return this;
    }

    /**
     * Sets the deadline rules, whose working-day calendar counts the plan's deadline (default
     * {@link DeadlineRules#defaults()}).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder rules(DeadlineRules rules) {
      this.rules = Objects.requireNonNull(rules, "rules must not be null");
      return this;
    }

    /**
     * Sets the emergency rule (default {@link DeadlineRules#EMERGENCY_WITHIN_12_HOURS}).
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder emergencyRule(DeadlineRule rule) {
      this.emergencyRule = Objects.requireNonNull(rule, "rule must not be null");
      return this;
    }

    /**
     * Sets the plan rule (default {@link DeadlineRules#PLAN_APPROVED_WITHIN_5_WORKING_DAYS_OF_RECEIPT},
     * the reading "approved within 5 working days" of the plan's indicator and of the
     * child-friendly standard; {@link DeadlineRules#PLAN_APPROVED_WITHIN_2_WORKING_DAYS} counts
     * the chairman's 2 days from the submission instead).
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder planRule(DeadlineRule rule) {
      this.planRule = Objects.requireNonNull(rule, "rule must not be null");
      return this;
    }

    /**
     * Sets the breakdowns (default none).
     *
     * @param dimensions the dimensions
     * @return this builder
     */
    public Builder breakdowns(BreakdownDimension... dimensions) {
      return breakdowns(List.of(dimensions));
    }

    /**
     * Sets the breakdowns (default none).
     *
     * @param dimensions the dimensions
     * @return this builder
     */
    public Builder breakdowns(Iterable<BreakdownDimension> dimensions) {
      EnumSet<BreakdownDimension> d = EnumSet.noneOf(BreakdownDimension.class);
      dimensions.forEach(x -> d.add(Objects.requireNonNull(x, "dimension must not be null")));
      this.dimensions = d;
      return this;
    }

    /**
     * Builds the calculator.
     *
     * @return the calculator
     * @throws IllegalStateException when the year is not set
     * @throws IllegalArgumentException when R is not in Y
     */
    public CaseFigureCalculator build() {
      if (year < 1) {
        throw new IllegalStateException("the year must be set");
      }
      return new CaseFigureCalculator(this);
    }
  }
}

package io.github.treem.io.submission;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.ExactValue;
import io.github.treem.indicators.Indicator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.report.ReportDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The province's view of its plan's targets after a merge ({@link ProvinceRollUp.Result#getStanding()}):
 * for each target, how many communes meet it, which do not (ranked, the furthest from the target
 * first), whose figure is hidden, which sent nothing; and the value of each district (before 1
 * July 2025) and of the province against the target's threshold.
 *
 * <p><b>Published figures only.</b> Every value and status is read from the merge's published
 * documents by level ({@link ProvinceRollUp.Result#getLevels()}): a commune whose cell is hidden
 * by small-number suppression has state {@link ValueState#SUPPRESSED} and status
 * {@link TargetStatus#NO_DATA}, so that the view never tells what a hidden figure is, not even
 * on which side of the threshold it lies. A commune whose figures are shown apart (a commune
 * split in the 2025 arrangement, keyed by its former code with {@code *}) is not a commune of the
 * merge's date and is left out of the counts.
 *
 * <p><b>Assessment.</b> Each area's exact value is assessed against the target's threshold (for
 * an {@code INCREASE} target, its baseline: a province has no earlier year of each commune) by
 * {@link TargetAssessment#ofThreshold}, the rule of every target of treem: 19,999 of 20,000 does
 * not meet "≥ 100%".
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProvinceStanding {
  private final LocalDate date;
  private final List<TargetStanding> targets;

  private ProvinceStanding(LocalDate date, List<TargetStanding> targets) {
    this.date = date;
    this.targets = List.copyOf(targets);
  }

  /** {@return the date of the unit data (the merge's date)} */
  public LocalDate getDate() {
    return date;
  }

  /** {@return one standing per target of the plan, in the plan's order} */
  public List<TargetStanding> getTargets() {
    return targets;
  }

  /**
   * The view of a plan's targets over published documents by level.
   *
   * @param plan the province's plan
   * @param levels the published documents by level, each with an area breakdown of that level
   * @param coverage the coverage per area cell, by level
   * @param divisions the unit data (for the names)
   * @param date the date of the unit data
   * @return the view
   */
  static ProvinceStanding of(Plan plan, Map<AdministrativeLevel, ReportDocument> levels,
      Map<AdministrativeLevel, List<ProvinceRollUp.Coverage>> coverage, AdministrativeDivisions divisions,
      LocalDate date) {
    Map<AdministrativeLevel, IndicatorReport> published = new LinkedHashMap<>();
    levels.forEach((l, d) -> published.put(l, d.published().getReport()));
    List<TargetStanding> out = new ArrayList<>();
    for (Target t : plan.getTargets()) {
      Optional<Indicator> indicator = Indicators.fromCode(t.getIndicatorCode()).map(Indicator.class::cast);
      Map<AdministrativeLevel, List<AreaStanding>> areas = new LinkedHashMap<>();
      for (Map.Entry<AdministrativeLevel, IndicatorReport> e : published.entrySet()) {
        AdministrativeLevel l = e.getKey();
        Map<String, BreakdownCell> cells = new TreeMap<>(BreakdownCell.keyOrder());
        indicator.flatMap(e.getValue()::result).map(IndicatorResult::getBreakdowns)
            .map(b -> b.getOrDefault(BreakdownDimension.AREA, List.of()))
            .ifPresent(list -> list.forEach(c -> cells.put(c.getKey(), c)));
        Map<String, ProvinceRollUp.Coverage> cov = new TreeMap<>(BreakdownCell.keyOrder());
        coverage.getOrDefault(l, List.of()).forEach(c -> cov.put(c.key(), c));
        List<AreaStanding> list = new ArrayList<>();
        TreeMap<String, Boolean> keys = new TreeMap<>(BreakdownCell.keyOrder());
        cov.keySet().forEach(k -> keys.put(k, true));
        cells.keySet().forEach(k -> keys.put(k, true));
        for (String key : keys.keySet()) {
          if (key.endsWith("*")) {
            continue; // figures shown apart: not a unit of the merge's date
          }
          ProvinceRollUp.Coverage c = cov.getOrDefault(key, new ProvinceRollUp.Coverage(key, 0, 0));
          BreakdownCell cell = cells.get(key);
          Optional<AdministrativeUnit> unit = divisions.resolve(l, key, date).getUnit();
          String name = unit.map(AdministrativeUnit::getName).orElse(key);
          Optional<String> parent = unit.flatMap(AdministrativeUnit::getParent).map(AdministrativeUnit::getCode);
          list.add(AreaStanding.of(t, indicator.map(Indicator::getUnit).orElse(IndicatorUnit.PERCENT), l, key, name,
              parent, cell, c));
        }
        areas.put(l, List.copyOf(list));
      }
      out.add(new TargetStanding(t, areas));
    }
    return new ProvinceStanding(date, out);
  }

  @Override
  public String toString() {
    return "ProvinceStanding{date=" + date + ", targets=" + targets.size() + "}";
  }

  /**
   * One target across the province's areas.
   *
   * <p>Implementation requirements: immutable and thread-safe.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class TargetStanding {
    private final Target target;
    private final Map<AdministrativeLevel, List<AreaStanding>> areas;

    TargetStanding(Target target, Map<AdministrativeLevel, List<AreaStanding>> areas) {
      this.target = target;
      this.areas = areas;
    }

    /** {@return the plan's target} */
    public Target getTarget() {
      return target;
    }

    /**
     * The areas of a level, each assessed, in the order of their codes.
     *
     * @param level commune, district or province
     * @return the areas (empty for a level not in use at the merge's date, such as the district
     *     after 30 June 2025)
     */
    public List<AreaStanding> areas(AdministrativeLevel level) {
      return areas.getOrDefault(Objects.requireNonNull(level, "level must not be null"), List.of());
    }

    /** {@return the communes of the merge's date, each assessed, in the order of their codes} */
    public List<AreaStanding> getCommunes() {
      return areas(AdministrativeLevel.COMMUNE);
    }

    /** {@return the districts, each assessed (empty after 30 June 2025: there are no districts)} */
    public List<AreaStanding> getDistricts() {
      return areas(AdministrativeLevel.DISTRICT);
    }

    /** {@return the province(s), each assessed} */
    public List<AreaStanding> getProvinces() {
      return areas(AdministrativeLevel.PROVINCE);
    }

    /** {@return the number of communes whose published figure meets the target} */
    public long getCommunesMet() {
      return getCommunes().stream().filter(a -> a.getAssessment().getStatus() == TargetStatus.MET).count();
    }

    /**
     * The communes whose published figure does not meet the target, ranked: the furthest from
     * the target first (the lowest value for {@code AT_LEAST} and {@code INCREASE}, the highest for
     * {@code AT_MOST} and {@code BELOW}, compared exactly), then by code.
     *
     * @return the ranked list
     */
    public List<AreaStanding> getCommunesNotMet() {
      Comparator<AreaStanding> byValue = Comparator.comparing(a -> a.getAssessment().getExactValue().orElseThrow(),
          ExactValue::compareTo);
      TargetComparator c = target.getComparator();
      if (c == TargetComparator.AT_MOST || c == TargetComparator.BELOW) {
        byValue = byValue.reversed();
      }
      return getCommunes().stream().filter(a -> a.getAssessment().getStatus() == TargetStatus.NOT_MET)
          .sorted(byValue.thenComparing(AreaStanding::getCode, BreakdownCell.keyOrder())).toList();
    }

    /** {@return the number of communes whose figure is hidden by small-number suppression} */
    public long getCommunesHidden() {
      return getCommunes().stream().filter(a -> a.getState() == ValueState.SUPPRESSED).count();
    }

    /**
     * {@return the communes that sent nothing: not received, and no figure (a commune formed in 2025
     * with some of its former communes received has their figures, and is counted by them)}
     */
    public List<AreaStanding> getCommunesMissing() {
      return getCommunes().stream().filter(TargetStanding::isMissing).toList();
    }

    private static boolean isMissing(AreaStanding a) {
      return a.getReceived() == 0 && a.getState() == ValueState.NO_DATA;
    }

    /**
     * {@return the number of communes received whose figure is not hidden but cannot be assessed
     * (no child in the denominator, or a target without threshold or baseline); with the communes
     * that meet it, do not, are hidden or sent nothing, every commune is counted once}
     */
    public long getCommunesNoData() {
      return getCommunes().stream().filter(a -> !isMissing(a) && a.getState() != ValueState.SUPPRESSED
          && a.getAssessment().getStatus() == TargetStatus.NO_DATA).count();
    }

    @Override
    public String toString() {
      return "TargetStanding{target=" + target.getId() + ", met=" + getCommunesMet() + "}";
    }
  }

  /**
   * One area (a commune, district or province) assessed against a target on its published figure.
   *
   * <p>Implementation requirements: immutable and thread-safe.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class AreaStanding {
    private final AdministrativeLevel level;
    private final String code;
    private final String name;
    private final Optional<String> parentCode;
    private final ValueState state;
    private final Optional<BigDecimal> value;
    private final TargetAssessment assessment;
    private final long expected;
    private final long received;

    private AreaStanding(AdministrativeLevel level, String code, String name, Optional<String> parentCode,
        ValueState state, Optional<BigDecimal> value, TargetAssessment assessment, long expected, long received) {
      this.level = level;
      this.code = code;
      this.name = name;
      this.parentCode = parentCode;
      this.state = state;
      this.value = value;
      this.assessment = assessment;
      this.expected = expected;
      this.received = received;
    }

    static AreaStanding of(Target t, IndicatorUnit unit, AdministrativeLevel level, String code, String name,
        Optional<String> parentCode, @Nullable BreakdownCell cell, ProvinceRollUp.Coverage coverage) {
      ValueState state = cell == null ? ValueState.NO_DATA : cell.getState();
      Optional<ExactValue> exact = cell == null || state != ValueState.VALUE ? Optional.empty()
          : ExactValue.of(unit, cell);
      Optional<BigDecimal> threshold = t.getComparator() == TargetComparator.INCREASE ? t.getBaseline()
          : t.getThreshold();
      TargetAssessment a = TargetAssessment.ofThreshold(t.getId(), t.getIndicatorCode(), t.getComparator(), threshold,
          exact);
      return new AreaStanding(level, code, name, parentCode, state, a.getValue(), a, coverage.expected(),
          coverage.received());
    }

    /** {@return the level of the area} */
    public AdministrativeLevel getLevel() {
      return level;
    }

    /** {@return the area's code at the merge's date} */
    public String getCode() {
      return code;
    }

    /** {@return the area's name at the merge's date (its code when the unit data do not know it)} */
    public String getName() {
      return name;
    }

    /**
     * {@return the code of the unit the area lies in at the merge's date: a commune's district
     * (before 1 July 2025) or province, a district's province; empty for a province}
     */
    public Optional<String> getParentCode() {
      return parentCode;
    }

    /** {@return the state of the published figure: a value, hidden, or no data} */
    public ValueState getState() {
      return state;
    }

    /** {@return the value as shown ({@link io.github.treem.indicators.ValueFormat}), when published} */
    public Optional<BigDecimal> getValue() {
      return value;
    }

    /** {@return the assessment of the published figure against the target (NO_DATA when hidden or none)} */
    public TargetAssessment getAssessment() {
      return assessment;
    }

    /** {@return the number of communes of the area expected at the merge's date} */
    public long getExpected() {
      return expected;
    }

    /** {@return the number of them whose submission was merged} */
    public long getReceived() {
      return received;
    }

    @Override
    public String toString() {
      return "AreaStanding{" + level + " " + code + ", " + assessment.getStatus() + "}";
    }
  }
}

package io.github.treem.planreport;

import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.core.plan.Target;
import io.github.treem.indicators.MonitoringAssessment;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.TargetStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where a report finds the plan's targets assessed, with last year's values: bound by the caller
 * to treem's indicator report of the register (published through disclosure control) or to
 * figures entered by hand.
 *
 * <p>Implementation requirements: implementations are thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface TargetResults {
  /**
   * The assessment of a target for a period.
   *
   * @param target the target
   * @param period the period of the report
   * @return the assessment, or empty when none was made (the report says "no data")
   */
  Optional<TargetResult> resultFor(Target target, ReportingPeriod period);

  /**
   * {@return the plan's monitoring lines (its aims without a number) read against the same
   * figures, as the published report carries them ({@code ReportDocument#monitoring()}); empty
   * when the source has none}
   * @since 0.1.0
   */
  default List<MonitoringAssessment> monitoring() {
    return List.of();
  }

  /**
   * The results of treem's target assessments, with the plan's monitoring lines read against the
   * same published report (the {@code targets} and {@code monitoring} of
   * {@code treem report --format json}).
   *
   * @param assessments the assessments
   * @param monitoring the monitoring lines read
   * @return the results
   * @since 0.1.0
   */
  static TargetResults of(List<TargetAssessment> assessments, List<MonitoringAssessment> monitoring) {
    TargetResults targets = of(assessments);
    List<MonitoringAssessment> lines = List.copyOf(monitoring);
    return new TargetResults() {
      @Override
      public Optional<TargetResult> resultFor(Target target, ReportingPeriod period) {
        return targets.resultFor(target, period);
      }

      @Override
      public List<MonitoringAssessment> monitoring() {
        return lines;
      }
    };
  }

  /**
   * The results of treem's target assessments, as a published indicator report carries them (the
   * {@code targets} of {@code treem report --format json}): each bound to the plan's target with
   * the same identifier and indicator; the value as published (its display never crosses the
   * threshold), the gap when not met. The assessments are those of the report the caller chose
   * for the period; last year's values are not in them.
   *
   * @param assessments the assessments
   * @return the results
   */
  static TargetResults of(List<TargetAssessment> assessments) {
    Map<String, TargetAssessment> byId = new HashMap<>();
    for (TargetAssessment a : assessments) {
      byId.putIfAbsent(a.getTargetId(), a);
    }
    return (target, period) -> {
      Objects.requireNonNull(target, "target must not be null");
      TargetAssessment a = byId.get(target.getId());
      if (a == null || !a.getIndicatorCode().equals(target.getIndicatorCode())) {
        return Optional.empty();
      }
      TargetResult.Builder b = TargetResult.builder().targetId(a.getTargetId()).status(a.getStatus())
          .value(a.getValue().map(Figure::of).orElseGet(Figure::noData));
      if (a.getStatus() == TargetStatus.NOT_MET) {
        a.getGap().ifPresent(b::gap);
      }
      return Optional.of(b.build());
    };
  }
}

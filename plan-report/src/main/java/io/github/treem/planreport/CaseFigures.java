package io.github.treem.planreport;

import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ValueState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where a report finds the figures of child-protection cases for its period (cases received,
 * assessed, with a support plan; deadlines met), already published through disclosure control:
 * bound by the caller to treem's case figures.
 *
 * <p>Implementation requirements: implementations are thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface CaseFigures {
  /**
   * The figures of a period.
   *
   * @param period the period
   * @return the lines, in the order to print (empty when there are none)
   */
  List<FigureLine> figuresFor(ReportingPeriod period);

  /**
   * The case figures of a published report ({@code treem report --cases}: the
   * {@link CaseIndicators} published with the register's indicators, through the one disclosure
   * step), as lines: each indicator's name (a rate with "(%)"), its total as published (a hidden
   * total stays {@link Figure#suppressed()}), and last year's total as that year's report published
   * it. The lines are given for every period of the report's year, none for another year.
   *
   * @param published the publication (its audit has passed), e.g. the report document's
   * @param lastYear last year's published report, if known
   * @return the figures (no line when the report holds no case indicator)
   */
  static CaseFigures of(Publication published, Optional<IndicatorReport> lastYear) {
    List<FigureLine> lines = new ArrayList<>();
    for (IndicatorResult r : published.report().getResults()) {
      if (CaseIndicators.fromCode(r.getCode()).isEmpty()) {
        continue;
      }
      boolean rate = r.getIndicator().getUnit() == IndicatorUnit.PERCENT;
      Figure now = figure(r.getState(), published.format(r).format(r));
      Figure before = lastYear.flatMap(y -> y.result(r.getIndicator()))
          .map(x -> figure(x.getState(), x.getValue())).orElse(Figure.noData());
      lines.add(FigureLine.of(r.getIndicator().getNameVi() + (rate ? " (%)" : ""), now, before));
    }
    List<FigureLine> all = List.copyOf(lines);
    int year = published.report().getYear();
    return period -> period.getYear() == year ? all : List.of();
  }

  private static Figure figure(ValueState state, Optional<BigDecimal> value) {
    if (state == ValueState.SUPPRESSED) {
      return Figure.suppressed();
    }
    return value.map(Figure::of).orElse(Figure.noData());
  }
}

package io.github.treem.indicators;

import io.github.treem.indicators.internal.TreemStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The indicators of one reporting year at one reference date, as an accumulator computed them,
 * optionally with the data quality of the input, and as published after {@link DisclosureControl}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class IndicatorReport {
  IndicatorReport() {}

  /** {@return the reporting year Y} */
  public abstract int getYear();

  /** {@return the reference date R} */
  public abstract LocalDate getReferenceDate();

  /** {@return one result per indicator, in catalogue order} */
  public abstract List<IndicatorResult> getResults();

  /** {@return the counts of input rows, when the caller gave them} */
  public abstract Optional<DataQuality> getDataQuality();

  /**
   * {@return true when disclosure control has been applied (figures fit to publish): see
   * {@link DisclosureControl#publish(IndicatorReport, List)}}
   */
  @Value.Default
  public boolean isSuppressed() {
    return false;
  }

  /**
   * The result of one indicator.
   *
   * @param indicator the indicator
   * @return the result, or empty when the report does not compute it
   */
  public Optional<IndicatorResult> result(Indicator indicator) {
    return getResults().stream().filter(r -> r.getCode().equals(indicator.getCode())).findFirst();
  }

  /**
   * A copy with the counts of input rows.
   *
   * @param dataQuality the counts
   * @return the copy
   */
  public IndicatorReport withDataQuality(DataQuality dataQuality) {
    return new Builder().from(this).dataQuality(dataQuality).build();
  }

  /**
   * A copy with other results (of the same indicators, e.g. with fewer breakdown cells), keeping
   * the year, reference date, data quality and whether disclosure control has been applied.
   *
   * @param results the results
   * @return the copy
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public IndicatorReport withOtherResults(List<IndicatorResult> results) {
    return new Builder().from(this).results(results).build();
  }

  /**
   * A report.
   *
   * @param year the reporting year
   * @param referenceDate the reference date
   * @param results the results
   * @return the report
   */
  public static IndicatorReport of(int year, LocalDate referenceDate, List<IndicatorResult> results) {
    return new Builder().year(year).referenceDate(referenceDate).results(results).build();
  }

  /** Builds an {@link IndicatorReport}. */
  static final class Builder extends ImmutableIndicatorReport.Builder {
    Builder() {}
  }
}

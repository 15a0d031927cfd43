package io.github.treem.spark;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.spark.internal.SparkErrorCode;
import io.github.treem.spark.internal.TreemStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The result of a Spark run ({@link TreemSpark#report}): the report of the registers, exactly as
 * {@code treem report} computes it for the same files before suppression, with its
 * {@link io.github.treem.indicators.DataQuality} filled in; the read counts of all files summed;
 * the number of files read.
 *
 * <p>The report is unsuppressed (for internal use, like
 * {@link io.github.treem.indicators.Accumulator#result()}). To publish it, take
 * {@link #published()}: suppressed and audited, as {@code treem report} publishes; every writer of
 * io-formats ({@code ReportJson}, {@code ReportCsv}) publishes it so anyway when given the report.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class SparkReport {
  SparkReport() {}

  /** {@return the unsuppressed report, with its data quality (rows read, accepted, rejected)} */
  public abstract IndicatorReport getReport();

  /**
   * The report as published: disclosure control applied and audited
   * ({@link io.github.treem.io.report.ReportDocument#published()}), without targets, with a
   * manifest of the year, the reference date, {@code suppression=true} and
   * {@link #isSyntheticData()}, so that every writer states the synthetic-data marker (and the
   * human-readable ones show the banner) as for {@code treem report}.
   *
   * @return the document to write
   */
  public io.github.treem.io.report.ReportDocument published() {
    IndicatorReport r = getReport();
    return io.github.treem.io.report.ReportDocument.of(r, java.util.List.of()).published()
        .withManifest(io.github.treem.indicators.ReportManifest.builder().year(r.getYear())
            .referenceDate(r.getReferenceDate()).putOptions("suppression", "true")
            .syntheticData(isSyntheticData()).build());
  }

  /**
   * {@return whether some register file read carried the synthetic-data marker of its format
   * (written by {@code treem generate} or the synthetic generators): the report is then of
   * synthetic data, as {@code treem report} says of the same files; false by default}
   *
   * @since 0.2.0
   */
  @Value.Default
  public boolean isSyntheticData() {
    return false;
  }

  /** {@return the read counts of all files summed; malformed when any file was} */
  public abstract DataQuality getReadStats();

  /** {@return the number of register files read} */
  public abstract long getFiles();

  /**
   * A result.
   *
   * @param report the unsuppressed report, with its data quality
   * @param readStats the read counts
   * @param files the number of files
   * @return the result
   */
  public static SparkReport of(IndicatorReport report, DataQuality readStats, long files) {
    return of(report, readStats, files, false);
  }

  /**
   * A result, of synthetic data or not.
   *
   * @param report the unsuppressed report, with its data quality
   * @param readStats the read counts
   * @param files the number of files
   * @param syntheticData whether some file was marked synthetic
   * @return the result
   * @since 0.2.0
   */
  public static SparkReport of(IndicatorReport report, DataQuality readStats, long files, boolean syntheticData) {
    return new Builder().report(report).readStats(readStats).files(files).syntheticData(syntheticData).build();
  }

  @Value.Check
  void check() {
    if (getFiles() < 0) {
      throw new InvalidValueException(SparkErrorCode.FILES_NEGATIVE, "files must be >= 0");
    }
    boolean same = getReport().getDataQuality().map(q -> q.equals(getReadStats())).orElse(false);
    if (!same) {
      throw new InvalidValueException(SparkErrorCode.DATA_QUALITY_MISMATCH, "the report's data quality must match the read counts");
    }
  }

  @Override
  public String toString() {
    return "SparkReport{year=" + getReport().getYear() + ", files=" + getFiles() + ", rowsRead="
        + getReadStats().getRowsRead() + ", rowsRejected=" + getReadStats().getRowsRejected()
        + (isSyntheticData() ? ", synthetic" : "") + "}";
  }

  /** Builds a {@link SparkReport}. */
  static final class Builder extends ImmutableSparkReport.Builder {
    Builder() {}
  }
}

package io.github.treem.spark;

import io.github.treem.core.InvalidValueException;
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
   * ({@link io.github.treem.io.report.ReportDocument#published()}), without targets or manifest.
   *
   * @return the document to write
   */
  public io.github.treem.io.report.ReportDocument published() {
    return io.github.treem.io.report.ReportDocument.of(getReport(), java.util.List.of()).published();
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
    return new Builder().report(report).readStats(readStats).files(files).build();
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
        + getReadStats().getRowsRead() + ", rowsRejected=" + getReadStats().getRowsRejected() + "}";
  }

  /** Builds a {@link SparkReport}. */
  static final class Builder extends ImmutableSparkReport.Builder {
    Builder() {}
  }
}

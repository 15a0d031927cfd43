package io.github.treem.spark;

import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.io.ReadOptions;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Scenario: the national level computes the plan's indicators over a folder of commune
 * registers (one file per commune, CSV, JSON or JSON Lines) with Spark, and gets exactly the
 * report that {@code treem report --register ...} gives for the same files on one machine. One
 * cell per commune in the {@code area} breakdown (the file's name without extension), one per
 * village; the published figures are suppressed.
 *
 * <p>It lives in treem-spark's test sources, not in the examples module: that module is a named
 * Java module run by its tests on the module path's terms, and Spark cannot be required by a
 * named module (see the package documentation). {@link ExampleSparkJobTest} runs it in local
 * mode. On a cluster:
 *
 * <pre>
 * spark-submit --class io.github.treem.spark.ExampleSparkJob \
 *   --jars treem-core.jar,treem-indicators.jar,treem-io-formats.jar,... app.jar \
 *   hdfs:///registers/2020 2020
 * </pre>
 */
public final class ExampleSparkJob {
  private ExampleSparkJob() {}

  /**
   * Computes the published report of every register in a folder.
   *
   * @param spark the session
   * @param folder the folder (any file system Spark reaches: local, HDFS, S3)
   * @param year the reporting year
   * @return the suppressed report, with its data quality
   */
  public static IndicatorReport run(SparkSession spark, String folder, int year) {
    IndicatorCalculator calculator = IndicatorCalculator.builder()
        .year(year)
        .referenceDate(LocalDate.of(year, 12, 31))
        .breakdowns(BreakdownDimension.VILLAGE, BreakdownDimension.AREA)
        .build();
    SparkReport result = TreemSpark.report(spark, calculator, ReadOptions.of(year), folder);
    return io.github.treem.indicators.DisclosureControl.publish(result.getReport(), java.util.List.of()).report();
  }

  /**
   * Runs the job: {@code FOLDER [YEAR]} (year 2020 by default); local mode on all cores when no
   * master is given ({@code spark-submit --master} gives one).
   *
   * @param args the folder, then the year
   */
  public static void main(String[] args) {
    SparkSession.Builder builder = SparkSession.builder().appName("treem report");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      IndicatorReport report = run(spark, args[0], args.length > 1 ? Integer.parseInt(args[1]) : 2020);
      report.getDataQuality().ifPresent(q -> System.out.println("rows read " + q.getRowsRead() + ", accepted "
          + q.getRowsAccepted() + ", rejected " + q.getRowsRejected()));
      for (IndicatorResult r : report.getResults()) {
        List<BreakdownCell> areas = r.getBreakdowns().getOrDefault(BreakdownDimension.AREA, List.of());
        System.out.println(r.getCode() + " " + r.getValue().map(Object::toString).orElse("-") + " ("
            + r.getNumerator() + "/" + r.getDenominator() + ", " + areas.size() + " communes)");
      }
    } finally {
      spark.stop();
    }
  }
}

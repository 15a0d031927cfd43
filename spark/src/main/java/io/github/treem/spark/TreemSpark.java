package io.github.treem.spark;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.report.ReportPipeline;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.io.submission.ProvinceRollUp;
import io.github.treem.io.submission.SubmissionJson;
import io.github.treem.io.submission.SubmissionReadException;
import io.github.treem.spark.internal.Partial;
import io.github.treem.spark.internal.RegisterAggregator;
import io.github.treem.spark.internal.Settings;
import io.github.treem.spark.internal.SparkErrorCode;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apiguardian.api.API;

/**
 * Runs treem's indicator calculator inside Apache Spark (4, Java 17+): the register files are
 * read as a Spark {@link Dataset} of one row per file, each file is mapped to its children by
 * treem's own register reader, and the children are aggregated with a Spark {@link Aggregator}
 * built on treem's mergeable {@link io.github.treem.indicators.Accumulator}. The result is exactly
 * the report that {@code treem report} gives for the same files (same rows accepted and rejected,
 * same {@code AREA} keys, same counts), whatever the number of executors.
 *
 * <pre>{@code
 * IndicatorCalculator calc = IndicatorCalculator.builder().year(2020)
 *     .breakdowns(BreakdownDimension.VILLAGE, BreakdownDimension.AREA).build();
 * SparkReport r = TreemSpark.report(spark, calc, ReadOptions.of(2020), "hdfs:///registers/2020/*.csv");
 * IndicatorReport published = io.github.treem.indicators.DisclosureControl.publish(r.getReport(), java.util.List.of()).report();
 * }</pre>
 *
 * <p>The unit of parallelism is the file: a commune's register is small (a few thousand rows),
 * and two of treem's row rules are per file (a repeated {@code child_id} is rejected within its
 * file, the first occurrence winning; an issue's line number is the file's), so a file is read
 * whole by one task, from its bytes, with the reader that {@code treem report} uses. Spark's
 * {@code binaryFile} source reads the bytes from any file system Spark reaches (local, HDFS, S3).
 * Only counts leave a task: the children, with their personal data, are never shuffled nor
 * collected. A file larger than 2 GiB cannot be read this way (a limit of {@code binaryFile}).
 *
 * <p>Spark is a {@code provided} dependency: the cluster brings it. On Java 17 the driver and
 * executors need the {@code --add-opens} flags that Spark's launcher adds ({@code spark-submit}
 * does); an embedded local session needs them on its own JVM (see the module's {@code pom.xml}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemSpark {

  private TreemSpark() {}

  /**
   * Reads register files as a Dataset of one row per file: {@code "path"} (string) and
   * {@code "content"} (binary), by Spark's {@code binaryFile} source. A folder is read with every
   * file in it; globs ({@code registers/*.csv}) are Spark's. As everywhere in Spark, files whose
   * names start with {@code _} or {@code .} are not listed in a folder (name them explicitly to
   * read them).
   *
   * @param spark the session
   * @param paths files, folders or globs (any file system Spark reaches)
   * @return the files, one row each
   */
  public static Dataset<Row> readRegisters(SparkSession spark, String... paths) {
    Objects.requireNonNull(spark, "spark must not be null");
    if (paths.length == 0) {
      throw new InvalidValueException(SparkErrorCode.NO_PATH, "at least one path is needed");
    }
    return spark.read().format("binaryFile").load(paths).select("path", "content");
  }

  /**
   * Computes the report of the register files at some paths ({@link #readRegisters} then
   * {@link #report(Dataset, IndicatorCalculator, ReadOptions)}).
   *
   * @param spark the session
   * @param calculator the calculator (its growth scorer the default one or {@code Serializable});
   *     add {@link io.github.treem.indicators.BreakdownDimension#AREA} for one cell per file, as
   *     {@code treem report} does with several files
   * @param options how to read each file (its validator, if any, {@code Serializable}); the file
   *     name is each file's own
   * @param paths files, folders or globs
   * @return the report, the read counts and the number of files
   * @throws InvalidValueException TREEM-SPARK-0001 or -0002 when the growth scorer or the
   *     validator cannot be shipped to the executors
   */
  public static SparkReport report(SparkSession spark, IndicatorCalculator calculator, ReadOptions options,
      String... paths) {
    return report(readRegisters(spark, paths), calculator, options);
  }

  /**
   * Computes the report of register files given as a Dataset of one row per file, with the
   * columns {@code path} (string: the file's path or URI, whose last segment without extension
   * is its {@code AREA} key) and {@code content} (binary: the file's bytes), as
   * {@link #readRegisters} gives them. Other columns are ignored.
   *
   * @param registers the files
   * @param calculator the calculator (its growth scorer the default one or {@code Serializable})
   * @param options how to read each file (its validator, if any, {@code Serializable})
   * @return the report, the read counts and the number of files
   * @throws InvalidValueException TREEM-SPARK-0001 or -0002 when the growth scorer or the
   *     validator cannot be shipped to the executors
   */
  public static SparkReport report(Dataset<Row> registers, IndicatorCalculator calculator, ReadOptions options) {
    Aggregator<Row, ?, byte[]> aggregator = aggregator(calculator, options);
    List<byte[]> out = registers.select("path", "content").select(aggregator.toColumn()).collectAsList();
    return decode(out.get(0), calculator);
  }

  /**
   * The Spark {@link Aggregator} of {@link #report(Dataset, IndicatorCalculator, ReadOptions)},
   * for jobs that compose it themselves, for example one report per province with
   * {@code groupByKey}. Its input rows are files: column 0 the path (string), column 1 the bytes
   * (binary); its output is an opaque binary form (counts only) to be read with
   * {@link #decode(byte[], IndicatorCalculator)}.
   *
   * <pre>{@code
   * Dataset<Tuple2<String, byte[]>> byProvince = files.select("path", "content")
   *     .groupByKey((MapFunction<Row, String>) f -> provinceOf(f.getString(0)), Encoders.STRING())
   *     .agg(TreemSpark.aggregator(calc, options).toColumn());
   * }</pre>
   *
   * @param calculator the calculator (its growth scorer the default one or {@code Serializable})
   * @param options how to read each file (its validator, if any, {@code Serializable})
   * @return the aggregator
   * @throws InvalidValueException TREEM-SPARK-0001 or -0002 when the growth scorer or the
   *     validator cannot be shipped to the executors
   */
  public static Aggregator<Row, ?, byte[]> aggregator(IndicatorCalculator calculator, ReadOptions options) {
    return new RegisterAggregator(Settings.of(calculator, options));
  }

  /**
   * Reads the output of {@link #aggregator}.
   *
   * @param aggregated the aggregator's output
   * @param calculator the calculator the aggregator was made with (or one of the same year,
   *     reference date, indicators and breakdowns)
   * @return the report, the read counts and the number of files
   * @throws InvalidValueException TREEM-SPARK-0003 when the bytes are not such an output;
   *     TREEM-IND-0013 when they were made with a calculator of another configuration
   */
  public static SparkReport decode(byte[] aggregated, IndicatorCalculator calculator) {
    Objects.requireNonNull(aggregated, "aggregated must not be null");
    Partial.Decoded d = Partial.decode(aggregated, Objects.requireNonNull(calculator, "calculator must not be null"));
    // the finishing steps of treem report, before suppression (SparkReport's contract)
    IndicatorReport report = ReportPipeline.builder().calculator(calculator).unsuppressedForInternalUse().build()
        .finish(d.accumulator, d.stats).getReport();
    return SparkReport.of(report, d.stats, d.files, d.synthetic);
  }

  /**
   * The province's (or the nation's) merge of communes' submissions stored where Spark reads
   * (local, HDFS, S3): the same result as {@code treem merge} over the same files, number for
   * number and refusal for refusal. The files are listed and fetched by Spark's {@code binaryFile}
   * source ({@code .json} files of the folders given), sorted by path, and streamed to the driver
   * one partition at a time ({@link Dataset#toLocalIterator()}); each is read
   * ({@link SubmissionJson#read(java.io.InputStream, String)}: strict parsing, its SHA-256
   * checked) and added to one {@link ProvinceRollUp.Merge} in path order, as {@code treem merge}
   * adds a folder's files in name order.
   *
   * <p>The adding is on the driver, by design: the merge's rules depend on order (the first
   * submission accepted fixes the year, reference date and definitions; the second of two
   * submissions of a commune is the one refused), and a merge holds counts only (bounded by the
   * number of cells and communes, not by the submissions), so one machine adds a national run of
   * 10,000 communes in seconds (see {@code SubmissionMergeBenchmark}). Spark brings the storage
   * and the listing; a refused or unreadable file is an issue located at its path, the others
   * are merged. Submissions hold counts only: no child's record is read or moved.
   *
   * <pre>{@code
   * ProvinceRollUp national = ProvinceRollUp.builder().by(AdministrativeLevel.PROVINCE).build();
   * ProvinceRollUp.Result r = TreemSpark.merge(spark, national, "s3a://submissions/2025/");
   * }</pre>
   *
   * @param spark the session
   * @param rollUp the roll-up (level, date, province, plan, suppression)
   * @param paths files, folders or globs of submission files
   * @return the merge's result (its issues hold every refusal, read or merge)
   */
  public static ProvinceRollUp.Result merge(SparkSession spark, ProvinceRollUp rollUp, String... paths) {
    Objects.requireNonNull(spark, "spark must not be null");
    Objects.requireNonNull(rollUp, "rollUp must not be null");
    if (paths.length == 0) {
      throw new InvalidValueException(SparkErrorCode.NO_PATH, "at least one path is needed");
    }
    Dataset<Row> files = spark.read().format("binaryFile").option("pathGlobFilter", "*.json").load(paths)
        .select("path", "content").orderBy("path");
    ProvinceRollUp.Merge merge = rollUp.start();
    java.util.Iterator<Row> it = files.toLocalIterator();
    while (it.hasNext()) {
      Row file = it.next();
      String path = file.getString(0);
      byte[] content = (byte[]) file.get(1);
      CommuneSubmission submission;
      try {
        submission = SubmissionJson.read(new java.io.ByteArrayInputStream(content), path);
      } catch (SubmissionReadException e) {
        merge.refuse(e.getIssue());
        continue;
      }
      merge.add(submission, path);
    }
    return merge.finish();
  }
}

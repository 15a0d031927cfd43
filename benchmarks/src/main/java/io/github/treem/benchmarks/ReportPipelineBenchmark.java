package io.github.treem.benchmarks;

import io.github.treem.core.plan.Plan;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.RegisterJsonLinesWriter;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code treem report}'s work in one JVM: io-formats' {@link ReportPipeline} (as the CLI builds
 * it: the bundled Quảng Vinh 2020 plan, village breakdown, the readers' default validation) over
 * one generated register file of {@code children} rows, in CSV or JSON Lines, on {@code threads}
 * threads (2: one file is read in two stages, tokenising on one thread and mapping and counting on
 * the other). The same file as {@code process} and {@code e2e} (generator seed 1, year 2020, 10
 * villages). Single shot: one operation is the whole file; the time per operation divided into
 * {@code children} is the throughput.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ReportPipelineBenchmark -p children=1000000 -p threads=1,2
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ReportPipelineBenchmark {
  private static final int YEAR = 2020;

  /** Rows of the register. */
  @Param("1000000")
  public long children;

  /** Reading threads. */
  @Param({"1", "2"})
  public int threads;

  /** {@code csv} or {@code jsonl}. */
  @Param({"csv", "jsonl"})
  public String format;

  private Path dir;
  private Path file;
  private ReportPipeline pipeline;

  /**
   * Generates the register and builds the pipeline.
   *
   * @throws IOException when the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("treem-pipeline");
    file = dir.resolve("register." + format);
    CommuneGenerator gen = CommuneGenerator.builder().seed(1).year(YEAR).children(children).villages(10).build();
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      if (format.equals("csv")) {
        try (RegisterCsvWriter w = RegisterCsvWriter.open(os, CsvWriteOptions.of(YEAR))) {
          for (long i = 0; i < children; i++) {
            w.write(gen.child(i));
          }
        }
      } else {
        try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(os)) {
          for (long i = 0; i < children; i++) {
            w.write(gen.child(i));
          }
        }
      }
    }
    LocalDate ref = LocalDate.of(YEAR, 12, 31);
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    pipeline = ReportPipeline.builder()
        .calculator(IndicatorCalculator.builder().year(YEAR).referenceDate(ref)
            .breakdowns(BreakdownDimension.VILLAGE).build())
        .plan(plan)
        .reading(RegisterReading.builder().options(ReadOptions.builder().reportingYear(YEAR).referenceDate(ref)
            .build()).threads(threads).build())
        .build();
  }

  /**
   * Removes the register.
   *
   * @throws IOException when it cannot be removed
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  /**
   * The report of the whole file.
   *
   * @return the document
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public ReportDocument report() throws IOException {
    return pipeline.run(List.of(RegisterSource.of(file)));
  }
}

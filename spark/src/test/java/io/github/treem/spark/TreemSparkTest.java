package io.github.treem.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.cli.Treem;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.GrowthScores;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.ZScore;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Spark report of a generated multi-commune register equals, value for value, the report of
 * the same files on one machine, and the output of the real {@code treem report}.
 */
class TreemSparkTest {

  private static final LocalDate REF = LocalDate.of(2020, 12, 31);
  /** As {@code treem report --register ... --register ...} computes it: village, and area with several files. */
  private static final Set<BreakdownDimension> DIMS = EnumSet.of(BreakdownDimension.VILLAGE, BreakdownDimension.AREA);
  private static final IndicatorCalculator CALC = IndicatorCalculator.builder().year(2020).referenceDate(REF)
      .breakdowns(DIMS).build();
  private static final ReadOptions OPTIONS = ReadOptions.builder().reportingYear(2020).referenceDate(REF).build();

  @TempDir
  static Path dir;
  private static List<Path> files;
  private static SparkSession spark;

  @BeforeAll
  static void setUp() throws IOException {
    files = TestRegisters.write(dir.resolve("registers"));
    spark = LocalSpark.session();
  }

  /** What {@code treem report} computes (ReportCommand.prepare), before suppression: the reference. */
  static SparkReport singleMachine(List<Path> paths, IndicatorCalculator calc, ReadOptions options) throws IOException {
    Accumulator acc = calc.newAccumulator();
    DataQuality stats = DataQuality.empty();
    for (Path f : paths) {
      String n = f.getFileName().toString();
      String area = n.lastIndexOf('.') > 0 ? n.substring(0, n.lastIndexOf('.')) : n;
      try (RegisterReader r = Registers.open(f, options)) {
        Optional<RegisterRecord> rec;
        while ((rec = r.next()).isPresent()) {
          rec.get().getChild().ifPresent(c -> acc.add(c, area));
        }
        stats = stats.plus(r.getStats());
      }
    }
    IndicatorReport report = acc.result()
        .withDataQuality(DataQuality.of(stats.getRowsRead(), stats.getRowsAccepted(), stats.getRowsRejected()));
    return SparkReport.of(report, stats, paths.size());
  }

  @Test
  void sparkReportEqualsTheSingleMachineReport() throws IOException {
    Dataset<Row> registers = TreemSpark.readRegisters(spark, dir.resolve("registers").toString());
    assertThat(registers.count()).isEqualTo(4);
    assertThat(registers.rdd().getNumPartitions()).as("one file per partition: buffers merge").isEqualTo(4);

    SparkReport distributed = TreemSpark.report(registers, CALC, OPTIONS);
    SparkReport expected = singleMachine(files, CALC, OPTIONS);

    // the data are not trivial: every file counted, rows rejected, breakdowns filled
    DataQuality s = expected.getReadStats();
    assertThat(s.getRowsRead()).isEqualTo(420 + 380 + 300 + 260 + TestRegisters.ERROR_ROWS + 1);
    assertThat(s.getRowsRejected()).isGreaterThanOrEqualTo(TestRegisters.ERROR_ROWS);
    assertThat(s.getRowsAccepted()).isGreaterThan(1300);
    IndicatorResult first = expected.getReport().getResults().get(0);
    assertThat(first.getBreakdowns().get(BreakdownDimension.AREA)).extracting(BreakdownCell::getKey)
        .containsExactly("19885", "19886", "19888", "quảng-thọ");
    assertThat(first.getBreakdowns().get(BreakdownDimension.VILLAGE)).hasSizeGreaterThan(3);

    // value for value
    assertThat(distributed.getFiles()).isEqualTo(4);
    assertThat(distributed.getReadStats()).isEqualTo(s);
    assertThat(distributed.getReport().getDataQuality()).isEqualTo(expected.getReport().getDataQuality());
    for (int i = 0; i < expected.getReport().getResults().size(); i++) {
      assertThat(distributed.getReport().getResults().get(i)).isEqualTo(expected.getReport().getResults().get(i));
    }
    assertThat(distributed.getReport()).isEqualTo(expected.getReport());
    assertThat(distributed).isEqualTo(expected);
    assertThat(io.github.treem.indicators.DisclosureControl.publish(distributed.getReport(), java.util.List.of()).report())
        .isEqualTo(io.github.treem.indicators.DisclosureControl.publish(expected.getReport(), java.util.List.of()).report());
  }

  @Test
  void aSyntheticRegisterMakesTheSparkReportSyntheticAsTreemReportDoes() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("synthetic"));
    Path marked = folder.resolve("19885.csv");
    try (java.io.OutputStream out = Files.newOutputStream(marked);
        io.github.treem.io.csv.RegisterCsvWriter w = io.github.treem.io.csv.RegisterCsvWriter.open(out,
            io.github.treem.io.csv.CsvWriteOptions.builder().reportingYear(2020).syntheticData(true).build())) {
      io.github.treem.indicators.synthetic.CommuneGenerator.builder().seed(7).year(2020).children(60).build().stream()
          .forEach(w::write);
    }
    Files.copy(files.get(0), folder.resolve("19886.csv"));
    SparkReport mixed = TreemSpark.report(spark, CALC, OPTIONS, folder.toString());
    assertThat(mixed.getFiles()).isEqualTo(2);
    assertThat(mixed.isSyntheticData()).isTrue();
    io.github.treem.io.report.ReportDocument published = mixed.published();
    assertThat(published.getManifest().orElseThrow().isSyntheticData()).isTrue();
    assertThat(io.github.treem.io.report.ReportCsv.write(published)).contains("\nmanifest,syntheticData,true,");
    assertThat(io.github.treem.io.report.ReportJson.of(io.github.treem.core.validation.Language.EN).write(published))
        .containsPattern("\"syntheticData\" ?: ?true");
    // treem report says the same of the same files
    StringWriter out = new StringWriter();
    Treem.run(new String[] {"report", "--year", "2020", "--format", "json", "--register", folder.toString()},
        new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(out.toString()).containsPattern("\"syntheticData\" ?: ?true");
    // real files only: not synthetic
    SparkReport real = TreemSpark.report(spark, CALC, OPTIONS, files.get(0).toString());
    assertThat(real.isSyntheticData()).isFalse();
    assertThat(real.published().getManifest().orElseThrow().isSyntheticData()).isFalse();
  }

  @Test
  void sparkReportEqualsTheOutputOfTreemReport() throws IOException {
    SparkReport distributed = TreemSpark.report(spark, CALC, OPTIONS, dir.resolve("registers").toString());
    IndicatorReport published = distributed.published().getReport();
    assertThat(published).isEqualTo(io.github.treem.indicators.DisclosureControl.publish(distributed.getReport(),
        java.util.List.of()).report());

    List<String> args = new ArrayList<>(List.of("report", "--year", "2020", "--format", "json", "--lang", "en"));
    for (Path f : files) {
      args.add("--register");
      args.add(f.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Treem.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertThat(exit).as("rows were rejected").isEqualTo(Treem.EXIT_REJECTED);
    JsonNode cli = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(out.toString());

    JsonNode q = cli.get("dataQuality");
    assertThat(q.get("rowsRead").asLong()).isEqualTo(distributed.getReadStats().getRowsRead());
    assertThat(q.get("rowsAccepted").asLong()).isEqualTo(distributed.getReadStats().getRowsAccepted());
    assertThat(q.get("rowsRejected").asLong()).isEqualTo(distributed.getReadStats().getRowsRejected());
    assertThat(cli.get("suppressed").asBoolean()).isTrue();
    JsonNode indicators = cli.get("indicators");
    assertThat(indicators.size()).isEqualTo(published.getResults().size());
    int cells = 0;
    for (int i = 0; i < indicators.size(); i++) {
      JsonNode j = indicators.get(i);
      IndicatorResult r = published.getResults().get(i);
      assertThat(j.get("code").asString()).isEqualTo(r.getCode());
      assertThat(j.get("state").asString()).isEqualTo(r.getState().name());
      assertThat(text(j.get("numerator"))).isEqualTo(Long.toString(r.getNumerator()));
      if (r.getValue().isPresent()) {
        assertThat(j.get("value").decimalValue()).isEqualByComparingTo(r.getValue().get());
      } else {
        assertThat(j.get("value").isNull()).isTrue();
      }
      // hidden exclusion counts are written hidden (null), not left out
      assertThat(j.get("exclusions").size()).isEqualTo(r.getExclusions().size() + r.getSuppressedExclusions().size());
      r.getExclusions().forEach((k, v) -> assertThat(j.get("exclusions").get(k.name()).asLong()).isEqualTo(v));
      r.getSuppressedExclusions().forEach(k -> assertThat(j.get("exclusions").get(k.name()).isNull()).isTrue());
      JsonNode bd = j.get("breakdowns");
      assertThat(bd.size()).isEqualTo(r.getBreakdowns().size());
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
        JsonNode list = bd.get(d.getKey().getKey());
        assertThat(list.size()).isEqualTo(d.getValue().size());
        for (int k = 0; k < list.size(); k++) {
          BreakdownCell c = d.getValue().get(k);
          assertThat(list.get(k).get("key").asString()).isEqualTo(c.getKey());
          assertThat(list.get(k).get("state").asString()).isEqualTo(c.getState().name());
          assertThat(text(list.get(k).get("numerator")))
              .isEqualTo(c.getNumerator().isPresent() ? Long.toString(c.getNumerator().getAsLong()) : "null");
          cells++;
        }
      }
    }
    assertThat(cells).isGreaterThan(50);
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "null" : n.asString();
  }

  @Test
  void theAggregatorComposesWithGroupByKey() throws IOException {
    // one report per group of files: the CSV files and the JSON Lines file
    Dataset<Tuple2<String, byte[]>> byGroup = TreemSpark.readRegisters(spark, dir.resolve("registers").toString())
        .groupByKey((MapFunction<Row, String>) f -> f.getString(0).endsWith(".csv") ? "csv" : "other", Encoders.STRING())
        .agg(TreemSpark.aggregator(CALC, OPTIONS).toColumn());
    List<Tuple2<String, byte[]>> rows = byGroup.collectAsList();
    assertThat(rows).hasSize(2);
    for (Tuple2<String, byte[]> row : rows) {
      List<Path> group = files.stream()
          .filter(f -> f.toString().endsWith(".csv") == row._1().equals("csv")).toList();
      assertThat(TreemSpark.decode(row._2(), CALC)).isEqualTo(singleMachine(group, CALC, OPTIONS));
    }
  }

  @Test
  void noFileGivesAnEmptyReport() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    SparkReport r = TreemSpark.report(spark, CALC, OPTIONS, empty.toString());
    assertThat(r.getFiles()).isZero();
    assertThat(r.getReadStats()).isEqualTo(DataQuality.empty());
    assertThat(r).isEqualTo(singleMachine(List.of(), CALC, OPTIONS));
  }

  @Test
  void whatCannotReachTheExecutorsIsRefused() {
    IndicatorCalculator lambdaScorer = IndicatorCalculator.builder().year(2020)
        .growthScorer((sex, dob, m) -> GrowthScores.of(ZScore.notComputed(), ZScore.notComputed(), ZScore.notComputed()))
        .build();
    assertThatThrownBy(() -> TreemSpark.aggregator(lambdaScorer, OPTIONS)).isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-SPARK-0001");
    ReadOptions withValidator = ReadOptions.builder().from(OPTIONS).validator(c -> {
      throw new AssertionError("never called");
    }).build();
    assertThatThrownBy(() -> TreemSpark.aggregator(CALC, withValidator)).isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-SPARK-0002");
    assertThatThrownBy(() -> TreemSpark.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, CALC))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo("TREEM-SPARK-0003");
  }
}

package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.TreemVersion;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.growth.WhoGrowth;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same inputs give a byte-identical report, with a manifest saying what they were. */
class ReproducibilityTest {
  @TempDir static Path dir;
  static Path a;
  static Path b;

  static String out(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Treem.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isIn(0, 1);
    return out.toString();
  }

  @BeforeAll
  static void registers() {
    a = dir.resolve("thon-a.csv");
    b = dir.resolve("thon-b.jsonl");
    out("generate", "--children", "400", "--seed", "3", a.toString());
    out("generate", "--children", "300", "--seed", "4", "--error-rate", "0.1", b.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "table", "csv"})
  void theOrderOfTheInputFilesDoesNotMatter(String format) throws IOException {
    String ab = out("report", "--register", a.toString(), "--register", b.toString(), "--format", format,
        "--by", "village,sex,age");
    String ba = out("report", "--register", b.toString(), "--register", a.toString(), "--format", format,
        "--by", "age,sex,village");
    assertThat(ba).isEqualTo(ab);
    assertThat(out("report", "--register", a.toString(), "--register", b.toString(), "--format", format,
        "--by", "village,sex,age")).isEqualTo(ab);
    String shaA = ReportManifest.sha256(Files.readAllBytes(a));
    String shaB = ReportManifest.sha256(Files.readAllBytes(b));
    assertThat(ab).contains(shaA).contains(shaB).contains(TreemVersion.current())
        .contains(WhoGrowth.standards().getTableChecksums().values().iterator().next());
    assertThat(ab).doesNotContain(dir.toString());
  }

  @Test
  void theJsonManifestIsExact() throws IOException {
    String json = out("report", "--register", b.toString(), "--register", a.toString(), "--format", "json",
        "--reference-date", "2020-06-30");
    String expected = ",\"manifest\":{\"treemVersion\":\"" + TreemVersion.current()
        + "\",\"year\":2020,\"referenceDate\":\"2020-06-30\",\"growthTables\":{";
    assertThat(json).contains(expected);
    assertThat(json).contains(",\"inputs\":{\"thon-a.csv\":\"" + ReportManifest.sha256(Files.readAllBytes(a))
        + "\",\"thon-b.jsonl\":\"" + ReportManifest.sha256(Files.readAllBytes(b))
        + "\"},\"inputEncodings\":{\"thon-a.csv\":\"utf-8\",\"thon-b.jsonl\":\"utf-8\""
        + "},\"options\":{\"by\":\"area,village\",\"commune\":\"19885\",\"lang\":\"vi\",\"plan\":\"bundled:quang-vinh-2020\","
        + "\"suppression\":\"true\"},\"syntheticData\":true},\"monitoring\":["); // treem generate marks it synthetic
  }

  @Test
  void theThreadCountDoesNotMatter() throws Exception {
    List<Child> children = new ArrayList<>();
    for (Path p : List.of(a, b)) {
      try (RegisterReader r = Registers.open(p, ReadOptions.of(2020))) {
        r.stream().map(RegisterRecord::getChild).flatMap(Optional::stream).forEach(children::add);
      }
    }
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
        .breakdowns(BreakdownDimension.VILLAGE, BreakdownDimension.SEX, BreakdownDimension.AGE).build();
    String sequential = ReportRenderer.json(
        io.github.treem.indicators.DisclosureControl.publish(calc.compute(children, "x"), List.of()).report(), List.of(),
        true);
    for (int threads : new int[] {1, 2, 4, 8}) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        IndicatorReport parallel = pool.submit(() -> calc.compute(children.parallelStream(), "x")).get();
        assertThat(ReportRenderer.json(io.github.treem.indicators.DisclosureControl.publish(parallel, List.of()).report(),
            List.of(), true)).isEqualTo(sequential);
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void manifestDigestsAndOrder() throws IOException {
    assertThat(ReportManifest.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(ReportManifest.sha256(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    String s1 = ReportManifest.sha256(new byte[] {1});
    String s2 = ReportManifest.sha256(new byte[] {2});
    ReportManifest m1 = ReportManifest.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
        .putInputs("b.csv", s2).putInputs("a.csv", s1).putOptions("z", "1").putOptions("a", "\"q\"").build();
    ReportManifest m2 = ReportManifest.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
        .putOptions("a", "\"q\"").putOptions("z", "1").putInputs("a.csv", s1).putInputs("b.csv", s2).build();
    assertThat(m1).isEqualTo(m2);
    IndicatorReport empty = IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of());
    String j1 = ReportJson.of(Language.EN).write(ReportDocument.of(empty, List.of()).withManifest(m1));
    String j2 = ReportJson.of(Language.EN).write(ReportDocument.of(empty, List.of()).withManifest(m2));
    assertThat(j1).isEqualTo(j2).contains("\"inputs\":{\"a.csv\":\"" + s1 + "\",\"b.csv\":\"" + s2
        + "\"},\"options\":{\"a\":\"\\\"q\\\"\",\"z\":\"1\"},\"syntheticData\":false}");
    assertThat(m1.getGrowthTables()).isEqualTo(WhoGrowth.standards().getTableChecksums()).isNotEmpty();
    assertThat(m1.toLines()).startsWith("treem: " + TreemVersion.current(), "year: 2020", "reference date: 2020-12-31",
        "option a: \"q\"", "option z: 1", "input a.csv: sha256 " + s1);
  }
}

package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.io.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code treem report --threads N}: the same output, manifest, exit code and error lines for every N. */
class ParallelReportTest {
  @TempDir static Path dir;
  static List<Path> files = new ArrayList<>();

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Treem.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static String sha256(Path f) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
  }

  @BeforeAll
  static void registers() throws IOException {
    // CSV with rejected rows (big enough for the error lines to spill to a temporary file), JSON
    // Lines, JSON with trailing white space (the reader stops before the end of the file) and a
    // malformed file (a file issue; the reader reads nothing)
    Path a = dir.resolve("xa-a.csv");
    Path b = dir.resolve("xa-b.csv");
    Path c = dir.resolve("xa-c.jsonl");
    Path d = dir.resolve("xa-d.csv");
    Path e = dir.resolve("xa-e.json");
    Path m = dir.resolve("xa-m.csv");
    assertThat(run("generate", "--children", "3000", "--seed", "11", "--error-rate", "0.2", a.toString()).code()).isZero();
    assertThat(run("generate", "--children", "8000", "--seed", "12", "--error-rate", "0.3", b.toString()).code()).isZero();
    assertThat(run("generate", "--children", "800", "--seed", "13", "--error-rate", "0.2", c.toString()).code()).isZero();
    assertThat(run("generate", "--children", "2000", "--seed", "14", "--error-rate", "0.25", d.toString()).code()).isZero();
    Path eCsv = dir.resolve("e-source.csv");
    assertThat(run("generate", "--children", "500", "--seed", "15", eCsv.toString()).code()).isZero();
    assertThat(run("convert", eCsv.toString(), e.toString()).code()).isZero();
    Files.writeString(e, "\n\n   \n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(m, "nothing,that,we,know\n1,2,3,4\n", StandardCharsets.UTF_8);
    files.addAll(List.of(a, b, c, d, e, m));
  }

  static String[] args(String format, int threads) {
    List<String> args = new ArrayList<>(List.of("report", "--format", format, "--by", "village,sex,age"));
    for (Path f : files) {
      args.add("--register");
      args.add(f.toString());
    }
    if (threads > 0) {
      args.add("--threads");
      args.add(Integer.toString(threads));
    }
    return args.toArray(String[]::new);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv", "table"})
  void theOutputTheManifestTheExitCodeAndTheErrorLinesAreTheSameForEveryThreadCount(String format) throws Exception {
    Run one = run(args(format, 1));
    assertThat(one.code()).isEqualTo(1);
    for (int threads : new int[] {2, 3, 4, 0}) {
      Run n = run(args(format, threads));
      assertThat(n.code()).as("threads %d", threads).isEqualTo(1);
      assertThat(n.out()).as("threads %d", threads).isEqualTo(one.out());
      assertThat(n.err()).as("threads %d", threads).isEqualTo(one.err());
    }
    for (Path f : files) {
      assertThat(one.out()).contains(sha256(f));
    }
  }

  @Test
  void theErrorLinesAreEachFilesLinesInTheOrderOfTheFiles() {
    StringBuilder expected = new StringBuilder();
    long rejected = 0;
    for (Path f : files) {
      Run single = run("report", "--register", f.toString(), "--format", "json");
      expected.append(single.err());
      String q = single.out().substring(single.out().indexOf("\"rowsRejected\":") + 15);
      rejected += Long.parseLong(q.substring(0, q.indexOf('}')));
    }
    assertThat(rejected).isGreaterThan(1500); // xa-b.csv alone has more lines than the memory budget
    // the JSON Lines generator writes no raw errors, only children the validator rejects (reading
    // validates by default); the malformed file has a file issue; the clean file has none
    assertThat(expected.toString()).contains("xa-a.csv: line ").contains("xa-b.csv: line ").contains("xa-d.csv: line ")
        .contains("xa-m.csv: ").contains("xa-c.jsonl: line ").doesNotContain("xa-e.json");
    // one line per issue (a row may have several), grouped by file in the order of the files
    assertThat(expected.toString().lines().count()).isGreaterThan(rejected);
    int last = 0;
    for (String line : expected.toString().lines().toList()) {
      int k = last;
      while (!line.startsWith("treem report: " + files.get(k).getFileName() + ": ")) {
        k++;
      }
      last = k;
    }
    assertThat(last).isEqualTo(files.size() - 1);
    for (int threads : new int[] {1, 4}) {
      Run all = run(args("json", threads));
      assertThat(all.err()).isEqualTo(expected.toString());
      assertThat(all.out()).contains("\"rowsRejected\":" + rejected + "}");
    }
  }

  @Test
  void theManifestHoldsEachFilesSha256() throws Exception {
    Run r = run(args("json", 3));
    StringBuilder inputs = new StringBuilder(",\"inputs\":{");
    for (Path f : files) {
      inputs.append(inputs.length() > 11 ? "," : "").append('"').append(f.getFileName()).append("\":\"")
          .append(sha256(f)).append('"');
    }
    assertThat(r.out()).contains(inputs.append("},").toString());
    // the bundled register, read once too
    Run bundled = run("report", "--format", "json", "--threads", "2");
    assertThat(bundled.code()).isZero();
    byte[] bytes;
    try (InputStream in = ReportCommand.class.getResourceAsStream(ReportCommand.BUNDLED_REGISTER)) {
      bytes = in.readAllBytes();
    }
    assertThat(bundled.out()).contains("\"inputs\":{\"bundled:quang-vinh-2020-register.csv\":\""
        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "\"}");
    assertThat(bundled.out()).isEqualTo(run("report", "--format", "json").out());
  }

  @Test
  void aThreadCountBelowOneIsAUsageError() {
    for (String n : List.of("0", "-1", "-8")) {
      Run r = run("report", "--threads", n);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("treem report: --threads must be at least 1" + System.lineSeparator());
    }
    Run r = run("report", "--threads", "two");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("treem: ").doesNotContain("\tat ");
    assertThat(run("report", "--help").out()).contains("--threads=N").contains("Số luồng");
  }

  static final String HEADER = "child_id,sex,date_of_birth,village,birth_registered_on,hi_card_number,hi_card_valid_to,"
      + "school_level,grade,can_swim,circumstances\n";

  static RegisterReads.Source csv(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new RegisterReads.Source(name, Optional.of(name + ".csv"), () -> new ByteArrayInputStream(bytes));
  }

  static String register(SplittableRandom random, int rows) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < rows; i++) {
      b.append(i).append(random.nextBoolean() ? ",F," : ",M,")
          .append(random.nextInt(5) == 0 ? "not-a-date" : "2018-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10))
          .append(",Thôn ").append(1 + random.nextInt(4)).append(",,,,,,,\n");
    }
    return b.toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5})
  void aFileThatCannotBeReadStopsAfterTheLinesOfTheFilesBeforeIt(int threads) {
    SplittableRandom random = new SplittableRandom(threads);
    List<RegisterReads.Source> sources = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sources.add(csv("f" + i, register(random, 50)));
    }
    sources.add(new RegisterReads.Source("gone", Optional.of("gone.csv"), () -> {
      throw new FileNotFoundException("gone");
    }));
    sources.add(csv("f4", register(random, 50)));
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
        .breakdowns(BreakdownDimension.AREA).build();
    StringWriter expected = new StringWriter();
    assertThatThrownBy(() -> RegisterReads.read(sources, 1, calc::newAccumulator, ReadOptions.of(2020),
        new PrintWriter(expected, true))).isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(FileNotFoundException.class);
    assertThat(expected.toString()).contains("f0.csv: line ").contains("f2.csv: line ").doesNotContain("f4.csv");
    StringWriter actual = new StringWriter();
    assertThatThrownBy(() -> RegisterReads.read(sources, threads, calc::newAccumulator, ReadOptions.of(2020),
        new PrintWriter(actual, true))).isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(FileNotFoundException.class);
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 8})
  void manyFilesGiveTheSequentialAccumulatorCountsAndDigests(int threads) throws Exception {
    SplittableRandom random = new SplittableRandom(40 + threads);
    List<RegisterReads.Source> sources = new ArrayList<>();
    List<String> digests = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = register(random, random.nextInt(60));
      sources.add(csv("f" + i, text));
      digests.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8))));
    }
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
        .breakdowns(BreakdownDimension.AREA, BreakdownDimension.VILLAGE).build();
    StringWriter err1 = new StringWriter();
    RegisterReads.Result one = RegisterReads.read(sources, 1, calc::newAccumulator, ReadOptions.of(2020),
        new PrintWriter(err1, true));
    StringWriter errN = new StringWriter();
    RegisterReads.Result n = RegisterReads.read(sources, threads, calc::newAccumulator, ReadOptions.of(2020),
        new PrintWriter(errN, true));
    assertThat(n.accumulator().result()).isEqualTo(one.accumulator().result());
    assertThat(n.stats()).isEqualTo(one.stats());
    assertThat(n.sha256()).isEqualTo(one.sha256()).isEqualTo(digests);
    assertThat(errN.toString()).isEqualTo(err1.toString());
    assertThat(one.stats().rowsRejected()).isPositive().isEqualTo(err1.toString().lines().count());
    assertThat(one.accumulator().getChildrenAdded()).isEqualTo(one.stats().rowsAccepted());
  }

  @Test
  void theSpillBufferCopiesEveryCharacterExactlyAndDeletesItsFile() {
    SplittableRandom random = new SplittableRandom(5);
    StringBuilder expected = new StringBuilder();
    Path file;
    try (SpillBuffer b = new SpillBuffer(100)) {
      for (int i = 0; i < 2000; i++) {
        StringBuilder line = new StringBuilder();
        for (int k = random.nextInt(40); k > 0; k--) {
          line.append((char) random.nextInt(0x10000)); // unpaired surrogates included
        }
        line.append("Thôn 😀 ").append(i);
        b.println(line.toString());
        expected.append(line).append(System.lineSeparator());
      }
      assertThat(b.spilled()).isTrue();
      file = b.spillFile();
      assertThat(file).exists();
      StringWriter out = new StringWriter();
      b.copyTo(new PrintWriter(out));
      assertThat(out.toString()).isEqualTo(expected.toString());
    }
    assertThat(file).doesNotExist();
    try (SpillBuffer small = new SpillBuffer(1000)) {
      small.println("a");
      small.println("b");
      assertThat(small.spilled()).isFalse();
      StringWriter out = new StringWriter();
      small.copyTo(new PrintWriter(out));
      assertThat(out.toString()).isEqualTo("a" + System.lineSeparator() + "b" + System.lineSeparator());
    }
  }
}

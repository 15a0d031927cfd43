package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code treem report --threads N}: the same output, manifest, exit code and error lines for every
 * N (the pipeline's own tests, in io-formats, cover the reading engine: failing files, many files,
 * the spill of issues to a temporary file).
 */
class ParallelReportTest {
  @TempDir static Path dir;
  static List<Path> files = new ArrayList<>();

  static CliRun run(String... args) {
    return CliRun.of(args);
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
    CliRun one = run(args(format, 1));
    assertThat(one.code()).isEqualTo(1);
    for (int threads : new int[] {2, 3, 4, 0}) {
      CliRun n = run(args(format, threads));
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
      CliRun single = run("report", "--register", f.toString(), "--format", "json");
      expected.append(single.err());
      String q = single.out().substring(single.out().indexOf("\"rowsRejected\":") + 15);
      rejected += Long.parseLong(q.substring(0, q.indexOf('}')));
    }
    assertThat(rejected).isGreaterThan(1500); // xa-b.csv alone has more lines than the memory budget
    // the JSON Lines generator writes no raw errors, only children the validator rejects (reading
    // validates by default); the malformed file has a file issue; the clean file has none
    assertThat(expected.toString()).contains("xa-a.csv: dòng ").contains("xa-b.csv: dòng ").contains("xa-d.csv: dòng ")
        .contains("xa-m.csv: ").contains("xa-c.jsonl: dòng ").doesNotContain("xa-e.json");
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
      CliRun all = run(args("json", threads));
      assertThat(all.err()).isEqualTo(expected.toString());
      assertThat(all.out()).contains("\"rowsRejected\":" + rejected + "}");
    }
  }

  @Test
  void theManifestHoldsEachFilesSha256() throws Exception {
    CliRun r = run(args("json", 3));
    StringBuilder inputs = new StringBuilder(",\"inputs\":{");
    for (Path f : files) {
      inputs.append(inputs.length() > 11 ? "," : "").append('"').append(f.getFileName()).append("\":\"")
          .append(sha256(f)).append('"');
    }
    assertThat(r.out()).contains(inputs.append("},").toString());
    // the bundled register, read once too
    CliRun bundled = run("report", "--format", "json", "--threads", "2");
    assertThat(bundled.code()).isZero();
    byte[] bytes;
    try (InputStream in = ReportInputs.class.getResourceAsStream(ReportInputs.BUNDLED_REGISTER)) {
      bytes = in.readAllBytes();
    }
    assertThat(bundled.out()).contains("\"inputs\":{\"bundled:quang-vinh-2020-register.csv\":\""
        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "\"}");
    assertThat(bundled.out()).isEqualTo(run("report", "--format", "json").out());
  }

  @Test
  void aThreadCountBelowOneIsAUsageError() {
    for (String n : List.of("0", "-1", "-8")) {
      CliRun r = run("report", "--threads", n);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("treem report: --threads phải từ 1 trở lên" + System.lineSeparator());
      assertThat(run("report", "--threads", n, "--lang", "en").err())
          .isEqualTo("treem report: --threads must be at least 1" + System.lineSeparator());
    }
    CliRun r = run("report", "--threads", "two");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("treem: ").doesNotContain("\tat ");
    assertThat(run("report", "--help").out()).contains("--threads=N").contains("Số luồng");
  }

}

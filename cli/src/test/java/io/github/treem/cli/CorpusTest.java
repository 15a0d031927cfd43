package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus (src/test/resources/corpus, made by src/test/python/make_corpus.py) and a
 * few big inputs generated at test time, each run through the library and the commands. The
 * expectations are in corpus/expected.tsv: file, the codes the library must report (all of them,
 * sorted; {@code -} for none), the exit code of {@code treem validate} and of
 * {@code treem report --register FILE}.
 */
class CorpusTest {
  static final Path CORPUS = corpusDir();
  @TempDir static Path generated;

  record Expected(String file, List<String> codes, int validateExit, int reportExit) {}

  record Run(int code, String out, String err) {}

  static Path corpusDir() {
    try {
      return Path.of(CorpusTest.class.getResource("/corpus/expected.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Expected> manifest() throws IOException {
    List<Expected> out = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      List<String> codes = f[1].equals("-") ? List.of() : Arrays.asList(f[1].split(","));
      out.add(new Expected(f[0], codes, Integer.parseInt(f[2]), Integer.parseInt(f[3])));
    }
    return out;
  }

  static Stream<Arguments> corpus() throws IOException {
    return manifest().stream().map(e -> Arguments.of(e.file(), e));
  }

  /** Big inputs, written at test time rather than committed. */
  @BeforeAll
  static void generate() throws IOException {
    String h = "child_id,full_name,sex,date_of_birth\n";
    write("gen_csv_field_200k.csv", h + "C-1," + "x".repeat(200_000) + ",F,2016-01-01\nC-2,An,M,2016-01-01\n");
    // an unclosed quote before 2 MB of good rows: it reaches the field limit, its row is rejected
    // (CSV_UNCLOSED_QUOTE), and every row it swallowed is read again
    write("gen_csv_quoted_field_2m_unclosed.csv", h + "C-0,\"An,F,2016-01-01\n" + Stream.iterate(1, i -> i + 1)
        .limit(100_000).map(i -> "C-" + i + ",An,F,2016-01-01\n").collect(Collectors.joining()));
    write("gen_csv_header_2m.csv", "child_id," + "y".repeat(2_000_000) + "\n");
    write("gen_csv_20k_rows_one_bad.csv", h + Stream.iterate(0, i -> i + 1).limit(20_000)
        .map(i -> "C-" + i + ",An," + (i == 17_777 ? "Q" : "F") + ",2016-01-01\n").collect(Collectors.joining()));
    write("gen_jsonl_string_2m.jsonl", "{\"id\": \"C-1\", \"fullName\": \"" + "x".repeat(2_000_000)
        + "\", \"sex\": \"FEMALE\", \"dateOfBirth\": \"2016-01-01\"}\n");
    write("gen_jsonl_nesting_100k.jsonl", "[".repeat(100_000) + "]".repeat(100_000) + "\n"
        + "{\"id\": \"C-2\", \"sex\": \"MALE\", \"dateOfBirth\": \"2016-01-01\"}\n");
    write("gen_json_nesting_100k.json", "{\"format\": \"treem-register\", \"version\": 1, \"children\": ["
        + "{\"id\": ".repeat(100_000) + "1" + "}".repeat(100_000) + "]}");
    write("gen_json_number_100k_digits.json", "{\"format\": \"treem-register\", \"version\": 1, \"reportingYear\": "
        + "9".repeat(100_000) + ", \"children\": []}");
  }

  static void write(String name, String text) throws IOException {
    Files.writeString(generated.resolve(name), text, StandardCharsets.UTF_8);
  }

  static Path path(String file) {
    return file.startsWith("gen_") ? generated.resolve(file) : CORPUS.resolve(file);
  }

  @Test
  void theCorpusIsBigAndEveryFileHasAnExpectation() throws IOException {
    List<String> listed = manifest().stream().map(Expected::file).collect(Collectors.toList());
    List<String> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv") && !n.equals("README.md"))
          .sorted().collect(Collectors.toList());
    }
    assertThat(files.size()).isGreaterThanOrEqualTo(100);
    assertThat(listed).containsAll(files).doesNotHaveDuplicates();
    assertThat(files.stream().filter(f -> f.startsWith("csv_"))).hasSizeGreaterThan(50);
    assertThat(files.stream().filter(f -> f.startsWith("json"))).hasSizeGreaterThan(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void libraryReportsTheExpectedCodesAndCountsEveryRow(String file, Expected e) throws IOException {
    assertThat(readCodes(path(file))).isEqualTo(e.codes());
  }

  /** Reads a file as {@code treem validate} does; {@return the sorted distinct codes}. */
  static List<String> readCodes(Path p) throws IOException {
    TreeSet<String> codes = new TreeSet<>();
    try (TreemValidator v = TreemValidator.of(LocalDate.of(2020, 12, 31));
        RegisterReader r = Registers.open(p, ReadOptions.builder().reportingYear(2020).validator(v::validate).build())) {
      long records = 0;
      long accepted = 0;
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        records++;
        RegisterRecord x = rec.get();
        assertThat(x.isAccepted()).isEqualTo(x.getChild().isPresent());
        accepted += x.isAccepted() ? 1 : 0;
        x.getIssues().forEach(i -> codes.add(i.getCode()));
      }
      assertThat(r.next()).isEmpty();
      r.getFileIssues().stream().map(Issue::getCode).forEach(codes::add);
      DataQuality s = r.getStats();
      assertThat(s.getRowsRead()).isEqualTo(records).isEqualTo(s.getRowsAccepted() + s.getRowsRejected());
      assertThat(s.getRowsAccepted()).isEqualTo(accepted);
    }
    return List.copyOf(codes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validateExitsAsExpectedWithoutAStackTrace(String file, Expected e) {
    Run text = run("validate", "--lang", "en", path(file).toString());
    Run json = run("validate", "--format", "json", path(file).toString());
    assertThat(text.code()).isEqualTo(e.validateExit());
    assertThat(json.code()).isEqualTo(e.validateExit());
    for (Run r : List.of(text, json)) {
      assertNoStackTrace(r);
    }
    assertThat(json.out()).startsWith("{\"format\":\"treem-validation\",\"version\":1,\"rowsRead\":");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void reportExitsAsExpectedWithoutAStackTrace(String file, Expected e) {
    Run r = run("report", "--register", path(file).toString(), "--format", "json", "--lang", "en");
    assertThat(r.code()).isEqualTo(e.reportExit());
    assertNoStackTrace(r);
  }

  static void assertNoStackTrace(Run r) {
    for (String s : List.of(r.out(), r.err())) {
      assertThat(s).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Treem.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * Prints the actual line of every corpus file ({@code -Dcorpus.print=true}), for reviewing new
   * files; not a test of its own.
   */
  @Test
  void printActual() throws IOException {
    if (!Boolean.getBoolean("corpus.print")) {
      return;
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(CORPUS)) {
      s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv") && !n.equals("README.md"))
          .sorted().forEach(names::add);
    }
    try (Stream<Path> s = Files.list(generated)) {
      s.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
    }
    StringBuilder b = new StringBuilder();
    for (String n : names) {
      String codes;
      try {
        codes = String.join(",", readCodes(path(n)));
      } catch (RuntimeException | AssertionError ex) {
        codes = "THROWS " + ex;
      }
      Run v = run("validate", path(n).toString());
      Run r = run("report", "--register", path(n).toString(), "--format", "json");
      b.append(n).append('\t').append(codes.isEmpty() ? "-" : codes).append('\t').append(v.code()).append('\t')
          .append(r.code()).append(v.err().isEmpty() && r.err().contains("internal") ? "\tREPORT-INTERNAL" : "")
          .append(v.err().contains("internal") ? "\tVALIDATE-INTERNAL" : "").append('\n');
    }
    Files.writeString(Path.of("target", "corpus-actual.tsv"), b.toString(), StandardCharsets.UTF_8);
  }

}

package io.github.treem.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code golden/csv/NAME.csv} is read (year 2020; LENIENT when the name starts
 * with {@code lenient_}; without validator) and described as lines compared with {@code NAME.expected}: first
 * {@code stats READ ACCEPTED REJECTED MALFORMED}, then one line per record
 * {@code record LINE accepted|rejected}, each followed by its issues
 * {@code   LINE COLUMN CODE SEVERITY}, then the file issues {@code file LINE COLUMN CODE SEVERITY}.
 * Run with {@code -Dtreem.golden.update=true} to rewrite the expected files (then review the diff).
 */
class GoldenCsvTest {
  static final Path DIR = Paths.get("src/test/resources/golden/csv");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList().stream()
          .map(n -> n.substring(0, n.length() - 4));
    }
  }

  static List<String> describe(String name) throws IOException {
    // the goldens describe the format's decoding: no validator (its rules are tested on their own)
    ReadOptions options = ReadOptions.builder().reportingYear(2020).fileName(name + ".csv")
        .mode(name.startsWith("lenient_") ? ReadMode.LENIENT : ReadMode.STRICT).validation(Validation.NONE).build();
    List<String> out = new ArrayList<>();
    List<String> records = new ArrayList<>();
    DataQuality stats;
    List<Issue> fileIssues;
    try (InputStream in = Files.newInputStream(DIR.resolve(name + ".csv"));
        RegisterCsvReader r = RegisterCsvReader.open(in, options)) {
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        RegisterRecord x = rec.get();
        records.add("record " + x.getLine() + " " + (x.isAccepted() ? "accepted" : "rejected"));
        for (Issue i : x.getIssues()) {
          records.add("  " + describe(i));
          assertThat(i.getLocation().getFile()).contains(name + ".csv");
          assertThat(i.getMessageVi()).isNotBlank();
          assertThat(i.getMessageEn()).isNotBlank();
        }
      }
      stats = r.getStats();
      fileIssues = r.getFileIssues();
    }
    out.add("stats " + stats.getRowsRead() + " " + stats.getRowsAccepted() + " " + stats.getRowsRejected() + " "
        + stats.isMalformed());
    out.addAll(records);
    for (Issue i : fileIssues) {
      out.add("file " + describe(i));
    }
    return out;
  }

  private static String describe(Issue i) {
    return i.getLocation().getLine().getAsLong() + " " + i.getLocation().getColumn().orElse("-") + " " + i.getCode()
        + " " + i.getSeverity();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readsAsExpected(String name) throws IOException {
    List<String> actual = describe(name);
    Path expected = DIR.resolve(name + ".expected");
    assertThat(actual).containsExactlyElementsOf(GoldenFiles.expectedLines(expected, actual));
    String[] s = actual.get(0).split(" ");
    assertThat(Long.parseLong(s[1])).isEqualTo(Long.parseLong(s[2]) + Long.parseLong(s[3]));
    assertThat(actual.stream().filter(l -> l.startsWith("record ")).count()).isEqualTo(Long.parseLong(s[1]));
  }
}

package io.github.treem.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.json.RegisterJsonLinesWriter;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportJson;
import io.github.treem.io.report.ReportPipeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The equivalence test of the CSV reading path's optimisations (issue 17): on seeded registers
 * with data-entry errors and damaged records of every kind ({@link
 * ReadAheadEquivalenceTest#damagedRegister}), everything the reader gives (every record's line,
 * index, issues, the child in full as JSON Lines, the record text kept, the file issues, the
 * counts) and the report JSON over the same file stay byte-identical to the golden files, which
 * were captured from the reading path before the optimisations (main 9311c52). The golden holds a
 * SHA-256 of each output (the outputs are megabytes) and the counts of issue codes, so that a
 * change shows which codes moved.
 */
class ReadPathGoldenTest {
  private static final int YEAR = 2020;
  private static final Path GOLDEN = Path.of("src/test/resources/golden/csv/read-path.txt");

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything the reader says, record by record, as text; the issue codes counted into {@code codes}. */
  private static String readAll(byte[] register, ReadOptions options, Map<String, Integer> codes) {
    StringBuilder out = new StringBuilder();
    ByteArrayOutputStream children = new ByteArrayOutputStream();
    try (RegisterCsvReader r = RegisterCsvReader.open(new ByteArrayInputStream(register), options);
        RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(children)) {
      out.append(r.getHeader()).append('\n');
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        RegisterRecord x = rec.get();
        out.append(x.getLine()).append(' ').append(x.getIndex()).append(' ').append(x.isAccepted()).append(' ')
            .append(x.getIssues()).append('\n');
        x.getIssues().forEach(i -> codes.merge(i.getCode() + " " + i.getSeverity(), 1, Integer::sum));
        if (x.getChild().isPresent()) {
          w.write(x.getChild().get());
        }
        if (!x.isAccepted()) {
          out.append(r.getLastRecordText()).append('\n');
        }
      }
      out.append(r.getFileIssues()).append('\n').append(r.getStats()).append('\n');
      out.append(r.isSyntheticData()).append('\n');
    }
    return out.append(children.toString(StandardCharsets.UTF_8)).toString();
  }

  private static String report(Path file) throws IOException {
    LocalDate ref = LocalDate.of(YEAR, 12, 31);
    return ReportJson.of(Language.EN).write(ReportPipeline.builder()
        .calculator(IndicatorCalculator.builder().year(YEAR).referenceDate(ref)
            .breakdowns(BreakdownDimension.VILLAGE, BreakdownDimension.SEX, BreakdownDimension.AGE,
                BreakdownDimension.GROUP, BreakdownDimension.DISABILITY, BreakdownDimension.ETHNICITY)
            .build())
        .plan(TreemJson.bundledPlan("quang-vinh-2020"))
        .reading(RegisterReading.builder().options(ReadOptions.builder().reportingYear(YEAR).build()).build())
        .build().run(List.of(RegisterSource.of(file))));
  }

  @Test
  void recordsIssuesCountsAndReportAreThoseOfTheReferencePath(@TempDir Path dir) throws IOException {
    StringBuilder actual = new StringBuilder();
    for (long seed = 11; seed <= 14; seed++) {
      byte[] register = ReadAheadEquivalenceTest.damagedRegister(seed, 2_000 + (int) seed * 150);
      for (ReadMode mode : ReadMode.values()) {
        Map<String, Integer> codes = new TreeMap<>();
        String all = readAll(register, ReadOptions.builder().reportingYear(YEAR).maxFieldLength(200)
            .maxLineLength(1_500).mode(mode).build(), codes);
        actual.append("seed ").append(seed).append(' ').append(mode).append(' ').append(sha256(all)).append('\n');
        codes.forEach((k, v) -> actual.append("  ").append(k).append(' ').append(v).append('\n'));
      }
      Path file = dir.resolve("register-" + seed + ".csv");
      Files.write(file, register);
      actual.append("seed ").append(seed).append(" report ").append(sha256(report(file))).append('\n');
    }
    String text = actual.toString();
    assertThat(text).contains("CSV_FIELD_TOO_LONG", "CSV_UNCLOSED_QUOTE", "CSV_INVALID_ENCODING",
        "DUPLICATE_CHILD_ID", "INVALID_DATE");
    assertThat(text).isEqualTo(GoldenFiles.expected(GOLDEN, text));
  }
}

package io.github.treem.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.json.RegisterJsonLinesReader;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-stage reading ({@link ReadOptions#isReadAhead()}: tokenising on a thread of its own)
 * gives exactly what the one-thread reading gives: every record (line, index, issues, child),
 * the record text kept for rejected rows, the file issues and the counts, on generated registers
 * with data-entry errors and damaged records of every kind, across many batches; and the same
 * report, byte for byte.
 */
class ReadAheadEquivalenceTest {
  private static final int YEAR = 2020;

  /**
   * A generated register (data-entry errors from the generator) with damage written in at
   * seeded random rows: over-long fields, unclosed quotes, bytes that are not UTF-8, duplicate
   * rows, too many and too few fields, blank lines, CR LF, a character after a closing quote.
   */
  static byte[] damagedRegister(long seed, int children) {
    CommuneGenerator gen = CommuneGenerator.builder().seed(seed).year(YEAR).children(children).villages(7)
        .errorRate(0.05).build();
    ByteArrayOutputStream clean = new ByteArrayOutputStream();
    try (RegisterCsvWriter w = RegisterCsvWriter.open(clean, CsvWriteOptions.of(YEAR))) {
      gen.stream().forEach(w::write);
    }
    String[] lines = clean.toString(StandardCharsets.UTF_8).split("\r?\n", -1);
    SplittableRandom r = new SplittableRandom(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int notUtf8 = 0;
    out.writeBytes((lines[0] + "\n").getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      int k = r.nextInt(100);
      String text;
      switch (k) {
        case 0:
          text = line + ",\"" + "x".repeat(300) + "\"";
          break;
        case 1:
          text = line.substring(0, line.length() / 2) + "\"unclosed " + line.substring(line.length() / 2);
          break;
        case 2:
          text = line + "," + "y".repeat(2_000);
          break;
        case 10:
          text = line + ("," + "z".repeat(150)).repeat(12); // every field within its limit, the record not
          break;
        case 3:
          text = lines[Math.max(1, i - 1 - r.nextInt(Math.min(i, 50)))]; // a duplicate child_id
          break;
        case 4:
          text = line + ",extra";
          break;
        case 5:
          text = line.substring(0, line.lastIndexOf(','));
          break;
        case 6:
          text = "\n  \n" + line;
          break;
        case 7:
          text = line.replaceFirst(",", ",\"a\"b,");
          break;
        default:
          text = line;
      }
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      if (k == 8 && i > 1_000 && ++notUtf8 <= 5) {
        // a lone lead byte (not UTF-8) in a few rows past the sniffer's sample: a UTF-8 file with stray bytes
        b[b.length / 3] = (byte) 0xC3;
        b[b.length / 3 + 1] = (byte) 0x28;
      }
      out.writeBytes(b);
      out.writeBytes(k == 9 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
    }
    return out.toByteArray();
  }

  private static ReadOptions options(boolean readAhead) {
    return ReadOptions.builder().reportingYear(YEAR).maxFieldLength(200).maxLineLength(1_500).readAhead(readAhead)
        .build();
  }

  /** Everything the reader says, record by record. */
  private static List<Object> readAll(byte[] register, ReadOptions options) {
    List<Object> out = new ArrayList<>();
    try (RegisterCsvReader r = RegisterCsvReader.open(new ByteArrayInputStream(register), options)) {
      out.add(r.getHeader());
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        RegisterRecord x = rec.get();
        out.add(x.getLine() + " " + x.getIndex() + " " + x.getIssues());
        out.add(x.getChild().map(Child::toString).orElse("-") + " " + x.getChild().hashCode());
        out.add(x.getChild());
        out.add(r.getLastRecordText());
      }
      out.add(r.getFileIssues());
      out.add(r.getStats());
    }
    return out;
  }

  @Test
  void recordsIssuesAndCountsAreThoseOfOneThread() {
    for (long seed = 1; seed <= 4; seed++) {
      byte[] register = damagedRegister(seed, 3_000 + (int) seed * 700);
      List<Object> one = readAll(register, options(false));
      List<Object> two = readAll(register, options(true));
      assertThat(two).as("seed %d", seed).isEqualTo(one);
      // the register has every kind of damage, and many batches of records
      assertThat(one.toString()).contains("CSV_FIELD_TOO_LONG", "CSV_UNCLOSED_QUOTE", "CSV_LINE_TOO_LONG",
          "CSV_INVALID_ENCODING", "DUPLICATE_CHILD_ID", "CSV_TOO_MANY_FIELDS", "CSV_SYNTAX");
      assertThat(one.size()).isGreaterThan(4 * 3_000);
    }
  }

  /** A generated JSON Lines register with damaged lines written in at seeded random rows. */
  static byte[] damagedJsonLines(long seed, int children) {
    CommuneGenerator gen = CommuneGenerator.builder().seed(seed).year(YEAR).children(children).villages(5)
        .errorRate(0.05).build();
    ByteArrayOutputStream clean = new ByteArrayOutputStream();
    try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(clean)) {
      gen.stream().forEach(w::write);
    }
    String[] lines = clean.toString(StandardCharsets.UTF_8).split("\n");
    SplittableRandom r = new SplittableRandom(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int k = r.nextInt(60);
      String text = k == 0 ? line.substring(0, line.length() / 2)
          : k == 1 ? "[1,2]"
          : k == 2 ? lines[Math.max(0, i - 1 - r.nextInt(Math.min(i + 1, 30)))]
          : k == 3 ? "\n   "
          : k == 4 ? line.replaceFirst("\"sex\":\"[MF]\"", "\"sex\":\"Q\"")
          : k == 5 ? line + " {}"
          : line;
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      if (k == 6 && b.length > 10) {
        b[b.length / 2] = (byte) 0xFF;
      }
      out.writeBytes(b);
      out.writeBytes(k == 7 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
    }
    return out.toByteArray();
  }

  private static List<Object> readAllJsonLines(byte[] register, boolean readAhead) {
    List<Object> out = new ArrayList<>();
    try (RegisterJsonLinesReader r = RegisterJsonLinesReader.open(new ByteArrayInputStream(register),
        ReadOptions.builder().reportingYear(YEAR).readAhead(readAhead).build())) {
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        RegisterRecord x = rec.get();
        out.add(x.getLine() + " " + x.getIndex() + " " + x.getIssues());
        out.add(x.getChild());
      }
      out.add(r.getFileIssues());
      out.add(r.getStats());
    }
    return out;
  }

  @Test
  void jsonLinesRecordsAreThoseOfOneThread() {
    for (long seed = 1; seed <= 3; seed++) {
      byte[] register = damagedJsonLines(seed, 2_500);
      List<Object> one = readAllJsonLines(register, false);
      assertThat(readAllJsonLines(register, true)).as("seed %d", seed).isEqualTo(one);
      assertThat(one.toString()).contains("JSON_ENCODING", "JSON_WRONG_TYPE", "DUPLICATE_CHILD_ID");
    }
  }

  @Test
  void aReaderClosedEarlyStopsItsReadAheadThread() throws InterruptedException {
    byte[] register = damagedRegister(9, 5_000);
    for (int stopAt : new int[] {0, 1, 1_500, 4_990}) {
      try (RegisterCsvReader r = RegisterCsvReader.open(new ByteArrayInputStream(register), options(true))) {
        for (int i = 0; i < stopAt; i++) {
          assertThat(r.next()).isPresent();
        }
      }
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (readAheadThreads() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(readAheadThreads()).as("after %d records", stopAt).isZero();
    }
  }

  private static long readAheadThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("treem-read-ahead") && t.isAlive()).count();
  }

  @Test
  void theReportOfOneFileOnTwoThreadsIsTheReportOfOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("register.csv");
    Files.write(file, damagedRegister(5, 6_000));
    LocalDate ref = LocalDate.of(YEAR, 12, 31);
    List<String> outputs = new ArrayList<>();
    for (int threads : new int[] {1, 2, 3}) {
      String json = ReportJson.of(Language.EN).write(ReportPipeline.builder()
          .calculator(IndicatorCalculator.builder().year(YEAR).referenceDate(ref)
              .breakdowns(BreakdownDimension.VILLAGE).build())
          .plan(TreemJson.bundledPlan("quang-vinh-2020"))
          .reading(RegisterReading.builder().options(ReadOptions.builder().reportingYear(YEAR).build())
              .threads(threads).build())
          .build().run(List.of(RegisterSource.of(file))));
      outputs.add(json);
    }
    assertThat(outputs.get(1)).isEqualTo(outputs.get(0));
    assertThat(outputs.get(2)).isEqualTo(outputs.get(0));
    assertThat(outputs.get(0)).contains("\"rowsRejected\"");
  }
}

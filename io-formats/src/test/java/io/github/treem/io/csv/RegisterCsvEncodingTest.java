package io.github.treem.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import io.github.treem.io.TextEncoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The register read from the golden files of golden/encodings/ (made by tools independent of
 * treem: make-goldens.sh): each encoding gives the children of the UTF-8 sample; a file read as
 * UTF-8 that is not gets one file issue naming its encoding, never mojibake.
 */
class RegisterCsvEncodingTest {
  record Read(List<Issue> fileIssues, List<RegisterRecord> records, DataQuality stats) {
    List<Child> children() {
      return records.stream().map(RegisterRecord::getChild).flatMap(Optional::stream).collect(Collectors.toList());
    }
  }

  static byte[] bytes(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(
        RegisterCsvEncodingTest.class.getResourceAsStream("/golden/encodings/" + name), name)) {
      return in.readAllBytes();
    }
  }

  static Read read(String file, TextEncoding encoding) throws IOException {
    ReadOptions o = ReadOptions.builder().reportingYear(2020).fileName(file).textEncoding(encoding).build();
    try (RegisterReader r = Registers.open(new ByteArrayInputStream(bytes(file)), o)) {
      List<RegisterRecord> records = new ArrayList<>();
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        records.add(rec.get());
      }
      return new Read(List.copyOf(r.getFileIssues()), records, r.getStats());
    }
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
      "sample.utf16le-bom.csv, UTF_16, sample.utf8.csv",
      "sample.utf16le-bom.csv, UTF_8, sample.utf8.csv",
      "sample.utf16be.csv, UTF_16, sample.utf8.csv",
      "sample.unicode-text.txt, UTF_8, sample.utf8.csv",
      "sample.windows-1258.csv, WINDOWS_1258, sample.utf8.csv",
      "sample.vni.csv, VNI, sample.utf8.csv",
      "sample.vni-in-utf8.csv, VNI, sample.utf8.csv",
      "sample.tcvn3.csv, TCVN3, sample.tcvn3.expected.utf8.csv",
      "sample.tcvn3-in-utf8.csv, TCVN3, sample.tcvn3.expected.utf8.csv",
      "sample.utf16be.csv, AUTO, sample.utf8.csv",
      "sample.unicode-text.txt, AUTO, sample.utf8.csv",
      "sample.windows-1258.csv, AUTO, sample.utf8.csv",
      "sample.vni.csv, AUTO, sample.utf8.csv",
      "sample.vni-in-utf8.csv, AUTO, sample.utf8.csv",
      "sample.tcvn3.csv, AUTO, sample.tcvn3.expected.utf8.csv",
      "sample.tcvn3-in-utf8.csv, AUTO, sample.tcvn3.expected.utf8.csv",
      "sample.utf8.csv, AUTO, sample.utf8.csv"})
  void everyEncodingReadsAsTheSample(String file, TextEncoding encoding, String sample) throws IOException {
    Read want = read(sample, TextEncoding.UTF_8);
    assertThat(want.fileIssues()).isEmpty();
    assertThat(want.children()).hasSizeGreaterThan(10);
    Read got = read(file, encoding);
    assertThat(got.fileIssues()).isEmpty();
    assertThat(got.stats()).isEqualTo(want.stats());
    assertThat(got.children()).isEqualTo(want.children());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "sample.windows-1258.csv, windows-1258",
      "sample.vni.csv, vni",
      "sample.tcvn3.csv, tcvn3",
      "sample.utf16be.csv, utf-16"})
  void aFileThatIsNotUtf8GetsOneIssueNamingItsEncoding(String file, String encoding) throws IOException {
    Read r = read(file, TextEncoding.UTF_8);
    assertThat(r.fileIssues()).hasSize(1);
    Issue i = r.fileIssues().get(0);
    assertThat(i.getCode()).isEqualTo("TEXT_NOT_UTF8");
    assertThat(i.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(i.getLocation().getFile()).contains(file);
    assertThat(i.getMessageEn()).contains("CSV UTF-8 (Comma delimited)").endsWith(": " + encoding);
    assertThat(i.getMessageVi()).contains("CSV UTF-8").endsWith(": " + encoding);
    assertThat(r.records()).isEmpty();
    assertThat(r.stats()).isEqualTo(DataQuality.of(0, 0, 0, true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"sample.tcvn3-in-utf8.csv, tcvn3", "sample.vni-in-utf8.csv, vni"})
  void legacyFontTextInUtf8IsReadWithAWarning(String file, String encoding) throws IOException {
    Read r = read(file, TextEncoding.UTF_8);
    assertThat(r.fileIssues()).extracting(Issue::getCode).containsExactly("TEXT_LEGACY_FONT");
    assertThat(r.fileIssues().get(0).getMessageEn()).endsWith(": " + encoding);
    assertThat(r.stats().getRowsRead()).isEqualTo(read("sample.utf8.csv", TextEncoding.UTF_8).stats().getRowsRead());
  }

  @Test
  void aStrayBadByteInAUtf8FileStillRejectsOnlyItsRow() throws IOException {
    String csv = "child_id,sex,date_of_birth,full_name\nA1,F,2019-01-01,An\nA2,F,2019-01-01,B\u00ffnh\nA3,M,2019-01-01,Ba\n";
    byte[] b = csv.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ReadOptions o = ReadOptions.of(2020);
    try (RegisterReader r = Registers.open(new ByteArrayInputStream(b), o)) {
      List<RegisterRecord> records = r.stream().collect(Collectors.toList());
      assertThat(r.getFileIssues()).isEmpty();
      assertThat(records).extracting(RegisterRecord::isAccepted).containsExactly(true, false, true);
      assertThat(records.get(1).getIssues()).extracting(Issue::getCode).contains("CSV_INVALID_ENCODING");
    }
  }

  /**
   * The bad byte is located on its own row whatever the line breaks: the decoder counts lines as
   * the tokeniser does (LF, CR LF and a lone CR), so a file with old Mac line breaks or mixed ones
   * rejects the row that holds the byte, not another.
   */
  @ParameterizedTest(name = "line break {0}")
  @CsvSource({"LF", "CRLF", "CR", "MIXED"})
  void aStrayBadByteIsLocatedOnItsRowWhateverTheLineBreaks(String kind) throws IOException {
    String[] rows = {"child_id,sex,date_of_birth,full_name", "A1,F,2019-01-01,An", "A2,M,2019-01-01,Ba",
        "A3,F,2019-01-01,B\u00ffnh", "A4,M,2019-01-01,Ba", "A5,M,2019-01-01,Ca"};
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < rows.length; i++) {
      String br = switch (kind) {
        case "LF" -> "\n";
        case "CRLF" -> "\r\n";
        case "CR" -> "\r";
        default -> i % 3 == 0 ? "\r" : i % 3 == 1 ? "\r\n" : "\n";
      };
      csv.append(rows[i]).append(br);
    }
    byte[] b = csv.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    try (RegisterReader r = Registers.open(new ByteArrayInputStream(b), ReadOptions.of(2020))) {
      List<RegisterRecord> records = r.stream().collect(Collectors.toList());
      assertThat(r.getFileIssues()).isEmpty();
      assertThat(records).extracting(RegisterRecord::isAccepted).containsExactly(true, true, false, true, true);
      assertThat(records.get(2).getIssues()).extracting(Issue::getCode).containsExactly("CSV_INVALID_ENCODING");
      assertThat(records.get(2).getIssues().get(0).getLocation().getLine()).hasValue(4L);
    }
  }
}

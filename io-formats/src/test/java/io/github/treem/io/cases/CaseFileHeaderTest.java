package io.github.treem.io.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.Registers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The version header line of a JSON Lines case file and the synthetic-data marker of both case
 * files (issues 13 and 14): written, recognised, not counted, refusing other formats and versions.
 */
class CaseFileHeaderTest {
  static final String CASE_LINE = CaseWriter.json(CaseFilesTest.complete()).replaceAll("\\s*\\n\\s*", " ");
  static final String OTHER_LINE = CASE_LINE.replace("QV-2024-002", "QV-2024-009");

  static String jsonLines(boolean synthetic, ProtectionCase... cases) {
    return written(out -> CaseWriter.jsonLines(out, synthetic), cases);
  }

  static String csv(boolean synthetic, ProtectionCase... cases) {
    return written(out -> CaseWriter.csv(out, synthetic), cases);
  }

  static String written(java.util.function.Function<ByteArrayOutputStream, CaseWriter> form, ProtectionCase... cases) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CaseWriter w = form.apply(out)) {
      for (ProtectionCase c : cases) {
        w.write(c);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static List<String> fileCodes(CaseReader r) {
    return r.getFileIssues().stream().map(Issue::getCode).collect(Collectors.toList());
  }

  @Test
  void theWriterStartsWithTheHeaderLineAndMarksSyntheticCases() {
    String real = jsonLines(false, CaseFilesTest.complete());
    assertThat(real).startsWith("{\"format\":\"treem-cases\",\"version\":1}\n");
    assertThat(written(CaseWriter::jsonLines, CaseFilesTest.complete())).isEqualTo(real); // real by default
    String synthetic = jsonLines(true, CaseFilesTest.complete());
    assertThat(synthetic).startsWith("{\"format\":\"treem-cases\",\"version\":1,\"syntheticData\":true}\n");
    assertThat(synthetic.lines().count()).isEqualTo(2);
  }

  @Test
  void theHeaderIsNotARecordAndLineNumbersStayTheFilesOwn() {
    String text = "\n" + CaseWriter.header(true) + "\n" + CASE_LINE + "\n\n" + OTHER_LINE + "\n";
    try (CaseReader r = CaseFilesTest.open(text, CaseFiles.Form.JSON_LINES, CaseFilesTest.options())) {
      List<CaseRecord> records = r.stream().collect(Collectors.toList());
      assertThat(records).extracting(CaseRecord::getLine).containsExactly(3L, 5L);
      assertThat(records).extracting(CaseRecord::getIndex).containsExactly(0L, 1L);
      assertThat(records).allMatch(CaseRecord::isAccepted);
      assertThat(r.getStats().getRowsRead()).isEqualTo(2);
      assertThat(r.getFileIssues()).isEmpty();
      assertThat(r.isSyntheticData()).isTrue();
    }
    // written and read back: the same cases, the marker kept
    try (CaseReader r = CaseFilesTest.open(jsonLines(false, CaseFilesTest.complete(), CaseFilesTest.emergency()),
        CaseFiles.Form.JSON_LINES, CaseFilesTest.options())) {
      assertThat(r.stream().map(c -> c.getProtectionCase().orElseThrow()).collect(Collectors.toList()))
          .containsExactly(CaseFilesTest.complete(), CaseFilesTest.emergency());
      assertThat(r.isSyntheticData()).isFalse();
      assertThat(r.getFileIssues()).isEmpty();
    }
  }

  @Test
  void aFileWithoutTheHeaderIsVersionOneAndNotSynthetic() {
    try (CaseReader r = CaseFilesTest.open(CASE_LINE + "\n" + OTHER_LINE + "\n", CaseFiles.Form.JSON_LINES,
        CaseFilesTest.options())) {
      assertThat(r.stream().filter(CaseRecord::isAccepted).count()).isEqualTo(2);
      assertThat(r.getFileIssues()).isEmpty();
      assertThat(r.isSyntheticData()).isFalse();
    }
  }

  @Test
  void anotherFormatOrVersionRefusesTheFileAndReadsNoLine() {
    for (String header : List.of("{\"format\":\"treem-register\",\"version\":1}", "{\"format\":17,\"version\":1}",
        "{\"format\":\"treem-cases\",\"version\":2,\"syntheticData\":true}", "{\"format\":\"treem-cases\",\"version\":\"1\"}")) {
      try (CaseReader r = CaseFilesTest.open("\n" + header + "\n" + CASE_LINE + "\n", CaseFiles.Form.JSON_LINES,
          CaseFilesTest.options())) {
        assertThat(r.next()).as(header).isEmpty();
        assertThat(r.next()).as(header).isEmpty();
        assertThat(r.getStats().getRowsRead()).as(header).isZero();
        assertThat(r.getStats().isMalformed()).as(header).isTrue();
        assertThat(r.getFileIssues()).as(header).hasSize(1);
        Issue i = r.getFileIssues().get(0);
        assertThat(i.getCode()).as(header).isEqualTo(header.contains("treem-cases") ? "JSON_UNSUPPORTED_VERSION"
            : "CASE_FILE_NOT_CASES");
        assertThat(i.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(i.getLocation().getFile()).contains("cases");
        assertThat(i.getLocation().getLine()).hasValue(2L);
        assertThat(r.isSyntheticData()).as(header).isFalse();
      }
    }
  }

  @Test
  void aHeaderWithAProblemIsAFileErrorAndTheCasesAreRead() {
    record Case(String header, String code, Severity strict, Severity lenient) {}
    for (Case c : List.of(
        new Case("{\"format\":\"treem-cases\"}", "JSON_MISSING_PROPERTY", Severity.ERROR, Severity.ERROR),
        new Case("{\"format\":\"treem-cases\",\"version\":1,\"syntheticData\":\"yes\"}", "JSON_WRONG_TYPE",
            Severity.ERROR, Severity.ERROR),
        new Case("{\"format\":\"treem-cases\",\"version\":1,\"commune\":\"19885\"}", "JSON_UNKNOWN_PROPERTY",
            Severity.ERROR, Severity.WARNING))) {
      for (boolean strict : new boolean[] {true, false}) {
        CaseReadOptions o = CaseReadOptions.builder().from(CaseFilesTest.options()).strict(strict).build();
        try (CaseReader r = CaseFilesTest.open(c.header() + "\n" + CASE_LINE + "\n", CaseFiles.Form.JSON_LINES, o)) {
          List<CaseRecord> records = r.stream().collect(Collectors.toList());
          assertThat(records).as(c.header()).hasSize(1).allMatch(CaseRecord::isAccepted);
          assertThat(records.get(0).getLine()).isEqualTo(2);
          assertThat(fileCodes(r)).as(c.header()).containsExactly(c.code());
          assertThat(r.getFileIssues().get(0).getSeverity()).as(c.header())
              .isEqualTo(strict ? c.strict() : c.lenient());
          assertThat(r.getFileIssues().get(0).getLocation().getLine()).hasValue(1L);
          assertThat(r.isSyntheticData()).isFalse();
        }
      }
    }
  }

  @Test
  void theHeaderAloneIsACaseFileOfNoCaseButAnEmptyFileIsNot() {
    try (CaseReader r = CaseFilesTest.open(CaseWriter.header(false) + "\n", CaseFiles.Form.JSON_LINES,
        CaseFilesTest.options())) {
      assertThat(r.next()).isEmpty();
      assertThat(r.getFileIssues()).isEmpty();
      assertThat(r.getStats().getRowsRead()).isZero();
      assertThat(r.getStats().isMalformed()).isFalse();
    }
    try (CaseReader r = CaseFilesTest.open("\n\n", CaseFiles.Form.JSON_LINES, CaseFilesTest.options())) {
      assertThat(r.next()).isEmpty();
      assertThat(fileCodes(r)).containsExactly("CASE_FILE_EMPTY");
    }
  }

  @Test
  void onlyTheFirstNonBlankLineIsTheHeader() {
    // a header line later in the file is a record (a case has no format property): rejected, counted
    try (CaseReader r = CaseFilesTest.open(CASE_LINE + "\n" + CaseWriter.header(true) + "\n" + OTHER_LINE + "\n",
        CaseFiles.Form.JSON_LINES, CaseFilesTest.options())) {
      List<CaseRecord> records = r.stream().collect(Collectors.toList());
      assertThat(records).extracting(CaseRecord::isAccepted).containsExactly(true, false, true);
      assertThat(records.get(1).getLine()).isEqualTo(2);
      assertThat(CaseFilesTest.codes(records.get(1))).contains("JSON_UNKNOWN_PROPERTY");
      assertThat(r.isSyntheticData()).isFalse();
    }
    // a first line that mentions "format" inside a case is still a case
    String mentions = CASE_LINE.replace("\"id\"", "\"formatted\": 1, \"id\"");
    try (CaseReader r = CaseFilesTest.open("{\"id\": \"QV-1\", \"format\": 1}\n" + CASE_LINE + "\n",
        CaseFiles.Form.JSON_LINES, CaseFilesTest.options())) {
      assertThat(r.next()).isEmpty();
      assertThat(fileCodes(r)).containsExactly("CASE_FILE_NOT_CASES");
    }
    try (CaseReader r = CaseFilesTest.open(mentions + "\n", CaseFiles.Form.JSON_LINES, CaseFilesTest.options())) {
      CaseRecord rec = r.next().orElseThrow();
      assertThat(rec.isAccepted()).isFalse();
      assertThat(CaseFilesTest.codes(rec)).contains("JSON_UNKNOWN_PROPERTY");
      assertThat(r.getFileIssues()).isEmpty();
    }
  }

  @Test
  void theCsvFormCarriesTheMarkerInALastColumn() {
    String synthetic = csv(true, CaseFilesTest.complete(), CaseFilesTest.emergency());
    List<String> lines = synthetic.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).endsWith(",synthetic_data");
    assertThat(lines.get(1)).endsWith(",Y");
    assertThat(lines.get(2)).endsWith(",Y");
    try (CaseReader r = CaseFilesTest.open(synthetic, CaseFiles.Form.CSV, CaseFilesTest.options())) {
      List<CaseRecord> records = r.stream().collect(Collectors.toList());
      assertThat(records).allMatch(CaseRecord::isAccepted);
      assertThat(records.get(1).getProtectionCase()).contains(CaseFilesTest.emergency());
      assertThat(r.getFileIssues()).isEmpty();
      assertThat(r.isSyntheticData()).isTrue();
    }
    String real = csv(false, CaseFilesTest.complete());
    assertThat(real).doesNotContain("synthetic_data");
    try (CaseReader r = CaseFilesTest.open(real, CaseFiles.Form.CSV, CaseFilesTest.options())) {
      assertThat(r.stream().filter(CaseRecord::isAccepted).count()).isEqualTo(1);
      assertThat(r.isSyntheticData()).isFalse();
    }
    // a yes in any row marks the file; a value that is no yes or no rejects its row, and the others are read
    String mixed = "case_id,received_at,source,synthetic_data\nQV-1,2024-03-01T09:30+07:00,FAMILY,\n"
        + "QV-2,2024-03-01T09:30+07:00,FAMILY,maybe\nQV-3,2024-03-01T09:30+07:00,FAMILY,có\n";
    try (CaseReader r = CaseFilesTest.open(mixed, CaseFiles.Form.CSV, CaseFilesTest.options())) {
      List<CaseRecord> records = r.stream().collect(Collectors.toList());
      assertThat(records).extracting(CaseRecord::isAccepted).containsExactly(true, false, true);
      assertThat(CaseFilesTest.codes(records.get(1))).containsExactly("CASE_CSV_INVALID_VALUE");
      assertThat(records.get(1).getIssues().get(0).getMessageEn()).doesNotContain("maybe");
      assertThat(r.isSyntheticData()).isTrue();
    }
  }

  @Test
  void aRegisterReaderRefusesACaseFileAndACaseReaderARegister() throws Exception {
    String cases = jsonLines(true, CaseFilesTest.complete());
    try (RegisterReader r = Registers.open(new ByteArrayInputStream(cases.getBytes(StandardCharsets.UTF_8)),
        ReadOptions.builder().reportingYear(2024).fileName("cases.jsonl").build())) {
      assertThat(r.next()).isEmpty();
      assertThat(r.getFileIssues()).extracting(Issue::getCode).containsExactly("JSON_NOT_A_REGISTER");
      assertThat(r.isSyntheticData()).isFalse();
    }
  }
}

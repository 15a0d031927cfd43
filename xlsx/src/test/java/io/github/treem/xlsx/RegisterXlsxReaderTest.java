package io.github.treem.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvReader;
import io.github.treem.io.csv.RegisterCsvWriter;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterXlsxReaderTest {
  @TempDir
  Path dir;

  static final ReadOptions STRICT = ReadOptions.builder().reportingYear(2020).fileName("so.xlsx").build();
  static final ReadOptions LENIENT = ReadOptions.builder().from(STRICT).mode(ReadMode.LENIENT).build();

  record Read(List<Issue> fileIssues, List<RegisterRecord> records, DataQuality stats) {
    List<Child> children() {
      return accepted(this);
    }

    RegisterRecord row(long line) {
      return records.stream().filter(r -> r.getLine() == line).findFirst().orElseThrow();
    }
  }

  static Read read(RegisterReader r) {
    try (r) {
      List<RegisterRecord> records = new ArrayList<>();
      Optional<RegisterRecord> rec;
      while ((rec = r.next()).isPresent()) {
        records.add(rec.get());
      }
      return new Read(List.copyOf(r.getFileIssues()), records, r.getStats());
    }
  }

  static Read read(byte[] workbook, ReadOptions options) {
    return read(RegisterXlsxReader.open(new ByteArrayInputStream(workbook), options, WorkbookReadOptions.defaults()));
  }

  static String where(Issue i) {
    return i.getCode() + "@" + i.getLocation().getLine().orElse(0) + ":" + i.getLocation().getColumn().orElse("");
  }

  /** The officer's workbook: a title above the header, Vietnamese headers, dates as dates and text. */
  @Test
  void anOfficersWorkbookSavedByLibreOffice() throws IOException {
    Path file = dir.resolve("so-tre-em.xlsx");
    Files.write(file, WorkbookReaderTest.fixture("register-officer-libreoffice.xlsx"));
    Read r = read(RegisterXlsxReader.open(file, ReadOptions.of(2020), WorkbookReadOptions.defaults()));

    assertThat(r.fileIssues()).extracting(RegisterXlsxReaderTest::where)
        .containsExactly("CSV_UNKNOWN_COLUMN@3:Sổ trẻ em!I3", "CSV_UNKNOWN_COLUMN@3:Sổ trẻ em!M3");
    assertThat(r.fileIssues().get(0).getMessageEn()).isEqualTo(
        "Unknown column, ignored (column Chiều cao); did you mean the column \"Chiều cao cm\" (length_height_cm / chieu_cao_cm)?");
    assertThat(r.fileIssues().get(0).getMessageVi())
        .endsWith("có phải là cột \"Chiều cao cm\" (length_height_cm / chieu_cao_cm)?");
    assertThat(r.fileIssues().get(0).getLocation().getFile()).contains("so-tre-em.xlsx");
    assertThat(r.fileIssues().get(1).getMessageEn()).isEqualTo("Unknown column, ignored (column Ghi chú)");

    assertThat(r.records()).extracting(RegisterRecord::getLine).containsExactly(4L, 5L, 7L, 8L, 9L);
    assertThat(r.stats()).isEqualTo(DataQuality.of(5, 2, 3, false));

    Child a = r.row(4).getChild().orElseThrow();
    assertThat(a.getId()).isEqualTo("TE0001");
    assertThat(a.getFullName()).contains("Nguyễn Thị Ánh Tuyết");
    assertThat(a.getDateOfBirth()).contains(LocalDate.of(2016, 3, 14));
    assertThat(a.getCommuneCode().orElseThrow().getCode()).isEqualTo("07030");
    assertThat(a.getMeasurements().get(0).getMeasuredOn()).isEqualTo(LocalDate.of(2020, 5, 10));
    assertThat(a.getMeasurements().get(0).getWeightKg().getAsDouble()).isEqualTo(17.5);
    assertThat(a.getEnrolments().get(0).getLevel()).isEqualTo(SchoolLevel.KINDERGARTEN);
    assertThat(a.getSafetySkills().get(0).getCanSwim()).contains(true);

    Child b = r.row(5).getChild().orElseThrow();
    assertThat(b.getDateOfBirth()).as("a date typed as text").contains(LocalDate.of(2018, 6, 5));
    assertThat(b.getMeasurements().get(0).getWeightKg().getAsDouble()).as("a decimal comma").isEqualTo(12.4);
    assertThat(b.getSafetySkills().get(0).getCanSwim()).contains(false);

    assertThat(r.row(7).getIssues()).extracting(RegisterXlsxReaderTest::where)
        .containsExactly("WORKBOOK_CELL_ERROR@7:Sổ trẻ em!H7");
    assertThat(r.row(7).getIssues().get(0).getMessageEn()).contains("(column weight_kg)");
    assertThat(r.row(8).getIssues()).extracting(RegisterXlsxReaderTest::where)
        .containsExactly("DUPLICATE_CHILD_ID@8:Sổ trẻ em!A8");
    assertThat(r.row(9).getIssues()).extracting(RegisterXlsxReaderTest::where)
        .containsExactly("INVALID_DATE@9:Sổ trẻ em!D9");
    assertThat(r.row(9).getIssues().get(0).getMessageEn()).contains("(column date_of_birth)");
  }

  @Test
  void lenientDropsAnErrorCellToMissingWithAWarning() throws IOException {
    Read r = read(WorkbookReaderTest.fixture("register-officer-libreoffice.xlsx"), LENIENT);
    RegisterRecord row7 = r.row(7);
    assertThat(row7.isAccepted()).isTrue();
    assertThat(row7.getIssues()).extracting(Issue::getSeverity).containsExactly(Severity.WARNING);
    assertThat(row7.getChild().orElseThrow().getMeasurements().get(0).getWeightKg()).isEmpty();
    assertThat(r.row(8).isAccepted()).as("a duplicate identifier is never dropped").isFalse();
  }

  @Test
  void registersOpenReadsWorkbooksByTheirContent() throws IOException {
    Path file = dir.resolve("no-extension");
    Files.write(file, WorkbookReaderTest.fixture("register-officer-libreoffice.xlsx"));
    Read r = read(Registers.open(file, ReadOptions.of(2020)));
    assertThat(r.stats()).isEqualTo(DataQuality.of(5, 2, 3, false));
    assertThat(r.fileIssues().get(0).getLocation().getFile()).contains("no-extension");
  }

  @Test
  void oldAndEncryptedWorkbooksGetOneFileIssueAndNoRecord() throws IOException {
    for (String[] c : new String[][] {{"register-libreoffice.xls", "WORKBOOK_XLS"},
        {"register-password.xlsx", "WORKBOOK_ENCRYPTED"}}) {
      Read r = read(Registers.open(new ByteArrayInputStream(WorkbookReaderTest.fixture(c[0])), STRICT));
      assertThat(r.records()).isEmpty();
      assertThat(r.fileIssues()).extracting(Issue::getCode).containsExactly(c[1]);
      assertThat(r.fileIssues().get(0).getMessageEn()).contains("(*.xlsx)");
      assertThat(r.stats()).isEqualTo(DataQuality.of(0, 0, 0, true));
    }
  }

  @Test
  void aFormulaWithoutASavedValueIsABadValueOfItsColumn() throws IOException {
    String sheet = "<row r=\"1\">" + Workbooks.is("A1", "child_id") + Workbooks.is("B1", "sex")
        + Workbooks.is("C1", "date_of_birth") + Workbooks.is("D1", "weight_kg") + Workbooks.is("E1", "note") + "</row>"
        + "<row r=\"2\">" + Workbooks.is("A2", "T1") + Workbooks.is("B2", "F") + Workbooks.is("C2", "2018-01-02")
        + "<c r=\"D2\"><f>E2*2</f></c>" + "<c r=\"E2\"><f>1/0</f></c></row>"
        + "<row r=\"3\">" + Workbooks.is("A3", "T2") + Workbooks.is("B3", "M") + Workbooks.is("C3", "2018-01-02")
        + "<c r=\"D3\"><v>12.5</v></c>" + Workbooks.is("G3", "stray") + "</row>";
    byte[] wb = Workbooks.of(sheet, null, false);
    Read strict = read(wb, STRICT);
    assertThat(strict.row(2).getIssues()).extracting(RegisterXlsxReaderTest::where)
        .as("the formula of the unknown column E is ignored with it")
        .containsExactly("WORKBOOK_FORMULA_WITHOUT_VALUE@2:S!D2");
    assertThat(strict.row(2).isAccepted()).isFalse();
    assertThat(strict.row(3).getIssues()).extracting(RegisterXlsxReaderTest::where)
        .containsExactly("CSV_TOO_MANY_FIELDS@3:S!G3", "MEASUREMENT_WITHOUT_DATE@3:measured_on");
    assertThat(strict.stats()).isEqualTo(DataQuality.of(2, 0, 2, false));
    Read lenient = read(wb, LENIENT);
    assertThat(lenient.stats()).isEqualTo(DataQuality.of(2, 2, 0, false));
    assertThat(lenient.row(3).getChild().orElseThrow().getMeasurements()).isEmpty();
  }

  @Test
  void theReadOptionsSheetIsReadThroughRegistersAndWorkbookOptionsWin() throws IOException {
    byte[] wb = WorkbookReaderTest.fixture("register-libreoffice.xlsx");
    ReadOptions second = ReadOptions.builder().from(STRICT).sheet("2").build();
    Read notes = read(Registers.open(new ByteArrayInputStream(wb), second));
    assertThat(notes.fileIssues()).extracting(Issue::getCode).contains("CSV_MISSING_COLUMN");
    assertThat(notes.fileIssues().get(0).getLocation().getColumn()).hasValueSatisfying(c -> assertThat(c)
        .startsWith("Ghi chú!"));
    Read register = read(RegisterXlsxReader.open(new ByteArrayInputStream(wb), second,
        WorkbookReadOptions.builder().sheetName("Sổ trẻ em").build()));
    assertThat(register.stats().getRowsAccepted()).isPositive();
    Read missing = read(Registers.open(new ByteArrayInputStream(wb),
        ReadOptions.builder().from(STRICT).sheet("Trẻ em").build()));
    assertThat(missing.fileIssues()).singleElement().satisfies(i -> {
      assertThat(i.getCode()).isEqualTo("WORKBOOK_SHEET_NOT_FOUND");
      assertThat(i.getMessageVi()).contains("Sổ trẻ em, Ghi chú");
    });
    assertThat(missing.stats().isMalformed()).isTrue();
  }

  @Test
  void aMissingRequiredColumnRejectsEveryRowAndSaysItsNames() throws IOException {
    String sheet = "<row r=\"1\">" + Workbooks.is("A1", "child_id") + Workbooks.is("B1", "sex")
        + Workbooks.is("C1", "Ngay sinh nhat") + "</row>"
        + "<row r=\"2\">" + Workbooks.is("A2", "T1") + Workbooks.is("B2", "F") + Workbooks.is("C2", "2018-01-02")
        + "</row>";
    Read r = read(Workbooks.of(sheet, null, false), STRICT);
    assertThat(r.fileIssues()).extracting(RegisterXlsxReaderTest::where)
        .containsExactly("CSV_UNKNOWN_COLUMN@1:S!C1", "CSV_MISSING_COLUMN@1:date_of_birth");
    assertThat(r.fileIssues().get(0).getMessageEn())
        .endsWith("did you mean the column \"Ngày sinh\" (date_of_birth / ngay_sinh)?");
    assertThat(r.fileIssues().get(1).getMessageVi())
        .endsWith("tiêu đề có thể là \"Ngày sinh\", ngay_sinh hoặc date_of_birth");
    assertThat(r.stats()).isEqualTo(DataQuality.of(1, 0, 1, true));
  }

  @Test
  void cellsTypedInATcvn3FontAreReadWithTheReadsEncoding() throws IOException {
    // "NguyÔn V¨n An" is what a Western font shows for "Nguyễn Văn An" typed in .VnTime (TCVN3)
    String sheet = "<row r=\"1\">" + Workbooks.is("A1", "child_id") + Workbooks.is("B1", "sex")
        + Workbooks.is("C1", "date_of_birth") + Workbooks.is("D1", "full_name") + "</row>"
        + "<row r=\"2\">" + Workbooks.is("A2", "T1") + Workbooks.is("B2", "M") + Workbooks.is("C2", "2018-01-02")
        + Workbooks.is("D2", "NguyÔn V¨n An") + "</row>";
    ReadOptions tcvn3 = ReadOptions.builder().from(STRICT).textEncoding(io.github.treem.io.TextEncoding.TCVN3).build();
    Read r = read(Registers.open(new ByteArrayInputStream(Workbooks.of(sheet, null, false)), tcvn3));
    assertThat(r.children()).extracting(c -> c.getFullName().orElseThrow()).containsExactly("Nguyễn Văn An");
  }

  @Test
  void anEmptySheetIsAnEmptyFile() throws IOException {
    Read r = read(Workbooks.of("", null, false), STRICT);
    assertThat(r.fileIssues()).extracting(Issue::getCode).containsExactly("CSV_EMPTY_FILE");
    assertThat(r.stats()).isEqualTo(DataQuality.of(0, 0, 0, true));
  }

  /** CSV → xlsx → CSV loses nothing: the CSV written from the workbook is the CSV written from the children. */
  @Test
  void csvToWorkbookToCsvLosesNothing() {
    List<Child> children = CommuneGenerator.builder().seed(1818).year(2020).children(500).errorRate(0).build()
        .stream().collect(Collectors.toList());
    byte[] csv = csv(children);
    List<Child> fromCsv = accepted(read(RegisterCsvReader.open(new ByteArrayInputStream(csv), STRICT)));
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (RegisterXlsxWriter w = RegisterXlsxWriter.open(xlsx, WorkbookWriteOptions.of(2020))) {
      fromCsv.forEach(w::write);
    }
    Read back = read(xlsx.toByteArray(), STRICT);
    assertThat(back.fileIssues()).isEmpty();
    assertThat(back.stats()).isEqualTo(DataQuality.of(fromCsv.size(), fromCsv.size(), 0, false));
    List<Child> fromXlsx = accepted(back);
    assertThat(new String(csv(fromXlsx), StandardCharsets.UTF_8)).isEqualTo(new String(csv, StandardCharsets.UTF_8));
    assertThat(fromXlsx).isEqualTo(fromCsv);
  }

  private static List<Child> accepted(Read r) {
    return r.records().stream().map(RegisterRecord::getChild).flatMap(Optional::stream).collect(Collectors.toList());
  }

  private static byte[] csv(List<Child> children) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.of(2020))) {
      children.forEach(w::write);
    }
    return out.toByteArray();
  }
}

package io.github.treem.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.io.TextEncoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {
  @TempDir
  Path dir;

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(WorkbookReaderTest.class.getResourceAsStream("/fixtures/" + name))) {
      return in.readAllBytes();
    }
  }

  static List<WorkbookRow> rows(WorkbookReader r) {
    List<WorkbookRow> rows = new ArrayList<>();
    Optional<WorkbookRow> row;
    while ((row = r.next()).isPresent()) {
      rows.add(row.get());
    }
    return rows;
  }

  static List<WorkbookRow> read(byte[] workbook, WorkbookReadOptions options) {
    try (WorkbookReader r = WorkbookReader.open(new ByteArrayInputStream(workbook), options)) {
      return rows(r);
    }
  }

  static WorkbookException refused(byte[] workbook, WorkbookReadOptions options) {
    try {
      read(workbook, options);
    } catch (WorkbookException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aRegisterSavedByLibreOfficeCalc() throws IOException {
    Path file = dir.resolve("so-tre-em.xlsx");
    Files.write(file, fixture("register-libreoffice.xlsx"));
    try (WorkbookReader r = WorkbookReader.open(file, WorkbookReadOptions.defaults())) {
      assertThat(r.getSheetName()).isEqualTo("Sổ trẻ em");
      assertThat(r.getSheetNames()).containsExactly("Sổ trẻ em", "Ghi chú");
      assertThat(r.isDate1904()).isFalse();
      List<WorkbookRow> rows = rows(r);
      assertThat(rows).hasSize(4);
      assertThat(rows.get(0).cells()).extracting(WorkbookCell::text).containsExactly("child_id", "full_name", "sex",
          "date_of_birth", "commune_code", "village", "measured_on", "weight_kg", "length_height_cm", "grade");
      WorkbookRow first = rows.get(1);
      assertThat(first.number()).isEqualTo(2);
      assertThat(first.cells().get(1)).extracting(WorkbookCell::kind, WorkbookCell::text)
          .containsExactly(CellKind.TEXT, "Nguyễn Thị Ánh Tuyết");
      assertThat(first.cells().get(3)).extracting(WorkbookCell::kind, WorkbookCell::text)
          .containsExactly(CellKind.DATE, "2019-03-14");
      assertThat(first.cells().get(3).reference()).hasToString("Sổ trẻ em!D2");
      assertThat(first.text(4)).isEqualTo("07030"); // a code typed as text keeps its zero
      assertThat(first.cells().get(7)).extracting(WorkbookCell::kind, WorkbookCell::text)
          .containsExactly(CellKind.NUMBER, "11.2"); // shown "11,2" by a Vietnamese Calc
      assertThat(first.cells()).hasSize(9); // J2 is empty
      WorkbookRow second = rows.get(2);
      assertThat(second.cells().get(3)).extracting(WorkbookCell::kind, WorkbookCell::text)
          .containsExactly(CellKind.TEXT, "02/11/2016"); // a date typed as text stays text
      assertThat(second.text(7)).isEqualTo("16,8"); // a decimal comma typed as text stays text
      assertThat(second.cells().get(8)).extracting(WorkbookCell::kind, WorkbookCell::text)
          .containsExactly(CellKind.NUMBER, "105"); // =I2+20.5, its saved value
      assertThat(second.cells().get(9)).extracting(WorkbookCell::kind, WorkbookCell::text)
          .containsExactly(CellKind.NUMBER, "1");
      assertThat(rows.get(3).cells().get(5)).extracting(WorkbookCell::kind, WorkbookCell::text)
          .containsExactly(CellKind.TEXT, "Làng Quỳnh Đôi"); // a text formula's saved value
      assertThat(rows).allSatisfy(row -> assertThat(row.issues()).isEmpty());
      assertThat(r.getIssues()).isEmpty();
    }
  }

  @Test
  void aNamedSheetAndAMissingOne() throws IOException {
    WorkbookReadOptions notes = WorkbookReadOptions.builder().sheetName("ghi chú").build();
    assertThat(read(fixture("register-libreoffice.xlsx"), notes)).singleElement()
        .satisfies(row -> assertThat(row.cells().get(0).reference()).hasToString("Ghi chú!A1"));
    WorkbookException e = refused(fixture("register-libreoffice.xlsx"),
        WorkbookReadOptions.builder().sheetName("Trẻ em").fileName("xa.xlsx").build());
    assertThat(e.getIssue().getCode()).isEqualTo("WORKBOOK_SHEET_NOT_FOUND");
    assertThat(e.getIssue().getMessageEn()).contains("Sổ trẻ em, Ghi chú");
    assertThat(e.getIssue().getLocation().getFile()).contains("xa.xlsx");
  }

  @Test
  void aSheetByItsPositionWhenNoSheetHasThatName() throws IOException {
    assertThat(read(fixture("register-libreoffice.xlsx"), WorkbookReadOptions.builder().sheetName("2").build()))
        .singleElement().satisfies(row -> assertThat(row.cells().get(0).reference()).hasToString("Ghi chú!A1"));
    assertThat(read(fixture("register-libreoffice.xlsx"), WorkbookReadOptions.builder().sheetName(" 1 ").build()))
        .first().satisfies(row -> assertThat(row.cells().get(0).reference()).hasToString("Sổ trẻ em!A1"));
    for (String none : new String[] {"0", "3", "99999999999"}) {
      WorkbookException e = refused(fixture("register-libreoffice.xlsx"),
          WorkbookReadOptions.builder().sheetName(none).build());
      assertThat(e.getIssue().getCode()).as(none).isEqualTo("WORKBOOK_SHEET_NOT_FOUND");
      assertThat(e.getIssue().getMessageEn()).contains("Sổ trẻ em, Ghi chú");
    }
  }

  @Test
  void oldAndEncryptedWorkbooksAreRefusedWithHowToSaveThem() throws IOException {
    WorkbookException xls = refused(fixture("register-libreoffice.xls"), WorkbookReadOptions.defaults());
    assertThat(xls.getCode()).isEqualTo("WORKBOOK_XLS");
    assertThat(xls.getIssue().getMessageVi()).contains("Lưu thành", ".xlsx");
    WorkbookException encrypted = refused(fixture("register-password.xlsx"), WorkbookReadOptions.defaults());
    assertThat(encrypted.getCode()).isEqualTo("WORKBOOK_ENCRYPTED");
    assertThat(encrypted.getIssue().getMessageEn()).contains("Encrypt with Password");
    assertThat(refused("child_id,sex\nA,F\n".getBytes(StandardCharsets.UTF_8), WorkbookReadOptions.defaults())
        .getCode()).isEqualTo("WORKBOOK_NOT_A_WORKBOOK");
    assertThat(refused(new byte[0], WorkbookReadOptions.defaults()).getCode()).isEqualTo("WORKBOOK_NOT_A_WORKBOOK");
    byte[] xml2003 = ("<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"
        + "</Workbook>").getBytes(StandardCharsets.UTF_8);
    assertThat(refused(xml2003, WorkbookReadOptions.defaults()).getCode()).isEqualTo("WORKBOOK_XML_SPREADSHEET");
  }

  @Test
  void datesInBothSystemsNumbersBooleansErrorsAndFormulasWithoutValue() throws IOException {
    String sheet = "<row r=\"1\">" + Workbooks.is("A1", "a")
        + "<c r=\"B1\" s=\"1\"><v>43538</v></c>" // dd/mm/yyyy, 1900 system: 2019-03-14
        + "<c r=\"C1\" s=\"2\"><v>43538.5</v></c>" // built-in 14 with a time
        + "<c r=\"D1\"><v>12.300000000000001</v></c>"
        + "<c r=\"E1\" t=\"b\"><v>1</v></c>"
        + "<c r=\"F1\" t=\"e\"><v>#N/A</v></c>"
        + "<c r=\"G1\"><f>1+1</f></c>"
        + "<c r=\"H1\" s=\"1\"><v>60</v></c>" // 29/02/1900, which never was
        + "</row>";
    List<WorkbookRow> rows = read(Workbooks.of(sheet, null, false), WorkbookReadOptions.defaults());
    WorkbookRow r = rows.get(0);
    assertThat(r.cells()).extracting(WorkbookCell::kind).containsExactly(CellKind.TEXT, CellKind.DATE, CellKind.DATE,
        CellKind.NUMBER, CellKind.BOOLEAN, CellKind.ERROR, CellKind.ERROR, CellKind.ERROR);
    assertThat(r.cells()).extracting(WorkbookCell::text).containsExactly("a", "2019-03-14", "2019-03-14T12:00:00",
        "12.3", "TRUE", "#N/A", "", "");
    assertThat(r.issues()).extracting(Issue::getCode).containsExactly("WORKBOOK_CELL_ERROR",
        "WORKBOOK_FORMULA_WITHOUT_VALUE", "WORKBOOK_INVALID_DATE");
    assertThat(r.issues().get(1).getLocation().getColumn()).contains("S!G1");
    List<WorkbookRow> in1904 = read(Workbooks.of("<row r=\"3\"><c r=\"A3\" s=\"1\"><v>42076</v></c></row>", null, true),
        WorkbookReadOptions.defaults());
    assertThat(in1904.get(0).text(0)).isEqualTo("2019-03-14");
  }

  @Test
  void sharedStringsAndLegacyFontText() throws IOException {
    String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + Workbooks.NS + "\" count=\"2\">"
        + "<si><t>NguyÔn Thµnh</t></si><si><t>Nguyeãn Thaønh</t></si></sst>";
    String sheet = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>";
    byte[] wb = Workbooks.of(sheet, sst, false);
    assertThat(read(wb, WorkbookReadOptions.defaults()).get(0).text(0)).isEqualTo("NguyÔn Thµnh");
    assertThat(read(wb, WorkbookReadOptions.builder().textEncoding(TextEncoding.TCVN3).build()).get(0).text(0))
        .isEqualTo("Nguyễn Thành");
    assertThat(read(wb, WorkbookReadOptions.builder().textEncoding(TextEncoding.VNI).build()).get(0).text(1))
        .isEqualTo("Nguyễn Thành");
  }

  @Test
  void columnAndCellLimits() throws IOException {
    String sheet = "<row r=\"1\">" + Workbooks.is("A1", "abcdef") + Workbooks.is("C1", "x") + Workbooks.is("D1", "y")
        + "</row>";
    WorkbookReadOptions small = WorkbookReadOptions.builder().maxColumns(3).maxCellLength(5).build();
    WorkbookRow r = read(Workbooks.of(sheet, null, false), small).get(0);
    assertThat(r.cells()).extracting(WorkbookCell::kind).containsExactly(CellKind.ERROR, CellKind.EMPTY, CellKind.TEXT);
    assertThat(r.issues()).extracting(Issue::getCode).containsExactly("WORKBOOK_CELL_TOO_LONG",
        "WORKBOOK_TOO_MANY_COLUMNS");
  }

  @Test
  void cellTextIsNeverInToString() throws IOException {
    WorkbookRow r = read(Workbooks.of("<row r=\"1\">" + Workbooks.is("A1", "Nguyễn Văn A") + "</row>", null, false),
        WorkbookReadOptions.defaults()).get(0);
    assertThat(r.toString()).doesNotContain("Nguyễn");
    assertThat(r.cells().get(0).toString()).isEqualTo("S!A1 TEXT");
  }
}

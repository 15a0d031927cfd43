package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.xlsx.CellKind;
import io.github.treem.xlsx.ReportXlsxWriter;
import io.github.treem.xlsx.WorkbookReadOptions;
import io.github.treem.xlsx.WorkbookReader;
import io.github.treem.xlsx.WorkbookRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code treem report --format xlsx} and {@code treem convert IN OUT.xlsx}. */
class WorkbookCommandsTest {
  @TempDir Path dir;

  static List<WorkbookRow> rows(Path file, String sheet) {
    List<WorkbookRow> rows = new ArrayList<>();
    try (WorkbookReader r = WorkbookReader.open(file, WorkbookReadOptions.builder().sheetName(sheet).build())) {
      Optional<WorkbookRow> row;
      while ((row = r.next()).isPresent()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  @Test
  void theReportAsAWorkbookHoldsTheFiguresOfTheJsonReport() {
    Path xlsx = dir.resolve("bao-cao.xlsx");
    CliRun run = CliRun.of("report", "--format", "xlsx", "-o", xlsx.toString(), "--lang", "en", "--quiet");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    String json = CliRun.of("report", "--format", "json", "--lang", "en", "--quiet").out();
    List<WorkbookRow> indicators = rows(xlsx, "Indicators");
    assertThat(indicators.get(1).text(0)).contains("SYNTHETIC DATA – not real figures").contains("figure hidden to protect children");
    int checked = 0;
    for (WorkbookRow row : indicators.subList(ReportXlsxWriter.HEADER_ROW, indicators.size())) {
      if (row.text(0).equals("DAYS_TO_PLAN")) {
        // the median days to plan, the JSON's daysToPlan (every state: MedianDaysToPlanOutputsTest)
        Matcher d = Pattern.compile("\"daysToPlan\":\\{\"cases\":(\\d+),\"excluded\":\\d+,\"median\":([0-9.]+),")
            .matcher(json);
        assertThat(d.find()).isTrue();
        assertThat(row.text(3)).isEqualTo(d.group(1));
        assertThat(new java.math.BigDecimal(row.text(5))).isEqualByComparingTo(d.group(2));
        checked++;
        continue;
      }
      Matcher m = Pattern.compile("\\{\"code\":\"" + row.text(0) + "\",[^{]*?\"numerator\":(\\d+|null),\"denominator\":"
          + "(\\d+|null),\"value\":([0-9.]+|null)").matcher(json);
      assertThat(m.find()).as(row.text(0)).isTrue();
      if (m.group(1).equals("null")) {
        // a total hidden by disclosure control (a small sensitive population such as LEGAL_AID's): x
        assertThat(row.text(3)).as(row.text(0)).isEqualTo("x");
        checked++;
        continue;
      }
      assertThat(row.text(3)).isEqualTo(m.group(1));
      assertThat(row.text(4)).isEqualTo(m.group(2).equals("null") ? "" : m.group(2));
      if (!m.group(3).equals("null")) {
        assertThat(row.cells().get(5).kind()).isEqualTo(CellKind.NUMBER);
        assertThat(new java.math.BigDecimal(row.text(5))).isEqualByComparingTo(m.group(3));
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(8);
    assertThat(rows(xlsx, "Targets").size() - ReportXlsxWriter.HEADER_ROW)
        .isEqualTo(Pattern.compile("\\{\"id\":\"").matcher(
            json.substring(json.indexOf("\"targets\":["), json.indexOf("]", json.indexOf("\"targets\":[")))).results().count());
    assertThat(rows(xlsx, "Manifest")).anySatisfy(r -> assertThat(r.text(0)).isEqualTo("syntheticData"));
  }

  @Test
  void aWorkbookNeedsAFileAndAnInternalOneSaysSo() {
    CliRun run = CliRun.of("report", "--format", "xlsx", "--quiet");
    assertThat(run.code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(run.err()).contains("--format xlsx cần -o");
    Path xlsx = dir.resolve("noi-bo.xlsx");
    assertThat(CliRun.of("report", "--format", "xlsx", "-o", xlsx.toString(), "--no-suppression", "--quiet").code())
        .isZero();
    assertThat(rows(xlsx, "Mục tiêu").get(1).text(0)).startsWith("KHÔNG ẩn số nhỏ");
  }

  @Test
  void convertWritesTheRegisterAsAWorkbook() throws Exception {
    Path csv = dir.resolve("so.csv");
    Files.writeString(csv, "child_id,sex,date_of_birth,village,weight_kg,measured_on\n"
        + "1,F,2019-03-14,Thôn 1,11.2,2020-05-01\n"
        + "2,M,2018-13-01,Thôn 2,,\n" // rejected: no such month
        + "3,M,2017-02-02,=SUM(A1),,\n", StandardCharsets.UTF_8);
    Path xlsx = dir.resolve("so.xlsx");
    CliRun run = CliRun.of("convert", csv.toString(), xlsx.toString(), "--lang", "en", "--quiet");
    assertThat(run.code()).isEqualTo(Treem.EXIT_REJECTED);
    assertThat(run.err()).contains("Wrote 2 rows to");
    List<WorkbookRow> rows = rows(xlsx, "Sổ trẻ em");
    assertThat(rows).hasSize(3);
    List<String> header = rows.get(0).cells().stream().map(c -> c.text()).toList();
    WorkbookRow first = rows.get(1);
    assertThat(first.cells().get(header.indexOf("date_of_birth")).kind()).isEqualTo(CellKind.DATE);
    assertThat(first.text(header.indexOf("date_of_birth"))).isEqualTo("2019-03-14");
    assertThat(first.cells().get(header.indexOf("weight_kg")).kind()).isEqualTo(CellKind.NUMBER);
    assertThat(rows.get(2).cells().get(header.indexOf("village")).kind()).isEqualTo(CellKind.TEXT);
    assertThat(rows.get(2).text(header.indexOf("village"))).isEqualTo("=SUM(A1)");
    assertThat(dir.resolve("so.xlsx.rejected.csv")).content(StandardCharsets.UTF_8).contains("2018-13-01");
  }

  @Test
  void validateReportAndConvertReadAWorkbook() throws Exception {
    Path csv = dir.resolve("so.csv");
    Files.writeString(csv, "child_id,sex,date_of_birth,village,weight_kg,measured_on\n"
        + "1,F,2019-03-14,Thôn 1,11.2,2020-05-01\n"
        + "2,M,2018-12-01,Thôn 2,,\n", StandardCharsets.UTF_8);
    Path xlsx = dir.resolve("so.xlsx");
    assertThat(CliRun.of("convert", csv.toString(), xlsx.toString(), "--quiet").code()).isZero();
    CliRun validate = CliRun.of("validate", xlsx.toString(), "--lang", "en", "--quiet");
    assertThat(validate.code()).as(validate.err()).isZero();
    Path back = dir.resolve("back.csv");
    assertThat(CliRun.of("convert", xlsx.toString(), back.toString(), "--quiet").code()).isZero();
    assertThat(Files.readString(back, StandardCharsets.UTF_8)).contains("1,,F,2019-03-14").contains("Thôn 1")
        .contains("11.2");
    CliRun report = CliRun.of("report", "--register", xlsx.toString(), "--format", "json", "--quiet");
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(report.out()).contains("\"rowsRead\":2,\"rowsAccepted\":2");
  }

  /** A workbook as officers keep one: notes on the first sheet, the register on the second. */
  private Path notesThenRegister() throws Exception {
    Path xlsx = dir.resolve("so-hai-trang.xlsx");
    try (java.io.OutputStream out = Files.newOutputStream(xlsx)) {
      org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "treem-test", "1.0");
      org.dhatim.fastexcel.Worksheet notes = wb.newWorksheet("Ghi chú");
      notes.value(0, 0, "Sổ theo dõi trẻ em, thôn 1 và thôn 2");
      org.dhatim.fastexcel.Worksheet register = wb.newWorksheet("Sổ trẻ em");
      String[][] cells = {{"Mã trẻ", "Giới tính", "Ngày sinh", "Thôn"}, {"1", "Nữ", "14/03/2019", "Thôn 1"},
          {"2", "Nam", "01/12/2018", "Thôn 2"}, {"3", "Nam", "02/02/2017", "Thôn 2"}};
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < cells[r].length; c++) {
          register.value(r, c, cells[r][c]);
        }
      }
      wb.finish();
    }
    return xlsx;
  }

  @Test
  void sheetChoosesTheSheetOfAWorkbookByNameOrPosition() throws Exception {
    Path xlsx = notesThenRegister();
    // the first sheet (notes) has no register header
    CliRun first = CliRun.of("validate", xlsx.toString(), "--lang", "en", "--quiet");
    assertThat(first.code()).isNotZero();
    assertThat(first.out() + first.err()).contains("CSV_MISSING_COLUMN");
    for (String sheet : new String[] {"2", "Sổ trẻ em", "SỔ TRẺ EM"}) {
      CliRun named = CliRun.of("validate", xlsx.toString(), "--sheet", sheet, "--lang", "en", "--quiet");
      assertThat(named.code()).as(sheet + ": " + named.out() + named.err()).isZero();
    }
    CliRun report = CliRun.of("report", "--register", xlsx.toString(), "--sheet", "2", "--format", "json", "--quiet");
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(report.out()).contains("\"rowsRead\":3,\"rowsAccepted\":3");
    Path back = dir.resolve("back.csv");
    assertThat(CliRun.of("convert", xlsx.toString(), back.toString(), "--sheet", "Sổ trẻ em", "--quiet").code())
        .isZero();
    assertThat(Files.readString(back, StandardCharsets.UTF_8)).contains("Thôn 2");
  }

  @Test
  void aSheetTheWorkbookHasNotIsACodedErrorListingItsSheets() throws Exception {
    Path xlsx = notesThenRegister();
    for (String sheet : new String[] {"Sheet9", "3", "0"}) {
      CliRun run = CliRun.of("validate", xlsx.toString(), "--sheet", sheet, "--lang", "en", "--quiet");
      assertThat(run.code()).isNotZero();
      assertThat(run.out() + run.err()).contains("WORKBOOK_SHEET_NOT_FOUND").contains("Ghi chú, Sổ trẻ em")
          .doesNotContain("Exception");
    }
    CliRun report = CliRun.of("report", "--register", xlsx.toString(), "--sheet", "Sheet9", "--lang", "vi", "--quiet");
    assertThat(report.code()).isNotZero();
    assertThat(report.err()).contains("WORKBOOK_SHEET_NOT_FOUND").contains("Ghi chú, Sổ trẻ em");
    CliRun blank = CliRun.of("validate", xlsx.toString(), "--sheet", " ", "--quiet");
    assertThat(blank.code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(blank.err()).contains("--sheet");
  }

  @Test
  void anOldExcelFileIsRefusedWithHowToSaveIt() throws Exception {
    Path xls = dir.resolve("so.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0, 0, 0});
    CliRun run = CliRun.of("validate", xls.toString(), "--lang", "en", "--quiet");
    assertThat(run.code()).isNotZero();
    assertThat(run.out() + run.err()).contains("WORKBOOK_").doesNotContain("Exception");
  }

  @Test
  void encodingOptionReadsAUtf16FileWithoutAMarkAndTheDefaultNamesIt() throws Exception {
    Path csv = dir.resolve("utf16.csv");
    Files.write(csv, ("child_id,sex,date_of_birth,full_name,village\n"
        + "1,F,2019-03-14,Nguyễn Thị Ánh,Thôn Đồng Tâm\n"
        + "2,M,2018-12-01,Trần Văn Bình,Thôn Trung\n").getBytes(StandardCharsets.UTF_16LE));
    CliRun plain = CliRun.of("validate", csv.toString(), "--lang", "en", "--quiet");
    assertThat(plain.code()).isNotZero();
    assertThat(plain.out() + plain.err()).contains("TEXT_NOT_UTF8").contains("utf-16").contains("CSV UTF-8");
    CliRun named = CliRun.of("validate", csv.toString(), "--encoding", "utf-16", "--lang", "en", "--quiet");
    assertThat(named.code()).as(named.out() + named.err()).isZero();
    Path out = dir.resolve("utf8.csv");
    assertThat(CliRun.of("convert", csv.toString(), out.toString(), "--encoding", "auto", "--quiet").code()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("Thôn Đồng Tâm");
    // the encoding given, or detected, is in the report's manifest
    CliRun json = CliRun.of("report", "--register", csv.toString(), "--encoding", "utf-16", "--format", "json",
        "--quiet");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"inputEncodings\":{\"utf16.csv\":\"utf-16\"}");
    Path cp1258 = dir.resolve("cu.csv");
    Files.write(cp1258, Files.readString(out, StandardCharsets.UTF_8).replace("\n", "\r\n")
        .getBytes(java.nio.charset.Charset.forName("windows-1258")));
    CliRun auto = CliRun.of("report", "--register", cp1258.toString(), "--encoding", "auto", "--format", "csv",
        "--quiet");
    assertThat(auto.out()).as(auto.err()).contains("manifest,encoding:cu.csv,");
    CliRun table = CliRun.of("report", "--register", csv.toString(), "--encoding", "utf-16", "--lang", "en", "--quiet");
    assertThat(table.out()).contains("input utf16.csv: encoding utf-16");
    CliRun bad = CliRun.of("validate", csv.toString(), "--encoding", "latin-9", "--quiet");
    assertThat(bad.code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(bad.err()).contains("--encoding must be");
  }
}

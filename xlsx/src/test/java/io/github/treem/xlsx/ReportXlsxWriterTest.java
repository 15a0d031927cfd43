package io.github.treem.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Publication;
import io.github.treem.indicators.ValueFormat;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.report.ReportDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The report workbook read back by FastExcel's reader (treem's {@link WorkbookReader}) and by
 * Apache POI: the sheets, the cells' kinds and values, the shown figures (POI's formatter renders
 * a cell as Excel does), hidden figures, no formula anywhere, frozen headers and widths.
 */
class ReportXlsxWriterTest {

  /** Every sheet of a workbook as FastExcel reads it: rows of cells. */
  static Map<String, List<WorkbookRow>> readAll(byte[] xlsx) {
    Map<String, List<WorkbookRow>> sheets = new LinkedHashMap<>();
    List<String> names;
    try (WorkbookReader r = WorkbookReader.open(new ByteArrayInputStream(xlsx), WorkbookReadOptions.defaults())) {
      names = r.getSheetNames();
    }
    for (String name : names) {
      try (WorkbookReader r = WorkbookReader.open(new ByteArrayInputStream(xlsx),
          WorkbookReadOptions.builder().sheetName(name).build())) {
        List<WorkbookRow> rows = new ArrayList<>();
        Optional<WorkbookRow> row;
        while ((row = r.next()).isPresent()) {
          assertThat(row.get().issues()).isEmpty();
          rows.add(row.get());
        }
        assertThat(r.getIssues()).isEmpty();
        sheets.put(name, rows);
      }
    }
    return sheets;
  }

  /** The data rows of a sheet (after the header), by the text of their first cells. */
  static WorkbookRow row(List<WorkbookRow> rows, String... first) {
    return rows.stream().filter(r -> r.number() > ReportXlsxWriter.HEADER_ROW).filter(r -> {
      for (int i = 0; i < first.length; i++) {
        if (!r.text(i).equals(first[i])) {
          return false;
        }
      }
      return true;
    }).findFirst().orElseThrow(() -> new AssertionError("no row " + List.of(first)));
  }

  static WorkbookCell cell(WorkbookRow row, int column) {
    return row.cells().stream().filter(c -> c.reference().column() == column).findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + column + " in row " + row.number()));
  }

  @Test
  void theSheetsAndTheirFiguresReadBackByFastExcel() {
    Publication p = ReportFixtures.edges();
    Map<String, List<WorkbookRow>> sheets = readAll(ReportXlsxWriter.of(p).withManifest(ReportFixtures.manifest())
        .toBytes());
    assertThat(sheets.keySet()).containsExactly("Mục tiêu", "Chỉ tiêu", "HI_U6", "UNDERWEIGHT_U5",
        "SPECIAL_CIRCUMSTANCES", "Loại trừ", "Chất lượng dữ liệu", "Nguồn");
    // every sheet: title, the note of hidden figures, the header in row 3
    sheets.forEach((name, rows) -> {
      assertThat(rows.get(0).number()).isEqualTo(1);
      assertThat(rows.get(0).text(0)).startsWith("Báo cáo chỉ tiêu trẻ em năm 2020 (ngày tham chiếu 31/12/2020)");
      assertThat(rows.get(1).text(0)).as(name).contains(DisclosureControl.NOTE_VI).doesNotContain("tổng hợp");
      assertThat(rows.get(2).number()).isEqualTo(ReportXlsxWriter.HEADER_ROW);
    });

    List<WorkbookRow> targets = sheets.get("Mục tiêu");
    assertThat(targets.get(2).cells()).extracting(WorkbookCell::text).containsExactly("Mã mục tiêu", "Mã chỉ tiêu",
        "Chỉ tiêu", "Điều kiện", "Ngưỡng", "Giá trị", "Tử số", "Mẫu số", "Đánh giá", "Chênh lệch", "Mã đánh giá", "Lưu ý");
    WorkbookRow t1 = row(targets, "T1");
    // HI_U6 measures less than the plan's sentence: its caveat from the indicator's definition
    assertThat(t1.cells()).extracting(WorkbookCell::text).containsExactly("T1", "HI_U6",
        "Trẻ em dưới 6 tuổi có thẻ BHYT", "≥ ít nhất", "100", "99.99", "19999", "20000", "không đạt", "-0.01",
        "NOT_MET", io.github.treem.indicators.Indicators.HI_U6.getCaveatVi().orElseThrow());
    assertThat(cell(t1, 5).kind()).isEqualTo(CellKind.NUMBER);
    WorkbookRow t2 = row(targets, "T2");
    assertThat(t2.text(5)).isEqualTo("9.01"); // 9.001 < 9 is not met: never shown 9.00
    assertThat(t2.text(9)).isEqualTo("0.01");
    WorkbookRow t3 = row(targets, "T3");
    assertThat(t3.text(5)).isEqualTo("2345");
    assertThat(t3.text(7)).as("no denominator of a count").isEmpty();
    assertThat(t3.text(10)).isEqualTo("MET");

    List<WorkbookRow> hi = sheets.get("HI_U6");
    assertThat(row(hi, "Tổng", "total").cells()).extracting(WorkbookCell::text)
        .containsExactly("Tổng", "total", "", "19999", "20000", "99.99", "có số liệu");
    WorkbookRow formula = row(hi, "thôn", "village", "=HYPERLINK(\"http://x\")");
    assertThat(cell(formula, 2).kind()).isEqualTo(CellKind.TEXT);
    assertThat(formula.text(5)).isEqualTo("99.99");
    WorkbookRow dd = row(hi, "nhóm hoàn cảnh đặc biệt", "group", "DD");
    assertThat(dd.cells().subList(3, 7)).extracting(WorkbookCell::kind, WorkbookCell::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CellKind.TEXT, "x"), org.assertj.core.groups.Tuple.tuple(CellKind.TEXT, "x"),
        org.assertj.core.groups.Tuple.tuple(CellKind.TEXT, "x"), org.assertj.core.groups.Tuple.tuple(CellKind.TEXT, "ẩn"));
    List<WorkbookRow> uw = sheets.get("UNDERWEIGHT_U5");
    assertThat(row(uw, "giới tính", "sex", "FEMALE").text(5)).isEqualTo("12.5"); // the number 12.50, shown 12.50 below
    assertThat(row(uw, "Tổng").text(5)).isEqualTo("9.01");

    List<WorkbookRow> exclusions = sheets.get("Loại trừ");
    assertThat(row(exclusions, "HI_U6", "Trẻ em dưới 6 tuổi có thẻ BHYT", "MISSING_DOB").text(4)).isEqualTo("3");
    assertThat(row(exclusions, "UNDERWEIGHT_U5").text(3)).isEqualTo("không được cân đo trong năm");
    List<WorkbookRow> quality = sheets.get("Chất lượng dữ liệu");
    assertThat(row(quality, "rowsRead").text(2)).isEqualTo("122350");
    assertThat(row(quality, "rowsRejected").text(2)).isEqualTo("5");
    List<WorkbookRow> manifest = sheets.get("Nguồn");
    // the version marker of this output, first (issue 13)
    WorkbookRow firstData = manifest.stream().filter(r -> r.number() > ReportXlsxWriter.HEADER_ROW).findFirst().orElseThrow();
    assertThat(firstData.text(0)).isEqualTo("format");
    assertThat(firstData.text(1)).isEqualTo("treem-report-workbook");
    assertThat(row(manifest, "version").text(1)).isEqualTo("1");
    assertThat(row(manifest, "treem").text(1)).isEqualTo("0.2.0-test");
    assertThat(row(manifest, "suppressed").text(1)).isEqualTo("true");
    assertThat(row(manifest, "syntheticData").text(1)).isEqualTo("false");
    assertThat(row(manifest, "input xã-a.csv (sha256)").text(1)).isEqualTo("a".repeat(64));
    assertThat(cell(row(manifest, "option note"), 1).kind()).isEqualTo(CellKind.TEXT); // "=1+1", never a formula
  }

  @Test
  void poiSeesNumbersAsNumbersShownAsValueFormatShowsThemAndNoFormula() throws IOException {
    Publication p = ReportFixtures.commune();
    byte[] bytes = ReportXlsxWriter.of(p).withLanguage(Language.EN).toBytes();
    DataFormatter shown = new DataFormatter(Locale.ROOT);
    int rates = 0;
    int hidden = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Targets");
      for (Sheet s : wb) {
        assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
        assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) ReportXlsxWriter.HEADER_ROW);
        assertThat(s.getColumnWidth(0)).as("a width set from the content").isGreaterThan(8 * 256 - 1);
        assertThat(wb.getFontAt(s.getRow(ReportXlsxWriter.HEADER_ROW - 1).getCell(0).getCellStyle().getFontIndex())
            .getBold()).as("a bold header").isTrue();
        for (Row r : s) {
          for (Cell c : r) {
            assertThat(c.getCellType()).as("%s!%s", s.getSheetName(), c.getAddress()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
      for (IndicatorResult r : p.report().getResults()) {
        Sheet s = wb.getSheet(r.getCode());
        ValueFormat f = p.format(r);
        Map<String, Row> byKey = new LinkedHashMap<>();
        for (int i = ReportXlsxWriter.HEADER_ROW; i <= s.getLastRowNum(); i++) {
          Row row = s.getRow(i);
          byKey.put(row.getCell(1).getStringCellValue() + "/" + (row.getCell(2) == null ? "" : row.getCell(2)
              .getStringCellValue()), row);
        }
        Row total = byKey.get("total/");
        assertThat(total.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat((long) total.getCell(3).getNumericCellValue()).isEqualTo(r.getNumerator());
        if (f.format(r).isPresent()) {
          assertThat(shown.formatCellValue(total.getCell(5))).isEqualTo(f.format(r).get().toPlainString());
        }
        for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
          for (BreakdownCell c : d.getValue()) {
            Row row = byKey.get(d.getKey().getKey() + "/" + c.getKey());
            assertThat(row).as("%s %s %s", r.getCode(), d.getKey(), c.getKey()).isNotNull();
            if (c.getState() == ValueState.SUPPRESSED) {
              assertThat(row.getCell(3).getStringCellValue()).isEqualTo("x");
              assertThat(row.getCell(5).getStringCellValue()).isEqualTo("x");
              hidden++;
            } else if (c.getState() == ValueState.VALUE) {
              Cell v = row.getCell(5);
              assertThat(v.getCellType()).isEqualTo(CellType.NUMERIC);
              // what Excel shows is what ValueFormat decided, digit for digit
              assertThat(shown.formatCellValue(v)).isEqualTo(f.format(c).orElseThrow().toPlainString());
              assertThat(BigDecimal.valueOf(v.getNumericCellValue())).isEqualByComparingTo(f.format(c).orElseThrow());
              assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(c.getNumerator().getAsLong());
              rates++;
            } else {
              assertThat(row.getCell(5)).as("no value: an empty cell").isNull();
            }
          }
        }
      }
      Sheet targets = wb.getSheet("Targets");
      assertThat(targets.getLastRowNum()).isEqualTo(ReportXlsxWriter.HEADER_ROW + p.assessments().size() - 1);
    }
    assertThat(rates).isGreaterThan(20);
    assertThat(hidden).as("the generated commune has hidden group cells").isGreaterThan(0);
  }

  @Test
  void anUnsuppressedReportIsWrittenOnlyWhenAskedForByName() {
    Publication p = ReportFixtures.edges();
    ReportDocument internal = ReportDocument.of(ReportFixtures.commune().report(), List.of());
    // the same figures in a report not marked suppressed
    ReportDocument unsuppressed = ReportDocument.of(io.github.treem.indicators.IndicatorReport.of(2020,
        ReportFixtures.REF, p.report().getResults()), p.assessments());
    assertThatThrownBy(() -> ReportXlsxWriter.of(unsuppressed)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("TREEM-XLSX-0004").hasMessageContaining("unsuppressedForInternalUse");
    assertThat(ReportXlsxWriter.of(internal).toBytes()).isNotEmpty();
    Map<String, List<WorkbookRow>> sheets = readAll(ReportXlsxWriter.unsuppressedForInternalUse(unsuppressed)
        .withLanguage(Language.EN).withSyntheticData(true).toBytes());
    assertThat(sheets.get("Indicators").get(1).text(0)).startsWith("NOT suppressed: internal use only")
        .contains(io.github.treem.indicators.ReportManifest.SYNTHETIC_EN);
    assertThat(row(sheets.get("Manifest"), "suppressed").text(1)).isEqualTo("false");
    assertThat(row(sheets.get("Manifest"), "syntheticData").text(1)).isEqualTo("true");
  }

  @Test
  void theMedianDaysToPlanIsARowOfTheIndicatorsAndExclusionsSheets() throws IOException {
    // 2, 3, 3, 4, 4, 5 days (3.5, six cases), three excluded: the counts are hidden, the median is not
    io.github.treem.indicators.cases.MedianDaysToPlan m = io.github.treem.indicators.cases.MedianDaysToPlan.published(
        io.github.treem.indicators.cases.DayHistogram.of(0, 0, 1, 2, 2, 1), 3,
        io.github.treem.indicators.DisclosureRule.DEFAULT);
    ReportDocument doc = ReportDocument.builder().from(ReportDocument.of(ReportFixtures.commune())).daysToPlan(m).build();
    byte[] bytes = ReportXlsxWriter.of(doc).withLanguage(Language.EN).toBytes();
    Map<String, List<WorkbookRow>> sheets = readAll(bytes);
    WorkbookRow median = row(sheets.get("Indicators"), "DAYS_TO_PLAN");
    assertThat(median.text(3)).isEqualTo(DisclosureControl.SYMBOL);
    assertThat(cell(median, 5).kind()).isEqualTo(CellKind.NUMBER);
    assertThat(new BigDecimal(median.text(5))).isEqualByComparingTo("3.5");
    assertThat(median.text(6)).isEqualTo("value");
    assertThat(row(sheets.get("Exclusions"), "DAYS_TO_PLAN").text(4)).isEqualTo(DisclosureControl.SYMBOL);
    // hidden counts bring the note of hidden figures to every sheet
    assertThat(sheets.get("Indicators").get(1).text(0)).contains(DisclosureControl.NOTE_EN);
    // shown with its one decimal, as the JSON writes it
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet s = wb.getSheet("Indicators");
      Row r = s.getRow(s.getLastRowNum());
      assertThat(new DataFormatter(Locale.ROOT).formatCellValue(r.getCell(5))).isEqualTo("3.5");
    }
    // a hidden median: x, and an unsuppressed one only in the internal workbook
    ReportDocument hidden = ReportDocument.builder().from(ReportDocument.of(ReportFixtures.commune()))
        .daysToPlan(io.github.treem.indicators.cases.MedianDaysToPlan.published(
            io.github.treem.indicators.cases.DayHistogram.of(0, 0, 4), 9, io.github.treem.indicators.DisclosureRule.DEFAULT))
        .build();
    WorkbookRow h = row(readAll(ReportXlsxWriter.of(hidden).withLanguage(Language.EN).toBytes()).get("Indicators"),
        "DAYS_TO_PLAN");
    assertThat(h.text(5)).isEqualTo(DisclosureControl.SYMBOL);
    assertThat(h.text(6)).isEqualTo("hidden");
    ReportDocument internal = ReportDocument.builder().from(ReportDocument.of(ReportFixtures.commune()))
        .daysToPlan(io.github.treem.indicators.cases.MedianDaysToPlan.unsuppressed(
            io.github.treem.indicators.cases.DayHistogram.of(0, 0, 4), 9))
        .build();
    assertThatThrownBy(() -> ReportXlsxWriter.of(internal)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void sheetNamesFollowExcelsRules() {
    Set<String> used = new HashSet<>(Set.of("targets"));
    assertThat(ReportXlsxWriter.sheetName("TARGETS", used)).isEqualTo("TARGETS~2");
    assertThat(ReportXlsxWriter.sheetName("A/B:C", used)).isEqualTo("A_B_C");
    String longCode = "X".repeat(40);
    assertThat(ReportXlsxWriter.sheetName(longCode, used)).hasSize(31);
    assertThat(ReportXlsxWriter.sheetName(longCode, used)).hasSize(31).endsWith("~2");
  }
}

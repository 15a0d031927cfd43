package io.github.treem.benchmarks;

import io.github.treem.xlsx.WorkbookReadOptions;
import io.github.treem.xlsx.WorkbookReader;
import io.github.treem.xlsx.WorkbookRow;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The figures behind treem-xlsx's choice of FastExcel (BENCHMARKS.md, "Workbooks"): read
 * throughput on a generated 100,000-row register workbook (14 columns, dates as dates, 200,000
 * distinct shared strings) with FastExcel's reader, with treem's {@link WorkbookReader} (FastExcel
 * behind the package guard), and with Apache POI's streaming (SAX) reader. Peak heap is measured
 * from outside: the smallest {@code -Xmx} at which each reads the file.
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.github.treem.benchmarks.XlsxReadHarness gen /tmp/r.xlsx
 * java -Xmx48m -cp benchmarks/target/benchmarks.jar io.github.treem.benchmarks.XlsxReadHarness fastexcel /tmp/r.xlsx 5
 * (modes: fastexcel, treem, poi)
 * </pre>
 */
public final class XlsxReadHarness {
  private XlsxReadHarness() {}

  /**
   * Runs the harness.
   *
   * @param args mode, file, runs
   * @throws Exception on any error
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    if (args[0].equals("gen")) {
      generate(file);
      return;
    }
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    for (int k = 0; k < runs; k++) {
      long t = System.nanoTime();
      long[] n = {0, 0};
      switch (args[0]) {
        case "fastexcel":
          try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
              var rows = wb.getFirstSheet().openStream()) {
            rows.forEach(r -> {
              n[0]++;
              r.forEach(c -> n[1] += c == null || c.getRawValue() == null ? 0 : c.getRawValue().length());
            });
          }
          break;
        case "treem":
          try (WorkbookReader r = WorkbookReader.open(file, WorkbookReadOptions.defaults())) {
            Optional<WorkbookRow> row;
            while ((row = r.next()).isPresent()) {
              n[0]++;
              row.get().cells().forEach(c -> n[1] += c.text().length());
            }
          }
          break;
        default:
          poi(file, n);
      }
      System.out.printf(Locale.ROOT, "%s rows=%d chars=%d %.0f ms%n", args[0], n[0], n[1], (System.nanoTime() - t) / 1e6);
    }
  }

  private static void poi(Path file, long[] n) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(pkg);
      XSSFSheetXMLHandler.SheetContentsHandler h = new XSSFSheetXMLHandler.SheetContentsHandler() {
        @Override
        public void startRow(int r) {
          n[0]++;
        }

        @Override
        public void endRow(int r) {}

        @Override
        public void cell(String ref, String v, XSSFComment c) {
          n[1] += v == null ? 0 : v.length();
        }
      };
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, sst, h, new DataFormatter(), false));
      try (InputStream s = reader.getSheetsData().next()) {
        xml.parse(new InputSource(s));
      }
    }
  }

  private static void generate(Path file) throws Exception {
    String[] header = {"child_id", "full_name", "sex", "date_of_birth", "ethnicity", "commune_code", "village",
        "measured_on", "weight_kg", "length_height_cm", "school_level", "grade", "hi_card_number", "circumstances"};
    String[] villages = {"Thôn Đông", "Thôn Tây", "Bản Nà Hẩu", "Xóm Mới", "Thôn Hạ"};
    Random random = new Random(1);
    try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "treem", "1.0")) {
      Worksheet ws = wb.newWorksheet("Sổ trẻ em");
      for (int i = 0; i < header.length; i++) {
        ws.value(0, i, header[i]);
      }
      for (int row = 1; row <= 100_000; row++) {
        ws.value(row, 0, "TE" + (100_000 + row));
        ws.value(row, 1, "Nguyễn Thị " + (char) ('A' + random.nextInt(26)) + "ấn " + row);
        ws.value(row, 2, random.nextBoolean() ? "F" : "M");
        ws.value(row, 3, LocalDate.of(2010 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        ws.style(row, 3).format("dd/mm/yyyy").set();
        ws.value(row, 4, "01");
        ws.value(row, 5, "12345");
        ws.value(row, 6, villages[random.nextInt(villages.length)]);
        ws.value(row, 7, LocalDate.of(2020, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        ws.style(row, 7).format("dd/mm/yyyy").set();
        ws.value(row, 8, 5 + random.nextInt(300) / 10.0);
        ws.value(row, 9, 50 + random.nextInt(900) / 10.0);
        ws.value(row, 10, "PRIMARY");
        ws.value(row, 11, 1 + random.nextInt(5));
        ws.value(row, 12, "TE1" + (1_000_000_000L + row));
        ws.value(row, 13, random.nextInt(10) == 0 ? "A3" : "");
        if (row % 10_000 == 0) {
          ws.flush();
        }
      }
    }
  }
}

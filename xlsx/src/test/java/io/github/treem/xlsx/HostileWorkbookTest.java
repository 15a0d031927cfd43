package io.github.treem.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Workbooks made to hurt: each is refused with a code, or read in bounded memory and time. */
class HostileWorkbookTest {
  private static String repeat(String s, int n) {
    StringBuilder b = new StringBuilder(s.length() * n);
    for (int i = 0; i < n; i++) {
      b.append(s);
    }
    return b.toString();
  }

  @Test
  void zipBombIsRefusedByItsCompressionRatio() throws IOException {
    // 64 MiB of one repeated row: it deflates about 1000 times
    String row = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + repeat("a", 1000) + "</t></is></c></row>";
    byte[] bomb = Workbooks.of(repeat(row, 64 * 1024), null, false);
    assertThat(bomb.length).isLessThan(1 << 20);
    assertThat(WorkbookReaderTest.refused(bomb, WorkbookReadOptions.defaults()).getCode())
        .isEqualTo("WORKBOOK_COMPRESSION_RATIO");
    // and by its expanded size, whatever the ratio allowed
    WorkbookReadOptions smallTotal = WorkbookReadOptions.builder().maxCompressionRatio(100_000)
        .maxExpandedSize(8 << 20).build();
    assertThat(WorkbookReaderTest.refused(bomb, smallTotal).getCode()).isEqualTo("WORKBOOK_TOO_LARGE");
  }

  @Test
  void externalEntitiesAreNeverRead() throws IOException {
    String doctype = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    byte[] wb = Workbooks.of("<row r=\"1\">" + Workbooks.is("A1", "&xxe;") + "</row>", null, false);
    byte[] hostile = replaceSheetProlog(wb, doctype);
    assertThat(WorkbookReaderTest.refused(hostile, WorkbookReadOptions.defaults()).getCode())
        .isEqualTo("WORKBOOK_XML_DOCTYPE");
  }

  private static byte[] replaceSheetProlog(byte[] wb, String prolog) throws IOException {
    java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
    try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(new ByteArrayInputStream(wb))) {
      java.util.zip.ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        String text = new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          text = text.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", prolog);
        }
        parts.put(e.getName(), text);
      }
    }
    return Workbooks.zip(parts);
  }

  @Test
  void absurdSharedStringTablesAreRefused() throws IOException {
    String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + Workbooks.NS + "\">"
        + repeat("<si><t>x</t></si>", 2_000) + "</sst>";
    byte[] wb = Workbooks.of("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", sst, false);
    assertThat(WorkbookReaderTest.read(wb, WorkbookReadOptions.defaults())).hasSize(1);
    assertThat(WorkbookReaderTest.refused(wb, WorkbookReadOptions.builder().maxSharedStrings(1_999).build()).getCode())
        .isEqualTo("WORKBOOK_SHARED_STRINGS_LIMIT");
    assertThat(WorkbookReaderTest.refused(wb, WorkbookReadOptions.builder().maxSharedStringsSize(10_000).build())
        .getCode()).isEqualTo("WORKBOOK_SHARED_STRINGS_LIMIT");
  }

  @Test
  void aMillionEmptyStyledRowsAreSkippedNeverHeld() throws IOException {
    StringBuilder rows = new StringBuilder(60_000_000);
    rows.append("<row r=\"1\">").append(Workbooks.is("A1", "child_id")).append("</row>");
    for (int r = 2; r <= 1_000_000; r++) {
      rows.append("<row r=\"").append(r).append("\" s=\"1\" customFormat=\"1\" ht=\"15\"/>");
    }
    rows.append("<row r=\"1000001\">").append(Workbooks.is("A1000001", "end")).append("</row>");
    byte[] wb = Workbooks.of(rows.toString(), null, false);
    rows.setLength(0);
    assertThat(wb.length).isLessThan(3 << 20); // some 20 times smaller than its 56 MB sheet
    try (WorkbookReader r = WorkbookReader.open(new ByteArrayInputStream(wb), WorkbookReadOptions.defaults())) {
      assertThat(r.next()).map(WorkbookRow::number).contains(1L);
      Optional<WorkbookRow> last = r.next();
      assertThat(last).map(WorkbookRow::number).contains(1_000_001L);
      assertThat(r.getBlankRowsSkipped()).isEqualTo(999_999);
      assertThat(r.next()).isEmpty();
    }
  }

  @Test
  void brokenXmlMidSheetEndsTheRowsWithAnIssue() throws IOException {
    byte[] wb = Workbooks.of("<row r=\"1\">" + Workbooks.is("A1", "a") + "</row><row r=\"2\"><c r=\"A2\"", null,
        false);
    try (WorkbookReader r = WorkbookReader.open(new ByteArrayInputStream(wb), WorkbookReadOptions.defaults())) {
      assertThat(r.next()).isPresent();
      assertThat(r.next()).isEmpty();
      assertThat(r.getIssues()).extracting(i -> i.getCode()).containsExactly("WORKBOOK_MALFORMED");
    }
  }
}

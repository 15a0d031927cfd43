package io.github.treem.planreport.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.planreport.ImplementationReport;
import io.github.treem.planreport.Reports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/** Opens the Word document with POI and checks the parts Decree 30/2020/NĐ-CP requires. */
class WordPlanReportTest {
  static ImplementationReport report;
  static byte[] bytes;
  static XWPFDocument doc;

  @BeforeAll
  static void write() throws IOException {
    report = Reports.year();
    bytes = WordPlanReport.of(report).toBytes();
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "bao-cao-2020.docx"), bytes); // for people to open
    doc = new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  static long twips(Object v) {
    return ((BigInteger) v).longValue();
  }

  @Test
  void a4PortraitWithTheDecreesMargins() {
    CTSectPr sect = doc.getDocument().getBody().getSectPr();
    CTPageSz size = sect.getPgSz();
    assertThat(twips(size.getW())).isEqualTo(11906); // 210 mm
    assertThat(twips(size.getH())).isEqualTo(16838); // 297 mm
    assertThat(size.getOrient().toString()).isEqualTo("portrait");
    CTPageMar m = sect.getPgMar();
    assertThat(mm(m.getTop())).isBetween(20.0, 25.0);
    assertThat(mm(m.getBottom())).isBetween(20.0, 25.0);
    assertThat(mm(m.getLeft())).isBetween(30.0, 35.0);
    assertThat(mm(m.getRight())).isBetween(15.0, 20.0);
    // page numbers from page 2: a first-page header of its own
    assertThat(sect.isSetTitlePg()).isTrue();
    assertThat(doc.getHeaderList()).hasSize(2);
  }

  static double mm(Object twips) {
    return Math.round(twips(twips) / 56.6929 * 10) / 10.0;
  }

  @Test
  void timesNewRomanEverywhere() throws IOException {
    String styles = part("word/styles.xml");
    String defaults = styles.substring(styles.indexOf("<w:docDefaults>"), styles.indexOf("</w:docDefaults>"));
    for (String range : List.of("ascii", "hAnsi", "cs", "eastAsia")) {
      assertThat(defaults).contains("w:" + range + "=\"Times New Roman\"");
    }
    assertThat(defaults).contains("<w:sz w:val=\"28\"/>").contains("w:val=\"vi-VN\"");
    assertThat(doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(14.0);
    List<XWPFRun> runs = allRuns();
    assertThat(runs).hasSizeGreaterThan(100);
    for (XWPFRun r : runs) {
      assertThat(r.getFontFamily(XWPFRun.FontCharRange.ascii)).as(r.text()).isEqualTo("Times New Roman");
      assertThat(r.getFontFamily(XWPFRun.FontCharRange.hAnsi)).isEqualTo("Times New Roman");
      assertThat(r.getFontSizeAsDouble()).as(r.text()).isBetween(11.0, 14.0);
    }
    // the body text is 13-14 pt
    assertThat(runs.stream().filter(r -> r.text().startsWith("Thực hiện Kế hoạch số 90/KH-UBND")).findFirst().orElseThrow()
        .getFontSizeAsDouble()).isEqualTo(14.0);
  }

  @Test
  void headerTopLeftAndTopRight() {
    XWPFTable header = (XWPFTable) doc.getBodyElements().get(0);
    XWPFTableCell left = header.getRow(0).getCell(0);
    XWPFTableCell right = header.getRow(0).getCell(1);
    assertThat(left.getParagraphs()).extracting(XWPFParagraph::getText)
        .containsExactly("ỦY BAN NHÂN DÂN", "XÃ QUẢNG VINH", "", "Số:       /BC-UBND");
    assertThat(left.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
    assertThat(bottomBorder(left.getParagraphs().get(2))).isTrue(); // the line beneath the issuing body
    int issuerLine = 3685 - left.getParagraphs().get(2).getIndentationLeft() - left.getParagraphs().get(2).getIndentationRight();
    assertThat(issuerLine / 20.0).isBetween(0.33 * 103, 0.5 * 103); // "XÃ QUẢNG VINH" is about 103 pt wide
    assertThat(right.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Quảng Vinh, ngày      tháng      năm 2020");
    XWPFParagraph nation = right.getParagraphs().get(0);
    assertThat(nation.getRuns().get(0).isBold()).isTrue();
    assertThat(nation.getRuns().get(0).getFontSizeAsDouble()).isBetween(12.0, 13.0);
    XWPFParagraph motto = right.getParagraphs().get(1);
    assertThat(motto.getRuns().get(0).isBold()).isTrue();
    assertThat(motto.getRuns().get(0).getFontSizeAsDouble()).isBetween(13.0, 14.0);
    XWPFParagraph rule = right.getParagraphs().get(2);
    assertThat(bottomBorder(rule)).isTrue(); // the line beneath the motto
    // the line is as long as the motto: 159.1 pt of Times New Roman Bold 13 pt
    int cell = 11906 - 1701 - 850 - 3685;
    int line = cell - rule.getIndentationLeft() - rule.getIndentationRight();
    assertThat(line / 20.0).isBetween(157.0, 161.0);
    XWPFParagraph date = right.getParagraphs().get(3);
    assertThat(date.getRuns().get(0).isItalic()).isTrue();
    for (XWPFParagraph p : right.getParagraphs()) {
      assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    }
  }

  static boolean bottomBorder(XWPFParagraph p) {
    if (!p.getCTP().isSetPPr() || !p.getCTP().getPPr().isSetPBdr()) {
      return false;
    }
    CTBorder b = p.getCTP().getPPr().getPBdr().getBottom();
    return b != null && b.getVal() == STBorder.SINGLE;
  }

  @Test
  void titleCentredBoldWithTheSummary() {
    List<XWPFParagraph> ps = doc.getParagraphs();
    XWPFParagraph title = ps.stream().filter(p -> p.getText().equals("BÁO CÁO")).findFirst().orElseThrow();
    assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    assertThat(title.getRuns().get(0).isBold()).isTrue();
    XWPFParagraph summary = ps.get(ps.indexOf(title) + 1);
    assertThat(summary.getText()).isEqualTo("Kết quả thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020");
    assertThat(summary.getRuns().get(0).isBold()).isTrue();
    assertThat(bottomBorder(ps.get(ps.indexOf(title) + 2))).isTrue();
  }

  @Test
  void bodySectionsInOrder() {
    List<String> headings = doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> t.matches("^[IVX]+\\. .*")).toList();
    assertThat(headings).containsExactly("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CỦA CÁC ĐƠN VỊ",
        "III. HOẠT ĐỘNG VÀ SỐ NGƯỜI ĐƯỢC TIẾP CẬN", "IV. KINH PHÍ THỰC HIỆN", "V. NHỮNG VIỆC CHƯA THỰC HIỆN ĐƯỢC VÀ NGUYÊN NHÂN",
        "VI. ĐỀ XUẤT, KIẾN NGHỊ");
    String all = text();
    assertThat(all).contains("- Tết Trung thu (01/10/2020): 2 hoạt động.");
    assertThat(all).contains("Tổng số\t16\t1.779\t871\t908\t760\t22\t135"); // the reach table's total line
    assertThat(all).contains("Trao học bổng\t1\tx\tx\tx\t0\t0\t0"); // 3 children: hidden
  }

  @Test
  void nơiNhậnBottomLeftAndTheSignatureBottomRight() {
    List<IBodyElement> elements = doc.getBodyElements();
    XWPFTable foot = (XWPFTable) elements.get(elements.size() - 1 - (elements.get(elements.size() - 1) instanceof XWPFTable ? 0 : 1));
    XWPFTableCell left = foot.getRow(0).getCell(0);
    XWPFParagraph label = left.getParagraphs().get(0);
    assertThat(label.getText()).isEqualTo("Nơi nhận:");
    assertThat(label.getRuns().get(0).isBold()).isTrue();
    assertThat(label.getRuns().get(0).isItalic()).isTrue();
    assertThat(left.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("Nơi nhận:",
        "- UBND huyện (để báo cáo);", "- Phòng LĐ- TBXH huyện (để báo cáo);", "- Lưu: VT.");
    assertThat(left.getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);
    XWPFTableCell right = foot.getRow(0).getCell(1);
    assertThat(right.getParagraphs().get(0).getText()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
    assertThat(right.getParagraphs().get(1).getText()).isEqualTo("CHỦ TỊCH");
    assertThat(right.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    assertThat(right.getParagraphs().get(right.getParagraphs().size() - 1).getText()).isEmpty(); // the name: the officer's
  }

  @Test
  void theProposalsAreAHighlightedPlaceholder() {
    XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().startsWith("[Cán bộ ghi các đề xuất")).findFirst()
        .orElseThrow();
    assertThat(p.getRuns().get(0).getCTR().getRPr().getHighlightArray(0).getVal().toString()).isEqualTo("yellow");
  }

  @Test
  void noEvidenceNoteAnywhereInTheDocument() throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(xml).as(e.getName()).doesNotContain("Bí Mật").doesNotContain("Biên bản số");
      }
    }
  }

  @Test
  void theSameReportGivesTheSameBytes() throws IOException {
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    WordPlanReport.of(Reports.year()).writeTo(again);
    assertThat(java.util.Arrays.equals(again.toByteArray(), bytes)).as("same bytes").isTrue();
  }

  @Test
  void bodySize13() throws IOException {
    XWPFDocument d13 = new XWPFDocument(new ByteArrayInputStream(WordPlanReport.of(report).withBodySize(13).toBytes()));
    XWPFRun opening = d13.getParagraphs().stream().filter(p -> p.getText().startsWith("Thực hiện Kế hoạch")).findFirst()
        .orElseThrow().getRuns().get(0);
    assertThat(opening.getFontSizeAsDouble()).isEqualTo(13.0);
    assertThatThrownBy(() -> WordPlanReport.of(report).withBodySize(12)).isInstanceOf(InvalidValueException.class);
  }

  static String part(String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }

  static String text() {
    StringBuilder b = new StringBuilder();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        b.append(p.getText()).append('\n');
      } else if (e instanceof XWPFTable t) {
        t.getRows().forEach(r -> {
          List<String> cells = new ArrayList<>();
          r.getTableCells().forEach(c -> cells.add(c.getText()));
          b.append(String.join("\t", cells)).append('\n');
        });
      }
    }
    return b.toString();
  }

  static List<XWPFRun> allRuns() {
    List<XWPFRun> runs = new ArrayList<>();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        runs.addAll(p.getRuns());
      } else if (e instanceof XWPFTable t) {
        t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
      }
    }
    return runs;
  }
}

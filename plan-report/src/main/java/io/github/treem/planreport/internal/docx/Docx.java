package io.github.treem.planreport.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document in the administrative format of Decree 30/2020/NĐ-CP, Phụ lục I, built with
 * Apache POI's XWPF: A4 portrait, the decree's margins, Times New Roman everywhere (document
 * defaults and every run), page numbers centred in the top margin from page 2, and helpers for the
 * paragraphs, lines and tables a report needs. Sizes are in twips (1/20 point; 1 mm = 56.7 twips).
 */
public final class Docx {
  /** The font the decree names. */
  public static final String FONT = "Times New Roman";
  /** A4 width, 210 mm. */
  public static final int A4_WIDTH = 11906;
  /** A4 height, 297 mm. */
  public static final int A4_HEIGHT = 16838;
  /** Top margin, 20 mm (the decree: 20-25 mm). */
  public static final int MARGIN_TOP = 1134;
  /** Bottom margin, 20 mm (20-25 mm). */
  public static final int MARGIN_BOTTOM = 1134;
  /** Left margin, 30 mm (30-35 mm). */
  public static final int MARGIN_LEFT = 1701;
  /** Right margin, 15 mm (15-20 mm). */
  public static final int MARGIN_RIGHT = 850;
  /** The width of the text between the margins. */
  public static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  /** First-line indent of body paragraphs, 1 cm (the decree: 1-1.27 cm). */
  public static final int FIRST_LINE = 567;

  private final XWPFDocument doc = new XWPFDocument();
  private final int bodySize;

  /**
   * An empty document.
   *
   * @param bodySize the body font size, 13 or 14 points
   */
  public Docx(int bodySize) {
    this.bodySize = bodySize;
    CTStyles styles = CTStyles.Factory.newInstance();
    CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    fonts(defaults.addNewRFonts());
    defaults.addNewSz().setVal(BigInteger.valueOf(bodySize * 2L));
    defaults.addNewSzCs().setVal(BigInteger.valueOf(bodySize * 2L));
    defaults.addNewLang().setVal("vi-VN");
    doc.createStyles().setStyles(styles);
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    margins.setGutter(BigInteger.ZERO);
    // page numbers: centred in the top margin, from the second page (the first page has its own, empty header)
    doc.createHeader(HeaderFooterType.FIRST);
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = header.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr(" PAGE ");
    CTR r = field.addNewR();
    CTRPr rp = r.addNewRPr();
    fonts(rp.addNewRFonts());
    rp.addNewSz().setVal(BigInteger.valueOf(bodySize * 2L));
    r.addNewT().setStringValue("2");
    if (!sect.isSetTitlePg()) {
      sect.addNewTitlePg();
    }
  }

  private static void fonts(CTFonts f) {
    f.setAscii(FONT);
    f.setHAnsi(FONT);
    f.setCs(FONT);
    f.setEastAsia(FONT);
  }

  /** {@return the body font size} */
  public int bodySize() {
    return bodySize;
  }

  /** {@return the POI document} */
  public XWPFDocument document() {
    return doc;
  }

  /** A run's looks. */
  public record Look(double size, boolean bold, boolean italic, boolean highlight) {
    /**
     * A look.
     *
     * @param size the size, in points
     * @param bold bold
     * @param italic italic
     * @return the look
     */
    public static Look of(double size, boolean bold, boolean italic) {
      return new Look(size, bold, italic, false);
    }
  }

  /**
   * A run of text in a paragraph, in Times New Roman.
   *
   * @param p the paragraph
   * @param text the text (a {@code \n} breaks the line)
   * @param look the looks
   * @return the run
   */
  public static XWPFRun run(XWPFParagraph p, String text, Look look) {
    XWPFRun r = p.createRun();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i]);
    }
    for (FontCharRange range : FontCharRange.values()) {
      r.setFontFamily(FONT, range);
    }
    r.setFontSize(look.size());
    r.setBold(look.bold());
    r.setItalic(look.italic());
    if (look.highlight()) {
      r.getCTR().getRPr().addNewHighlight().setVal(STHighlightColor.YELLOW);
    }
    return r;
  }

  /**
   * A new body paragraph.
   *
   * @param align the alignment
   * @param firstLine the first-line indent, in twips
   * @param after the space after, in points
   * @return the paragraph
   */
  public XWPFParagraph paragraph(ParagraphAlignment align, int firstLine, int after) {
    XWPFParagraph p = doc.createParagraph();
    format(p, align, firstLine, after);
    return p;
  }

  /** Sets alignment, indent, spacing (single to 1.15 lines, as the decree allows up to 1.5). */
  static void format(XWPFParagraph p, ParagraphAlignment align, int firstLine, int after) {
    p.setAlignment(align);
    if (firstLine > 0) {
      p.setIndentationFirstLine(firstLine);
    }
    p.setSpacingBefore(0);
    p.setSpacingAfter(after * 20);
    p.setSpacingBetween(1.1, LineSpacingRule.AUTO);
  }

  /**
   * A justified body paragraph with a first-line indent.
   *
   * @param text the text
   * @param bold bold
   * @return the paragraph
   */
  public XWPFParagraph body(String text, boolean bold) {
    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, FIRST_LINE, 6);
    run(p, text, Look.of(bodySize, bold, false));
    return p;
  }

  /**
   * A solid line, centred, of a given length, right under the paragraph before it: an empty
   * paragraph four points high whose bottom border is narrowed by equal left and right indents (a
   * border on the text's own paragraph would narrow the text with it).
   *
   * @param p the empty paragraph to turn into the line
   * @param width the width of the space the paragraph has (the text width, or a cell's)
   * @param length the length of the line
   */
  public static void rule(XWPFParagraph p, int width, int length) {
    int indent = Math.max(0, (width - length) / 2);
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    p.setSpacingBetween(4, LineSpacingRule.EXACT);
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTBorder b = (ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr()).addNewBottom();
    b.setVal(STBorder.SINGLE);
    b.setSz(BigInteger.valueOf(6));
    b.setSpace(BigInteger.ZERO);
    b.setColor("000000");
  }

  /**
   * The width of a line of bold text, in twips.
   *
   * @param text the text
   * @param size the size, in points
   * @return the width
   */
  public static int boldWidth(String text, double size) {
    return TextWidth.boldTwips(text, size);
  }

  /**
   * A table of fixed column widths.
   *
   * @param rows the number of rows
   * @param widths the widths of the columns, in twips
   * @param borders whether to draw borders (single, ½ pt)
   * @return the table, every cell with one empty paragraph
   */
  public XWPFTable table(int rows, int[] widths, boolean borders) {
    XWPFTable t = doc.createTable(rows, widths.length);
    CTTblPr pr = t.getCTTbl().getTblPr();
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    w.setType(STTblWidth.DXA);
    int total = 0;
    for (int x : widths) {
      total += x;
    }
    w.setW(BigInteger.valueOf(total));
    CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int x : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(x));
    }
    for (XWPFTableRow row : t.getRows()) {
      for (int c = 0; c < widths.length; c++) {
        XWPFTableCell cell = row.getCell(c);
        CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth cw = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
        cw.setType(STTblWidth.DXA);
        cw.setW(BigInteger.valueOf(widths[c]));
      }
    }
    XWPFTable.XWPFBorderType type = borders ? XWPFTable.XWPFBorderType.SINGLE : XWPFTable.XWPFBorderType.NONE;
    int size = borders ? 4 : 0;
    t.setTopBorder(type, size, 0, "000000");
    t.setBottomBorder(type, size, 0, "000000");
    t.setLeftBorder(type, size, 0, "000000");
    t.setRightBorder(type, size, 0, "000000");
    t.setInsideHBorder(type, size, 0, "000000");
    t.setInsideVBorder(type, size, 0, "000000");
    return t;
  }

  /**
   * Writes text in a table cell's first paragraph (further texts in new paragraphs).
   *
   * @param cell the cell
   * @param align the alignment
   * @param look the looks
   * @param texts the paragraphs
   * @return the last paragraph written
   */
  public static XWPFParagraph cell(XWPFTableCell cell, ParagraphAlignment align, Look look, List<String> texts) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        p = cell.addParagraph();
      }
      p.setAlignment(align);
      p.setSpacingBefore(0);
      p.setSpacingAfter(0);
      p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
      run(p, texts.get(i), look);
    }
    return p;
  }

  /**
   * Writes the document as a .docx, with fixed times in the ZIP entries so that the same report
   * gives the same bytes.
   *
   * @param out the stream (not closed)
   * @throws IOException when the stream fails
   */
  public void write(OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    doc.write(raw);
    doc.close();
    LocalDateTime fixed = LocalDateTime.of(2020, 1, 1, 0, 0);
    ZipOutputStream zip = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(fixed);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    zip.finish();
  }
}

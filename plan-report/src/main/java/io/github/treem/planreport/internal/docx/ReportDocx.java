package io.github.treem.planreport.internal.docx;

import io.github.treem.core.plan.SignatureBlock;
import io.github.treem.planreport.ImplementationReport;
import io.github.treem.planreport.ReportHeader;
import io.github.treem.planreport.internal.Block;
import io.github.treem.planreport.internal.Outline;
import io.github.treem.planreport.internal.docx.Docx.Look;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;


/** Lays out an {@link ImplementationReport} as a Word document in the decree's format. */
public final class ReportDocx {
  private static final int TABLE_SIZE = 12;
  /** The banner of a report of synthetic figures: the one text of every output (ReportManifest). */
  private static final String SYNTHETIC_BANNER = io.github.treem.indicators.ReportManifest.SYNTHETIC_VI;
  private static final int HEADER_LEFT = 3685; // 65 mm: the issuing body and the number
  private static final int FOOTER_LEFT = 4252; // 75 mm: Nơi nhận

  private final ImplementationReport report;
  private final Docx d;
  private final int size;

  private ReportDocx(ImplementationReport report, int bodySize) {
    this.report = report;
    this.d = new Docx(bodySize);
    this.size = bodySize;
  }

  /**
   * Writes a report.
   *
   * @param report the report
   * @param bodySize the body font size (13 or 14)
   * @param out the stream (not closed)
   * @throws IOException when the stream fails
   */
  public static void write(ImplementationReport report, int bodySize, OutputStream out) throws IOException {
    ReportDocx w = new ReportDocx(report, bodySize);
    w.header();
    for (Block b : Outline.body(report)) {
      w.block(b);
    }
    w.signature();
    w.d.document().getProperties().getCoreProperties().setTitle(report.getHeader().documentType() + " "
        + report.getHeader().summary());
    w.d.document().getProperties().getCoreProperties().setCreator("treem");
    // a fixed creation time (the report's day), so that the same report gives the same bytes
    java.time.LocalDate day = report.getAsOf();
    w.d.document().getProperties().getCoreProperties().setCreated(java.util.Optional.of(
        java.util.Date.from(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
    w.d.write(out);
  }

  /** Issuing body and number (left); national title, motto, place and date (right); type and summary. */
  private void header() {
    ReportHeader h = report.getHeader();
    if (report.isSyntheticData()) {
      // first on page one: figures of synthetic data are never read as a commune's real results
      XWPFParagraph banner = d.paragraph(ParagraphAlignment.CENTER, 0, 6);
      banner.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
      banner.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
      Docx.run(banner, SYNTHETIC_BANNER, Look.of(size, true, false));
    }
    int right = Docx.TEXT_WIDTH - HEADER_LEFT;
    XWPFTable t = d.table(1, new int[] {HEADER_LEFT, right}, false);
    XWPFTableCell l = t.getRow(0).getCell(0);
    XWPFTableCell r = t.getRow(0).getCell(1);
    List<String> issuer = h.issuerLines();
    Docx.cell(l, ParagraphAlignment.CENTER, Look.of(13, true, false), issuer);
    int longest = issuer.stream().mapToInt(s -> Docx.boldWidth(s, 13)).max().orElse(0);
    Docx.rule(l.addParagraph(), HEADER_LEFT, Math.max(567, (int) (longest * 0.4))); // a third to a half of the name
    XWPFParagraph number = l.addParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    number.setSpacingBefore(120);
    Docx.run(number, h.numberLine(), Look.of(13, false, false));

    Docx.cell(r, ParagraphAlignment.CENTER, Look.of(12, true, false), List.of(ReportHeader.NATIONAL_TITLE));
    XWPFParagraph motto = r.addParagraph();
    motto.setAlignment(ParagraphAlignment.CENTER);
    motto.setSpacingAfter(0);
    Docx.run(motto, ReportHeader.MOTTO, Look.of(13, true, false));
    Docx.rule(r.addParagraph(), right, Docx.boldWidth(ReportHeader.MOTTO, 13)); // as long as the motto
    XWPFParagraph date = r.addParagraph();
    date.setAlignment(ParagraphAlignment.CENTER);
    date.setSpacingBefore(120);
    Docx.run(date, h.placeAndDate(), Look.of(size, false, true));

    h.draftMark().ifPresent(m -> Docx.run(d.paragraph(ParagraphAlignment.LEFT, 0, 0), m, Look.of(size, true, false)));
    XWPFParagraph type = d.paragraph(ParagraphAlignment.CENTER, 0, 0);
    type.setSpacingBefore(360);
    Docx.run(type, h.documentType(), Look.of(14, true, false));
    XWPFParagraph summary = d.paragraph(ParagraphAlignment.CENTER, 0, 0);
    Docx.run(summary, h.summary(), Look.of(14, true, false));
    int width = Math.min(Docx.boldWidth(h.summary(), 14), Docx.TEXT_WIDTH);
    Docx.rule(d.document().createParagraph(), Docx.TEXT_WIDTH, width / 3); // a third of the line
    d.paragraph(ParagraphAlignment.CENTER, 0, 6);
  }

  private void block(Block b) {
    switch (b.kind()) {
      case HEADING -> {
        XWPFParagraph p = d.paragraph(ParagraphAlignment.BOTH, Docx.FIRST_LINE, 6);
        p.setSpacingBefore(120);
        p.setKeepNext(true);
        Docx.run(p, b.text(), Look.of(size, true, false));
      }
      case SUBHEADING -> {
        XWPFParagraph p = d.paragraph(ParagraphAlignment.BOTH, Docx.FIRST_LINE, 3);
        p.setKeepNext(true);
        Docx.run(p, b.text(), Look.of(size, true, true));
      }
      case PARAGRAPH -> {
        XWPFParagraph p = d.paragraph(ParagraphAlignment.BOTH, Docx.FIRST_LINE, 3);
        Docx.run(p, b.text(), Look.of(size, false, false));
        if (!b.tail().isEmpty()) {
          Docx.run(p, b.tail(), Look.of(size, true, false));
        }
      }
      case NOTE -> Docx.run(d.paragraph(ParagraphAlignment.BOTH, 0, 3), b.text(), Look.of(TABLE_SIZE, false, true));
      case PLACEHOLDER -> Docx.run(d.paragraph(ParagraphAlignment.BOTH, Docx.FIRST_LINE, 3), b.text(),
          new Look(size, false, true, true));
      case TABLE -> table(b);
      default -> throw new AssertionError(b.kind());
    }
  }

  private void table(Block b) {
    int[] widths = b.widths().stream().mapToInt(Integer::intValue).toArray();
    XWPFTable t = d.table(b.rows().size() + 1, widths, true);
    XWPFTableRow h = t.getRow(0);
    h.setRepeatHeader(true);
    for (int c = 0; c < b.head().size(); c++) {
      XWPFTableCell cell = h.getCell(c);
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      Docx.cell(cell, ParagraphAlignment.CENTER, Look.of(TABLE_SIZE, true, false), List.of(b.head().get(c)));
    }
    for (int r = 0; r < b.rows().size(); r++) {
      XWPFTableRow row = t.getRow(r + 1);
      row.setCantSplitRow(true);
      for (int c = 0; c < b.head().size(); c++) {
        XWPFTableCell cell = row.getCell(c);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        Docx.cell(cell, b.numeric().get(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT,
            Look.of(TABLE_SIZE, r == b.boldRow(), false), List.of(b.rows().get(r).get(c)));
      }
    }
    d.paragraph(ParagraphAlignment.LEFT, 0, 0); // space after the table (and Word needs a paragraph between tables)
  }

  /** Nơi nhận (left) and the signature block (right). */
  private void signature() {
    XWPFTable t = d.table(1, new int[] {FOOTER_LEFT, Docx.TEXT_WIDTH - FOOTER_LEFT}, false);
    XWPFTableCell l = t.getRow(0).getCell(0);
    XWPFParagraph label = Docx.cell(l, ParagraphAlignment.LEFT, Look.of(12, true, true), List.of("Nơi nhận:"));
    label.setSpacingBefore(240);
    for (String line : Outline.recipientLines(report.getRecipients())) {
      XWPFParagraph p = l.addParagraph();
      p.setSpacingAfter(0);
      Docx.run(p, line, Look.of(11, false, false));
    }
    SignatureBlock s = report.getSignature();
    XWPFTableCell r = t.getRow(0).getCell(1);
    Docx.cell(r, ParagraphAlignment.CENTER, Look.of(size, true, false),
        List.of(s.getAuthorityVi(), s.getRoleVi()));
    r.getParagraphs().get(0).setSpacingBefore(240);
    for (int i = 0; i < 4; i++) {
      r.addParagraph(); // room for the signature and the seal
    }
    XWPFParagraph name = r.addParagraph();
    name.setAlignment(ParagraphAlignment.CENTER);
    Docx.run(name, s.getSignerName().orElse(""), Look.of(size, true, false));
  }
}

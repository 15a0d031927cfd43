package io.github.treem.planreport.internal.html;

import io.github.treem.planreport.ImplementationReport;
import io.github.treem.planreport.ReportHeader;
import io.github.treem.planreport.internal.Block;
import io.github.treem.planreport.internal.Outline;
import java.util.List;
import java.util.Locale;

/**
 * What the HTML template shows: the header, the body's blocks (the same as the Word document's) and
 * the foot.
 *
 * @param title the page title
 * @param header the header
 * @param body the blocks of the body
 * @param recipients the "Nơi nhận" lines
 * @param authority the signature block's authority line
 * @param role the signer's role
 * @param signerName the signer's name, or empty text
 * @param banner the synthetic-data banner, or empty text when the figures are real
 */
public record View(String title, ReportHeader header, List<Block> body, List<String> recipients, String authority, String role,
    String signerName, String banner) {

  /**
   * The view of a report.
   *
   * @param report the report
   * @return the view
   */
  public static View of(ImplementationReport report) {
    ReportHeader h = report.getHeader();
    return new View(h.documentType() + " " + h.summary(), h, Outline.body(report), Outline.recipientLines(report.getRecipients()),
        report.getSignature().getAuthorityVi(), report.getSignature().getRoleVi(), report.getSignature().getSignerName().orElse(""),
        report.isSyntheticData() ? io.github.treem.indicators.ReportManifest.SYNTHETIC_VI : "");
  }

  /**
   * The width of a table's column, in percent of the table.
   *
   * @param b the table
   * @param column the column
   * @return e.g. {@code "39.4%"}
   */
  public static String width(Block b, int column) {
    int total = b.widths().stream().mapToInt(Integer::intValue).sum();
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * b.widths().get(column) / total);
  }

  /** {@return whether a block is of a kind (for the template)} */
  public static boolean is(Block b, String kind) {
    return b.kind().name().equals(kind);
  }
}

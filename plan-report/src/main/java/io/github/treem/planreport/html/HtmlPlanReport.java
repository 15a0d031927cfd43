package io.github.treem.planreport.html;

import gg.jte.output.StringOutput;
import io.github.treem.planreport.ImplementationReport;
import io.github.treem.planreport.internal.html.View;
import io.github.treem.planreport.internal.html.jte.JteplanreportGenerated;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The commune's report on its plan as one self-contained HTML page: the same header, sections,
 * tables and wording as the Word document ({@link io.github.treem.planreport.docx.WordPlanReport}),
 * laid out for A4 print (serif font, the decree's margins, the recipients and signature block at the
 * foot). No script, font, image or link; every text is HTML-escaped by the template engine (jte,
 * precompiled at build time). The same report gives the same text.
 *
 * <pre>{@code
 * String html = HtmlPlanReport.of(report).render();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlPlanReport {
  private final ImplementationReport report;

  private HtmlPlanReport(ImplementationReport report) {
    this.report = report;
  }

  /**
   * The HTML of a report.
   *
   * @param report the report
   * @return the writer
   */
  public static HtmlPlanReport of(ImplementationReport report) {
    return new HtmlPlanReport(Objects.requireNonNull(report, "report must not be null"));
  }

  /** {@return the page, UTF-8 text with {@code \n} line ends} */
  public String render() {
    StringOutput out = new StringOutput();
    JteplanreportGenerated.render(new gg.jte.html.OwaspHtmlTemplateOutput(out), null, View.of(report));
    return out.toString();
  }

  /**
   * Writes the page.
   *
   * @param out the writer (not closed)
   * @throws IOException when the writer fails
   */
  public void writeTo(Writer out) throws IOException {
    Objects.requireNonNull(out, "out must not be null").write(render());
  }
}

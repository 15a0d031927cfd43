package io.github.treem.spring;

import io.github.treem.core.plan.Plan;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.html.HtmlReport;
import io.github.treem.io.report.ReportDocument;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A report computed by {@link TreemReports} from a register: the document (indicators, target
 * assessments, manifest), the counts of the rows read, and the HTML report of it. Return the
 * document or the HTML report from a controller: {@link TreemReportHttpMessageConverter} writes
 * them.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemReport {
  private final Plan plan;
  private final ReportDocument document;
  private final DataQuality stats;
  private final HtmlReport html;

  TreemReport(Plan plan, ReportDocument document, DataQuality stats, HtmlReport html) {
    this.plan = Objects.requireNonNull(plan);
    this.document = Objects.requireNonNull(document);
    this.stats = Objects.requireNonNull(stats);
    this.html = Objects.requireNonNull(html);
  }

  /** {@return the plan the targets come from} */
  public Plan getPlan() {
    return plan;
  }

  /** {@return the report document (JSON: {@code application/json})} */
  public ReportDocument getDocument() {
    return document;
  }

  /** {@return the counts of the rows read: read = accepted + rejected} */
  public DataQuality getDataQuality() {
    return stats;
  }

  /** {@return the HTML report ({@code text/html}), in the configured language} */
  public HtmlReport getHtml() {
    return html;
  }

  @Override
  public String toString() {
    return "TreemReport[year=" + document.getReport().getYear() + ", rowsRead=" + stats.getRowsRead()
        + ", rowsAccepted=" + stats.getRowsAccepted() + ", rowsRejected=" + stats.getRowsRejected() + "]";
  }
}

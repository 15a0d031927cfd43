package io.github.treem.spring;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.html.HtmlReport;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Computes a plan's report from a commune register (CSV or JSON, detected), as {@code treem report}
 * does: the rows are read as the register format defines them (a row the reader rejects is counted,
 * never added), the indicators are computed with a breakdown by village, small numbers are hidden
 * unless {@code treem.suppression=false}, and the plan's targets are assessed.
 *
 * <pre>{@code
 * TreemReport report = reports.read(plan, upload.getInputStream(), upload.getOriginalFilename());
 * long rejected = report.getDataQuality().getRowsRejected();
 * }</pre>
 *
 * <p>Reference date: {@code treem.reference-date} when set, else 31 December of the plan's year;
 * the reporting year is the plan's. The register is streamed, never held in memory whole.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TreemReports {
  private final Optional<LocalDate> referenceDate;
  private final Language language;
  private final boolean suppression;

  private TreemReports(Optional<LocalDate> referenceDate, Language language, boolean suppression) {
    this.referenceDate = referenceDate;
    this.language = language;
    this.suppression = suppression;
  }

  /**
   * Report computing with the application's properties.
   *
   * @param properties the properties {@code treem.*}
   * @return the report computing
   */
  public static TreemReports of(TreemProperties properties) {
    return new TreemReports(Optional.ofNullable(properties.getReferenceDate()),
        Objects.requireNonNull(properties.getLanguage(), "treem.language must not be null"),
        properties.isSuppression());
  }

  /** {@return the language of the reports} */
  public Language getLanguage() {
    return language;
  }

  /** {@return whether small numbers are hidden} */
  public boolean isSuppression() {
    return suppression;
  }

  /**
   * Reads a register and computes the plan's report.
   *
   * @param plan the plan (its year is the reporting year; its targets are assessed)
   * @param register the register's bytes, CSV or JSON (closed when read)
   * @param fileName the file's name, for issue locations and the manifest (null when none)
   * @return the report
   * @throws IOException when the register cannot be read
   */
  public TreemReport read(Plan plan, InputStream register, String fileName) throws IOException {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(register, "register must not be null");
    int year = plan.getYear();
    LocalDate ref = referenceDate.orElse(LocalDate.of(year, 12, 31));
    String name = fileName == null || fileName.isBlank() ? "register" : baseName(fileName);
    IndicatorCalculator calculator = IndicatorCalculator.builder().year(year).referenceDate(ref)
        .breakdowns(BreakdownDimension.VILLAGE).build();
    ReadOptions.Builder options = ReadOptions.builder().reportingYear(year).referenceDate(ref);
    if (fileName != null && !fileName.isBlank()) {
      options.fileName(name);
    }
    // the library's one report pipeline: reading, counting, disclosure control and the audit,
    // target assessment on the published figures, and the manifest (the register's digest included)
    ReportPipeline.Builder pipeline = ReportPipeline.builder().calculator(calculator).plan(plan)
        .reading(RegisterReading.of(options.build()))
        .putManifestOption("lang", language.getLocale().getLanguage())
        .putManifestOption("plan", plan.getNumber());
    if (!suppression) {
      pipeline.unsuppressedForInternalUse();
    }
    ReportDocument document = pipeline.build().run(List.of(RegisterSource.of(name, () -> register)));
    HtmlReport html = HtmlReport.of(plan, document).withLanguage(language);
    return new TreemReport(plan, document, document.getReport().getDataQuality().orElseThrow(), html);
  }

  private static String baseName(String fileName) {
    String n = fileName.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return "TreemReports[referenceDate=" + referenceDate.map(LocalDate::toString).orElse("31 December of the plan's year")
        + ", language=" + language + ", suppression=" + suppression + "]";
  }
}

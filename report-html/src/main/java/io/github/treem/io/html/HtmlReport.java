package io.github.treem.io.html;

import org.apiguardian.api.API;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.WriterOutput;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.io.internal.html.ChildFriendlyView;
import io.github.treem.io.internal.html.View;
import io.github.treem.io.report.ChildFriendlyStanding;
import io.github.treem.io.internal.html.ViewBuilder;
import io.github.treem.io.internal.html.jte.JtereportGenerated;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The progress report of a plan as one self-contained HTML file, for people to read on screen or
 * print on A4: the plan's header; one card per target with the value, the threshold drawn on a
 * bar, the status in words, symbol and colour, numerator and denominator and the responsible
 * units; one bar chart per indicator by village (by area when the report covers several areas)
 * with a data table; the data quality (input rows, exclusions by reason); and the
 * reproducibility manifest.
 *
 * <pre>{@code
 * HtmlReport.of(plan, report)
 *     .withLanguage(Language.EN)            // core's Language, as ReportJson takes it
 *     .withManifest(manifest)               // the ReportManifest of the report
 *     .writeTo(writer);
 * }</pre>
 *
 * <p>The file needs nothing else to be shown: the style sheet and the charts (SVG) are inline,
 * and there are no scripts, fonts, images or links. It is accessible ({@code lang} attribute,
 * headings h1 &gt; h2 &gt; h3 in order, every chart an {@code <svg role="img">} with a title and
 * a description, and a data table beside it; text contrast of at least 4.5:1) and Vietnamese by
 * default. Every text from the plan, the report or the manifest is HTML-escaped by the template
 * engine (jte, templates precompiled at build time).
 *
 * <p>The report is published: disclosure control
 * ({@link io.github.treem.indicators.DisclosureControl#publish(IndicatorReport, java.util.List)})
 * is applied before rendering, so hidden cells and hidden exclusion counts appear as
 * {@value io.github.treem.indicators.DisclosureControl#SYMBOL} (cells hatched), with the note
 * {@link io.github.treem.indicators.DisclosureControl#NOTE_VI} /
 * {@link io.github.treem.indicators.DisclosureControl#NOTE_EN}.
 * Targets are assessed by {@link io.github.treem.indicators.TargetAssessment} (MET, NOT_MET with
 * the gap, NO_DATA); an {@code INCREASE} target with neither a previous report
 * ({@link #withPreviousReport}) nor a baseline cannot be assessed and is shown as no data.
 *
 * <p>Output is deterministic: the same inputs give the same bytes (UTF-8, {@code \n} line
 * ends, no clock read).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlReport {
  private final Plan plan;
  private final IndicatorReport report;
  private final Language language;
  private final List<Map.Entry<String, String>> manifest;
  private final Optional<IndicatorReport> previous;
  private final Optional<ChildFriendlyStanding> childFriendly;

  private HtmlReport(Plan plan, IndicatorReport report, Language language, List<Map.Entry<String, String>> manifest,
      Optional<IndicatorReport> previous) {
    this(plan, report, language, manifest, previous, Optional.empty());
  }

  private HtmlReport(Plan plan, IndicatorReport report, Language language, List<Map.Entry<String, String>> manifest,
      Optional<IndicatorReport> previous, Optional<ChildFriendlyStanding> childFriendly) {
    this.childFriendly = childFriendly;
    this.plan = plan;
    this.report = report;
    this.language = language;
    this.manifest = manifest;
    this.previous = previous;
  }

  /**
   * A report of a plan's progress, in Vietnamese, without a manifest.
   *
   * @param plan the plan (its header, targets and units)
   * @param report the computed indicators (suppressed before rendering if not already)
   * @return the HTML report
   */
  public static HtmlReport of(Plan plan, IndicatorReport report) {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(report, "report must not be null");
    return new HtmlReport(plan, report, Language.VI, List.of(), Optional.empty());
  }

  /**
   * A copy in another language.
   *
   * @param language the language
   * @return the copy
   */
  public HtmlReport withLanguage(Language language) {
    return new HtmlReport(plan, report, Objects.requireNonNull(language, "language must not be null"), manifest,
        previous, childFriendly);
  }

  /**
   * A copy with the reproducibility manifest, shown as a key/value table: the treem version, the
   * year, the reference date, then each option ({@code option by}), each input's SHA-256
   * ({@code input qv.csv (sha256)}) and each WHO table's SHA-256, in the manifest's key order.
   *
   * @param manifest the manifest (keys and values are shown as text, escaped)
   * @return the copy
   */
  public HtmlReport withManifest(ReportManifest manifest) {
    Objects.requireNonNull(manifest, "manifest must not be null");
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    rows.add(Map.entry("treem", manifest.getTreemVersion()));
    rows.add(Map.entry("year", Integer.toString(manifest.getYear())));
    rows.add(Map.entry("referenceDate", manifest.getReferenceDate().toString()));
    manifest.getOptions().forEach((k, v) -> rows.add(Map.entry("option " + k, v)));
    manifest.getInputs().forEach((k, v) -> rows.add(Map.entry("input " + k + " (sha256)", v)));
    manifest.getGrowthTables().forEach((k, v) -> rows.add(Map.entry("WHO table " + k + " (sha256)", v)));
    return new HtmlReport(plan, report, language, List.copyOf(rows), previous, childFriendly);
  }

  /**
   * A copy that assesses {@code INCREASE} targets against last year's report (the value of the
   * same indicator), instead of the baseline written in the target.
   *
   * @param lastYear last year's report
   * @return the copy
   */
  public HtmlReport withPreviousReport(IndicatorReport lastYear) {
    return new HtmlReport(plan, report, language, manifest,
        Optional.of(Objects.requireNonNull(lastYear, "lastYear must not be null")), childFriendly);
  }

  /**
   * A copy that shows the commune's score card on the child-friendly commune standard (after the
   * targets), as the report document holds it ({@link io.github.treem.io.report.ReportDocument#getChildFriendly()}).
   *
   * @param standing the standing
   * @return the copy
   */
  public HtmlReport withChildFriendly(ChildFriendlyStanding standing) {
    return new HtmlReport(plan, report, language, manifest, previous,
        Optional.of(Objects.requireNonNull(standing, "standing must not be null")));
  }

  /** {@return the language} */
  public Language getLanguage() {
    return language;
  }

  /**
   * Writes the HTML document.
   *
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   */
  public void writeTo(Writer out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    View.Report view = new ViewBuilder(language == Language.VI, plan, io.github.treem.indicators.DisclosureControl.publish(report, java.util.List.of()).report(), manifest,
        previous).build();
    if (childFriendly.isPresent()) {
      view = view.withChildFriendly(ChildFriendlyView.of(childFriendly.get(), language == Language.VI));
    }
    try {
      JtereportGenerated.render(new OwaspHtmlTemplateOutput(new WriterOutput(out)), null, view);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  /**
   * Writes the HTML document to a file, in UTF-8.
   *
   * @param file the file (created or replaced)
   * @throws IOException when writing fails
   */
  public void writeTo(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeTo(w);
    }
  }

  /** {@return the HTML document as a string} */
  public String render() {
    StringWriter sw = new StringWriter();
    try {
      writeTo(sw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }
}

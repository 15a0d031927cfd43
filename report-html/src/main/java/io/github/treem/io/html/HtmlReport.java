package io.github.treem.io.html;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.WriterOutput;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.io.internal.html.ChildFriendlyView;
import io.github.treem.io.internal.html.ProvinceView;
import io.github.treem.io.internal.html.View;
import io.github.treem.io.internal.html.ViewBuilder;
import io.github.treem.io.internal.html.jte.JtereportGenerated;
import io.github.treem.io.report.ChildFriendlyStanding;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.submission.ProvinceStanding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The progress report of a plan as one self-contained HTML file, for people to read on screen or
 * print on A4: the plan's header; one card per target with the value, the threshold drawn on a
 * bar, the status in words, symbol and colour, numerator and denominator, the responsible units
 * (an inferred lead unit marked as such) and the indicator's caveat where it measures less than
 * the plan's sentence; one bar chart per indicator by village (by area when the report covers
 * several areas) with a data table; the data quality (input rows, exclusions by reason); and the
 * reproducibility manifest.
 *
 * <pre>{@code
 * HtmlReport.of(plan, document)             // a ReportDocument (ReportPipeline gives one)
 *     .withLanguage(Language.EN)            // core's Language, as ReportJson takes it
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
 * <p><b>What it shows</b> is {@link ReportDocument#published()}, as every writer of a report
 * (the one rule of {@link ReportDocument}): a report not yet suppressed is suppressed and audited
 * first, with the target statuses beside it; the unsuppressed figures only for a document asked
 * for by name ({@link ReportDocument#unsuppressedForInternalUse}), under a banner saying it must
 * not be published. Hidden cells and hidden exclusion counts appear as
 * {@value io.github.treem.indicators.DisclosureControl#SYMBOL} (cells hatched), with the note
 * {@link io.github.treem.indicators.DisclosureControl#NOTE_VI} /
 * {@link io.github.treem.indicators.DisclosureControl#NOTE_EN}. Every value, threshold, last
 * year's value and change is displayed by the indicator's
 * {@link io.github.treem.indicators.ValueFormat} ({@link ReportDocument#format},
 * {@link ReportDocument#previousValue}, {@link ReportDocument#changeSince}): a value short of its
 * target is never shown equal to it (19,999/20,000 against {@code ≥ 100%} is {@code 99,99%}). A
 * report of synthetic data ({@link ReportManifest#isSyntheticData()}) opens with the banner
 * {@link ReportManifest#SYNTHETIC_VI} / {@link ReportManifest#SYNTHETIC_EN}.
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
  private final ReportDocument document;
  private final Language language;
  private final Optional<ProvinceStanding> province;

  private HtmlReport(Plan plan, ReportDocument document, Language language) {
    this(plan, document, language, Optional.empty());
  }

  private HtmlReport(Plan plan, ReportDocument document, Language language, Optional<ProvinceStanding> province) {
    this.plan = plan;
    this.document = document;
    this.language = language;
    this.province = province;
  }

  /**
   * The report of a document, in Vietnamese: the document's figures as published, its targets'
   * assessments, its earlier years and its manifest. A document without target assessments
   * (built without a plan) has the plan's targets assessed on its report, against its latest
   * earlier year for {@code INCREASE} targets.
   *
   * @param plan the plan (its header, targets and units)
   * @param document the document ({@link ReportDocument#published()} is what is shown)
   * @return the HTML report
   */
  public static HtmlReport of(Plan plan, ReportDocument document) {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(document, "document must not be null");
    ReportDocument d = document;
    if (d.getTargets().isEmpty() && !plan.getTargets().isEmpty()) {
      d = ReportDocument.builder().from(d)
          .targets(TargetAssessment.assessAll(plan, d.getReport(), d.lastYear())).build();
    }
    if (d.getMonitoringLines().isEmpty() && !plan.getMonitoring().isEmpty()) {
      // the plan's aims without a number, read beside its targets
      d = ReportDocument.builder().from(d).monitoringLines(plan.getMonitoring()).build();
    }
    return new HtmlReport(plan, d, Language.VI);
  }

  /**
   * A report of a plan's progress, in Vietnamese, without a manifest: the report with the plan's
   * targets assessed on it, as {@link #of(Plan, ReportDocument)} shows it (suppressed and audited
   * before rendering if not already).
   *
   * @param plan the plan (its header, targets and units)
   * @param report the computed indicators
   * @return the HTML report, the same as {@code of(plan, ReportDocument.of(report, List.of()))}
   *     (prefer giving the {@link ReportDocument} every other writer writes, with its manifest
   *     and earlier years)
   */
  public static HtmlReport of(Plan plan, IndicatorReport report) {
    Objects.requireNonNull(report, "report must not be null");
    return of(plan, ReportDocument.of(report, List.of()));
  }

  /**
   * A copy in another language.
   *
   * @param language the language
   * @return the copy
   */
  public HtmlReport withLanguage(Language language) {
    return new HtmlReport(plan, document, Objects.requireNonNull(language, "language must not be null"), province);
  }

  /**
   * A copy that shows the province's view of its communes after the targets (the HTML report of
   * {@code treem merge}): for each target, the communes that meet it, do not, are hidden, have
   * no data or sent nothing, in a stacked bar (inline SVG); the districts' (before 1 July 2025)
   * and the province's values against the threshold, in a bar chart and a table; and the
   * communes that do not meet it, ranked, the furthest first. Every figure is a published one
   * ({@link ProvinceStanding}): a hidden figure is shown
   * {@value io.github.treem.indicators.DisclosureControl#SYMBOL} and counted as hidden, never
   * as met or not met.
   *
   * <pre>{@code
   * ProvinceRollUp.Result merged = ProvinceRollUp.builder().plan(plan).build().merge(submissions);
   * String html = HtmlReport.of(plan, merged.getDocument().orElseThrow())
   *     .withProvinceStanding(merged.getStanding().orElseThrow()).render();
   * }</pre>
   *
   * @param standing the province's standing ({@link io.github.treem.io.submission.ProvinceRollUp.Result#getStanding()})
   * @return the copy
   */
  public HtmlReport withProvinceStanding(ProvinceStanding standing) {
    Objects.requireNonNull(standing, "standing must not be null");
    return new HtmlReport(plan, document, language, Optional.of(standing));
  }

  /**
   * A copy with the reproducibility manifest, shown as a key/value table: the treem version, the
   * year, the reference date, whether the data are synthetic, then each option
   * ({@code option by}), each input's SHA-256 ({@code input qv.csv (sha256)}) and each WHO
   * table's SHA-256, in the manifest's key order.
   *
   * @param manifest the manifest (keys and values are shown as text, escaped)
   * @return the copy
   */
  public HtmlReport withManifest(ReportManifest manifest) {
    Objects.requireNonNull(manifest, "manifest must not be null");
    return new HtmlReport(plan, document.withManifest(manifest), language, province);
  }

  /**
   * A copy with last year's report beside this year's: its totals and the change since are
   * shown, and the plan's {@code INCREASE} targets are assessed against it (the value of the same
   * indicator) instead of the baseline written in the target.
   *
   * @param lastYear last year's report (an earlier year than the report's)
   * @return the copy
   * @throws IllegalArgumentException when it is not of an earlier year
   */
  public HtmlReport withPreviousReport(IndicatorReport lastYear) {
    Objects.requireNonNull(lastYear, "lastYear must not be null");
    List<ReportDocument.PreviousYear> years = new ArrayList<>();
    document.getPrevious().stream().filter(p -> p.getReport().getYear() != lastYear.getYear()).forEach(years::add);
    years.add(ReportDocument.PreviousYear.of(lastYear));
    years.sort(Comparator.comparingInt(p -> p.getReport().getYear()));
    ReportDocument d = ReportDocument.builder().from(document).previous(years)
        .targets(TargetAssessment.assessAll(plan, document.getReport(), Optional.of(lastYear))).build();
    return new HtmlReport(plan, d, language, province);
  }

  /**
   * A copy that shows the commune's score card on the child-friendly commune standard (after the
   * targets); a document that holds one ({@link ReportDocument#getChildFriendly()}) shows it anyway.
   *
   * @param standing the standing
   * @return the copy
   */
  public HtmlReport withChildFriendly(ChildFriendlyStanding standing) {
    Objects.requireNonNull(standing, "standing must not be null");
    return new HtmlReport(plan, ReportDocument.builder().from(document).childFriendly(standing).build(), language,
        province);
  }

  /** {@return the language} */
  public Language getLanguage() {
    return language;
  }

  /** {@return the document shown, as given (what is shown is its {@link ReportDocument#published()})} */
  public ReportDocument getDocument() {
    return document;
  }

  /**
   * Writes the HTML document.
   *
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when the document's report is marked suppressed and fails
   *     its disclosure audit (it is never written)
   */
  public void writeTo(Writer out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    ReportDocument published = document.published();
    View.Report view = new ViewBuilder(language == Language.VI, plan, published).build();
    if (published.getChildFriendly().isPresent()) {
      view = view.withChildFriendly(ChildFriendlyView.of(published.getChildFriendly().get(), language == Language.VI));
    }
    if (province.isPresent()) {
      view = view.withProvince(ProvinceView.of(province.get(), language == Language.VI));
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

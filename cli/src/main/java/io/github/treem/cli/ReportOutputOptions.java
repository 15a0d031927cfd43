package io.github.treem.cli;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Language;
import io.github.treem.io.html.HtmlReport;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.submission.ProvinceRollUp;
import io.github.treem.xlsx.ProvinceXlsxWriter;
import io.github.treem.xlsx.ReportXlsxWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The output options of the commands that write a report ({@code treem report}, {@code treem
 * merge}): {@code --format}, {@code -o}, {@code --lang}, {@code --no-suppression} (a picocli
 * mixin), and the one place that writes a report document in each format: table, JSON and CSV
 * through {@link ReportRenderer}, HTML through {@link HtmlReport}, the workbook through
 * {@link ReportXlsxWriter}; every one of them from the published figures
 * ({@link ReportDocument#published()}), unless {@code --no-suppression} asked for the figures
 * before suppression, for internal use.
 */
final class ReportOutputOptions {
  /** The formats, in the order of the usage message. */
  static final List<String> FORMATS = List.of("table", "json", "csv", "html", "xlsx");

  @Option(names = "--format", paramLabel = "table|json|csv|html|xlsx", defaultValue = "table",
      description = "Output format (default table); html: a self-contained progress report with charts;"
          + " xlsx: an Excel workbook (needs -o FILE).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (UTF-8, whole or not at all) instead of the standard output.")
  @Nullable Path output;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", description = "Language of names, the table and every message (default vi).")
  String lang;

  @Option(names = "--no-suppression", description = "Keep small numbers (internal use only: never publish).")
  boolean noSuppression;

  ReportOutputOptions() {}

  /** {@return the format asked for, lower case} */
  String format() {
    return format.strip().toLowerCase(Locale.ROOT);
  }

  /** {@return the language asked for (Vietnamese when {@code --lang} is not a language)} */
  Language language() {
    return Language.parse(lang).orElse(Language.VI);
  }

  /** {@return whether small numbers are suppressed (unless {@code --no-suppression})} */
  boolean suppressed() {
    return !noSuppression;
  }

  /**
   * Checks the options: a known format and language, and a file for a workbook.
   *
   * @param err standard error
   * @param name the command, e.g. {@code treem report}
   * @return whether they are usable (when not, the line was printed)
   */
  boolean check(PrintWriter err, String name) {
    Optional<Language> lg = Language.parse(lang);
    if (!FORMATS.contains(format()) || lg.isEmpty()) {
      err.println(name + ": " + Texts.t(language(), "--format là table, json, csv, html hoặc xlsx; --lang là vi hoặc en",
          "--format must be table, json, csv, html or xlsx; --lang vi or en"));
      return false;
    }
    if (format().equals("xlsx") && Output.isStandardOutput(output)) {
      err.println(name + ": " + Texts.t(lg.get(), "--format xlsx cần -o TỆP.xlsx (sổ làm việc không in ra màn hình được)",
          "--format xlsx needs -o FILE.xlsx (a workbook cannot be printed on standard output)"));
      return false;
    }
    return true;
  }

  /**
   * Writes a document in the format asked for, to {@code -o} (whole or not at all) or standard
   * output.
   *
   * @param spec the command
   * @param name the command's name for messages
   * @param document the document (published when written, unless {@code --no-suppression})
   * @param plan the plan, for HTML (its targets and activities)
   * @param syntheticData whether the figures are of synthetic data (marked in the workbook)
   * @return {@link Treem#EXIT_OK}, or {@link Treem#EXIT_USAGE} when the output cannot be written
   *     (the line printed)
   */
  int write(CommandSpec spec, String name, ReportDocument document, @Nullable Plan plan, boolean syntheticData) {
    return write(spec, name, document, plan, syntheticData, Optional.empty());
  }

  /**
   * Writes a document, with the province's view of a merge when it has one (a merge with
   * {@code --plan}): in HTML its section ({@link HtmlReport#withProvinceStanding}), as a workbook
   * the province's workbook ({@link ProvinceXlsxWriter}, its sheets before the report's).
   *
   * @param spec the command
   * @param name the command's name for messages
   * @param document the document
   * @param plan the plan, for HTML
   * @param syntheticData whether the figures are of synthetic data
   * @param merge the merge the document comes from, if any
   * @return {@link Treem#EXIT_OK}, or {@link Treem#EXIT_USAGE} when the output cannot be written
   */
  int write(CommandSpec spec, String name, ReportDocument document, @Nullable Plan plan, boolean syntheticData,
      Optional<ProvinceRollUp.Result> merge) {
    Optional<ProvinceRollUp.Result> province = merge.filter(m -> m.getStanding().isPresent());
    PrintWriter err = spec.commandLine().getErr();
    Language language = language();
    boolean vi = language == Language.VI;
    String text;
    try {
      switch (format()) {
        case "xlsx" -> {
          Path file = Objects.requireNonNull(output); // check() refuses xlsx without -o
          if (province.isPresent()) {
            AtomicFile.write(file, ProvinceXlsxWriter.of(province.get()).withLanguage(language)::writeTo);
            return Treem.EXIT_OK;
          }
          ReportXlsxWriter writer = (noSuppression ? ReportXlsxWriter.unsuppressedForInternalUse(document)
              : ReportXlsxWriter.of(document)).withLanguage(language).withSyntheticData(syntheticData);
          AtomicFile.write(file, writer::writeTo);
          return Treem.EXIT_OK;
        }
        case "json" -> text = ReportRenderer.json(document, vi);
        case "csv" -> text = ReportRenderer.csv(document);
        case "html" -> {
          // every command refuses --format html without a plan before it gets here
          HtmlReport html = HtmlReport.of(Objects.requireNonNull(plan, "html needs a plan"), document)
              .withLanguage(language);
          if (province.isPresent()) {
            html = html.withProvinceStanding(province.get().getStanding().orElseThrow());
          }
          text = html.render();
        }
        default -> text = ReportRenderer.tableWithManifest(ReportRenderer.table(document, vi),
            document.getManifest().orElseThrow(), vi);
      }
      try (Output out = Output.open(spec, output)) {
        out.writer().print(text);
        out.commit();
      }
    } catch (IOException e) {
      err.println(name + ": " + Texts.t(language, "không ghi được ", "cannot write ") + output + " ("
          + e.getClass().getSimpleName() + ")");
      return Treem.EXIT_USAGE;
    }
    return Treem.EXIT_OK;
  }
}

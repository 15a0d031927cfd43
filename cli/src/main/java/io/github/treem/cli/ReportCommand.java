package io.github.treem.cli;

import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.io.html.HtmlReport;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.xlsx.ReportXlsxWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treem report}: the plan's indicators (docs/indicators.md) computed from one or more
 * commune registers, with breakdowns, exclusions, target assessment and small-number suppression,
 * through io-formats' {@link io.github.treem.io.report.ReportPipeline}.
 *
 * <p>Defaults: the bundled Quảng Vinh 2020 plan and the bundled synthetic register of about
 * 2,500 children, year 2020, reference date 31 December of the year, breakdown by village,
 * table output in Vietnamese. Several registers ({@code --register} files, folders, {@code -})
 * are merged, with a breakdown {@code area} (one cell per register, keyed by its name without
 * extension). Rejected rows are reported on standard error (file, line, column, code, in the
 * language of {@code --lang}), never on standard output. Registers are read in parallel by
 * {@code --threads N} threads; the output, the manifest, the exit code and the lines on standard
 * error (in the order of the registers) are the same for every N.
 *
 * <p>JSON and CSV are written by io-formats' {@link io.github.treem.io.report.ReportJson} and
 * {@link io.github.treem.io.report.ReportCsv}, HTML by {@link HtmlReport}, the workbook by treem-xlsx's
 * {@link ReportXlsxWriter}, with the manifest.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the plan's indicators from commune registers and assess the plan's targets.",
      "Tính các chỉ tiêu của kế hoạch từ sổ theo dõi trẻ em và đánh giá mục tiêu.",
      "Dimensions for --by: village, sex, ethnicity, disability, age, group, area.",
      "Exit 0: report written; 1: some input row rejected or a file malformed; 2: usage or I/O error; 3: internal error."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ReportInputs inputs = new ReportInputs();

  @Option(names = "--by", paramLabel = "DIM", split = ",", description = "Breakdowns, comma-separated (default village).")
  List<String> by;

  @Option(names = "--format", paramLabel = "table|json|csv|html|xlsx", defaultValue = "table",
      description = "Output format (default table); html: a self-contained progress report with charts;"
          + " xlsx: an Excel workbook (needs -o FILE).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (UTF-8, whole or not at all) instead of the standard output.")
  Path output;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", description = "Language of names, the table and every message (default vi).")
  String lang;

  @Option(names = "--no-suppression", description = "Keep small numbers (internal use only: never publish).")
  boolean noSuppression;

  ReportCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String name = "treem report";
    String fmt = format.strip().toLowerCase(Locale.ROOT);
    Optional<Language> lg = Language.parse(lang);
    if (!List.of("table", "json", "csv", "html", "xlsx").contains(fmt) || lg.isEmpty()) {
      Language l = lg.orElse(Language.VI);
      err.println(name + ": " + Texts.t(l, "--format là table, json, csv, html hoặc xlsx; --lang là vi hoặc en",
          "--format must be table, json, csv, html or xlsx; --lang vi or en"));
      return Treem.EXIT_USAGE;
    }
    if (fmt.equals("xlsx") && Output.isStandardOutput(output)) {
      Language l = lg.get();
      err.println(name + ": " + Texts.t(l, "--format xlsx cần -o TỆP.xlsx (sổ làm việc không in ra màn hình được)",
          "--format xlsx needs -o FILE.xlsx (a workbook cannot be printed on standard output)"));
      return Treem.EXIT_USAGE;
    }
    Language language = lg.get();
    Set<BreakdownDimension> dims = EnumSet.noneOf(BreakdownDimension.class);
    for (String d : by == null ? List.of("village") : by) {
      if (d.isBlank()) {
        continue;
      }
      Optional<BreakdownDimension> dim = BreakdownDimension.fromKey(d);
      if (dim.isEmpty()) {
        err.println(name + ": " + Texts.t(language, "không có cách phân tổ '", "unknown breakdown '") + d.strip()
            + "' (village, sex, ethnicity, disability, age, group, area)");
        return Treem.EXIT_USAGE;
      }
      dims.add(dim.get());
    }
    ReportInputs.Computed c = inputs.compute(err, name, language, dims, !noSuppression, fmt.equals("html"));
    if (c.document() == null) {
      return c.failure();
    }
    ReportDocument document = c.document();
    boolean vi = language == Language.VI;
    String text;
    switch (fmt) {
      case "xlsx":
        return writeWorkbook(document, language, err, name, c.rejected());
      case "json":
        text = ReportRenderer.json(document, vi);
        break;
      case "csv":
        text = ReportRenderer.csv(document);
        break;
      case "html":
        text = HtmlReport.of(c.plan(), document).withLanguage(language).render();
        break;
      default:
        text = ReportRenderer.tableWithManifest(ReportRenderer.table(document, vi),
            document.getManifest().orElseThrow(), vi);
        break;
    }
    try (Output out = Output.open(spec, output)) {
      out.writer().print(text);
      out.commit();
    } catch (IOException e) {
      err.println(name + ": " + Texts.t(language, "không ghi được ", "cannot write ") + output + " ("
          + e.getClass().getSimpleName() + ")");
      return Treem.EXIT_USAGE;
    }
    return c.rejected() ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
  }

  /**
   * Writes the report as a workbook to {@code -o} (whole or not at all): published, or with
   * {@code --no-suppression} the figures before suppression, marked for internal use; the bundled
   * register's figures are marked synthetic.
   */
  private int writeWorkbook(ReportDocument document, Language language, PrintWriter err, String name, boolean rejected) {
    // the manifest says whether the data are synthetic (the bundled register is)
    ReportXlsxWriter writer = (noSuppression ? ReportXlsxWriter.unsuppressedForInternalUse(document)
        : ReportXlsxWriter.of(document)).withLanguage(language);
    try {
      AtomicFile.write(output, writer::writeTo);
    } catch (IOException e) {
      err.println(name + ": " + Texts.t(language, "không ghi được ", "cannot write ") + output + " ("
          + e.getClass().getSimpleName() + ")");
      return Treem.EXIT_USAGE;
    }
    return rejected ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
  }
}

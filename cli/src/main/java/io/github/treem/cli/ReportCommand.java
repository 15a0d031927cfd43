package io.github.treem.cli;

import io.github.treem.core.plan.Plan;
import io.github.treem.indicators.Accumulator;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.ReadStats;
import io.github.treem.io.html.HtmlReport;
import io.github.treem.io.html.Language;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treem report}: the plan's indicators (docs/indicators.md) computed from one or more
 * commune registers, with breakdowns, exclusions, target assessment and small-number suppression.
 *
 * <p>Defaults: the bundled Quảng Vinh 2020 plan and the bundled synthetic register of about
 * 2,500 children, year 2020, reference date 31 December of the year, breakdown by village,
 * table output in Vietnamese. Several {@code --register} files are merged, with a breakdown
 * {@code area} (one cell per file, keyed by its name without extension). Exit codes: 0 success
 * (even when targets are not met), 1 some input row rejected or a file malformed, 2 usage or I/O
 * error. Rejected rows are reported on standard error (file, line, column, code), never on
 * standard output.
 *
 * <p>Every register is read once: its SHA-256, for the manifest, is computed while it is read.
 * Several registers are read in parallel by {@code --threads N} threads (default: the available
 * processors, at most one thread per file; {@code --threads 1} reads them one after the other),
 * each into its own accumulator, merged in the order of the files: the output, the manifest, the
 * exit code and the lines on standard error (in the order of the files) are the same for every N.
 *
 * <p>JSON output: {@code {"year", "referenceDate", "suppressed", "indicators": [{"code", "name",
 * "unit", "numerator", "denominator" (null for a count), "value" (null for NO_DATA), "state",
 * "exclusions": {reason: count}, "breakdowns": {dimension: [{"key", "numerator", "denominator",
 * "value", "state"}]}}], "targets": [{"id", "indicator", "comparator", "threshold", "value",
 * "status", "gap"}], "dataQuality": {"rowsRead", "rowsAccepted", "rowsRejected"}}}; a suppressed
 * cell has null figures and the state SUPPRESSED. CSV output: one row per total, exclusion,
 * breakdown cell and target ({@code indicator,dimension,key,numerator,denominator,value,state}).
 * Both are written by io-formats' {@link io.github.treem.io.report.ReportJson} and
 * {@link io.github.treem.io.report.ReportCsv}, with the manifest.
 *
 * @since 0.1.0
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the plan's indicators from commune registers and assess the plan's targets.",
      "Tính các chỉ tiêu của kế hoạch từ sổ theo dõi trẻ em và đánh giá mục tiêu.",
      "Dimensions for --by: village, sex, ethnicity, disability, age, group, area.",
      "Exit 0: report written; 1: some input row rejected; 2: usage or I/O error."
    })
public final class ReportCommand implements Callable<Integer> {

  static final String BUNDLED_REGISTER = "/io/github/treem/cli/bundled/quang-vinh-2020-register.csv";

  @Spec CommandSpec spec;

  @Option(names = "--plan", paramLabel = "FILE", description = "The plan (JSON); default: the bundled Quảng Vinh 2020 plan.")
  Path plan;

  @Option(names = "--register", paramLabel = "FILE", description = "A register (CSV, JSON or JSON Lines); repeat to merge several; default: the bundled register.")
  List<Path> registers = new ArrayList<>();

  @Option(names = "--year", paramLabel = "Y", description = "Reporting year (default 2020, or the year of --reference-date).")
  Integer year;

  @Option(names = "--reference-date", paramLabel = "D", description = "Reference date yyyy-MM-dd (default 31 December of the year).")
  String referenceDate;

  @Option(names = "--by", paramLabel = "DIM", split = ",", description = "Breakdowns, comma-separated (default village).")
  List<String> by;

  @Option(names = "--format", paramLabel = "table|json|csv|html", defaultValue = "table",
      description = "Output format (default table); html: a self-contained progress report with charts.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (UTF-8) instead of the standard output.")
  Path output;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", description = "Language of names and the table (default vi).")
  String lang;

  @Option(names = "--threads", paramLabel = "N", description = {
      "Registers read in parallel by N threads (default: the processors, at most one per file); the output is the same for every N.",
      "Số luồng đọc song song các sổ (mặc định: số bộ xử lý, tối đa một luồng mỗi sổ); kết quả như nhau với mọi N."})
  Integer threads;

  @Option(names = "--no-suppression", description = "Keep small numbers (internal use only: never publish).")
  boolean noSuppression;

  /** Creates the command (picocli instantiates it). */
  public ReportCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String fmt = format.strip().toLowerCase(Locale.ROOT);
    String lg = lang.strip().toLowerCase(Locale.ROOT);
    if (!List.of("table", "json", "csv", "html").contains(fmt) || !List.of("vi", "en").contains(lg)) {
      err.println("treem report: --format must be table, json, csv or html; --lang vi or en");
      return Treem.EXIT_USAGE;
    }
    Integer failed = prepare(err, "treem report");
    if (failed != null) {
      return failed;
    }
    Plan p = computedPlan;
    IndicatorReport report = computedReport;
    ReadStats stats = computedStats;
    List<TargetAssessment> targets = TargetAssessment.assessAll(p, report, Optional.empty());
    boolean vi = lg.equals("vi");
    ReportDocument document = ReportDocument.of(report, targets).withManifest(computedManifest);
    String text;
    switch (fmt) {
      case "json":
        text = ReportRenderer.json(document, vi);
        break;
      case "csv":
        text = ReportRenderer.csv(document);
        break;
      case "html":
        text = HtmlReport.of(p, report).withLanguage(vi ? Language.VI : Language.EN)
            .withManifest(manifestEntries(computedManifest)).render();
        break;
      default:
        text = ReportRenderer.tableWithManifest(ReportRenderer.table(report, targets, vi), computedManifest, vi);
        break;
    }
    if (output != null) {
      try {
        Files.writeString(output, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("treem report: cannot write " + output + " (" + e.getClass().getSimpleName() + ")");
        return Treem.EXIT_USAGE;
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return stats.rowsRejected() > 0 || stats.malformed() ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
  }

  /** The plan read by {@link #prepare}. */
  Plan computedPlan;
  /** The report computed by {@link #prepare} (suppressed unless --no-suppression). */
  IndicatorReport computedReport;
  /** The counts of the rows read by {@link #prepare}. */
  ReadStats computedStats;
  /** What the report was made from (version, dates, checksums of the inputs and WHO tables, options). */
  ReportManifest computedManifest;
  /** Extra breakdowns to compute (used by {@code treem export}). */
  Set<BreakdownDimension> extraDimensions = EnumSet.noneOf(BreakdownDimension.class);

  /**
   * Reads the plan and the registers and computes the report into the computed fields.
   *
   * @param err where to write problems
   * @param name the command's name, to prefix messages
   * @return null on success, else the exit code
   */
  Integer prepare(PrintWriter err, String name) {
    LocalDate ref = null;
    if (referenceDate != null) {
      try {
        ref = LocalDate.parse(referenceDate.strip());
      } catch (DateTimeParseException e) {
        err.println(name + ": --reference-date must be a date yyyy-MM-dd");
        return Treem.EXIT_USAGE;
      }
    }
    int y = year != null ? year : ref != null ? ref.getYear() : 2020;
    if (y < 1950 || y > 2200) {
      err.println(name + ": --year must be 1950-2200");
      return Treem.EXIT_USAGE;
    }
    if (ref == null) {
      ref = LocalDate.of(y, 12, 31);
    }
    Set<BreakdownDimension> dims = EnumSet.noneOf(BreakdownDimension.class);
    for (String d : by == null ? List.of("village") : by) {
      if (d.isBlank()) {
        continue;
      }
      Optional<BreakdownDimension> dim = BreakdownDimension.fromKey(d);
      if (dim.isEmpty()) {
        err.println(name + ": unknown breakdown '" + d.strip()
            + "' (village, sex, ethnicity, disability, age, group, area)");
        return Treem.EXIT_USAGE;
      }
      dims.add(dim.get());
    }
    if (threads != null && threads < 1) {
      err.println(name + ": --threads must be at least 1");
      return Treem.EXIT_USAGE;
    }
    if (registers.size() > 1) {
      dims.add(BreakdownDimension.AREA);
    }
    dims.addAll(extraDimensions);
    Plan p;
    try {
      p = plan == null ? TreemJson.bundledPlan("quang-vinh-2020") : TreemJson.strict().readPlan(Files.readString(plan));
    } catch (NoSuchFileException e) {
      err.println(name + ": no such file: " + plan);
      return Treem.EXIT_USAGE;
    } catch (IOException | RuntimeException e) {
      err.println(name + ": cannot read the plan " + plan + " (" + e.getClass().getSimpleName() + ")");
      return Treem.EXIT_USAGE;
    }
    IndicatorCalculator calc = IndicatorCalculator.builder().year(y).referenceDate(ref).breakdowns(dims).build();
    // Rows are read as the register format defines them (a row the reader rejects is counted and
    // reported); the report does not add the validator's context rules (treem validate does), so
    // that every row the format accepts counts in the indicators exactly as docs/indicators.md defines.
    ReadOptions options = ReadOptions.builder().reportingYear(y).referenceDate(ref).build();
    List<RegisterReads.Source> sources = new ArrayList<>();
    if (registers.isEmpty()) {
      InputStream in = ReportCommand.class.getResourceAsStream(BUNDLED_REGISTER);
      if (in == null) {
        err.println(name + ": the bundled register is missing from this build");
        return Treem.EXIT_USAGE;
      }
      sources.add(new RegisterReads.Source("quang-vinh-2020-register", Optional.of("quang-vinh-2020-register.csv"),
          () -> in));
    } else {
      for (Path f : registers) {
        if (!Files.isRegularFile(f)) {
          err.println(name + ": no such file: " + f);
          return Treem.EXIT_USAGE;
        }
      }
      for (Path f : registers) {
        sources.add(new RegisterReads.Source(area(f), Optional.ofNullable(f.getFileName()).map(Path::toString),
            () -> Files.newInputStream(f)));
      }
    }
    int n = threads != null ? threads : Math.min(Runtime.getRuntime().availableProcessors(), sources.size());
    RegisterReads.Result read = RegisterReads.read(sources, n, calc::newAccumulator, options, err);
    Accumulator acc = read.accumulator();
    ReadStats stats = read.stats();
    IndicatorReport report = acc.result()
        .withDataQuality(DataQuality.of(stats.rowsRead(), stats.rowsAccepted(), stats.rowsRejected()));
    if (!noSuppression) {
      report = io.github.treem.indicators.DisclosureControl.publish(report, java.util.List.of()).report();
    }
    computedPlan = p;
    computedReport = report;
    computedStats = stats;
    computedManifest = manifest(y, ref, dims, read.sha256());
    return null;
  }

  /**
   * The manifest: the same inputs and options always give the same manifest, whatever their order.
   * The inputs' digests were computed while they were read, in the order of {@code --register}.
   */
  private ReportManifest manifest(int y, LocalDate ref, Set<BreakdownDimension> dims, List<String> sha256) {
    ReportManifest.Builder manifest = ReportManifest.builder().year(y).referenceDate(ref)
        .putOptions("by", dims.stream().map(BreakdownDimension::getKey).sorted().collect(Collectors.joining(",")))
        .putOptions("lang", lang == null ? "vi" : lang.strip().toLowerCase(Locale.ROOT))
        .putOptions("suppression", Boolean.toString(!noSuppression));
    try {
      if (plan == null) {
        manifest.putOptions("plan", "bundled:quang-vinh-2020");
      } else {
        manifest.putOptions("plan", fileName(plan) + " sha256 " + ReportManifest.sha256(Files.readAllBytes(plan)));
      }
      if (registers.isEmpty()) {
        manifest.putInputs("bundled:quang-vinh-2020-register.csv", sha256.get(0));
      }
      for (int i = 0; i < registers.size(); i++) {
        manifest.putInputs(fileName(registers.get(i)), sha256.get(i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return manifest.build();
  }

  private static Map<String, String> manifestEntries(ReportManifest m) {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("treem", m.getTreemVersion());
    e.put("year", Integer.toString(m.getYear()));
    e.put("referenceDate", m.getReferenceDate().toString());
    m.getOptions().forEach((k, v) -> e.put("option " + k, v));
    m.getInputs().forEach((k, v) -> e.put("input " + k + " (sha256)", v));
    m.getGrowthTables().forEach((k, v) -> e.put("WHO table " + k + " (sha256)", v));
    return e;
  }

  private static String fileName(Path f) {
    return f.getFileName() == null ? f.toString() : f.getFileName().toString();
  }

  private static String area(Path f) {
    String n = f.getFileName() == null ? f.toString() : f.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}

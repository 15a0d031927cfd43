package io.github.treem.cli;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.cases.CaseAccumulator;
import io.github.treem.indicators.cases.CaseFigureCalculator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.ReadSink;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.TextEncoding;
import io.github.treem.io.cases.CaseFiles;
import io.github.treem.io.cases.CaseReadOptions;
import io.github.treem.io.cases.CaseReport;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import io.github.treem.io.report.ReportPipeline;
import io.github.treem.io.report.ReportReadException;
import io.github.treem.io.report.ReportSeriesException;
import io.github.treem.io.report.ReportSeriesIssueCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The inputs of the commands that compute the report ({@code report}, {@code export dhis2}):
 * plan, registers (files, folders, {@code -}), year, reference date, earlier years' reports (a
 * malformed one, or one of another commune or of a year not earlier: exit 1, nothing written),
 * threads, {@code --quiet};
 * and the one call that computes it, through io-formats' {@link ReportPipeline}.
 */
final class ReportInputs {
  static final String BUNDLED_REGISTER = "/io/github/treem/cli/bundled/quang-vinh-2020-register.csv";
  /**
   * The synthetic protection cases of the bundled register's children, as {@code treem generate
   * --seed 2020 --year 2020 --children 2500 --cases FILE} writes them (a test regenerates and
   * compares): read with the bundled register when no {@code --register} nor {@code --cases} is
   * given and the year is 2020, so that the default report shows the case figures.
   */
  static final String BUNDLED_CASES = "/io/github/treem/cli/bundled/quang-vinh-2020-cases.jsonl";
  /**
   * Last year's report of the bundled demonstration: {@code treem report --format json --year 2019}
   * over a synthetic 2019 register of the demo commune ({@code treem generate --year 2019 --seed
   * 2019}), used as {@code --previous} when the bundled register and plan are (BundledPreviousReportTest
   * makes it again and compares).
   */
  static final String BUNDLED_PREVIOUS = "/io/github/treem/cli/bundled/quang-vinh-2019-report.json";

  @Option(names = "--plan", paramLabel = "FILE", description = "The plan (JSON); default: the bundled Quảng Vinh 2020 plan.")
  @Nullable Path plan;

  @Option(names = "--register", paramLabel = "FILE|FOLDER|-", description = {
      "A register (CSV, JSON or JSON Lines), a folder (every register file in it, in name order) or - for standard"
          + " input; repeat to merge several; default: the bundled register.",
      "Sổ theo dõi (CSV, JSON, JSON Lines), thư mục (mọi tệp sổ trong đó, theo thứ tự tên) hoặc - (đầu vào chuẩn)."})
  List<String> registers = new ArrayList<>();

  @Option(names = "--year", paramLabel = "Y", description = "Reporting year (default 2020, or the year of --reference-date).")
  @Nullable Integer year;

  @Option(names = "--reference-date", paramLabel = "D", description = "Reference date yyyy-MM-dd (default 31 December of the year).")
  @Nullable String referenceDate;

  @Option(names = "--threads", paramLabel = "N", description = {
      "Registers read in parallel by N threads (default: the processors, at most one per file); the output is the same for every N.",
      "Số luồng đọc song song các sổ (mặc định: số bộ xử lý, tối đa một luồng mỗi sổ); kết quả như nhau với mọi N."})
  @Nullable Integer threads;

  @Option(names = {"--previous", "--previous-report"}, paramLabel = "FILE", description = {
      "A report of an earlier year (JSON, as treem report --format json writes it), repeatable for a series: each"
          + " output shows its figures and the change; INCREASE targets are assessed against the year before's.",
      "Báo cáo năm trước (JSON), có thể lặp lại: in kèm số liệu và mức thay đổi; mục tiêu tăng dần so với năm liền trước."})
  List<Path> previousReports = new ArrayList<>();

  @Option(names = "--cases", paramLabel = "FILE", description = {
      "A file of the commune's protection cases (.json, .jsonl, .ndjson or .csv, case-v1), repeatable: the case"
          + " figures (cases received, emergency response within 12 hours, plans approved in time, referrals) join the"
          + " report, small numbers hidden; --by source, harm, status break them down.",
      "Tệp hồ sơ vụ việc bảo vệ trẻ em (có thể lặp lại): số liệu vụ việc được đưa vào báo cáo, số nhỏ được ẩn."})
  List<Path> caseFiles = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "No progress line on standard error / Không hiện tiến độ.")
  boolean quiet;

  @picocli.CommandLine.Mixin
  ChildFriendlyInputs childFriendly = new ChildFriendlyInputs();

  @Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "ENC", description = {
      "Encoding of CSV registers: auto, utf-8 (default), utf-16, windows-1258, tcvn3 or vni (tcvn3/vni also for"
          + " workbook cells typed in those fonts).",
      "Bảng mã của tệp CSV: auto, utf-8 (mặc định), utf-16, windows-1258, tcvn3 hoặc vni."})
  String encoding;

  @Option(names = "--sheet", paramLabel = "NAME|N", description = {
      "Sheet of workbook registers to read: its name, or its position from 1 (default: the first sheet).",
      "Trang tính cần đọc của sổ Excel: tên trang, hoặc số thứ tự từ 1 (mặc định: trang đầu)."})
  @Nullable String sheet;

  /**
   * What a computation gave: the plan (null when it is not of the report's year and was left
   * out) and the document, or the exit code of a failure already reported.
   */
  record Computed(@Nullable Plan plan, @Nullable ReportDocument document, int failure, boolean casesRejected) {
    Computed(@Nullable Plan plan, @Nullable ReportDocument document, int failure) {
      this(plan, document, failure, false);
    }

    /** {@return whether some row or case was rejected or some file malformed} */
    boolean rejected() {
      return casesRejected || (document != null && document.getReport().getDataQuality()
          .map(q -> q.getRowsRejected() > 0 || q.isMalformed()).orElse(false));
    }
  }

  private static Computed failed(int code) {
    return new Computed(null, null, code);
  }

  /**
   * Reads the plan and the registers and computes the document, printing the rejected rows and
   * file issues on standard error (above the progress line) in the order of the registers.
   *
   * @param err standard error
   * @param name the command, e.g. {@code treem report}
   * @param lang the language of the lines
   * @param by the breakdowns asked for (the area breakdown is added for several registers)
   * @param suppressed whether small numbers are suppressed
   * @return the plan and the document, or the exit code of a failure (reported on err)
   */
  Computed compute(PrintWriter err, String name, Language lang, Set<BreakdownDimension> by, boolean suppressed) {
    return compute(err, name, lang, by, suppressed, false);
  }

  /**
   * As {@link #compute(PrintWriter, String, Language, Set, boolean)}; with {@code requirePlan},
   * a bundled plan of another year than {@code --year} is an error (exit 2) rather than left out.
   */
  Computed compute(PrintWriter err, String name, Language lang, Set<BreakdownDimension> by, boolean suppressed,
      boolean requirePlan) {
    LocalDate ref = null;
    if (referenceDate != null) {
      try {
        ref = LocalDate.parse(referenceDate.strip());
      } catch (DateTimeParseException e) {
        err.println(name + ": " + Texts.t(lang, "--reference-date phải là một ngày yyyy-MM-dd",
            "--reference-date must be a date yyyy-MM-dd"));
        return failed(Treem.EXIT_USAGE);
      }
    }
    int y = year != null ? year : ref != null ? ref.getYear() : 2020;
    if (y < 1950 || y > 2200) {
      err.println(name + ": " + Texts.t(lang, "--year phải trong khoảng 1950-2200", "--year must be 1950-2200"));
      return failed(Treem.EXIT_USAGE);
    }
    if (ref == null) {
      ref = LocalDate.of(y, 12, 31);
    }
    TextEncoding textEncoding;
    try {
      textEncoding = TextEncoding.parse(encoding);
    } catch (InvalidValueException e) {
      err.println(name + ": " + Texts.t(lang, "--encoding là auto, utf-8, utf-16, windows-1258, tcvn3 hoặc vni",
          "--encoding must be auto, utf-8, utf-16, windows-1258, tcvn3 or vni"));
      return failed(Treem.EXIT_USAGE);
    }
    if (sheet != null && sheet.isBlank()) {
      err.println(name + ": " + Texts.t(lang, "--sheet cần tên hoặc số thứ tự của trang tính",
          "--sheet needs the name or the position of a sheet"));
      return failed(Treem.EXIT_USAGE);
    }
    if (threads != null && threads < 1) {
      err.println(name + ": " + Texts.t(lang, "--threads phải từ 1 trở lên", "--threads must be at least 1"));
      return failed(Treem.EXIT_USAGE);
    }
    Optional<List<RegisterSource>> sources = sources(err, name, lang);
    if (sources.isEmpty()) {
      return failed(Treem.EXIT_USAGE);
    }
    Set<BreakdownDimension> dims = EnumSet.noneOf(BreakdownDimension.class);
    dims.addAll(by);
    if (sources.get().size() > 1) {
      dims.add(BreakdownDimension.AREA);
    }
    Plan p;
    String planOption;
    try {
      if (plan == null) {
        p = TreemJson.bundledPlan("quang-vinh-2020");
        planOption = "bundled:quang-vinh-2020";
      } else {
        byte[] bytes = Files.readAllBytes(plan);
        String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        p = TreemJson.strict().readPlan(text);
        Path f = plan.getFileName();
        planOption = (f == null ? plan.toString() : f.toString()) + " sha256 " + ReportManifest.sha256(bytes);
      }
    } catch (NoSuchFileException e) {
      err.println(name + ": " + Texts.t(lang, "không có tệp: ", "no such file: ") + plan);
      return failed(Treem.EXIT_USAGE);
    } catch (CharacterCodingException e) {
      err.println(name + ": " + Texts.t(lang, "kế hoạch không phải UTF-8: ", "the plan is not UTF-8: ") + plan);
      return failed(Treem.EXIT_USAGE);
    } catch (IOException | RuntimeException e) {
      err.println(name + ": " + Texts.t(lang, "không đọc được kế hoạch ", "cannot read the plan ") + plan + " ("
          + e.getClass().getSimpleName() + ")");
      return failed(Treem.EXIT_USAGE);
    }
    boolean planOfYear = p.getYear() == y;
    if (!planOfYear) {
      Issue issue = ReportSeriesIssueCode.SERIES_PLAN_OTHER_YEAR.issue(plan == null ? Severity.WARNING : Severity.ERROR,
          Location.unknown(), "plan " + p.getYear() + ", --year " + y);
      err.println(Texts.issueLine(name, issue, lang));
      if (plan != null || requirePlan) {
        // a plan named for another year is a mistake; the bundled plan is simply left out
        return failed(Treem.EXIT_USAGE);
      }
    }
    List<ReportDocument> previous = new ArrayList<>();
    List<String> previousNames = new ArrayList<>();
    List<String> previousOptions = new ArrayList<>();
    for (Path file : previousReports) {
      Path f = file.getFileName();
      String fileName = f == null ? file.toString() : f.toString();
      try {
        byte[] bytes = Files.readAllBytes(file);
        previous.add(ReportJson.of(lang).read(new ByteArrayInputStream(bytes), fileName));
        previousNames.add(fileName);
        previousOptions.add(fileName + " sha256 " + ReportManifest.sha256(bytes));
      } catch (NoSuchFileException e) {
        err.println(name + ": " + Texts.t(lang, "không có tệp: ", "no such file: ") + file);
        return failed(Treem.EXIT_USAGE);
      } catch (ReportReadException e) {
        // a malformed file: exit 1, as for a malformed register, and nothing is written
        err.println(Texts.issueLine(name, e.getIssue(), lang));
        err.println(name + ": " + Texts.t(lang, "--previous không phải một báo cáo treem: ",
            "--previous is not a treem report: ") + file);
        return failed(Treem.EXIT_REJECTED);
      } catch (IOException | UncheckedIOException e) {
        err.println(name + ": " + Texts.t(lang, "không đọc được ", "cannot read ") + file + " ("
            + e.getClass().getSimpleName() + ")");
        return failed(Treem.EXIT_USAGE);
      }
    }
    if (previousReports.isEmpty() && registers.isEmpty() && plan == null && planOfYear) {
      // the bundled demonstration: last year's report of the demo commune (synthetic, written by
      // treem report from a synthetic 2019 register), so that the INCREASE target is assessed
      try (InputStream in = ReportInputs.class.getResourceAsStream(BUNDLED_PREVIOUS)) {
        if (in == null) {
          throw new NoSuchFileException("the bundled previous-year report is missing from this build");
        }
        byte[] bytes = in.readAllBytes();
        String bundled = "bundled:quang-vinh-2019-report.json";
        previous.add(ReportJson.of(lang).read(new ByteArrayInputStream(bytes), bundled));
        previousNames.add(bundled);
        previousOptions.add(bundled + " sha256 " + ReportManifest.sha256(bytes) + " (synthetic)");
      } catch (IOException | ReportReadException e) {
        throw new IllegalStateException("the bundled previous-year report cannot be read", e);
      }
    }
    IndicatorCalculator calc = IndicatorCalculator.builder().year(y).referenceDate(ref).breakdowns(dims).build();
    // Rows are read with the readers' default, as Registers.open and treem validate read them: the
    // format, then treem's validator at the reference date (a row either rejects is counted and
    // reported), so that the library's documented path and the CLI give the same figures.
    ReadOptions options = ReadOptions.builder().reportingYear(y).referenceDate(ref).textEncoding(textEncoding)
        .sheet(Optional.ofNullable(sheet)).build();
    try (Progress progress = Progress.start(err, quiet, lang, name, sources.get().size())) {
      ReadSink sink = issue -> progress.println(Texts.issueLine(name, issue, lang));
      RegisterReading.Builder reading = RegisterReading.builder().options(options).sink(sink).progress(progress);
      if (threads != null) {
        reading.threads(threads);
      }
      ReportPipeline.Builder pipeline = ReportPipeline.builder().calculator(calc).reading(reading.build())
          .putManifestOption("lang", lang.name().toLowerCase(java.util.Locale.ROOT));
      if (planOfYear) {
        pipeline.plan(p).putManifestOption("plan", planOption);
      } else {
        p.getIssuerCommuneCode().ifPresent(pipeline::commune);
      }
      if (!suppressed) {
        pipeline.unsuppressedForInternalUse();
      }
      // the bundled register is synthetic: every output says so
      pipeline.syntheticData(sources.get().stream().anyMatch(s -> s.getManifestName().startsWith("bundled:")));
      for (int k = 0; k < previous.size(); k++) {
        pipeline.previousReport(previous.get(k), previousNames.get(k));
      }
      if (!previousOptions.isEmpty()) {
        pipeline.putManifestOption("previousReport", String.join("; ", previousOptions));
      }
      int cfc = childFriendly.apply(pipeline, err, name, lang, y, ref, registers.isEmpty() && plan == null && planOfYear);
      if (cfc != 0) {
        return failed(cfc);
      }
      DataQuality caseQuality = DataQuality.empty();
      boolean bundledCases = caseFiles.isEmpty() && registers.isEmpty() && y == 2020;
      if (!caseFiles.isEmpty() || bundledCases) {
        CaseAccumulator cases = CaseFigureCalculator.builder().year(y).referenceDate(ref).breakdowns(dims).build()
            .newAccumulator();
        List<String> caseOptions = new ArrayList<>();
        boolean[] syntheticCases = {false};
        if (bundledCases) {
          Optional<DataQuality> q = readCases("quang-vinh-2020-cases.jsonl", "bundled:", "bundled:quang-vinh-2020-cases.jsonl", () -> {
            InputStream in = ReportInputs.class.getResourceAsStream(BUNDLED_CASES);
            if (in == null) {
              throw new NoSuchFileException("the bundled case file is missing from this build");
            }
            return in;
          }, cases, dims.contains(BreakdownDimension.AREA), caseOptions, progress::println, name, lang, syntheticCases);
          if (q.isEmpty()) {
            return failed(Treem.EXIT_USAGE);
          }
          caseQuality = q.get();
        }
        for (Path file : caseFiles) {
          Optional<DataQuality> q = readCases(file, cases, dims.contains(BreakdownDimension.AREA), caseOptions,
              progress::println, name, lang, syntheticCases);
          if (q.isEmpty()) {
            return failed(Treem.EXIT_USAGE);
          }
          caseQuality = caseQuality.plus(q.get());
        }
        pipeline.cases(cases).putManifestOption("cases", String.join("; ", caseOptions));
        if (syntheticCases[0]) {
          pipeline.syntheticData(true); // a case file marked synthetic makes the report synthetic
        }
      }
      ReportPipeline built;
      try {
        built = pipeline.build();
      } catch (ReportSeriesException e) {
        // another commune, a year not earlier, a year twice: exit 1, nothing written
        progress.println(Texts.issueLine(name, e.getIssue(), lang));
        return failed(Treem.EXIT_REJECTED);
      }
      ReportDocument document;
      try {
        document = built.run(sources.get());
      } catch (IOException e) {
        progress.println(name + ": " + Texts.t(lang, "lỗi đọc sổ (", "I/O error reading a register (")
            + e.getClass().getSimpleName() + ")");
        return failed(Treem.EXIT_USAGE);
      }
      return new Computed(planOfYear ? p : null, document, 0,
          caseQuality.getRowsRejected() > 0 || caseQuality.isMalformed());
    }
  }

  /**
   * Reads one case file into the accumulator, streaming, hashing it as it is read: its issues go
   * to {@code lines} (located, coded, in the language of the run; no case data), its name and
   * digest to {@code options}, for the manifest; a file marked synthetic sets {@code synthetic[0]}.
   *
   * @return the counts, or empty when the file cannot be read (told on {@code lines})
   */
  private static Optional<DataQuality> readCases(Path file, CaseAccumulator cases, boolean byArea,
      List<String> options, java.util.function.Consumer<String> lines, String name, Language lang, boolean[] synthetic) {
    Path f = file.getFileName();
    String fileName = f == null ? file.toString() : f.toString();
    try {
      CaseFiles.formOf(file); // the extension is checked here, the form taken again from the name below
    } catch (IllegalArgumentException e) {
      lines.accept(name + ": " + fileName + ": " + Texts.t(lang, "tệp hồ sơ phải có đuôi .json, .jsonl, .ndjson hoặc .csv",
          "a case file ends in .json, .jsonl, .ndjson or .csv"));
      return Optional.empty();
    }
    return readCases(fileName, "", file.toString(), () -> Files.newInputStream(file), cases, byArea, options, lines, name, lang,
        synthetic);
  }

  /** Opens a case file's bytes. */
  private interface CaseBytes {
    InputStream open() throws IOException;
  }

  /**
   * Reads one case file, by its name ({@code prefix} before it in the manifest, e.g.
   * {@code bundled:}, whose warnings are not printed), the name shown in messages and its bytes, as {@link #readCases(Path, CaseAccumulator, boolean, List,
   * java.util.function.Consumer, String, Language)}.
   */
  private static Optional<DataQuality> readCases(String fileName, String prefix, String shown, CaseBytes bytes, CaseAccumulator cases,
      boolean byArea, List<String> options, java.util.function.Consumer<String> lines, String name, Language lang,
      boolean[] synthetic) {
    CaseFiles.Form form = CaseFiles.formOf(Path.of(fileName));
    String area = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    CaseReadOptions o = CaseReadOptions.builder().from(CaseReadOptions.defaults()).fileName(fileName).build();
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      io.github.treem.io.cases.CaseReader reader = CaseFiles.open(
          new java.security.DigestInputStream(bytes.open(), sha), form, o);
      DataQuality q = CaseReport.read(reader, issue -> {
            // the bundled demo file's late steps are meant: its warnings would only be noise
            if (prefix.isEmpty() || issue.getSeverity() != Severity.WARNING) {
              lines.accept(Texts.issueLine(name, issue, lang));
            }
          }, c -> {
            if (byArea) {
              cases.add(c, area);
            } else {
              cases.add(c);
            }
          });
      synthetic[0] |= reader.isSyntheticData();
      options.add(prefix + fileName + " sha256 " + java.util.HexFormat.of().formatHex(sha.digest()));
      return Optional.of(q);
    } catch (NoSuchFileException e) {
      lines.accept(name + ": " + Texts.t(lang, "không có tệp: ", "no such file: ") + shown);
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      lines.accept(name + ": " + Texts.t(lang, "không đọc được ", "cannot read ") + shown + " ("
          + e.getClass().getSimpleName() + ")");
      return Optional.empty();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * The registers: each {@code --register} a file, a folder (its register files in name order) or
   * {@code -} (standard input, once); none: the bundled register.
   */
  private Optional<List<RegisterSource>> sources(PrintWriter err, String name, Language lang) {
    if (registers.isEmpty()) {
      return Optional.of(List.of(RegisterSource.of("quang-vinh-2020-register.csv", () -> {
        InputStream in = ReportInputs.class.getResourceAsStream(BUNDLED_REGISTER);
        if (in == null) {
          throw new NoSuchFileException("the bundled register is missing from this build");
        }
        return in;
      }).withManifestName("bundled:quang-vinh-2020-register.csv")));
    }
    return Sources.resolve(registers, err, name, lang, false);
  }
}

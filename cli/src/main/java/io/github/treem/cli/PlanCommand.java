package io.github.treem.cli;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ReportingPeriod;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.plan.ActivityLogReader;
import io.github.treem.io.plan.ActivityLogReading;
import io.github.treem.io.plan.PlanJson;
import io.github.treem.io.plan.PlanReading;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import io.github.treem.planreport.FundingLine;
import io.github.treem.planreport.ImplementationReport;
import io.github.treem.planreport.ItemLine;
import io.github.treem.planreport.PlanDrafts;
import io.github.treem.planreport.ReportInputs;
import io.github.treem.planreport.TargetLine;
import io.github.treem.planreport.TargetResults;
import io.github.treem.planreport.UnitPart;
import io.github.treem.planreport.docx.WordPlanReport;
import io.github.treem.planreport.html.HtmlPlanReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code treem plan validate|report|next}: the plan's year. {@code validate} checks a plan file
 * (its form, as {@code plan-v2.schema.json} says, and the references between items, targets,
 * units, events and funding, dates, sums); {@code report} writes the commune's report on the
 * plan's implementation (Word per Nghị định 30/2020/NĐ-CP, HTML, or JSON) from the plan, the
 * activity log and, with {@code --report}, the target results of a published indicator report;
 * {@code next} drafts next year's plan. With no input arguments they run on the bundled Quảng
 * Vinh 2020 plan and its synthetic demo log. Exit codes as every command: 0 done, 1 a problem
 * in the input (an error in the plan or the log; a rejected row), 2 usage or I/O error, 3
 * internal error.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"The plan's year: check a plan, report on its implementation, draft next year's plan.",
        "Kế hoạch năm: kiểm tra kế hoạch, báo cáo kết quả thực hiện, dự thảo kế hoạch năm sau."},
    subcommands = {PlanCommand.Validate.class, PlanCommand.Report.class, PlanCommand.Next.class})
final class PlanCommand implements Callable<Integer> {
  static {
    quietPoiLogging();
  }

  /** The note of a report made from a synthetic activity log. */
  static final String SYNTHETIC_NOTE = "DỮ LIỆU MÔ PHỎNG – không phải số liệu thật";

  /** The bundled plan, when no {@code --plan} is given. */
  static final String BUNDLED = "quang-vinh-2020";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  PlanCommand() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Treem.EXIT_USAGE;
  }

  /**
   * Apache POI logs through the Log4j API; with no Log4j implementation on the class path, the API
   * prints a "no logging implementation" warning on standard error the first time POI logs. treem
   * routes POI's logging to Log4j's simple logger, switched off (POI's messages are about its own
   * internals, never for a commune officer), unless the user configured Log4j.
   */
  static void quietPoiLogging() {
    if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j.provider") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
      System.setProperty("log4j2.simplelogLevel", "OFF");
    }
  }

  /** The options every subcommand shares. */
  static final class Common {
    @CommandLine.Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
        description = "Language of every message (default: ${DEFAULT-VALUE}).")
    String lang;

    Language language(CommandLine.Model.CommandSpec spec) {
      return Language.parse(lang).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
          "--lang must be vi or en"));
    }
  }

  /**
   * The inputs of {@code report} and {@code next}: the plan, the activity log, and the figures: a
   * published indicator report ({@code --report}), or else the registers ({@code --register},
   * default the bundled register) computed on the one report pipeline exactly as
   * {@code treem report} computes them (same options: {@code --year}, default the plan's year;
   * {@code --reference-date}, default the end of the period; {@code --previous}; {@code --threads}).
   */
  static final class Inputs {
    /** The options of {@code treem report} that say where the figures come from. */
    @CommandLine.Mixin io.github.treem.cli.ReportInputs figures = new io.github.treem.cli.ReportInputs();

    @CommandLine.Option(names = "--activities", paramLabel = "FILE",
        description = "The activity log (.json, .jsonl or .csv; default: the bundled synthetic demo log).")
    @Nullable Path activities;

    @CommandLine.Option(names = "--report", paramLabel = "REPORT.json",
        description = "A published indicator report (treem report --format json) whose target results the report "
            + "states, instead of computing them from --register.")
    @Nullable Path report;

    /** Whether the registers read had a rejected row or a malformed file. */
    boolean rejected;

    /** The case figures of the computed report ({@code --cases}), published with the register's. */
    Optional<io.github.treem.planreport.CaseFigures> cases = Optional.empty();

    /** Whether the computed figures come from synthetic data (the bundled register). */
    boolean synthetic;

    /** {@return the implementation report of a period (the plan's year when null)} */
    ImplementationReport implementation(CommandLine.Model.CommandSpec spec, @Nullable String period, String name, Language lang) {
      PrintWriter err = spec.commandLine().getErr();
      Plan p = PlanCommand.plan(figures.plan, err, name, lang);
      ReportingPeriod pr;
      try {
        pr = period == null ? ReportingPeriod.ofYear(p.getYear()) : ReportingPeriod.parse(period);
      } catch (InvalidValueException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--period: " + e.getMessage());
      }
      Optional<TargetResults> targets = report != null ? Optional.of(published(document(report, err, name, lang)))
          : Optional.of(computed(p, pr, err, name, lang));
      ActivityLogReading log = activities(activities, err, name, lang);
      return PlanCommand.implementation(p, pr, log, targets, cases, synthetic || log.log().syntheticData(), err, name,
          lang);
    }

    /** The target results of the registers, as {@code treem report} publishes them. */
    private TargetResults computed(Plan p, ReportingPeriod period, PrintWriter err, String name, Language lang) {
      if (figures.year == null && figures.referenceDate == null) {
        figures.year = p.getYear();
        if (period.getSpan().getEnd().getYear() == p.getYear()) {
          figures.referenceDate = period.getSpan().getEnd().toString();
        }
      }
      io.github.treem.cli.ReportInputs.Computed c = figures.compute(err, name, lang,
          EnumSet.of(BreakdownDimension.VILLAGE), true, true);
      if (c.document() == null) {
        throw new Exit(c.failure());
      }
      rejected = c.rejected();
      return published(c.document());
    }

    /**
     * The target results of a published report, and its case figures when it holds them
     * ({@code --cases}, or a report JSON written with them): the same publication for both, one
     * disclosure step for the register's and the cases' figures.
     */
    private TargetResults published(ReportDocument doc) {
      synthetic = doc.getManifest().map(io.github.treem.indicators.ReportManifest::isSyntheticData).orElse(false);
      boolean hasCases = doc.getReport().getResults().stream()
          .anyMatch(r -> io.github.treem.indicators.CaseIndicators.fromCode(r.getCode()).isPresent());
      if (hasCases) {
        cases = doc.getPublication().map(pub -> io.github.treem.planreport.CaseFigures.of(pub, doc.lastYear()));
      }
      return TargetResults.of(doc.getTargets(), doc.published().monitoring());
    }
  }

  /** Thrown to end a command with an exit code, its message already printed. */
  static final class Exit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    Exit(int code) {
      super(null, null, false, false);
      this.code = code;
    }
  }

  /** {@return an issue as a line: where (file, line, column, property path), message, code} */
  static String line(String name, Issue i, Language lang) {
    return Texts.issueLine(name, i, lang) + i.getLocation().getPath().map(p -> " (" + p + ")").orElse("");
  }

  /** Prints the issues; {@return whether one is an error} */
  static boolean print(PrintWriter err, String name, List<Issue> issues, Language lang) {
    boolean error = false;
    for (Issue i : issues) {
      err.println(line(name, i, lang));
      error |= i.getSeverity() == Severity.ERROR;
    }
    return error;
  }

  /** Reads the plan of {@code --plan}, or the bundled plan; ends the command when it has an error. */
  static Plan plan(@Nullable Path file, PrintWriter err, String name, Language lang) {
    PlanReading r;
    if (file == null) {
      r = PlanJson.check(TreemJson.bundledPlan(BUNDLED), BUNDLED + ".json");
    } else {
      r = PlanJson.read(readable(file, err, name, lang));
    }
    boolean error = print(err, name, r.issues().stream().filter(i -> i.getSeverity() != Severity.INFO).toList(), lang);
    if (error || r.plan().isEmpty()) {
      err.println(name + ": " + Texts.t(lang, "kế hoạch có lỗi", "the plan has errors"));
      throw new Exit(Treem.EXIT_REJECTED);
    }
    return r.plan().get();
  }

  /** Reads the log of {@code --activities}, or the bundled demo log; ends the command on a problem. */
  static ActivityLogReading activities(@Nullable Path file, PrintWriter err, String name, Language lang) {
    ActivityLogReading r;
    if (file == null) {
      r = ActivityLogReader.bundledDemo(BUNDLED);
    } else {
      Path f = readable(file, err, name, lang);
      try {
        r = ActivityLogReader.read(f);
      } catch (IllegalArgumentException e) {
        err.println(name + ": " + Texts.t(lang, "nhật ký hoạt động phải là tệp .json, .jsonl hoặc .csv",
            "the activity log must be a .json, .jsonl or .csv file"));
        throw new Exit(Treem.EXIT_USAGE);
      }
    }
    print(err, name, r.issues(), lang);
    if (!r.isClean()) {
      err.println(name + ": " + Texts.t(lang, "nhật ký hoạt động: đọc " + r.rowsRead() + " dòng, nhận "
          + r.accepted() + ", loại " + r.rejected(), "activity log: " + r.rowsRead() + " rows read, "
          + r.accepted() + " accepted, " + r.rejected() + " rejected"));
      throw new Exit(Treem.EXIT_REJECTED);
    }
    return r;
  }

  static Path readable(Path file, PrintWriter err, String name, Language lang) {
    if (!Files.isReadable(file) || Files.isDirectory(file)) {
      err.println(name + ": " + Texts.t(lang, "không đọc được tệp " + file, "cannot read file " + file));
      throw new Exit(Treem.EXIT_USAGE);
    }
    return file;
  }

  /** A published report JSON ({@code treem report --format json}), read back. */
  static ReportDocument document(Path file, PrintWriter err, String name, Language lang) {
    try (InputStream in = Files.newInputStream(readable(file, err, name, lang))) {
      return ReportJson.of(lang).read(in, String.valueOf(file.getFileName()));
    } catch (JacksonException | InvalidValueException e) {
      err.println(name + ": " + Texts.t(lang, "tệp " + file + " không phải báo cáo chỉ số JSON của treem",
          "file " + file + " is not a treem indicator report (JSON)"));
      throw new Exit(Treem.EXIT_REJECTED);
    } catch (IOException e) {
      err.println(name + ": " + Texts.t(lang, "không đọc được tệp " + file, "cannot read file " + file));
      throw new Exit(Treem.EXIT_USAGE);
    }
  }

  /** Builds the implementation report; ends the command when the plan or log has an error. */
  static ImplementationReport implementation(Plan plan, ReportingPeriod period, ActivityLogReading log,
      Optional<TargetResults> targets, Optional<io.github.treem.planreport.CaseFigures> cases, boolean synthetic,
      PrintWriter err, String name, Language lang) {
    ReportInputs.Builder inputs = ReportInputs.builder().syntheticData(synthetic);
    targets.ifPresent(inputs::targets);
    cases.ifPresent(inputs::cases);
    if (log.log().syntheticData()) {
      inputs.addNotesVi(SYNTHETIC_NOTE + ": nhật ký hoạt động là dữ liệu minh họa.");
    }
    try {
      return ImplementationReport.of(plan, period, log.log().activities(), log.log().assessments(), inputs.build());
    } catch (InvalidValueException e) {
      err.println(name + ": " + e.getMessage());
      throw new Exit(Treem.EXIT_REJECTED);
    }
  }

  static int run(CommandLine.Model.CommandSpec spec, Language lang, Callable<Integer> body) {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return body.call();
    } catch (Exit e) {
      return e.code;
    } catch (CommandLine.ParameterException e) {
      throw e;
    } catch (IOException | UncheckedIOException e) {
      err.println("treem plan: " + Texts.t(lang, "lỗi đọc ghi tệp", "I/O error") + " ("
          + (e instanceof NoSuchFileException n ? n.getFile() : e.getClass().getSimpleName()) + ")");
      return Treem.EXIT_USAGE;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code treem plan validate FILE}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Check a plan file (JSON, format version 2 or 1): its form, and the references between items, "
          + "targets, units, events and funding; dates; sums.",
          "Kiểm tra tệp kế hoạch (JSON): định dạng, liên kết giữa các mục, chỉ tiêu, đơn vị, sự kiện, kinh phí; ngày; tổng."})
  static final class Validate implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "FILE", description = "The plan (JSON).")
    Path file;

    @CommandLine.Mixin Common common = new Common();

    @Override
    public Integer call() {
      Language lang = common.language(spec);
      return run(spec, lang, () -> {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        String name = "treem plan validate";
        PlanReading r = PlanJson.read(readable(file, err, name, lang));
        for (Issue i : r.issues()) {
          out.println(line(name, i, lang));
        }
        long errors = r.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
        long warnings = r.issues().stream().filter(i -> i.getSeverity() == Severity.WARNING).count();
        out.println(r.plan().map(p -> p.getNumber() + " (" + p.getYear() + "): ").orElse("")
            + Texts.t(lang, errors + " lỗi, " + warnings + " cảnh báo", errors + " errors, " + warnings + " warnings"));
        return r.isValid() ? Treem.EXIT_OK : Treem.EXIT_REJECTED;
      });
    }
  }

  /** {@code treem plan report}. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {"Write the commune's report on the plan's implementation (báo cáo kết quả thực hiện kế hoạch): "
          + "Word (.docx, Nghị định 30/2020/NĐ-CP), HTML or JSON. With no input: the bundled plan and its synthetic demo log.",
          "Lập báo cáo kết quả thực hiện kế hoạch (Word theo Nghị định 30/2020/NĐ-CP, HTML hoặc JSON)."})
  static final class Report implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin Inputs inputs = new Inputs();

    @CommandLine.Option(names = "--period", paramLabel = "2020|2020-H1|2020-Q3|START..END",
        description = "The period reported on (default: the plan's year).")
    @Nullable String period;

    @CommandLine.Option(names = "--format", defaultValue = "html", paramLabel = "docx|html|json",
        description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Write to this file (whole or not at all); standard output for html and json when absent.")
    @Nullable Path output;

    @CommandLine.Mixin Common common = new Common();

    @Override
    public Integer call() {
      Language lang = common.language(spec);
      if (!List.of("docx", "html", "json").contains(format)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--format must be docx, html or json");
      }
      if (format.equals("docx") && Output.isStandardOutput(output)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--format docx needs -o FILE.docx");
      }
      return run(spec, lang, () -> {
        ImplementationReport r = inputs.implementation(spec, period, "treem plan report", lang);
        try (Output o = Output.open(spec, output)) {
          switch (format) {
            case "docx" -> WordPlanReport.of(r).writeTo(Objects.requireNonNull(o.bytes())); // a file: checked above
            case "html" -> HtmlPlanReport.of(r).writeTo(o.writer());
            default -> o.writer().println(TreemJson.strict().toPrettyJson(json(r)));
          }
          o.commit();
        }
        return inputs.rejected ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
      });
    }

    /**
     * The report's figures as JSON: what a program needs, not the document's prose.
     * {@code syntheticData} is the report's own flag ({@link ImplementationReport#isSyntheticData()}:
     * a synthetic register, case file or activity log), never read from the notes' text.
     */
    static ObjectNode json(ImplementationReport r) {
      ObjectNode root = TreemJson.strict().getMapper().createObjectNode();
      root.put("format", "treem-plan-report");
      root.put("version", 1);
      root.put("syntheticData", r.isSyntheticData());
      root.put("planNumber", r.getPlan().getNumber());
      root.put("period", r.getPeriod().toString());
      root.put("asOf", r.getAsOf().toString());
      root.put("targetsBound", r.isTargetsBound());
      ArrayNode targets = root.putArray("targets");
      for (TargetLine t : r.getTargets()) {
        ObjectNode n = targets.addObject();
        n.put("targetId", t.targetId());
        n.put("status", t.status().name());
        n.put("value", t.value().toString());
        n.put("reference", t.referenceText());
        r.getPlan().target(t.targetId()).ifPresent(target -> {
          n.put("leadUnitId", target.getLeadUnitId());
          n.put("leadUnitInferred", target.isLeadUnitInferred());
        });
      }
      ArrayNode monitoring = root.putArray("monitoring");
      for (io.github.treem.indicators.MonitoringAssessment m : r.getMonitoring()) {
        ObjectNode n = monitoring.addObject();
        n.put("lineId", m.getLine().getId());
        n.put("indicator", m.getIndicatorCode());
        n.put("direction", m.getLine().getDirection().name());
        n.put("status", m.getStatus().name());
        n.put("value", m.getValue().map(java.math.BigDecimal::toPlainString)
            .orElse(m.getState() == io.github.treem.indicators.ValueState.SUPPRESSED ? "x" : "-"));
        n.put("change", m.getChange().map(java.math.BigDecimal::toPlainString)
            .orElse(m.getStatus() == io.github.treem.indicators.MonitoringStatus.SUPPRESSED ? "x" : "-"));
      }
      ArrayNode items = root.putArray("items");
      for (UnitPart u : r.getUnits()) {
        for (ItemLine i : u.duties()) {
          items.addObject().put("itemId", i.itemId()).put("unitId", u.unitId()).put("status", i.progress().getStatus().name());
        }
        for (ItemLine i : u.ledItems()) {
          items.addObject().put("itemId", i.itemId()).put("unitId", u.unitId()).put("status", i.progress().getStatus().name());
        }
      }
      root.put("activityCount", r.getActivityCount());
      ArrayNode funding = root.putArray("fundingBySource");
      for (FundingLine f : r.getFundingBySource()) {
        ObjectNode n = funding.addObject().put("sourceId", f.sourceId()).put("kind", f.kind().name()).put("spentDong", f.spentDong());
        if (f.plannedDong().isPresent()) {
          n.put("plannedDong", f.plannedDong().getAsLong());
        }
      }
      ArrayNode notDone = root.putArray("notDone");
      r.getNotDone().forEach(n -> notDone.addObject().put("itemId", n.itemId()).put("status", n.status().name()));
      return root;
    }
  }

  /** {@code treem plan next}. */
  @Command(name = "next", mixinStandardHelpOptions = true,
      description = {"Draft next year's plan (DỰ THẢO, never a decision) from this year's plan and report: targets "
          + "carried over with this year's values as baselines, targets not met flagged, dates moved.",
          "Dự thảo kế hoạch năm sau từ kế hoạch và báo cáo năm nay."})
  static final class Next implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin Inputs inputs = new Inputs();

    @CommandLine.Option(names = "--prepared-on", paramLabel = "yyyy-MM-dd",
        description = "The date of the draft (default: the last day of the plan's year).")
    @Nullable String preparedOn;

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "NEXT.json", description = "Write the draft here (default: standard output).")
    @Nullable Path output;

    @CommandLine.Mixin Common common = new Common();

    @Override
    public Integer call() {
      Language lang = common.language(spec);
      return run(spec, lang, () -> {
        PrintWriter err = spec.commandLine().getErr();
        String name = "treem plan next";
        Optional<LocalDate> given;
        try {
          given = Optional.ofNullable(preparedOn).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--prepared-on must be a date yyyy-MM-dd");
        }
        ImplementationReport r = inputs.implementation(spec, null, name, lang);
        Plan p = r.getPlan();
        LocalDate on = given.orElse(LocalDate.of(p.getYear(), 12, 31));
        Plan draft;
        try {
          draft = PlanDrafts.nextYear(p, r, on);
        } catch (InvalidValueException e) {
          err.println(name + ": " + e.getMessage());
          return Treem.EXIT_REJECTED;
        }
        PlanReading check = PlanJson.check(draft, null);
        print(err, name, check.issues().stream().filter(i -> i.getSeverity() != Severity.INFO).toList(), lang);
        try (Output o = Output.open(spec, output)) {
          o.writer().println(TreemJson.strict().writePlan(draft));
          o.commit();
        }
        return check.isValid() ? Treem.EXIT_OK : Treem.EXIT_REJECTED;
      });
    }
  }
}

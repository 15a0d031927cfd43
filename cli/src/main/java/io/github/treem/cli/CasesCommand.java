package io.github.treem.cli;

import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.cases.CaseAccumulator;
import io.github.treem.indicators.cases.CaseFigureCalculator;
import io.github.treem.io.cases.CaseFiles;
import io.github.treem.io.cases.CaseReadOptions;
import io.github.treem.io.cases.CaseReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code treem cases validate FILE...} and {@code treem cases report FILE...}: child-protection
 * case files (JSON, JSON Lines, CSV), read through io-formats' {@link CaseReport} (the CLI only
 * wires options to it). Exit codes as every command: 0 done, nothing rejected; 1 some case
 * rejected or a file malformed; 2 usage or I/O error (the other files are still read); 3 internal
 * error. No case value but its pseudonymous id ever reaches the output: problems name the
 * property or column only.
 */
@Command(name = "cases", mixinStandardHelpOptions = true,
    description = {"Child-protection case files: check them, or report their figures.",
        "Hồ sơ bảo vệ trẻ em: kiểm tra, hoặc báo cáo số liệu."},
    subcommands = {CasesCommand.Validate.class, CasesCommand.Report.class})
final class CasesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  CasesCommand() {}

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: validate or report");
  }

  /** The options of both subcommands. */
  static final class Args {
    @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE",
        description = "Case files: .json (one case), .jsonl/.ndjson (one case a line), .csv (the officers' form).")
    List<Path> files = new ArrayList<>();

    @CommandLine.Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
        description = "Language of every message (default: ${DEFAULT-VALUE}).")
    String lang;

    @CommandLine.Option(names = "--lenient",
        description = "Keep cases that break a rule of the validator, with the problem (strict reading rejects them).")
    boolean lenient;

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Write to this file (UTF-8, whole or not at all) instead of the standard output.")
    @Nullable Path output;

    Language language(CommandLine.Model.CommandSpec spec) {
      return Language.parse(lang).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
          "--lang must be vi or en"));
    }

    /** Whether some file read carried the synthetic-data marker of its form ({@code readAll} sets it). */
    boolean syntheticData;

    CaseReadOptions options() {
      return CaseReadOptions.builder().from(CaseReadOptions.defaults()).strict(!lenient).build();
    }

    /**
     * Reads every file; a file that cannot be read is told on {@code err} and the others are read.
     *
     * @return the counts, or null when some file could not be read (after reading the others)
     */
    DataQuality readAll(CommandLine.Model.CommandSpec spec, String name, Consumer<String> problemLine,
        @Nullable List<Map<String, Object>> problems, Consumer<ProtectionCase> accepted, boolean[] ioError) {
      Language lang = language(spec);
      PrintWriter err = spec.commandLine().getErr();
      DataQuality total = DataQuality.empty();
      for (Path f : files) {
        String fileName = f.toString();
        if (!Files.isRegularFile(f)) {
          err.println(name + ": " + Texts.t(lang, "không có tệp ", "no such file ") + fileName);
          ioError[0] = true;
          continue;
        }
        try {
          CaseFiles.formOf(f);
        } catch (IllegalArgumentException e) {
          err.println(name + ": " + fileName + ": " + Texts.t(lang, "tệp hồ sơ phải có đuôi .json, .jsonl, .ndjson hoặc .csv",
              "a case file ends in .json, .jsonl, .ndjson or .csv"));
          ioError[0] = true;
          continue;
        }
        Consumer<Issue> sink = i -> {
          if (problems != null) {
            problems.add(RegisterRun.json(i, fileName, lang));
          } else {
            problemLine.accept(RegisterRun.describe(i, fileName, lang));
          }
        };
        try {
          io.github.treem.io.cases.CaseReader reader = CaseFiles.open(f, options());
          DataQuality q = CaseReport.read(reader, sink, accepted);
          syntheticData |= reader.isSyntheticData();
          total = total.plus(q);
          if (problems == null) {
            problemLine.accept(RegisterRun.summary(fileName, q, lang));
          }
        } catch (UncheckedIOException e) {
          err.println(name + ": " + Texts.t(lang, "lỗi đọc tệp ", "I/O error reading ") + fileName + " ("
              + Objects.requireNonNull(e.getCause()).getClass().getSimpleName() + ")"); // never null: the constructor requires it
          ioError[0] = true;
        }
      }
      return total;
    }
  }

  /** {@code treem cases validate FILE...}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Check case files: every case accepted or rejected, each problem located and coded.",
          "Kiểm tra tệp hồ sơ: mỗi hồ sơ được nhận hoặc bị loại, mỗi lỗi có vị trí và mã."})
  static final class Validate implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin Args args = new Args();

    @CommandLine.Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
        description = "Output format (default: ${DEFAULT-VALUE}); json: {\"rowsRead\", \"rowsAccepted\", \"rowsRejected\", \"problems\", \"syntheticData\"}.")
    String format;

    Validate() {}

    @Override
    public Integer call() {
      if (!format.equals("text") && !format.equals("json")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json");
      }
      Language lang = args.language(spec);
      String name = "treem cases validate";
      boolean json = format.equals("json");
      boolean[] ioError = {false};
      try (Output out = Output.open(spec, args.output)) {
        PrintWriter w = out.writer();
        @Nullable List<Map<String, Object>> problems = json ? new ArrayList<>() : null;
        DataQuality t = args.readAll(spec, name, w::println, problems, c -> { }, ioError);
        if (json) {
          Map<String, Object> doc = new LinkedHashMap<>();
          doc.put("rowsRead", t.getRowsRead());
          doc.put("rowsAccepted", t.getRowsAccepted());
          doc.put("rowsRejected", t.getRowsRejected());
          doc.put("problems", problems);
          doc.put("syntheticData", args.syntheticData); // some file marked synthetic, as treem validate says
          w.println(JsonMapper.builder().build().writeValueAsString(doc));
        } else if (args.files.size() > 1) {
          w.println(RegisterRun.summary(Texts.t(lang, "Tổng", "Total"), t, lang));
        }
        out.commit();
        if (ioError[0]) {
          return Treem.EXIT_USAGE;
        }
        return t.getRowsRejected() > 0 || t.isMalformed() ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
      } catch (IOException e) {
        spec.commandLine().getErr().println(name + ": " + Texts.t(lang, "không ghi được ", "cannot write ")
            + args.output + " (" + e.getClass().getSimpleName() + ")");
        return Treem.EXIT_USAGE;
      }
    }
  }

  /** {@code treem cases report FILE...}. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {"Report the figures of case files (cases received, deadlines met, ...), small numbers hidden.",
          "Báo cáo số liệu từ tệp hồ sơ (vụ việc tiếp nhận, đúng hạn, ...), số nhỏ được ẩn."})
  static final class Report implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin Args args = new Args();

    @CommandLine.Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
        description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Option(names = "--year", paramLabel = "Y", description = "Reporting year (default: the year of --reference-date, else last year).")
    @Nullable Integer year;

    @CommandLine.Option(names = "--reference-date", paramLabel = "yyyy-MM-dd",
        description = "Reference date R (default: 31 December of the year).")
    @Nullable String referenceDate;

    @CommandLine.Option(names = "--breakdown", split = ",", paramLabel = "DIM",
        description = "Breakdowns: source, harm, sex, age, group, status (comma-separated).")
    List<String> breakdowns = new ArrayList<>();

    Report() {}

    @Override
    public Integer call() {
      if (!List.of("table", "json", "csv").contains(format)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--format must be table, json or csv");
      }
      Language lang = args.language(spec);
      String name = "treem cases report";
      CaseFigureCalculator.Builder calc = CaseFigureCalculator.builder();
      LocalDate r = null;
      if (referenceDate != null) {
        try {
          r = LocalDate.parse(referenceDate);
        } catch (DateTimeException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--reference-date must be yyyy-MM-dd");
        }
      }
      int y = year != null ? year : r != null ? r.getYear() : LocalDate.now(io.github.treem.core.time.WorkingDays.VIETNAM_ZONE).getYear() - 1;
      if (r != null && r.getYear() != y) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--reference-date must be in --year");
      }
      calc.year(y);
      if (r != null) {
        calc.referenceDate(r);
      }
      List<BreakdownDimension> dims = new ArrayList<>();
      for (String b : breakdowns) {
        BreakdownDimension d = BreakdownDimension.fromKey(b).filter(x -> x == BreakdownDimension.SOURCE
            || x == BreakdownDimension.HARM || x == BreakdownDimension.SEX || x == BreakdownDimension.AGE
            || x == BreakdownDimension.GROUP || x == BreakdownDimension.STATUS).orElseThrow(() ->
            new CommandLine.ParameterException(spec.commandLine(),
                "--breakdown takes source, harm, sex, age, group, status"));
        dims.add(d);
      }
      calc.breakdowns(dims);
      CaseAccumulator acc = calc.build().newAccumulator();
      boolean[] ioError = {false};
      PrintWriter err = spec.commandLine().getErr();
      DataQuality q = args.readAll(spec, name, err::println, null, acc::add, ioError);
      if (ioError[0]) {
        return Treem.EXIT_USAGE; // no report from part of the files
      }
      CaseReport report = CaseReport.of(acc, q);
      try (Output out = Output.open(spec, args.output)) {
        PrintWriter w = out.writer();
        // a file marked synthetic makes the report synthetic: the banner first in the table,
        // "syntheticData" (always present) in the JSON, a last row manifest,syntheticData in the CSV
        boolean synthetic = args.syntheticData;
        switch (format) {
          case "json" -> {
            tools.jackson.databind.json.JsonMapper m = JsonMapper.builder().build();
            tools.jackson.databind.node.ObjectNode doc =
                m.createObjectNode().put("syntheticData", synthetic);
            doc.setAll((tools.jackson.databind.node.ObjectNode) m.readTree(report.toJson(lang)));
            w.println(m.writeValueAsString(doc));
          }
          case "csv" -> {
            w.print(report.toCsv());
            w.print("manifest,syntheticData," + synthetic + ",,,,\n");
          }
          default -> {
            if (synthetic) {
              w.println(
                  lang == Language.EN
                      ? io.github.treem.indicators.ReportManifest.SYNTHETIC_EN
                      : io.github.treem.indicators.ReportManifest.SYNTHETIC_VI);
            }
            w.print(report.toTable(lang));
          }
        }
        out.commit();
      } catch (IOException e) {
        err.println(name + ": " + Texts.t(lang, "không ghi được ", "cannot write ") + args.output + " ("
            + e.getClass().getSimpleName() + ")");
        return Treem.EXIT_USAGE;
      }
      return q.getRowsRejected() > 0 || q.isMalformed() ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
    }
  }
}

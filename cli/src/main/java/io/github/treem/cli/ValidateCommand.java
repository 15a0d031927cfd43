package io.github.treem.cli;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.io.ReadStats;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code treem validate FILE...}: reads child registers (CSV, JSON or JSON Lines, told apart by
 * content), checks every row against the format and treem's validation rules, and reports.
 *
 * <p>Output: a human summary (default) or, with {@code --format json}, exactly one JSON object
 * {@code {"rowsRead": n, "rowsAccepted": a, "rowsRejected": r, "problems": [{"file": ..., "line":
 * ..., "column": ..., "code": ..., "severity": ..., "message": ...}]}} ({@code column} and
 * {@code line} null where none applies; {@code file} as given on the command line). Exit codes:
 * 0 nothing rejected, 1 some row rejected or a file malformed, 2 usage or I/O error (such as a
 * missing file; the other files are still read).
 *
 * @since 0.1.0
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check child register files (CSV, JSON, JSON Lines).",
        "Kiểm tra tệp sổ theo dõi trẻ em (CSV, JSON, JSON Lines)."})
public final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE", description = "Register files.")
  List<String> files = new ArrayList<>();

  @CommandLine.Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @CommandLine.Mixin RegisterRun.ReadArgs read = new RegisterRun.ReadArgs();

  /** Creates the command (picocli instantiates it). */
  public ValidateCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json");
    }
    boolean json = format.equals("json");
    Language lang = read.language(spec);
    ReadStats total = ReadStats.EMPTY;
    boolean ioError = false;
    List<Map<String, Object>> problems = new ArrayList<>();
    try (TreemValidator validator = TreemValidator.of(read.reference(spec))) {
      for (String name : files) {
        Optional<ReadStats> stats = RegisterRun.read(name, read.options(spec, name, validator), lang, err,
            (Issue i) -> {
              if (json) {
                problems.add(RegisterRun.json(i, name, lang));
              } else {
                out.println(RegisterRun.describe(i, name, lang));
              }
            }, r -> { });
        if (stats.isEmpty()) {
          ioError = true;
          continue;
        }
        total = total.plus(stats.get());
        if (!json) {
          out.println(RegisterRun.summary(name, stats.get(), lang));
        }
      }
    }
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("rowsRead", total.rowsRead());
      doc.put("rowsAccepted", total.rowsAccepted());
      doc.put("rowsRejected", total.rowsRejected());
      doc.put("problems", problems);
      out.println(JsonMapper.builder().build().writeValueAsString(doc));
    } else if (files.size() > 1) {
      out.println(RegisterRun.summary(RegisterRun.text(lang, "Tổng", "Total"), total, lang));
    }
    out.flush();
    if (ioError) {
      return Treem.EXIT_USAGE;
    }
    return total.rowsRejected() > 0 || total.malformed() ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
  }
}

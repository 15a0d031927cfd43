package io.github.treem.cli;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadSink;
import io.github.treem.io.RegisterRead;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code treem validate FILE|FOLDER|-...}: reads child registers (CSV, JSON or JSON Lines, told
 * apart by content; a folder's register files in name order; {@code -} standard input), checks
 * every row against the format and treem's validation rules, and reports, through io-formats'
 * {@link RegisterReading} (in parallel, the output in the order of the registers).
 *
 * <p>Output: a human summary (default) or, with {@code --format json}, exactly one JSON object
 * {@code {"format": "treem-validation", "version": 1, "rowsRead": n, "rowsAccepted": a,
 * "rowsRejected": r, "problems": [{"file": ..., "line": ..., "column": ..., "code": ...,
 * "severity": ..., "message": ...}], "syntheticData": false}} ({@code format} and {@code version}
 * first, as in every versioned treem JSON format; output of treem 0.1 had neither and is version
 * 1; {@code syntheticData} true when a register carries the synthetic-data marker; {@code column} and
 * {@code line} null where none applies; {@code file} as given on the command line, a folder's
 * files as the folder joined with their names). Exit codes: 0 nothing rejected, 1 some row
 * rejected or a file malformed, 2 usage or I/O error (such as a missing file; the other files
 * are still read), 3 internal error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check child register files (CSV, JSON, JSON Lines), or every register file of folders.",
        "Kiểm tra tệp sổ theo dõi trẻ em (CSV, JSON, JSON Lines) hoặc mọi tệp sổ trong thư mục."})
final class ValidateCommand implements Callable<Integer> {
  /** The value of {@code format} in the {@code --format json} output. */
  static final String FORMAT = "treem-validation";
  /** The version of the {@code --format json} output. */
  static final int VERSION = 1;


  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE|FOLDER|-",
      description = "Register files, folders (every register file in them, in name order), or - for standard input.")
  List<String> files = new ArrayList<>();

  @CommandLine.Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to this file (UTF-8, whole or not at all) instead of the standard output.")
  @Nullable Path output;

  @CommandLine.Option(names = "--threads", paramLabel = "N",
      description = "Registers read in parallel by N threads (default: the processors); the output is the same for every N.")
  @Nullable Integer threads;

  @CommandLine.Mixin RegisterRun.ReadArgs read = new RegisterRun.ReadArgs();

  ValidateCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json");
    }
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    boolean json = format.equals("json");
    Language lang = read.language(spec);
    String name = "treem validate";
    boolean ioError = false;
    boolean stdin = false;
    List<RegisterSource> sources = new ArrayList<>();
    for (String f : files) {
      if (f.equals("-")) {
        if (!stdin) {
          sources.add(RegisterSource.standardInput());
        }
        stdin = true;
        continue;
      }
      Optional<List<RegisterSource>> r = Sources.resolve(f, err, name, lang, true);
      if (r.isPresent()) {
        sources.addAll(r.get());
      } else {
        ioError = true;
      }
    }
    List<Map<String, Object>> problems = new ArrayList<>();
    DataQuality[] total = {DataQuality.empty()};
    boolean[] synthetic = {false};
    try (TreemValidator validator = TreemValidator.of(read.reference(spec));
        Output out = Output.open(spec, output);
        Progress progress = Progress.start(err, read.quiet, lang, name, sources.size())) {
      PrintWriter w = out.writer();
      ReadSink sink = new ReadSink() {
        private int done;

        @Override
        public void issue(Issue i) {
          String file = sources.get(done).getName();
          if (json) {
            problems.add(RegisterRun.json(i, file, lang));
          } else {
            progress.println(w, RegisterRun.describe(i, file, lang));
          }
        }

        @Override
        public void sourceRead(RegisterRead r) {
          done++;
          total[0] = total[0].plus(r.getQuality());
          synthetic[0] |= r.isSyntheticData();
          if (!json) {
            progress.println(w, RegisterRun.summary(r.getSource().getName(), r.getQuality(), lang));
          }
        }
      };
      RegisterReading.Builder reading = RegisterReading.builder().options(read.options(spec, validator))
          .acceptedRowIssues(true).sink(sink).progress(progress);
      if (threads != null) {
        reading.threads(threads);
      }
      try {
        reading.build().check(sources);
      } catch (IOException e) {
        progress.println(name + ": " + Texts.t(lang, "lỗi đọc sổ (", "I/O error reading a register (")
            + e.getClass().getSimpleName() + ")");
        ioError = true;
      }
      DataQuality t = total[0];
      if (json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        doc.put("rowsRead", t.getRowsRead());
        doc.put("rowsAccepted", t.getRowsAccepted());
        doc.put("rowsRejected", t.getRowsRejected());
        doc.put("problems", problems);
        doc.put("syntheticData", synthetic[0]);
        w.println(JsonMapper.builder().build().writeValueAsString(doc));
      } else if (files.size() > 1 || sources.size() > 1) {
        w.println(RegisterRun.summary(Texts.t(lang, "Tổng", "Total"), t, lang));
      }
      out.commit();
    } catch (IOException e) {
      err.println(name + ": " + Texts.t(lang, "không ghi được ", "cannot write ") + output + " ("
          + e.getClass().getSimpleName() + ")");
      return Treem.EXIT_USAGE;
    }
    if (ioError) {
      return Treem.EXIT_USAGE;
    }
    return total[0].getRowsRejected() > 0 || total[0].isMalformed() ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
  }
}

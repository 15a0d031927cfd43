package io.github.treem.cli;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.LineEnding;
import io.github.treem.io.csv.RegisterCsvReader;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.RegisterJsonLinesWriter;
import io.github.treem.io.json.RegisterJsonWriter;
import io.github.treem.xlsx.RegisterXlsxWriter;
import io.github.treem.xlsx.WorkbookWriteOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code treem convert IN OUT [--to csv|json|jsonl]} (or {@code -o OUT}; IN may be {@code -} for
 * standard input): reads a child register in any format and writes its accepted rows to OUT
 * (whole or not at all: see {@link AtomicFile}), in the format named by {@code --to} or by OUT's extension
 * ({@code .csv}, {@code .json}, {@code .jsonl} / {@code .ndjson}, {@code .xlsx}: the register as an Excel
 * workbook, treem-xlsx's {@link RegisterXlsxWriter}). Problems are reported on
 * standard error as by {@code validate}. Rejected rows are never lost: those of a CSV input are
 * written back (with the header, fields as read, re-quoted per RFC 4180) to
 * {@code OUT.rejected.csv}, named in the summary (a rejected record of a JSON input has no CSV
 * form: it is reported, not copied). Exit codes as for {@code validate}.
 *
 * <p>CSV and workbook output are the snapshot of {@code --year} (histories outside it are not written); JSON and
 * JSON Lines output keep every record of the children read.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert a child register between CSV, JSON and JSON Lines, or to an Excel workbook (.xlsx).",
        "Chuyển đổi sổ theo dõi trẻ em giữa CSV, JSON và JSON Lines, hoặc sang sổ làm việc Excel (.xlsx)."})
final class ConvertCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(index = "0", paramLabel = "IN", description = "Input register, or - for standard input.")
  String input;

  @CommandLine.Parameters(index = "1", arity = "0..1", paramLabel = "OUT",
      description = "Output file (or -o OUT), written whole or not at all.")
  @Nullable String output;

  @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file, as OUT.")
  @Nullable String outputOption;

  @CommandLine.Option(names = "--to", paramLabel = "csv|json|jsonl|xlsx",
      description = "Output format (default: by the extension of OUT).")
  @Nullable String to;

  @CommandLine.Option(names = "--bom", description = "Start a CSV output with a byte-order mark (for Excel).")
  boolean bom;

  @CommandLine.Option(names = "--lf", description = "End CSV lines with LF instead of CRLF.")
  boolean lf;

  @CommandLine.Mixin RegisterRun.ReadArgs read = new RegisterRun.ReadArgs();

  ConvertCommand() {}

  private String target(String outName) {
    String t = to;
    if (t == null) {
      String lower = outName.toLowerCase(Locale.ROOT);
      int dot = lower.lastIndexOf('.');
      t = dot < 0 ? "" : lower.substring(dot + 1);
      if (t.equals("ndjson")) {
        t = "jsonl";
      }
    }
    if (!t.equals("csv") && !t.equals("json") && !t.equals("jsonl") && !t.equals("xlsx")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "cannot tell the output format: use --to csv|json|jsonl|xlsx");
    }
    return t;
  }

  /** Where accepted children go: a register writer of the target format. */
  private interface ChildSink extends AutoCloseable {
    void write(Child child);

    @Override
    void close();

    /** {@return the sink of a writer, given its write and close} */
    static ChildSink of(java.util.function.Consumer<Child> write, Runnable close) {
      return new ChildSink() {
        @Override
        public void write(Child child) {
          write.accept(child);
        }

        @Override
        public void close() {
          close.run();
        }
      };
    }
  }

  /**
   * The writer of the target format, opened once the input's synthetic-data marker is known (at
   * the first accepted child: a JSON header has been read by then, a CSV row marks its file), so
   * that a synthetic register stays marked in every format it is converted to.
   */
  private ChildSink sink(String target, OutputStream os, boolean synthetic) {
    switch (target) {
      case "json" -> {
        RegisterJsonWriter w = RegisterJsonWriter.open(os, OptionalInt.of(read.year), synthetic);
        return ChildSink.of(w::write, w::close);
      }
      case "jsonl" -> {
        RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(os, synthetic);
        return ChildSink.of(w::write, w::close);
      }
      case "xlsx" -> {
        RegisterXlsxWriter w = RegisterXlsxWriter.open(os, WorkbookWriteOptions.builder().reportingYear(read.year)
            .referenceDate(read.reference(spec)).syntheticData(synthetic).build());
        return ChildSink.of(w::write, w::close);
      }
      default -> {
        RegisterCsvWriter w = RegisterCsvWriter.open(os, CsvWriteOptions.builder().reportingYear(read.year)
            .referenceDate(read.reference(spec)).byteOrderMark(bom).lineEnding(lf ? LineEnding.LF : LineEnding.CRLF)
            .syntheticData(synthetic).build());
        return ChildSink.of(w::write, w::close);
      }
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Language lang = read.language(spec);
    String name = "treem convert";
    if ((output == null) == (outputOption == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          Texts.t(lang, "cần đúng một tệp ra: OUT hoặc -o OUT", "exactly one output is needed: OUT or -o OUT"));
    }
    String outName = output != null ? output : outputOption;
    String target = target(outName);
    RegisterSource source;
    Path out;
    Path rejectedPath;
    if (input.equals("-")) {
      source = RegisterSource.standardInput();
    } else {
      Optional<List<RegisterSource>> r = Sources.resolve(input, err, name, lang, true);
      if (r.isEmpty()) {
        return Treem.EXIT_USAGE;
      }
      if (r.get().size() != 1) {
        err.println(name + ": " + Texts.t(lang, "IN phải là một tệp, không phải thư mục: ",
            "IN must be a file, not a folder: ") + input);
        return Treem.EXIT_USAGE;
      }
      source = r.get().get(0);
    }
    try {
      out = Path.of(outName);
      rejectedPath = Path.of(outName + ".rejected.csv");
    } catch (InvalidPathException e) {
      err.println(name + ": " + Texts.t(lang, "tên tệp không dùng được (hãy đặt LC_ALL=C.UTF-8): ",
          "a file name that cannot be used (set LC_ALL=C.UTF-8): ") + outName);
      return Treem.EXIT_USAGE;
    }
    DataQuality s;
    long[] rejectedRows = {0};
    AtomicFile[] rejected = {null};
    try (Progress progress = Progress.start(err, read.quiet, lang, name, 1);
        AtomicFile file = AtomicFile.create(out);
        TreemValidator validator = TreemValidator.of(read.reference(spec))) {
      ChildSink[] writer = {null};
      boolean[] synthetic = {false};
      try {
        s = RegisterRun.read(source, read.options(spec, validator),
            i -> progress.println(RegisterRun.describe(i, source.getName(), lang)),
            rr -> {
              synthetic[0] |= rr.reader.isSyntheticData();
              if (rr.record.isAccepted()) {
                if (writer[0] == null) {
                  writer[0] = sink(target, file.stream(), synthetic[0]);
                }
                writer[0].write(rr.record.getChild().get());
              } else {
                rejectedRows[0]++;
                if (rr.reader instanceof RegisterCsvReader csv) {
                  try {
                    if (rejected[0] == null) {
                      rejected[0] = AtomicFile.create(rejectedPath);
                      rejected[0].stream().write((csv.getHeaderText() + "\r\n").getBytes(StandardCharsets.UTF_8));
                    }
                    rejected[0].stream().write((csv.getLastRecordText() + "\r\n").getBytes(StandardCharsets.UTF_8));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }
              }
            }, progress);
      } catch (IOException e) {
        progress.println(name + ": " + Texts.t(lang, "lỗi đọc tệp: ", "I/O error reading: ") + source.getName());
        return Treem.EXIT_USAGE;
      } finally {
        if (writer[0] == null) {
          writer[0] = sink(target, file.stream(), synthetic[0]);
        }
        writer[0].close(); // ends the document (a JSON array); the file is kept only on commit
      }
      file.commit();
      if (rejected[0] != null) {
        rejected[0].commit();
      }
    } catch (IOException | UncheckedIOException e) {
      err.println(name + ": " + Texts.t(lang, "lỗi ghi tệp: ", "I/O error writing: ") + outName);
      return Treem.EXIT_USAGE;
    } finally {
      if (rejected[0] != null) {
        try {
          rejected[0].close();
        } catch (IOException e) {
          err.println(name + ": " + Texts.t(lang, "lỗi ghi tệp: ", "I/O error writing: ") + rejectedPath);
        }
      }
    }
    err.println(RegisterRun.summary(source.getName(), s, lang));
    err.println(Texts.t(lang, "Đã ghi " + s.getRowsAccepted() + " dòng vào " + outName,
        "Wrote " + s.getRowsAccepted() + " rows to " + outName));
    if (rejected[0] != null) {
      err.println(Texts.t(lang, "Các dòng bị loại (" + rejectedRows[0] + ") được ghi vào " + rejectedPath,
          "Rejected rows (" + rejectedRows[0] + ") written to " + rejectedPath));
    }
    err.flush();
    return s.getRowsRejected() > 0 || s.isMalformed() ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
  }
}

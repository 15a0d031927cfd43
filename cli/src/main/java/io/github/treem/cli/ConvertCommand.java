package io.github.treem.cli;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.io.ReadStats;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.LineEnding;
import io.github.treem.io.csv.RegisterCsvReader;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.RegisterJsonLinesWriter;
import io.github.treem.io.json.RegisterJsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code treem convert IN OUT [--to csv|json|jsonl]}: reads a child register in any format and
 * writes its accepted rows to OUT, in the format named by {@code --to} or by OUT's extension
 * ({@code .csv}, {@code .json}, {@code .jsonl} / {@code .ndjson}). Problems are reported on
 * standard error as by {@code validate}. Rejected rows are never lost: those of a CSV input are
 * written back (with the header, fields as read, re-quoted per RFC 4180) to
 * {@code OUT.rejected.csv}, named in the summary (a rejected record of a JSON input has no CSV
 * form: it is reported, not copied). Exit codes as for {@code validate}.
 *
 * <p>CSV output is the snapshot of {@code --year} (histories outside it are not written); JSON and
 * JSON Lines output keep every record of the children read.
 *
 * @since 0.1.0
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert a child register between CSV, JSON and JSON Lines.",
        "Chuyển đổi sổ theo dõi trẻ em giữa CSV, JSON và JSON Lines."})
public final class ConvertCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(index = "0", paramLabel = "IN", description = "Input register.")
  String input;

  @CommandLine.Parameters(index = "1", paramLabel = "OUT", description = "Output file.")
  String output;

  @CommandLine.Option(names = "--to", paramLabel = "csv|json|jsonl",
      description = "Output format (default: by the extension of OUT).")
  String to;

  @CommandLine.Option(names = "--bom", description = "Start a CSV output with a byte-order mark (for Excel).")
  boolean bom;

  @CommandLine.Option(names = "--lf", description = "End CSV lines with LF instead of CRLF.")
  boolean lf;

  @CommandLine.Mixin RegisterRun.ReadArgs read = new RegisterRun.ReadArgs();

  /** Creates the command (picocli instantiates it). */
  public ConvertCommand() {}

  private String target() {
    String t = to;
    if (t == null) {
      String lower = output.toLowerCase(Locale.ROOT);
      int dot = lower.lastIndexOf('.');
      t = dot < 0 ? "" : lower.substring(dot + 1);
      if (t.equals("ndjson")) {
        t = "jsonl";
      }
    }
    if (!t.equals("csv") && !t.equals("json") && !t.equals("jsonl")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "cannot tell the output format: use --to csv|json|jsonl");
    }
    return t;
  }

  /** Where accepted children go. */
  private interface ChildSink extends AutoCloseable {
    void write(Child child);

    @Override
    void close();
  }

  private ChildSink sink(String target, OutputStream os) {
    switch (target) {
      case "json": {
        RegisterJsonWriter w = RegisterJsonWriter.open(os, OptionalInt.of(read.year));
        return new ChildSink() {
          @Override
          public void write(Child child) {
            w.write(child);
          }

          @Override
          public void close() {
            w.close();
          }
        };
      }
      case "jsonl": {
        RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(os);
        return new ChildSink() {
          @Override
          public void write(Child child) {
            w.write(child);
          }

          @Override
          public void close() {
            w.close();
          }
        };
      }
      default: {
        RegisterCsvWriter w = RegisterCsvWriter.open(os, CsvWriteOptions.builder().reportingYear(read.year)
            .referenceDate(read.reference(spec)).byteOrderMark(bom).lineEnding(lf ? LineEnding.LF : LineEnding.CRLF)
            .build());
        return new ChildSink() {
          @Override
          public void write(Child child) {
            w.write(child);
          }

          @Override
          public void close() {
            w.close();
          }
        };
      }
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Language lang = read.language(spec);
    String target = target();
    Path out;
    Path rejectedPath;
    try {
      if (!Files.isRegularFile(Path.of(input))) {
        err.println("treem: " + RegisterRun.text(lang, "không đọc được tệp", "cannot read file") + ": " + input);
        return Treem.EXIT_USAGE;
      }
      out = Path.of(output);
      rejectedPath = Path.of(output + ".rejected.csv");
    } catch (InvalidPathException e) {
      err.println("treem: " + RegisterRun.text(lang, "tên tệp không hợp lệ", "invalid file name"));
      return Treem.EXIT_USAGE;
    }
    Optional<ReadStats> stats;
    long[] rejectedRows = {0};
    Writer[] rejected = {null};
    try (OutputStream os = Files.newOutputStream(out);
        ChildSink writer = sink(target, os);
        TreemValidator validator = TreemValidator.of(read.reference(spec))) {
      stats = RegisterRun.read(input, read.options(spec, input, validator), lang, err,
          i -> err.println(RegisterRun.describe(i, input, lang)),
          rr -> {
            if (rr.record.isAccepted()) {
              writer.write(rr.record.getChild().get());
            } else {
              rejectedRows[0]++;
              if (rr.reader instanceof RegisterCsvReader) {
                RegisterCsvReader csv = (RegisterCsvReader) rr.reader;
                try {
                  if (rejected[0] == null) {
                    rejected[0] = new BufferedWriter(Files.newBufferedWriter(rejectedPath, StandardCharsets.UTF_8));
                    rejected[0].write(csv.getHeaderText() + "\r\n");
                  }
                  rejected[0].write(csv.getLastRecordText() + "\r\n");
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            }
          });
    } catch (IOException | UncheckedIOException e) {
      err.println("treem: " + RegisterRun.text(lang, "lỗi ghi tệp", "I/O error writing") + ": " + output);
      return Treem.EXIT_USAGE;
    } finally {
      if (rejected[0] != null) {
        try {
          rejected[0].close();
        } catch (IOException e) {
          err.println("treem: " + RegisterRun.text(lang, "lỗi ghi tệp", "I/O error writing") + ": " + rejectedPath);
        }
      }
    }
    if (stats.isEmpty()) {
      return Treem.EXIT_USAGE;
    }
    ReadStats s = stats.get();
    err.println(RegisterRun.summary(input, s, lang));
    err.println(RegisterRun.text(lang, "Đã ghi " + s.rowsAccepted() + " dòng vào " + output,
        "Wrote " + s.rowsAccepted() + " rows to " + output));
    if (rejected[0] != null) {
      err.println(RegisterRun.text(lang, "Các dòng bị loại (" + rejectedRows[0] + ") được ghi vào " + rejectedPath,
          "Rejected rows (" + rejectedRows[0] + ") written to " + rejectedPath));
    }
    err.flush();
    return s.rowsRejected() > 0 || s.malformed() ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
  }
}

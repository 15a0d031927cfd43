package io.github.treem.cli;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.TreemException;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.io.dhis2.Dhis2DataValueSet;
import io.github.treem.io.dhis2.Dhis2Export;
import io.github.treem.io.dhis2.Dhis2Format;
import io.github.treem.io.dhis2.Dhis2Mapping;
import io.github.treem.io.dhis2.Dhis2ValueMapping;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treem export}: exports the plan's indicators to other systems; {@code treem export dhis2}
 * writes a DHIS2 dataValueSet (JSON, CSV or ADX) through a mapping file. Without a subcommand it
 * prints its usage on standard error and exits 2.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the plan's indicators to other systems.",
      "Xuất các chỉ tiêu của kế hoạch sang hệ thống khác."
    },
    subcommands = {CommandLine.HelpCommand.class, ExportCommand.Dhis2Command.class})
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  ExportCommand() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Treem.EXIT_USAGE;
  }

  /**
   * {@code treem export dhis2}: computes the report (as {@code treem report} does, published with
   * small-number suppression) and writes the values the mapping names. Exit codes: 0 written; 1
   * an input row rejected or a file malformed, or the export has errors DHIS2 would reject (then
   * nothing is written); 2 usage or I/O error; 3 internal error.
   */
  @Command(
      name = "dhis2",
      mixinStandardHelpOptions = true,
      description = {
        "Export the report as a DHIS2 dataValueSet (json, csv or adx) through a mapping file.",
        "Xuất báo cáo sang DHIS2 (dataValueSet json, csv hoặc adx) theo tệp ánh xạ.",
        "Exit 0: written; 1: a row rejected, or errors DHIS2 would reject (nothing written); 2: usage or I/O error;"
            + " 3: internal error."
      })
  static final class Dhis2Command implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The DHIS2 mapping (JSON, schema dhis2-mapping-v1).")
    Path mapping;

    @Option(names = "--format", paramLabel = "json|csv|adx", defaultValue = "json", description = "Output format (default json).")
    String format;

    @Mixin ReportInputs inputs = new ReportInputs();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write (UTF-8, whole or not at all; - for the standard output).")
    Path output;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", description = "Language of the messages (default vi).")
    String lang;

    Dhis2Command() {}

    @Override
    public Integer call() {
      String name = "treem export dhis2";
      PrintWriter err = spec.commandLine().getErr();
      Optional<Language> lg = Language.parse(lang);
      if (lg.isEmpty()) {
        err.println(name + ": --lang: vi, en");
        return Treem.EXIT_USAGE;
      }
      Language language = lg.get();
      Dhis2Format fmt;
      try {
        fmt = Dhis2Format.fromName(format);
      } catch (IllegalArgumentException e) {
        err.println(name + ": " + Texts.t(language, "--format là json, csv hoặc adx", "--format must be json, csv or adx"));
        return Treem.EXIT_USAGE;
      }
      Optional<Dhis2Mapping> read = readMapping(err, name, language, mapping);
      if (read.isEmpty()) {
        return Treem.EXIT_USAGE;
      }
      Dhis2Mapping m = read.get();
      Set<BreakdownDimension> dims = EnumSet.noneOf(BreakdownDimension.class);
      for (Dhis2ValueMapping v : m.getValues()) {
        v.getBreakdown().flatMap(BreakdownDimension::fromKey).ifPresent(dims::add);
      }
      ReportInputs.Computed c = inputs.compute(err, name, language, dims, true);
      if (c.document() == null) {
        return c.failure();
      }
      Dhis2DataValueSet set = Dhis2Export.of(m).toDataValueSet(c.document());
      int written = write(spec, name, language, set, fmt, output);
      return written != Treem.EXIT_OK ? written : c.rejected() ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
    }

    /**
     * Reads a DHIS2 mapping file, or says why not (one line, coded when the mapping is invalid).
     *
     * @return the mapping, or empty (the line printed: exit 2)
     */
    static Optional<Dhis2Mapping> readMapping(PrintWriter err, String name, Language language, Path mapping) {
      try {
        return Optional.of(Dhis2Mapping.read(mapping));
      } catch (NoSuchFileException e) {
        err.println(name + ": " + Texts.t(language, "không có tệp: ", "no such file: ") + mapping);
      } catch (IOException e) {
        err.println(name + ": " + Texts.t(language, "không đọc được ", "cannot read ") + mapping + " ("
            + e.getClass().getSimpleName() + ")");
      } catch (TreemException e) {
        err.println(name + ": " + e.getMessage() + " [" + e.getCode() + "]");
      }
      return Optional.empty();
    }

    /**
     * Prints a data value set's issues (coded) and writes it, whole or not at all; nothing when it
     * has errors DHIS2 would reject.
     *
     * @return {@link Treem#EXIT_OK}; {@link Treem#EXIT_REJECTED} when it has errors (nothing
     *     written); {@link Treem#EXIT_USAGE} when it cannot be written
     */
    static int write(CommandSpec spec, String name, Language language, Dhis2DataValueSet set, Dhis2Format fmt,
        @Nullable Path output) {
      PrintWriter err = spec.commandLine().getErr();
      for (Issue i : set.getIssues()) {
        err.println(name + ": " + RegisterRun.severity(i.getSeverity(), language) + " "
            + i.getLocation().getPath().map(p -> p + ": ").orElse("") + i.getMessage(language) + " [" + i.getCode() + "]");
      }
      if (!set.isValid()) {
        long errors = set.getIssues().stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
        err.println(name + ": " + errors + Texts.t(language, " lỗi: không ghi gì", " errors: nothing written"));
        return Treem.EXIT_REJECTED;
      }
      try (Output out = Output.open(spec, output)) {
        set.writeTo(fmt, out.writer());
        out.commit();
      } catch (IOException e) {
        err.println(name + ": " + Texts.t(language, "không ghi được ", "cannot write ") + output + " ("
            + e.getClass().getSimpleName() + ")");
        return Treem.EXIT_USAGE;
      }
      return Treem.EXIT_OK;
    }
  }
}

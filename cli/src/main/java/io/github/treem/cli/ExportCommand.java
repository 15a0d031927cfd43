package io.github.treem.cli;

import io.github.treem.core.TreemException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.io.dhis2.Dhis2DataValueSet;
import io.github.treem.io.dhis2.Dhis2Export;
import io.github.treem.io.dhis2.Dhis2Format;
import io.github.treem.io.dhis2.Dhis2Mapping;
import io.github.treem.io.dhis2.Dhis2ValueMapping;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treem export}: exports the plan's indicators to other systems; {@code treem export dhis2}
 * writes a DHIS2 dataValueSet (JSON, CSV or ADX) through a mapping file.
 *
 * @since 0.1.0
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the plan's indicators to other systems.",
      "Xuất các chỉ tiêu của kế hoạch sang hệ thống khác."
    },
    subcommands = {CommandLine.HelpCommand.class, ExportCommand.Dhis2Command.class})
public final class ExportCommand implements Runnable {

  @Spec CommandSpec spec;

  /** Creates the command (picocli instantiates it). */
  public ExportCommand() {}

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /**
   * {@code treem export dhis2}: computes the report (as {@code treem report} does, published with
   * small-number suppression) and writes the values the mapping names. Exit codes: 0 written; 1
   * an input row rejected, or the export has errors DHIS2 would reject (then nothing is written);
   * 2 usage or I/O error.
   */
  @Command(
      name = "dhis2",
      mixinStandardHelpOptions = true,
      description = {
        "Export the report as a DHIS2 dataValueSet (json, csv or adx) through a mapping file.",
        "Xuất báo cáo sang DHIS2 (dataValueSet json, csv hoặc adx) theo tệp ánh xạ.",
        "Exit 0: written; 1: a row rejected, or errors DHIS2 would reject (nothing written); 2: usage or I/O error."
      })
  public static final class Dhis2Command implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The DHIS2 mapping (JSON, schema dhis2-mapping-v1).")
    Path mapping;

    @Option(names = "--format", paramLabel = "json|csv|adx", defaultValue = "json", description = "Output format (default json).")
    String format;

    @Option(names = "--plan", paramLabel = "FILE", description = "The plan (JSON); default: the bundled Quảng Vinh 2020 plan.")
    Path plan;

    @Option(names = "--register", paramLabel = "FILE", description = "A register (CSV or JSON Lines); repeat to merge several; default: the bundled register.")
    List<Path> registers = new ArrayList<>();

    @Option(names = "--year", paramLabel = "Y", description = "Reporting year (default 2020).")
    Integer year;

    @Option(names = "--reference-date", paramLabel = "D", description = "Reference date yyyy-MM-dd (default 31 December of the year).")
    String referenceDate;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write (UTF-8).")
    Path output;

    /** Creates the command (picocli instantiates it). */
    public Dhis2Command() {}

    @Override
    public Integer call() {
      String name = "treem export dhis2";
      PrintWriter err = spec.commandLine().getErr();
      Dhis2Format fmt;
      try {
        fmt = Dhis2Format.fromName(format);
      } catch (IllegalArgumentException e) {
        err.println(name + ": --format must be json, csv or adx");
        return Treem.EXIT_USAGE;
      }
      Dhis2Mapping m;
      try {
        m = Dhis2Mapping.read(mapping);
      } catch (NoSuchFileException e) {
        err.println(name + ": no such file: " + mapping);
        return Treem.EXIT_USAGE;
      } catch (IOException e) {
        err.println(name + ": cannot read " + mapping + " (" + e.getClass().getSimpleName() + ")");
        return Treem.EXIT_USAGE;
      } catch (TreemException e) {
        err.println(name + ": " + e.getMessage() + " [" + e.getCode() + "]");
        return Treem.EXIT_USAGE;
      }
      ReportCommand report = new ReportCommand();
      report.plan = plan;
      report.registers = registers;
      report.year = year;
      report.referenceDate = referenceDate;
      report.by = List.of();
      for (Dhis2ValueMapping v : m.getValues()) {
        v.getBreakdown().flatMap(BreakdownDimension::fromKey).ifPresent(report.extraDimensions::add);
      }
      Integer failed = report.prepare(err, name);
      if (failed != null) {
        return failed;
      }
      Dhis2DataValueSet set = Dhis2Export.of(m).toDataValueSet(report.computedReport);
      for (Issue i : set.getIssues()) {
        err.println(name + ": " + i.getSeverity() + " " + i.getLocation().getPath().map(p -> p + ": ").orElse("")
            + i.getMessageEn() + " [" + i.getCode() + "]");
      }
      if (!set.isValid()) {
        err.println(name + ": " + set.getIssues().stream().filter(i -> i.getSeverity() == Severity.ERROR).count()
            + " errors: nothing written");
        return Treem.EXIT_REJECTED;
      }
      try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        set.writeTo(fmt, w);
      } catch (IOException e) {
        err.println(name + ": cannot write " + output + " (" + e.getClass().getSimpleName() + ")");
        return Treem.EXIT_USAGE;
      }
      return report.computedStats.rowsRejected() > 0 || report.computedStats.malformed()
          ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
    }
  }
}

package io.github.treem.cli;

import io.github.treem.core.validation.Issue;
import io.github.treem.io.anthro.AnthroCsv;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code treem zscores [--standard who2006|who2007] FILE}: WHO growth z-scores of every row of a
 * CSV file, written as CSV to standard output (see {@link AnthroCsv} for the columns).
 *
 * @since 0.1.0
 */
@Command(
    name = "zscores",
    mixinStandardHelpOptions = true,
    description = {
      "WHO growth z-scores (as the WHO's anthro / anthroplus software) of every row of a CSV file.",
      "who2006 input:  id,sex,age_days,weight_kg,lenhei_cm,measure,oedema",
      "who2006 output: id,clenhei,cmeasure,c9mo_flag,cbmi,zlen,flen,zwei,fwei,zwfl,fwfl,zbmi,fbmi",
      "who2007 input:  id,sex,age_months,height_cm,weight_kg,oedema",
      "who2007 output: id,cbmi,zhfa,fhfa,zwfa,fwfa,zbfa,fbfa",
      "Exit 0: all rows processed; 1: some row malformed (located on stderr); 2: usage or I/O error."
    })
public final class ZscoresCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--standard", paramLabel = "who2006|who2007", defaultValue = "who2006",
      description = "who2006 (0-5 years, age in days; default) or who2007 (5-19 years, age in months).")
  String standard;

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8), or - for standard input.")
  String file;

  /** Creates the command (picocli instantiates it). */
  public ZscoresCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    AnthroCsv.Standard std;
    switch (standard.strip().toLowerCase(Locale.ROOT)) {
      case "who2006":
        std = AnthroCsv.Standard.WHO2006;
        break;
      case "who2007":
        std = AnthroCsv.Standard.WHO2007;
        break;
      default:
        err.println("treem zscores: --standard must be who2006 or who2007");
        return Treem.EXIT_USAGE;
    }
    String name = "-".equals(file) ? "<stdin>" : file;
    try (Reader in = open()) {
      PrintWriter out = spec.commandLine().getOut();
      BufferedWriter w = new BufferedWriter(out, 1 << 16);
      long bad = AnthroCsv.zscores(in, w, std, name, issue -> report(err, issue));
      w.flush();
      out.flush();
      return bad > 0 ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
    } catch (NoSuchFileException e) {
      err.println("treem zscores: no such file: " + file);
      return Treem.EXIT_USAGE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Reader open() throws IOException {
    if ("-".equals(file)) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  private static void report(PrintWriter err, Issue issue) {
    StringBuilder b = new StringBuilder("treem zscores: ");
    issue.getLocation().getLine().ifPresent(l -> b.append("line ").append(l));
    issue.getLocation().getColumn().ifPresent(c -> b.append(", column ").append(c));
    b.append(": ").append(issue.getMessageEn()).append(" [").append(issue.getCode()).append(']');
    err.println(b);
  }
}

package io.github.treem.cli;

import io.github.treem.core.validation.Language;
import io.github.treem.io.RegisterSource;
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
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treem zscores [--standard who2006|who2007] FILE}: WHO growth z-scores of every row of a
 * CSV file, written as CSV to standard output (see {@link AnthroCsv} for the columns).
 *
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
      "Exit 0: all rows processed; 1: some row malformed (located on stderr); 2: usage or I/O error;"
          + " 3: internal error."
    })
final class ZscoresCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--standard", paramLabel = "who2006|who2007", defaultValue = "who2006",
      description = "who2006 (0-5 years, age in days; default) or who2007 (5-19 years, age in months).")
  String standard;

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8), or - for standard input.")
  String file;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to this file (UTF-8, whole or not at all) instead of the standard output.")
  @Nullable Path output;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", description = "Language of the messages (default vi).")
  String lang;

  ZscoresCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String name = "treem zscores";
    Language language = Language.parse(lang).orElse(null);
    if (language == null) {
      err.println(name + ": --lang: vi, en");
      return Treem.EXIT_USAGE;
    }
    AnthroCsv.Standard std;
    switch (standard.strip().toLowerCase(Locale.ROOT)) {
      case "who2006" -> std = AnthroCsv.Standard.WHO2006;
      case "who2007" -> std = AnthroCsv.Standard.WHO2007;
      default -> {
        err.println(name + ": " + Texts.t(language, "--standard là who2006 hoặc who2007",
            "--standard must be who2006 or who2007"));
        return Treem.EXIT_USAGE;
      }
    }
    String inName = "-".equals(file) ? RegisterSource.STANDARD_INPUT_NAME : file;
    Reader in;
    try {
      in = open();
    } catch (NoSuchFileException e) {
      err.println(name + ": " + Texts.t(language, "không có tệp: ", "no such file: ") + file);
      return Treem.EXIT_USAGE;
    } catch (IOException e) {
      err.println(name + ": " + Texts.t(language, "không đọc được tệp: ", "cannot read file: ") + file);
      return Treem.EXIT_USAGE;
    }
    long bad;
    try (Reader r = in; Output out = Output.open(spec, output)) {
      BufferedWriter w = new BufferedWriter(out.writer(), 1 << 16);
      bad = AnthroCsv.zscores(r, w, std, inName, issue -> err.println(Texts.issueLine(name, issue, language)));
      w.flush();
      out.commit();
    } catch (IOException | UncheckedIOException e) {
      err.println(name + ": " + Texts.t(language, "lỗi đọc ghi (", "I/O error (") + e.getClass().getSimpleName() + ")");
      return Treem.EXIT_USAGE;
    }
    return bad > 0 ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
  }

  private Reader open() throws IOException {
    if ("-".equals(file)) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

}

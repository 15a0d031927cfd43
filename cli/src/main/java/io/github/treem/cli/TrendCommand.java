package io.github.treem.cli;

import io.github.treem.core.validation.Language;
import io.github.treem.io.html.TrendHtml;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import io.github.treem.io.report.ReportReadException;
import io.github.treem.io.report.ReportSeriesException;
import io.github.treem.io.report.TrendReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treem trend FILE...}: the reports of several years of one commune (report JSONs as
 * {@code treem report --format json} writes them, in any order) side by side, through io-formats'
 * {@link TrendReport}: each indicator's series with the change per year.
 */
@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    description = {
      "Each indicator's figures year by year, with the change per year, from report JSONs of several years.",
      "Số liệu từng chỉ tiêu qua các năm, kèm mức thay đổi, từ các báo cáo JSON của nhiều năm.",
      "Exit 0: written; 1: a report malformed, of another commune, or two of one year; 2: usage or I/O error."
    })
final class TrendCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report JSONs (treem report --format json), any order.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "table|json|csv|html", defaultValue = "table",
      description = "Output format (default table); html: a page with a line chart per indicator.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (UTF-8, whole or not at all) instead of the standard output.")
  @Nullable Path output;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", description = "Language of names, the table and every message (default vi).")
  String lang;

  TrendCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String name = "treem trend";
    String fmt = format.strip().toLowerCase(Locale.ROOT);
    Optional<Language> lg = Language.parse(lang);
    if (!List.of("table", "json", "csv", "html").contains(fmt) || lg.isEmpty()) {
      err.println(name + ": " + Texts.t(lg.orElse(Language.VI), "--format là table, json, csv hoặc html; --lang là vi hoặc en",
          "--format must be table, json, csv or html; --lang vi or en"));
      return Treem.EXIT_USAGE;
    }
    Language language = lg.get();
    List<ReportDocument> documents = new ArrayList<>();
    for (Path file : files) {
      Path f = file.getFileName();
      String fileName = f == null ? file.toString() : f.toString();
      try {
        byte[] bytes = Files.readAllBytes(file);
        documents.add(ReportJson.of(language).read(new ByteArrayInputStream(bytes), fileName));
      } catch (NoSuchFileException e) {
        err.println(name + ": " + Texts.t(language, "không có tệp: ", "no such file: ") + file);
        return Treem.EXIT_USAGE;
      } catch (ReportReadException e) {
        err.println(Texts.issueLine(name, e.getIssue(), language));
        return Treem.EXIT_REJECTED;
      } catch (IOException | UncheckedIOException e) {
        err.println(name + ": " + Texts.t(language, "không đọc được ", "cannot read ") + file + " ("
            + e.getClass().getSimpleName() + ")");
        return Treem.EXIT_USAGE;
      }
    }
    TrendReport trend;
    try {
      trend = TrendReport.of(documents);
    } catch (ReportSeriesException e) {
      err.println(Texts.issueLine(name, e.getIssue(), language));
      return Treem.EXIT_REJECTED;
    }
    String text;
    switch (fmt) {
      case "json" -> text = trend.json(language);
      case "csv" -> text = trend.csv();
      case "html" -> text = TrendHtml.of(trend, language);
      default -> text = trend.table(language);
    }
    try (Output out = Output.open(spec, output)) {
      out.writer().print(text);
      out.commit();
    } catch (IOException e) {
      err.println(name + ": " + Texts.t(language, "không ghi được ", "cannot write ") + output + " ("
          + e.getClass().getSimpleName() + ")");
      return Treem.EXIT_USAGE;
    }
    return Treem.EXIT_OK;
  }
}

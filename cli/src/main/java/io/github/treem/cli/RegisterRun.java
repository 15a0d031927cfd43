package io.github.treem.cli;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.ReadStats;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** What validate and convert share: reading options, reading a file, describing problems. */
final class RegisterRun {
  /** Hibernate Validator's start-up INFO line is noise on a command's stderr (held: loggers are weak). */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");

  static {
    HIBERNATE_LOG.setLevel(Level.WARNING);
  }

  private RegisterRun() {}

  /** The options common to the commands that read registers. */
  static final class ReadArgs {
    static {
      HIBERNATE_LOG.setLevel(Level.WARNING);
    }

    @CommandLine.Option(names = "--year", defaultValue = "2020", paramLabel = "YEAR",
        description = "Reporting year Y of a CSV snapshot (default: ${DEFAULT-VALUE}).")
    int year;

    @CommandLine.Option(names = "--reference-date", paramLabel = "yyyy-MM-dd",
        description = "Reference date of the validation rules (default: 31 December of the year).")
    String referenceDate;

    @CommandLine.Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
        description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    String lang;

    @CommandLine.Option(names = "--lenient",
        description = "Keep rows whose bad values can be dropped to 'missing', with warnings.")
    boolean lenient;

    Language language(CommandLine.Model.CommandSpec spec) {
      return Language.parse(lang).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
          "--lang must be vi or en"));
    }

    LocalDate reference(CommandLine.Model.CommandSpec spec) {
      if (referenceDate == null) {
        return LocalDate.of(year, 12, 31);
      }
      try {
        return LocalDate.parse(referenceDate);
      } catch (DateTimeException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--reference-date must be yyyy-MM-dd");
      }
    }

    ReadOptions options(CommandLine.Model.CommandSpec spec, String fileName, TreemValidator validator) {
      if (year < 1900 || year > 2200) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--year must be 1900..2200");
      }
      return ReadOptions.builder().reportingYear(year).referenceDate(reference(spec)).fileName(fileName)
          .mode(lenient ? ReadMode.LENIENT : ReadMode.STRICT).validator(validator::validate).build();
    }
  }

  /**
   * Reads one file, giving each issue (file issues in order with the records') and each record.
   *
   * @return the counts, or empty when the file cannot be read (reported on err)
   */
  static Optional<ReadStats> read(String name, ReadOptions options, Language lang, PrintWriter err,
      Consumer<Issue> issues, Consumer<ReaderAndRecord> records) {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      err.println("treem: " + text(lang, "tên tệp không hợp lệ", "invalid file name") + ": " + name);
      return Optional.empty();
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      err.println("treem: " + text(lang, "không đọc được tệp", "cannot read file") + ": " + name);
      return Optional.empty();
    }
    try (RegisterReader r = Registers.open(path, options)) {
      int shown = 0;
      Optional<RegisterRecord> rec;
      do {
        List<Issue> fileIssues = r.getFileIssues();
        for (; shown < fileIssues.size(); shown++) {
          issues.accept(fileIssues.get(shown));
        }
        rec = r.next();
        if (rec.isPresent()) {
          rec.get().getIssues().forEach(issues);
          records.accept(new ReaderAndRecord(r, rec.get()));
        }
      } while (rec.isPresent());
      List<Issue> fileIssues = r.getFileIssues();
      for (; shown < fileIssues.size(); shown++) {
        issues.accept(fileIssues.get(shown));
      }
      return Optional.of(r.getStats());
    } catch (IOException | UncheckedIOException e) {
      err.println("treem: " + text(lang, "lỗi đọc tệp", "I/O error reading") + ": " + name);
      return Optional.empty();
    }
  }

  /** A record with the reader that read it. */
  static final class ReaderAndRecord {
    final RegisterReader reader;
    final RegisterRecord record;

    ReaderAndRecord(RegisterReader reader, RegisterRecord record) {
      this.reader = reader;
      this.record = record;
    }
  }

  static String text(Language lang, String vi, String en) {
    return lang == Language.EN ? en : vi;
  }

  static String severity(Severity s, Language lang) {
    switch (s) {
      case ERROR:
        return text(lang, "LỖI", "ERROR");
      case WARNING:
        return text(lang, "CẢNH BÁO", "WARNING");
      default:
        return text(lang, "THÔNG TIN", "INFO");
    }
  }

  /** {@return one human line: {@code file:line [column] SEVERITY CODE: message}} */
  static String describe(Issue i, String fileName, Language lang) {
    StringBuilder b = new StringBuilder(i.getLocation().getFile().orElse(fileName));
    i.getLocation().getLine().ifPresent(l -> b.append(':').append(l));
    i.getLocation().getColumn().ifPresent(c -> b.append(" [").append(c).append(']'));
    i.getLocation().getPath().ifPresent(p -> b.append(" ").append(p));
    return b.append(' ').append(severity(i.getSeverity(), lang)).append(' ').append(i.getCode()).append(": ")
        .append(i.getMessage(lang)).toString();
  }

  /** {@return the JSON form of one problem} */
  static Map<String, Object> json(Issue i, String fileName, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", fileName);
    m.put("line", i.getLocation().getLine().isPresent() ? i.getLocation().getLine().getAsLong() : null);
    m.put("column", i.getLocation().getColumn().orElse(null));
    m.put("code", i.getCode());
    m.put("severity", i.getSeverity().name());
    m.put("message", i.getMessage(lang));
    return m;
  }

  /** {@return the human summary of counts} */
  static String summary(String what, ReadStats s, Language lang) {
    return what + ": " + (lang == Language.EN
        ? s.rowsRead() + " rows read, " + s.rowsAccepted() + " accepted, " + s.rowsRejected() + " rejected"
            + (s.malformed() ? " (file malformed)" : "")
        : "đọc " + s.rowsRead() + " dòng, nhận " + s.rowsAccepted() + ", loại " + s.rowsRejected()
            + (s.malformed() ? " (tệp bị lỗi)" : ""));
  }
}

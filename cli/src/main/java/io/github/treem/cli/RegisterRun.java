package io.github.treem.cli;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.Registers;
import io.github.treem.io.TextEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/** What validate and convert share: reading options, reading a register, describing problems. */
final class RegisterRun {
  /** Hibernate Validator's start-up INFO line is noise on a command's stderr (held: loggers are weak). */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");

  static {
    HIBERNATE_LOG.setLevel(Level.WARNING);
  }

  private RegisterRun() {}

  /** Keeps Hibernate Validator's start-up INFO line off standard error (every command: see Treem). */
  static void quietHibernate() {
    HIBERNATE_LOG.setLevel(Level.WARNING);
  }

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
    @Nullable String referenceDate;

    @CommandLine.Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
        description = "Language of every message (default: ${DEFAULT-VALUE}).")
    String lang;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "No progress line on standard error / Không hiện tiến độ.")
    boolean quiet;

    @CommandLine.Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "ENC", description = {
        "Encoding of CSV registers: auto, utf-8 (default), utf-16, windows-1258, tcvn3 or vni (tcvn3/vni also for"
            + " workbook cells typed in those fonts).",
        "Bảng mã của tệp CSV: auto, utf-8 (mặc định), utf-16, windows-1258, tcvn3 hoặc vni."})
    String encoding;

    @CommandLine.Option(names = "--sheet", paramLabel = "NAME|N", description = {
        "Sheet of workbook registers to read: its name, or its position from 1 (default: the first sheet).",
        "Trang tính cần đọc của sổ Excel: tên trang, hoặc số thứ tự từ 1 (mặc định: trang đầu)."})
    @Nullable String sheet;

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

    /** {@return the read options: year, reference date, strictness, the validator} */
    ReadOptions options(CommandLine.Model.CommandSpec spec, TreemValidator validator) {
      if (year < 1900 || year > 2200) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--year must be 1900..2200");
      }
      if (sheet != null && sheet.isBlank()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--sheet needs the name or the position of a sheet");
      }
      return ReadOptions.builder().reportingYear(year).referenceDate(reference(spec)).textEncoding(encoding(spec,
          encoding)).sheet(Optional.ofNullable(sheet)).mode(lenient ? ReadMode.LENIENT : ReadMode.STRICT)
          .validator(validator::validate).build();
    }
  }

  /**
   * The encoding of an {@code --encoding} option.
   *
   * @param spec the command (for the usage error)
   * @param name the option's value
   * @return the encoding
   */
  static TextEncoding encoding(CommandLine.Model.CommandSpec spec, String name) {
    try {
      return TextEncoding.parse(name);
    } catch (InvalidValueException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--encoding must be auto, utf-8, utf-16, windows-1258, tcvn3 or vni");
    }
  }

  /**
   * Reads one register on this thread, giving each issue and each record: the issues raised while
   * reading up to a record (the file's), then the record's, as
   * {@link io.github.treem.io.RegisterReading} orders them. For {@code convert}, which needs the
   * reader of each record (a rejected CSV row's text).
   *
   * @param source the register
   * @param options the read options (the register's name replaces their file name)
   * @param issues receives every issue
   * @param records receives every record with its reader
   * @param progress counts the rows
   * @return the counts
   * @throws IOException when the register cannot be read
   */
  static DataQuality read(RegisterSource source, ReadOptions options, Consumer<Issue> issues,
      Consumer<ReaderAndRecord> records, Progress progress) throws IOException {
    ReadOptions o = ReadOptions.builder().from(options).fileName(source.getName()).build();
    try (RegisterReader r = Registers.open(source.open(), o)) {
      int shown = 0;
      long rows = 0;
      for (Optional<RegisterRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
        shown = fileIssues(r, shown, issues);
        rec.get().getIssues().forEach(issues);
        records.accept(new ReaderAndRecord(r, rec.get()));
        if (++rows == 4096) {
          progress.addRows(rows);
          rows = 0;
        }
      }
      fileIssues(r, shown, issues);
      progress.addRows(rows);
      return r.getStats();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.sourceDone();
    }
  }

  private static int fileIssues(RegisterReader r, int shown, Consumer<Issue> issues) {
    List<Issue> f = r.getFileIssues();
    int k = shown;
    for (; k < f.size(); k++) {
      issues.accept(f.get(k));
    }
    return k;
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

  static String severity(Severity s, Language lang) {
    return switch (s) {
      case ERROR -> Texts.t(lang, "LỖI", "ERROR");
      case WARNING -> Texts.t(lang, "CẢNH BÁO", "WARNING");
      default -> Texts.t(lang, "THÔNG TIN", "INFO");
    };
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
  static String summary(String what, DataQuality s, Language lang) {
    return what + ": " + (lang == Language.EN
        ? s.getRowsRead() + " rows read, " + s.getRowsAccepted() + " accepted, " + s.getRowsRejected() + " rejected"
            + (s.isMalformed() ? " (file malformed)" : "")
        : "đọc " + s.getRowsRead() + " dòng, nhận " + s.getRowsAccepted() + ", loại " + s.getRowsRejected()
            + (s.isMalformed() ? " (tệp bị lỗi)" : ""));
  }
}

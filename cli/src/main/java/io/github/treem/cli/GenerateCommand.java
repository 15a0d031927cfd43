package io.github.treem.cli;

import io.github.treem.core.Child;
import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeIssueCode;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.admin.UnitResolution;
import io.github.treem.core.protection.ProtectionCase;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.synthetic.CaseGenerator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.cases.CaseFiles;
import io.github.treem.io.cases.CaseWriter;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.RegisterJsonLinesWriter;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treem generate --children N --seed S --year Y [--commune CODE] [--error-rate R] OUT}:
 * writes a synthetic commune register (of the commune {@code CODE}, a GSO code known at 31
 * December of the year, so that a synthetic province can be built from the real unit list) (see {@link CommuneGenerator}), as CSV ({@code .csv}, or {@code -} for standard
 * output) or JSON Lines ({@code .jsonl}, {@code .ndjson}), in constant memory. The same
 * arguments always give the same file. The file carries the synthetic-data marker of its format
 * (the CSV column {@code synthetic_data}, {@code Y} on every row; the JSON Lines header
 * {@code "syntheticData":true}), so that every report computed from it says the data are
 * synthetic.
 *
 * <p>With an error rate R, a share R/2 of the children carry a data-entry error (a missing date
 * of birth, sex, village or enrolment, a misplaced decimal point, a registration before birth),
 * and in CSV another share R/2 of the rows carry a raw error the reader rejects (an impossible
 * date of birth or an unknown sex code).
 *
 * <p>With {@code --cases FILE} ({@code --case-count N}, {@code --late-share R}), the synthetic
 * protection cases of the register's children are written too ({@link CaseGenerator}: ids that
 * exist in the register, a mix of sources, harms, risk levels and steps, deadlines of Decree
 * 56/2017 met and missed), as JSON Lines or CSV case-v1 through the case writer.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic commune register (no personal data) for tests and demonstrations.",
      "Tạo sổ theo dõi trẻ em giả lập (không có dữ liệu cá nhân thật).",
      "Exit 0: written; 2: usage or I/O error; 3: internal error."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--children", paramLabel = "N", defaultValue = "2500", description = "Number of children (default 2500).")
  long children;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default 1).")
  long seed;

  @Option(names = "--year", paramLabel = "Y", defaultValue = "2020", description = "Reporting year (default 2020).")
  int year;

  @Option(names = "--villages", paramLabel = "V", defaultValue = "10", description = "Number of villages, 1-99 (default 10).")
  int villages;

  @Option(names = "--commune", paramLabel = "CODE", description = {
      "The commune's 5-digit GSO code, resolved at 31 December of the year (default 19885, Quảng Vinh).",
      "Mã xã 5 chữ số (theo danh mục tại ngày 31/12 của năm); mặc định 19885."})
  @Nullable String commune;

  @Option(names = "--error-rate", paramLabel = "R", defaultValue = "0", description = "Share of rows with errors, 0-1 (default 0).")
  double errorRate;

  @Parameters(index = "0", arity = "0..1", paramLabel = "OUT",
      description = "Output file (or -o OUT): .csv, .jsonl or .ndjson, written whole or not at all; - for CSV on standard output.")
  @Nullable String outArgument;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file, as OUT.")
  @Nullable String outOption;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", description = "Language of the messages (default vi).")
  String lang;

  @Option(names = "--cases", paramLabel = "FILE", description = {
      "Also write synthetic protection cases of the register's children (.jsonl, .ndjson or .csv, case-v1), received"
          + " in the year, drawn from random streams of their own (the register is the same with or without them).",
      "Ghi thêm tệp hồ sơ vụ việc bảo vệ trẻ em giả lập của trẻ em trong sổ (.jsonl, .ndjson hoặc .csv)."})
  @Nullable Path casesFile;

  @Option(names = "--case-count", paramLabel = "N", defaultValue = "40", description = "Number of cases with --cases, 0-100000 (default 40).")
  int caseCount;

  @Option(names = "--late-share", paramLabel = "R", defaultValue = "0.2",
      description = "Share of cases with --cases whose deadline step is late, 0-1 (default 0.2).")
  double lateShare;

  String out = ""; // OUT or -o OUT, set first in call()

  GenerateCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Language language = Language.parse(lang).orElse(Language.VI);
    if ((outArgument == null) == (outOption == null)) {
      err.println("treem generate: " + Texts.t(language, "cần đúng một tệp ra: OUT hoặc -o OUT",
          "exactly one output is needed: OUT or -o OUT"));
      return Treem.EXIT_USAGE;
    }
    out = outArgument != null ? outArgument : Objects.requireNonNull(outOption); // exactly one is given
    if (!(errorRate >= 0 && errorRate <= 1) || children < 0 || villages < 1 || villages > 99 || year < 1950
        || year > 2200) {
      err.println("treem generate: --children >= 0, --villages 1-99, --error-rate 0-1, --year 1950-2200"
          + Texts.t(language, " (giới hạn)", " (limits)"));
      return Treem.EXIT_USAGE;
    }
    String lower = out.toLowerCase(Locale.ROOT);
    boolean jsonl = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    if (!jsonl && !lower.endsWith(".csv") && !out.equals("-")) {
      err.println("treem generate: " + Texts.t(language,
          "OUT phải có đuôi .csv, .jsonl hoặc .ndjson (hoặc là - cho đầu ra chuẩn)",
          "OUT must end in .csv, .jsonl or .ndjson (or be - for standard output)"));
      return Treem.EXIT_USAGE;
    }
    CommuneGenerator.Builder builder = CommuneGenerator.builder().seed(seed).year(year).children(children)
        .villages(villages).errorRate(errorRate / 2);
    if (commune != null) {
      String code = commune.strip();
      if (!CommuneCode.isValid(code)) {
        err.println("treem generate: " + Texts.t(language, "--commune là mã xã 5 chữ số", "--commune is a 5-digit commune code"));
        return Treem.EXIT_USAGE;
      }
      UnitResolution r = AdministrativeDivisions.gso().resolveCommune(CommuneCode.parse(code), LocalDate.of(year, 12, 31));
      if (!r.isResolved()) {
        r.getIssues().forEach(i -> err.println(Texts.issueLine("treem generate", i, language)));
        return Treem.EXIT_USAGE;
      }
      // resolved with a warning (a year before the unit list's date: names of a later list): once
      r.getIssues().stream().filter(i -> i.getCode().equals(AdministrativeIssueCode.ADMIN_NAMES_AFTER_DATE.name()))
          .forEach(i -> err.println(Texts.issueLine("treem generate", i, language)));
      builder.communeCode(code);
    }
    CommuneGenerator gen = builder.build();
    if (casesFile != null) {
      if (caseCount < 0 || caseCount > 100_000 || !(lateShare >= 0 && lateShare <= 1)) {
        err.println("treem generate: --case-count 0-100000, --late-share 0-1" + Texts.t(language, " (giới hạn)", " (limits)"));
        return Treem.EXIT_USAGE;
      }
      CaseFiles.Form form;
      try {
        form = CaseFiles.formOf(casesFile);
      } catch (IllegalArgumentException e) {
        form = CaseFiles.Form.JSON;
      }
      if (form == CaseFiles.Form.JSON) {
        err.println("treem generate: " + Texts.t(language, "--cases phải có đuôi .jsonl, .ndjson hoặc .csv",
            "--cases must end in .jsonl, .ndjson or .csv"));
        return Treem.EXIT_USAGE;
      }
    }
    try {
      if (out.equals("-")) {
        OutputStream os = new FilterOutputStream(new BufferedOutputStream(System.out, 1 << 16)) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush(); // never close standard output
          }
        };
        write(gen, os, jsonl);
        os.close();
      } else {
        AtomicFile.write(Path.of(out), os -> write(gen, os, jsonl));
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("treem generate: " + Texts.t(language, "không ghi được ", "cannot write ") + out + " ("
          + e.getClass().getSimpleName() + ")");
      return Treem.EXIT_USAGE;
    }
    if (casesFile != null) {
      try {
        writeCases(gen, seed, year, caseCount, lateShare, casesFile);
      } catch (IOException | UncheckedIOException e) {
        err.println("treem generate: " + Texts.t(language, "không ghi được ", "cannot write ") + casesFile + " ("
            + e.getClass().getSimpleName() + ")");
        return Treem.EXIT_USAGE;
      }
    }
    return Treem.EXIT_OK;
  }

  /**
   * Writes the synthetic cases of a register's children (see {@link CaseGenerator}) through the
   * case writer of the file's form, whole or not at all: the bundled demo case file is this
   * method's output for the bundled register's settings (seed 2020, year 2020, 2500 children, 40
   * cases, late share 0.2).
   */
  static void writeCases(CommuneGenerator register, long seed, int year, int count, double lateShare, Path file)
      throws IOException {
    List<ProtectionCase> cases = CaseGenerator.builder().seed(seed).year(year).cases(count).lateShare(lateShare).build()
        .generate(register.iterator());
    boolean csv = CaseFiles.formOf(file) == CaseFiles.Form.CSV;
    AtomicFile.write(file, os -> {
      CaseWriter w = csv ? CaseWriter.csv(os, true) : CaseWriter.jsonLines(os, true); // marked synthetic
      cases.forEach(w::write);
      w.flush();
    });
  }

  private void write(CommuneGenerator gen, OutputStream os, boolean jsonl) throws IOException {
    Iterator<Child> it = gen.iterator();
    if (jsonl) {
      try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(os, true)) {
        while (it.hasNext()) {
          w.write(it.next());
        }
      }
    } else {
      OutputStream target = errorRate > 0 ? new RawErrors(os, errorRate / 2, seed) : os;
      try (RegisterCsvWriter w = RegisterCsvWriter.open(target,
          CsvWriteOptions.builder().reportingYear(year).syntheticData(true).build())) {
        while (it.hasNext()) {
          w.write(it.next());
        }
      }
    }
  }

  /**
   * Corrupts a share of the CSV data rows as they pass (constant memory): the date of birth (4th
   * column) becomes an impossible date, or the sex (3rd column) an unknown code. Rows with quotes
   * are left alone.
   */
  static final class RawErrors extends FilterOutputStream {
    private final double rate;
    private final SplittableRandom random;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(512);
    private boolean header = true;

    RawErrors(OutputStream out, double rate, long seed) {
      super(out);
      this.rate = rate;
      this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    @Override
    public void write(int b) throws IOException {
      line.write(b);
      if (b == '\n') {
        emit();
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int k = off; k < off + len; k++) {
        write(b[k]);
      }
    }

    private void emit() throws IOException {
      String s = line.toString(StandardCharsets.UTF_8);
      line.reset();
      if (!header && random.nextDouble() < rate && s.indexOf('"') < 0) {
        String[] cells = s.split(",", -1);
        if (cells.length > 4) {
          if (random.nextBoolean()) {
            cells[3] = cells[3].isEmpty() ? cells[3] : "2020-02-30";
          } else {
            cells[2] = "X";
          }
          s = String.join(",", cells);
        }
      }
      header = false;
      out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      if (line.size() > 0) {
        out.write(line.toByteArray());
        line.reset();
      }
      out.close();
    }
  }
}

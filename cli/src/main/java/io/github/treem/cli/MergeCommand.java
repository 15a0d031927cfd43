package io.github.treem.cli;

import io.github.treem.core.admin.AdministrativeIssueCode;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.dhis2.Dhis2Export;
import io.github.treem.io.dhis2.Dhis2Format;
import io.github.treem.io.dhis2.Dhis2Mapping;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.submission.ProvinceRollUp;
import io.github.treem.io.submission.SubmissionReading;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treem merge SUBMISSION...|FOLDER [--by commune|district|province] [--at DATE] [--dhis2 MAPPING]}: the
 * province's report from its communes' submissions ({@code treem submit}), through io-formats'
 * {@link ProvinceRollUp}: exact sums, a breakdown {@code area} by commune, district or province,
 * the communes of before the 2025 arrangement carried to their successors where the figures are
 * additive, coverage, and the result published with small-number suppression. Submissions are
 * read in order (a folder: its {@code .json} files in name order); each one refused is a
 * coded, located line on standard error, and the others are merged. Submissions are read on
 * {@code --threads} threads and merged in the order of the files: the output, the lines on
 * standard error and the exit code are the same for every number of threads. The output options
 * are those of {@code treem report} ({@link ReportOutputOptions}); with {@code --dhis2 MAPPING} the
 * output is instead a DHIS2 dataValueSet ({@code --dhis2-format json|csv|adx}) with one org unit
 * per commune, district and province ({@link Dhis2Export#toDataValueSet(ProvinceRollUp.Result)}):
 * by the UIDs of the mapping's {@code orgUnits}, or by GSO code for import with
 * {@code orgUnitIdScheme=CODE}; a mix, or a malformed UID, is a coded error and nothing is
 * written (exit 1). Exit 0: written; 1: a
 * submission refused or unreadable (the others merged and written), or none accepted (nothing
 * written); 2: usage or I/O error; 3: internal error.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Add up communes' submissions (treem submit) into the province's report, by commune, district or province.",
      "Tổng hợp báo cáo số liệu của các xã (treem submit) thành báo cáo của tỉnh, theo xã, huyện hoặc tỉnh.",
      "Exit 0: written; 1: a submission refused (the others merged), or none accepted; 2: usage or I/O error;"
          + " 3: internal error."
    })
final class MergeCommand implements Callable<Integer> {
  private static final int MISSING_LISTED = 20;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SUBMISSION", description = "Submission files (JSON) or folders of them.")
  List<Path> submissions;

  @Option(names = "--by", paramLabel = "commune|district|province", defaultValue = "province",
      description = "The area breakdown (default province); district only before 1 July 2025.")
  String by;

  @Option(names = "--at", paramLabel = "D", description = "Date of the administrative units yyyy-MM-dd (default: the reference date);"
      + " a later date carries communes of before the 2025 arrangement to their successors.")
  @Nullable String at;

  @Option(names = "--province", paramLabel = "CODE", description = "The province whose communes are expected (default: those of the submissions).")
  @Nullable String province;

  @Option(names = "--plan", paramLabel = "FILE", description = "The province's plan (JSON): its targets are assessed on the merged figures.")
  @Nullable Path plan;

  @Option(names = "--threads", paramLabel = "N", description = {
      "Submissions read in parallel by N threads (default: the processors); the output is the same for every N.",
      "Số luồng đọc song song các báo cáo (mặc định: số bộ xử lý); kết quả như nhau với mọi N."})
  @Nullable Integer threads;

  @Option(names = "--dhis2", paramLabel = "MAPPING", description = {
      "Write a DHIS2 dataValueSet through this mapping (JSON) instead of the report: one org unit per commune,"
          + " district and province, by UID (orgUnits) or by GSO code (import with orgUnitIdScheme=CODE), never mixed.",
      "Ghi dữ liệu DHIS2 (dataValueSet) theo tệp ánh xạ thay cho báo cáo: mỗi xã, huyện, tỉnh là một đơn vị,"
          + " theo UID (orgUnits) hoặc mã hành chính (nhập với orgUnitIdScheme=CODE), không trộn lẫn."})
  Path dhis2;

  @Option(names = "--dhis2-format", paramLabel = "json|csv|adx", defaultValue = "json",
      description = "Format of the DHIS2 dataValueSet (default json).")
  String dhis2Format;

  @Mixin ReportOutputOptions out = new ReportOutputOptions();

  MergeCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String name = "treem merge";
    if (!out.check(err, name)) {
      return Treem.EXIT_USAGE;
    }
    Language language = out.language();
    Optional<AdministrativeLevel> level = switch (by.strip().toLowerCase(Locale.ROOT)) {
      case "commune" -> Optional.of(AdministrativeLevel.COMMUNE);
      case "district" -> Optional.of(AdministrativeLevel.DISTRICT);
      case "province" -> Optional.of(AdministrativeLevel.PROVINCE);
      default -> Optional.empty();
    };
    if (level.isEmpty() || (out.format().equals("html") && plan == null) || (threads != null && threads < 1)) {
      err.println(name + ": " + Texts.t(language,
          "--by là commune, district hoặc province; --format html cần --plan; --threads từ 1 trở lên",
          "--by commune, district or province; --format html needs --plan; --threads at least 1"));
      return Treem.EXIT_USAGE;
    }
    Optional<Dhis2Format> dhis2Fmt = Optional.empty();
    Optional<Dhis2Mapping> mapping = Optional.empty();
    if (dhis2 != null) {
      // a DHIS2 export is a publication to another system: suppressed, and in its own format
      try {
        dhis2Fmt = Optional.of(Dhis2Format.fromName(dhis2Format));
      } catch (IllegalArgumentException e) {
        dhis2Fmt = Optional.empty();
      }
      if (dhis2Fmt.isEmpty() || !out.format().equals("table") || !out.suppressed()) {
        err.println(name + ": " + Texts.t(language,
            "--dhis2: --dhis2-format là json, csv hoặc adx; không dùng cùng --format hay --no-suppression",
            "--dhis2: --dhis2-format json, csv or adx; not with --format or --no-suppression"));
        return Treem.EXIT_USAGE;
      }
      mapping = ExportCommand.Dhis2Command.readMapping(err, name, language, dhis2);
      if (mapping.isEmpty()) {
        return Treem.EXIT_USAGE;
      }
    } else if (!dhis2Format.equals("json")) {
      err.println(name + ": " + Texts.t(language, "--dhis2-format cần --dhis2 MAPPING", "--dhis2-format needs --dhis2 MAPPING"));
      return Treem.EXIT_USAGE;
    }
    ProvinceRollUp.Builder b = ProvinceRollUp.builder().by(level.get());
    if (at != null) {
      try {
        b.at(LocalDate.parse(at.strip()));
      } catch (DateTimeParseException e) {
        err.println(name + ": " + Texts.t(language, "--at phải là một ngày yyyy-MM-dd", "--at must be a date yyyy-MM-dd"));
        return Treem.EXIT_USAGE;
      }
    }
    if (province != null) {
      b.province(province.strip());
    }
    Plan p = null;
    if (plan != null) {
      try {
        p = TreemJson.strict().readPlan(Files.readString(plan, StandardCharsets.UTF_8));
        b.plan(p);
      } catch (IOException | RuntimeException e) {
        err.println(name + ": " + Texts.t(language, "không đọc được kế hoạch ", "cannot read the plan ") + plan + " ("
            + e.getClass().getSimpleName() + ")");
        return Treem.EXIT_USAGE;
      }
    }
    if (!out.suppressed()) {
      b.unsuppressedForInternalUse();
    }
    ProvinceRollUp rollUp;
    try {
      rollUp = b.build();
    } catch (IllegalArgumentException e) {
      err.println(name + ": " + Texts.t(language, "không có cấp huyện sau ngày 30/06/2025: hãy tổng hợp theo xã hoặc tỉnh",
          "there are no districts after 30 June 2025: merge by commune or province"));
      return Treem.EXIT_USAGE;
    }
    List<Path> files = new ArrayList<>();
    for (Path s : submissions) {
      if (Files.isDirectory(s)) {
        try (Stream<Path> list = Files.list(s)) {
          list.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") && Files.isRegularFile(f))
              .sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          err.println(name + ": " + Texts.t(language, "không đọc được thư mục: ", "cannot read folder: ") + s);
          return Treem.EXIT_USAGE;
        }
      } else if (Files.isRegularFile(s)) {
        files.add(s);
      } else {
        err.println(name + ": " + Texts.t(language, "không có tệp hoặc thư mục: ", "no such file or folder: ") + s);
        return Treem.EXIT_USAGE;
      }
    }
    ProvinceRollUp.Merge merge = rollUp.start();
    boolean[] refused = {false};
    int[] done = {0}; // the files handed over: a failure is of the next one
    List<RegisterSource> sources = files.stream()
        .map(f -> RegisterSource.of(f.toString(), () -> Files.newInputStream(f))).toList();
    int n = threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    try {
      // read on n threads, merged here in the order of the files: the same output for every n
      SubmissionReading.of(n).read(sources, read -> {
        done[0]++;
        read.getRefusal().ifPresent(i -> {
          err.println(Texts.issueLine(name, i, language));
          refused[0] = true;
        });
        read.getSubmission().ifPresent(s -> {
          for (Issue i : merge.add(s, read.getSource().getName())) {
            err.println(Texts.issueLine(name, i, language));
            refused[0] |= i.getSeverity() == Severity.ERROR;
          }
        });
      });
    } catch (IOException | UncheckedIOException e) {
      err.println(name + ": " + Texts.t(language, "không đọc được ", "cannot read ") + files.get(Math.min(done[0], files.size() - 1)) + " ("
          + (e instanceof UncheckedIOException u ? Objects.requireNonNull(u.getCause()) : e).getClass().getSimpleName() + ")");
      return Treem.EXIT_USAGE;
    }
    ProvinceRollUp.Result result = merge.finish();
    result.getIssues().stream().filter(i -> i.getCode().equals(AdministrativeIssueCode.ADMIN_NAMES_AFTER_DATE.name()))
        .forEach(i -> err.println(Texts.issueLine(name, i, language)));
    List<AdministrativeUnit> missing = result.getMissing();
    for (int k = 0; k < Math.min(MISSING_LISTED, missing.size()); k++) {
      AdministrativeUnit m = missing.get(k);
      err.println(name + ": " + Texts.t(language, "chưa gửi báo cáo: ", "sent nothing: ") + m.getCode() + " " + m.getName());
    }
    if (missing.size() > MISSING_LISTED) {
      err.println(name + ": " + Texts.t(language, "… và " + (missing.size() - MISSING_LISTED) + " xã khác chưa gửi",
          "… and " + (missing.size() - MISSING_LISTED) + " more communes sent nothing"));
    }
    long expected = result.getCoverage().stream().mapToLong(ProvinceRollUp.Coverage::expected).sum();
    long received = result.getCoverage().stream().mapToLong(ProvinceRollUp.Coverage::received).sum();
    // files read = merged + refused (an unreadable or changed file is refused before the merge sees it)
    long merged = result.getSubmissionsAccepted();
    long refusedCount = files.size() - merged;
    err.println(name + ": " + Texts.t(language,
        files.size() + " báo cáo đã đọc, " + merged + " được tổng hợp, " + refusedCount + " bị từ chối; đủ số liệu "
            + received + "/" + expected + " xã",
        files.size() + " submissions read, " + merged + " merged, " + refusedCount + " refused; coverage "
            + received + "/" + expected + " communes"));
    if (result.getDocument().isEmpty()) {
      err.println(name + ": " + Texts.t(language, "không có báo cáo nào được tổng hợp: không ghi gì",
          "no submission merged: nothing written"));
      return Treem.EXIT_REJECTED;
    }
    int written = mapping.isPresent()
        ? ExportCommand.Dhis2Command.write(spec, name, language, Dhis2Export.of(mapping.get()).toDataValueSet(result),
            dhis2Fmt.orElseThrow(), out.output)
        : out.write(spec, name, result.getDocument().get(), p, false, Optional.of(result));
    if (written != Treem.EXIT_OK) {
      return written;
    }
    return refused[0] ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
  }
}

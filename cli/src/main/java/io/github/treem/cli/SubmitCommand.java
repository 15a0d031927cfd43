package io.github.treem.cli;

import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeIssueCode;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.admin.UnitResolution;
import io.github.treem.core.validation.Language;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.io.submission.SubmissionJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treem submit --commune CODE [--register ...] -o FILE}: the commune's submission to its
 * province (io-formats' {@link CommuneSubmission}, JSON schema {@code submission-v1}): the
 * indicators computed from the commune's registers as {@code treem report} computes them, with
 * every breakdown of a submission, unsuppressed, counts only. A command of its own rather than a
 * {@code report} format, because it is the one unsuppressed output meant to leave the commune and
 * must be asked for by name. The commune code is resolved at the reference date (an unknown code:
 * exit 2, nothing written). The commune's name written beside the code is the bundled unit list's
 * ({@code AdministrativeDivisions#getListDate()}): for a reference date before the list's, the
 * code resolves with the warning {@code ADMIN_NAMES_AFTER_DATE}, printed once on the standard
 * error as {@code treem merge} prints it, and the name is the list's (a later one where units were
 * renamed or merged since); the province's merge goes by the code.
 */
@Command(
    name = "submit",
    mixinStandardHelpOptions = true,
    description = {
      "Write the commune's submission to the province: the indicators' counts, unsuppressed, no child record.",
      "Ghi báo cáo số liệu của xã gửi tỉnh: các số đếm của chỉ tiêu, không ẩn số nhỏ, không có hồ sơ trẻ em.",
      "Exit 0: written; 1: some input row rejected or a file malformed (still written); 2: usage or I/O error;"
          + " 3: internal error."
    })
final class SubmitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ReportInputs inputs = new ReportInputs();

  @Option(names = "--commune", required = true, paramLabel = "CODE", description = "The commune's 5-digit GSO code.")
  String commune;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
      description = "The submission file (JSON; whole or not at all; - for the standard output).")
  Path output;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", description = "Language of the messages (default vi).")
  String lang;

  SubmitCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String name = "treem submit";
    Optional<Language> lg = Language.parse(lang);
    Language language = lg.orElse(Language.VI);
    if (lg.isEmpty() || !CommuneCode.isValid(commune.strip())) {
      err.println(name + ": " + Texts.t(language, "--commune là mã xã 5 chữ số; --lang là vi hoặc en",
          "--commune is a 5-digit commune code; --lang vi or en"));
      return Treem.EXIT_USAGE;
    }
    CommuneCode code = CommuneCode.parse(commune.strip());
    ReportInputs.Computed c = inputs.compute(err, name, language, CommuneSubmission.BREAKDOWNS, false);
    if (c.document() == null) {
      return c.failure();
    }
    UnitResolution r = AdministrativeDivisions.gso().resolveCommune(code, c.document().getReport().getReferenceDate());
    if (!r.isResolved()) {
      r.getIssues().forEach(i -> err.println(Texts.issueLine(name, i, language)));
      return Treem.EXIT_USAGE;
    }
    // a reference date before the unit list's: the code resolves, but the name written is the
    // list's (a later name, e.g. Huế's of 2025 for 2020): said once, in merge's words
    r.getIssues().stream().filter(i -> i.getCode().equals(AdministrativeIssueCode.ADMIN_NAMES_AFTER_DATE.name()))
        .forEach(i -> err.println(Texts.issueLine(name, i, language)));
    CommuneSubmission submission = CommuneSubmission.of(code, c.document())
        .withCommuneName(r.getUnit().map(AdministrativeUnit::getName).orElse(""));
    try (Output out = Output.open(spec, output)) {
      out.writer().print(SubmissionJson.write(submission));
      out.commit();
    } catch (IOException e) {
      err.println(name + ": " + Texts.t(language, "không ghi được ", "cannot write ") + output + " ("
          + e.getClass().getSimpleName() + ")");
      return Treem.EXIT_USAGE;
    }
    return c.rejected() ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
  }
}

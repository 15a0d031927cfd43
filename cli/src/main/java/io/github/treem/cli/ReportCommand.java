package io.github.treem.cli;

import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treem report}: the plan's indicators (docs/indicators.md) computed from one or more
 * commune registers, with breakdowns, exclusions, target assessment and small-number suppression,
 * through io-formats' {@link io.github.treem.io.report.ReportPipeline}.
 *
 * <p>Defaults: the bundled Quảng Vinh 2020 plan and the bundled synthetic register of about
 * 2,500 children, year 2020, reference date 31 December of the year, breakdown by village,
 * table output in Vietnamese. Several registers ({@code --register} files, folders, {@code -})
 * are merged, with a breakdown {@code area} (one cell per register, keyed by its name without
 * extension). Rejected rows are reported on standard error (file, line, column, code, in the
 * language of {@code --lang}), never on standard output. Registers are read in parallel by
 * {@code --threads N} threads; the output, the manifest, the exit code and the lines on standard
 * error (in the order of the registers) are the same for every N.
 *
 * <p>JSON and CSV are written by io-formats' {@link io.github.treem.io.report.ReportJson} and
 * {@link io.github.treem.io.report.ReportCsv}, HTML by {@code HtmlReport}, the workbook by treem-xlsx's
 * {@code ReportXlsxWriter}, with the manifest, all through {@link ReportOutputOptions}.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the plan's indicators from commune registers and assess the plan's targets.",
      "Tính các chỉ tiêu của kế hoạch từ sổ theo dõi trẻ em và đánh giá mục tiêu.",
      "Dimensions for --by: village, sex, ethnicity, disability, age, group, legacy_group (the 11 groups of the 2004 law), area; with --cases also source, harm, status.",
      "Exit 0: report written; 1: some input row rejected or a file malformed; 2: usage or I/O error; 3: internal error."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ReportInputs inputs = new ReportInputs();

  @Option(names = "--by", paramLabel = "DIM", split = ",", description = "Breakdowns, comma-separated (default village).")
  @Nullable List<String> by;

  @Mixin ReportOutputOptions out = new ReportOutputOptions();

  ReportCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String name = "treem report";
    if (!out.check(err, name)) {
      return Treem.EXIT_USAGE;
    }
    Language language = out.language();
    Set<BreakdownDimension> dims = EnumSet.noneOf(BreakdownDimension.class);
    for (String d : by == null ? List.of("village") : by) {
      if (d.isBlank()) {
        continue;
      }
      Optional<BreakdownDimension> dim = BreakdownDimension.fromKey(d);
      if (dim.isEmpty()) {
        err.println(name + ": " + Texts.t(language, "không có cách phân tổ '", "unknown breakdown '") + d.strip()
            + "' (village, sex, ethnicity, disability, age, group, legacy_group, area, source, harm, status)");
        return Treem.EXIT_USAGE;
      }
      dims.add(dim.get());
    }
    ReportInputs.Computed c = inputs.compute(err, name, language, dims, out.suppressed(), out.format().equals("html"));
    if (c.document() == null) {
      return c.failure();
    }
    // figures of synthetic registers (the bundled one, or any that treem generate wrote) are
    // marked synthetic (in the workbook), as the manifest says
    boolean synthetic = c.document().getManifest().orElseThrow().isSyntheticData();
    int written = out.write(spec, name, c.document(), c.plan(), synthetic);
    if (written != Treem.EXIT_OK) {
      return written;
    }
    return c.rejected() ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
  }
}

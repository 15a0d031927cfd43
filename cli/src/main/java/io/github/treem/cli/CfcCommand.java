package io.github.treem.cli;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.indicators.synthetic.SyntheticSelfAssessment;
import io.github.treem.io.report.SelfAssessmentCsv;
import io.github.treem.io.report.SelfAssessmentJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treem cfc form|check}: the commune's self-assessment on the child-friendly commune
 * standard (Quyết định 06/QĐ-TTg) as a CSV form for officers. {@code form} writes the form, blank
 * (every item of the scoring table listed) or filled from a self-assessment file or the bundled
 * synthetic example; {@code check} reads a filled form (or the JSON file) and prints its problems
 * on their rows. {@code treem report --self-assessment} reads the form as it reads the JSON file.
 * Exit codes as every command: 0 done, 1 a problem in the form, 2 usage or I/O error.
 */
@Command(name = "cfc", mixinStandardHelpOptions = true,
    description = {"The child-friendly commune standard (QĐ 06/QĐ-TTg): the officers' self-assessment form.",
        "Tiêu chuẩn xã phù hợp với trẻ em (QĐ 06/QĐ-TTg): mẫu tự đánh giá cho cán bộ."},
    subcommands = {CfcCommand.Form.class, CfcCommand.Check.class})
final class CfcCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  CfcCommand() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Treem.EXIT_USAGE;
  }

  /** The options both subcommands share: the scoring table and the language. */
  static final class Common {
    @Option(names = "--scoring-table", paramLabel = "FILE", description = {
        "A scoring table (text form of docs/child-friendly-commune.md §9) instead of the bundled table of QĐ 06.",
        "Bảng điểm thay cho bảng điểm kèm theo."})
    @Nullable Path scoringTable;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
        description = "Language of every message (default: ${DEFAULT-VALUE}).")
    String lang = "vi";

    Language language(CommandLine.Model.CommandSpec spec) {
      return Language.parse(lang).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
          "--lang must be vi or en"));
    }

    /** {@return the table, or null when it could not be read (reported)} */
    @Nullable ScoringTable table(PrintWriter err, String name, Language lang, int[] exit) {
      if (scoringTable == null) {
        return ScoringTable.qd06();
      }
      ChildFriendlyInputs.TableFile t = ChildFriendlyInputs.readTable(scoringTable, err, name, lang);
      exit[0] = t.exit();
      return t.table();
    }
  }

  /** {@code treem cfc form}: writes the CSV form. */
  @Command(name = "form", mixinStandardHelpOptions = true,
      description = {"Writes the self-assessment form (CSV) for an officer to fill in a spreadsheet: blank, every item"
          + " of the scoring table listed, or filled from --from FILE or --demo.",
          "Ghi mẫu tự đánh giá (CSV) để cán bộ điền trên bảng tính: mẫu trống liệt kê mọi mục của bảng điểm, hoặc"
              + " điền sẵn từ --from FILE hay --demo."})
  static final class Form implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin Common common = new Common();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", description = {
        "The file to write (UTF-8 with a byte-order mark, for Excel); default: standard output (no byte-order mark).",
        "Tệp ghi ra (UTF-8 có BOM để Excel mở đúng tiếng Việt); mặc định: đầu ra chuẩn."})
    @Nullable Path output;

    @Option(names = "--year", paramLabel = "YEAR", description = {
        "The year the blank form is for (default: this year).", "Năm đánh giá của mẫu trống (mặc định: năm nay)."})
    @Nullable Integer year;

    @Option(names = "--from", paramLabel = "FILE", description = {
        "A self-assessment (JSON or CSV) to fill the form with: converts the JSON file into the form.",
        "Bản tự đánh giá (JSON hoặc CSV) để điền sẵn vào mẫu."})
    @Nullable Path from;

    @Option(names = "--demo", description = {
        "The bundled synthetic self-assessment of xã Quảng Vinh for --year (default 2020), marked synthetic.",
        "Bản tự đánh giá mẫu (dữ liệu mô phỏng) của xã Quảng Vinh."})
    boolean demo;

    @Option(names = "--separator", defaultValue = ",", paramLabel = ",|;", description = {
        "The field separator: , (default) or ; (Excel in a Vietnamese locale; decimals then take a comma).",
        "Dấu phân cách: , (mặc định) hoặc ; (Excel tiếng Việt; khi đó số thập phân dùng dấu phẩy)."})
    String separator = ",";

    Form() {}

    @Override
    public Integer call() {
      String name = "treem cfc form";
      Language lang = common.language(spec);
      PrintWriter err = spec.commandLine().getErr();
      if (!separator.equals(",") && !separator.equals(";")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--separator must be , or ;");
      }
      if (from != null && demo) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--from and --demo cannot be used together");
      }
      int[] exit = {0};
      ScoringTable table = common.table(err, name, lang, exit);
      if (table == null) {
        return exit[0];
      }
      char sep = separator.charAt(0);
      String csv;
      if (from != null) {
        ChildFriendlyInputs.SelfAssessmentFile f = ChildFriendlyInputs.readSelfAssessment(from, table, err, name, lang,
            "--from");
        SelfAssessment sa = f.selfAssessment();
        if (sa == null) {
          return f.exit();
        }
        csv = SelfAssessmentCsv.write(sa, table, sep);
      } else if (demo) {
        csv = SelfAssessmentCsv.write(SyntheticSelfAssessment.quangVinh(year == null ? 2020 : year), table, sep);
      } else {
        int y = year == null ? LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() : year;
        csv = SelfAssessmentCsv.template(table, y, sep);
      }
      try (Output out = Output.open(spec, output)) {
        OutputStream bytes = out.bytes();
        if (bytes == null) {
          out.writer().print(csv);
        } else {
          bytes.write(SelfAssessmentCsv.toBytes(csv));
        }
        out.commit();
      } catch (IOException e) {
        err.println(name + ": " + Texts.t(lang, "không ghi được ", "cannot write ") + output + " ("
            + e.getClass().getSimpleName() + ")");
        return Treem.EXIT_USAGE;
      }
      return Treem.EXIT_OK;
    }
  }

  /** {@code treem cfc check}: reads a self-assessment and prints its problems. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Checks a filled self-assessment form (CSV) or file (JSON): every problem on its row, then the"
          + " checks against the scoring table. Exit 0 when it can be scored, 1 when not.",
          "Kiểm tra bản tự đánh giá đã điền (CSV hoặc JSON): từng lỗi theo dòng, rồi đối chiếu với bảng điểm."})
  static final class Check implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin Common common = new Common();

    @Parameters(index = "0", paramLabel = "FILE", description = "The self-assessment (.csv form or .json file).")
    Path file = Path.of("");

    Check() {}

    @Override
    public Integer call() {
      String name = "treem cfc check";
      Language lang = common.language(spec);
      PrintWriter err = spec.commandLine().getErr();
      int[] exit = {0};
      ScoringTable table = common.table(err, name, lang, exit);
      if (table == null) {
        return exit[0];
      }
      ChildFriendlyInputs.SelfAssessmentFile f = ChildFriendlyInputs.readSelfAssessment(file, table, err, name, lang,
          "FILE");
      SelfAssessment sa = f.selfAssessment();
      if (sa == null) {
        return f.exit();
      }
      // the JSON file's errors against the table (the form's were printed on their rows)
      boolean errors = false;
      if (!f.csv()) {
        for (Issue i : SelfAssessmentJson.check(sa, table, String.valueOf(file.getFileName()))) {
          if (i.getSeverity() == Severity.ERROR) {
            err.println(Texts.issueLine(name, i, lang));
            errors = true;
          }
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(Texts.t(lang,
          "Xã " + sa.getCommuneCode() + ", năm " + sa.getYear() + ": " + sa.getEntries().size()
              + " mục có giá trị; bảng điểm " + table.getId() + " phiên bản " + table.getVersion()
              + (errors ? ": có lỗi, chưa chấm điểm được" : ": chấm điểm được"),
          "Commune " + sa.getCommuneCode() + ", year " + sa.getYear() + ": " + sa.getEntries().size()
              + " items with a value; scoring table " + table.getId() + " version " + table.getVersion()
              + (errors ? ": errors, cannot be scored" : ": can be scored")));
      out.flush();
      return errors ? Treem.EXIT_REJECTED : Treem.EXIT_OK;
    }
  }
}

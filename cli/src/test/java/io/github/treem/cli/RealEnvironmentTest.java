package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in real environments, in this JVM (the child-JVM checks are {@link CliJarIT}):
 * exit codes and internal errors, atomic writes, folders, standard input, {@code --lang} on
 * standard error, the progress line.
 */
class RealEnvironmentTest {
  @TempDir Path dir;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @AfterEach
  void resetHooks() {
    Treem.failureForTests = null;
    AtomicFile.mover = Files::move;
    Progress.terminalForTests = null;
  }

  private Path generate(String name, int children, double errorRate) {
    Path p = dir.resolve(name);
    assertThat(run("generate", "--children", Integer.toString(children), "--seed", Integer.toString(children),
        "--error-rate", Double.toString(errorRate), p.toString()).code()).isZero();
    return p;
  }

  // ------------------------------------------------------------------ exit codes

  @Test
  void anInternalErrorIsOneLineAndExitThreeForEveryCommand() {
    Treem.failureForTests = () -> new IllegalStateException("a secret child name that must not leak");
    for (String[] args : List.of(new String[] {"report"}, new String[] {"validate", "x.csv"},
        new String[] {"zscores", "x.csv"}, new String[] {"convert", "x.csv", "y.csv"}, new String[] {"generate", "y.csv"},
        new String[] {"export"}, new String[] {"export", "dhis2", "--mapping", "m.json", "-o", "-"})) {
      CliRun r = run(args);
      String command = String.join(" ", args);
      assertThat(r.code()).as(command).isEqualTo(3);
      assertThat(r.err().lines()).as(command).hasSize(1);
      assertThat(r.err()).startsWith("treem ").contains("lỗi nội bộ (IllegalStateException)")
          .doesNotContain("secret").doesNotContain("\tat ");
    }
    CliRun en = run("report", "--lang", "en");
    assertThat(en.code()).isEqualTo(3);
    assertThat(en.err()).isEqualTo("treem report: internal error (IllegalStateException); please report it"
        + System.lineSeparator());
    assertThat(en.out()).isEmpty();
  }

  @Test
  void runningOutOfMemoryIsOneLineWithTheHeapHintAndExitThree() {
    Treem.failureForTests = () -> new OutOfMemoryError("Java heap space");
    CliRun r = run("report", "--lang", "en");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("treem: out of memory; give Java more memory, e.g. java -Xmx4g -jar treem.jar ..."
        + System.lineSeparator());
    CliRun vi = run("validate", "a.csv");
    assertThat(vi.code()).isEqualTo(3);
    assertThat(vi.err()).contains("hết bộ nhớ").contains("-Xmx").doesNotContain("\tat ");
    Treem.failureForTests = () -> new ExceptionInInitializerError("tables missing");
    CliRun init = run("report");
    assertThat(init.code()).isEqualTo(3);
    assertThat(init.err()).contains("ExceptionInInitializerError").doesNotContain("tables missing");
  }

  @Test
  void noSubcommandPrintsTheUsageOnStandardErrorAndExitsTwo() {
    CliRun treem = run();
    assertThat(treem.code()).isEqualTo(2);
    assertThat(treem.out()).isEmpty();
    assertThat(treem.err()).contains("Usage: treem").contains("report").contains("Exit codes")
        .contains("3  internal error").contains("@communes.txt");
    CliRun export = run("export");
    assertThat(export.code()).isEqualTo(2);
    assertThat(export.err()).contains("Usage: treem export").contains("dhis2");
    assertThat(run("--help").code()).isZero();
    assertThat(run("--help").out()).contains("Exit codes").contains("1  rows rejected or a file malformed");
  }

  // ------------------------------------------------------------------ atomic writes

  @Test
  void aFailingWriterLeavesNeitherTheTargetNorATemporaryFile() throws IOException {
    Path target = dir.resolve("report.json");
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write("{\"half\":".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(target).doesNotExist();
    assertThat(files()).isEmpty();
    // an existing file keeps its former content
    Files.writeString(target, "former");
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write("new".getBytes(StandardCharsets.UTF_8));
      throw new IllegalStateException("killed");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(target).hasContent("former");
    assertThat(files()).containsExactly("report.json");
  }

  @Test
  void whereTheFileSystemRefusesAnAtomicMoveTheFileIsReplacedAllTheSame() throws IOException {
    List<String> moves = new ArrayList<>();
    AtomicFile.mover = (from, to, options) -> {
      moves.add(List.of(options).toString());
      if (List.of(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
        throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not here");
      }
      Files.move(from, to, options);
    };
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");
    AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(target).hasContent("new");
    assertThat(moves).containsExactly("[ATOMIC_MOVE]", "[REPLACE_EXISTING]");
    assertThat(files()).containsExactly("out.csv");
  }

  @Test
  void everyCommandThatWritesAFileWritesItWholeOrNotAtAll() throws IOException {
    Path register = generate("xa.csv", 200, 0.1);
    Path missingFolder = dir.resolve("no-such-folder").resolve("out.csv");
    for (String[] args : List.of(
        new String[] {"report", "-o", missingFolder.toString()},
        new String[] {"validate", register.toString(), "-o", missingFolder.toString()},
        new String[] {"zscores", register.toString(), "-o", missingFolder.toString()},
        new String[] {"convert", register.toString(), "-o", missingFolder.toString()},
        new String[] {"generate", "-o", missingFolder.toString()})) {
      CliRun r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).isNotEmpty().doesNotContain("\tat ");
      assertThat(missingFolder.getParent()).doesNotExist();
    }
    // a write that fails halfway (the move refused) leaves the former file and no temporary file
    Path out = dir.resolve("report.json");
    Files.writeString(out, "former");
    AtomicFile.mover = (from, to, options) -> {
      throw new IOException("refused");
    };
    CliRun r = run("report", "--format", "json", "-o", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(out).hasContent("former");
    assertThat(files()).containsExactlyInAnyOrder("report.json", "xa.csv");
    AtomicFile.mover = Files::move;
    assertThat(run("report", "--format", "json", "-o", out.toString()).code()).isZero();
    assertThat(Files.readString(out)).isEqualTo(run("report", "--format", "json").out());
    assertThat(run("convert", register.toString(), "-o", dir.resolve("c.jsonl").toString()).code()).isEqualTo(1);
    assertThat(files()).contains("c.jsonl", "c.jsonl.rejected.csv").noneMatch(f -> f.endsWith(".tmp"));
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  // ------------------------------------------------------------------ folders and standard input

  @Test
  void aFolderIsEveryRegisterFileInItInNameOrder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("huyen"));
    generate("huyen/xa-b.csv", 150, 0.1);
    generate("huyen/xa-a.csv", 120, 0.1);
    Files.writeString(folder.resolve("notes.txt"), "not a register");
    Files.writeString(folder.resolve(".xa-c.csv.1234.tmp"), "half a file");
    CliRun byFolder = run("report", "--register", folder.toString(), "--format", "json", "--by", "sex");
    CliRun byFiles = run("report", "--register", folder.resolve("xa-a.csv").toString(), "--register",
        folder.resolve("xa-b.csv").toString(), "--format", "json", "--by", "sex");
    assertThat(byFolder.code()).isEqualTo(1);
    assertThat(byFolder.out()).isEqualTo(byFiles.out()).contains("\"key\":\"xa-a\"").contains("\"key\":\"xa-b\"");
    assertThat(byFolder.err()).isEqualTo(byFiles.err());
    assertThat(byFolder.err().indexOf("xa-a.csv")).isLessThan(byFolder.err().indexOf("xa-b.csv"));
    CliRun validate = run("validate", folder.toString(), "--lang", "en");
    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.out()).contains(folder.resolve("xa-a.csv") + ": 120 rows read")
        .contains(folder.resolve("xa-b.csv") + ": 150 rows read").contains("Total: 270 rows read")
        .doesNotContain("notes.txt");
    Path mapping = dir.resolve("mapping.json");
    Files.writeString(mapping, ExportCommandTest.MAPPING, StandardCharsets.UTF_8);
    CliRun export = run("export", "dhis2", "--mapping", mapping.toString(), "--register", folder.toString(), "-o", "-");
    assertThat(export.code()).isEqualTo(1);
    assertThat(export.out()).contains("tmDsPlan001").contains("tmOuThon001");
    // the same registers through an argument file (picocli's @argfile)
    Path args = dir.resolve("communes.txt");
    Files.writeString(args, "# the communes of the district\n--register \"" + folder.resolve("xa-a.csv") + "\"\n"
        + "--register " + folder.resolve("xa-b.csv") + "\n--format json\n--by sex\n", StandardCharsets.UTF_8);
    assertThat(run("report", "@" + args).out()).isEqualTo(byFiles.out());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun none = run("report", "--register", empty.toString(), "--lang", "en");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("no register file").contains(empty.toString());
  }

  @Test
  void aDashReadsStandardInput() throws IOException {
    Path register = generate("xa.csv", 200, 0.1);
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(register)));
      CliRun report = run("report", "--register", "-", "--format", "csv", "--lang", "en");
      CliRun file = run("report", "--register", register.toString(), "--format", "csv", "--lang", "en");
      assertThat(report.code()).isEqualTo(1);
      assertThat(withoutManifest(report.out())).isEqualTo(withoutManifest(file.out()));
      assertThat(report.err()).isEqualTo(file.err().replace("xa.csv", "<stdin>"));
      assertThat(report.out()).contains("manifest,input:<stdin>,");
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(register)));
      CliRun validate = run("validate", "-", "--lang", "en");
      assertThat(validate.code()).isEqualTo(1);
      assertThat(validate.out()).contains("<stdin>: 200 rows read");
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(register)));
      Path out = dir.resolve("from-stdin.jsonl");
      assertThat(run("convert", "-", out.toString()).code()).isEqualTo(1);
      assertThat(Files.readAllLines(out)).isNotEmpty();
      CliRun twice = run("report", "--register", "-", "--register", "-", "--lang", "en");
      assertThat(twice.code()).isEqualTo(2);
      assertThat(twice.err()).contains("standard input (-) can be read only once");
    } finally {
      System.setIn(saved);
    }
  }

  private static String withoutManifest(String csv) {
    return csv.lines().filter(l -> !l.startsWith("manifest,")).reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void increaseTargetsAreAssessedAgainstLastYearsReport() throws IOException {
    Path last = dir.resolve("2019.json");
    CliRun y2019 = run("report", "--year", "2019", "--format", "json", "-o", last.toString(), "--lang", "en");
    // the bundled plan is of 2020: the 2019 report is made without targets, and says why
    assertThat(y2019.err()).contains("[SERIES_PLAN_OTHER_YEAR]").contains("plan 2020, --year 2019");
    assertThat(Files.readString(last)).contains("\"year\":2019,").contains("\"targets\":[]")
        .contains("\"commune\":\"19885\"");
    // the plain demo takes the bundled 2019 report (BundledPreviousReportTest); a register given
    // leaves it out, and T6 has no baseline
    CliRun without = run("report", "--format", "json", "--register", generate("r2020.csv", 300, 0).toString());
    assertThat(without.out()).contains("{\"id\":\"T6\",\"indicator\":\"CAN_SWIM\",\"comparator\":\"INCREASE\","
        + "\"threshold\":null,");
    assertThat(without.out()).containsPattern("\"id\":\"T6\"[^}]*\"status\":\"NO_DATA\"");
    CliRun with = run("report", "--format", "json", "--previous", last.toString());
    assertThat(with.code()).isZero();
    assertThat(with.out()).containsPattern("\"id\":\"T6\",\"indicator\":\"CAN_SWIM\",\"comparator\":\"INCREASE\","
        + "\"threshold\":[0-9.]+,")
        .contains("\"previousReport\":\"2019.json sha256 ")
        .contains("\"previous\":[\n{\"year\":2019,");
    assertThat(run("report", "--previous-report", last.toString()).out()).contains("  in 2019: ".replace("in", "năm"));
    // a previous report of the same year is refused, coded, nothing written
    Path same = dir.resolve("2020.json");
    assertThat(run("report", "--format", "json", "-o", same.toString()).code()).isZero();
    Path out = dir.resolve("out.json");
    CliRun notEarlier = run("report", "--previous", same.toString(), "-o", out.toString(), "--lang", "en");
    assertThat(notEarlier.code()).isEqualTo(1);
    assertThat(notEarlier.err()).contains("2020.json").contains("[SERIES_NOT_EARLIER]");
    assertThat(out).doesNotExist();
    // another commune's report is refused
    Path other = dir.resolve("other.json");
    Files.writeString(other, Files.readString(last).replace("\"commune\":\"19885\"", "\"commune\":\"00004\""));
    CliRun otherCommune = run("report", "--previous", other.toString(), "-o", out.toString(), "--lang", "en");
    assertThat(otherCommune.code()).isEqualTo(1);
    assertThat(otherCommune.err()).contains("other.json").contains("[SERIES_OTHER_COMMUNE]");
    assertThat(out).doesNotExist();
    // a plan of another year, named: a usage error; html needs the plan of the year
    assertThat(run("report", "--year", "2019", "--format", "html").code()).isEqualTo(2);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"year\": \"twenty\"}");
    CliRun refused = run("report", "--previous-report", bad.toString(), "-o", out.toString(), "--lang", "en");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("bad.json").contains("--previous is not a treem report");
    assertThat(out).doesNotExist();
    assertThat(run("report", "--previous-report", dir.resolve("none.json").toString()).code()).isEqualTo(2);
  }

  // ------------------------------------------------------------------ --lang and progress

  @Test
  void langAppliesToTheLinesOnStandardErrorToo() {
    Path register = generate("xa.csv", 200, 0.2);
    CliRun vi = run("report", "--register", register.toString());
    CliRun en = run("report", "--register", register.toString(), "--lang", "en");
    assertThat(vi.err()).contains("treem report: xa.csv: dòng ").contains(", cột ").doesNotContain(" line ");
    assertThat(en.err()).contains("treem report: xa.csv: line ").contains(", column ").doesNotContain("dòng");
    assertThat(vi.err().lines().count()).isEqualTo(en.err().lines().count()).isPositive();
    assertThat(run("report", "--register", dir.resolve("none.csv").toString()).err())
        .contains("không có tệp hoặc thư mục");
    assertThat(run("report", "--register", dir.resolve("none.csv").toString(), "--lang", "en").err())
        .contains("no such file or folder");
  }

  @Test
  void theProgressLineCountsRowsAndIsErasedAndQuietHasNone() throws Exception {
    Progress.terminalForTests = true;
    StringWriter err = new StringWriter();
    PrintWriter w = new PrintWriter(err);
    try (Progress p = Progress.start(w, false, io.github.treem.core.validation.Language.EN, "treem report", 3)) {
      assertThat(p.isShown()).isTrue();
      p.rowsRead(1_234_567);
      p.sourceDone();
      assertThat(p.text()).startsWith("treem report: 1/3 files · 1,234,567 rows · ");
      Thread.sleep(900);
      p.println("treem report: xa.csv: line 3: a rejected row");
    }
    String s = err.toString();
    assertThat(s).contains("\rtreem report: 1/3 files · 1,234,567 rows · ")
        .contains("treem report: xa.csv: line 3: a rejected row" + System.lineSeparator());
    // erased before the line and at the end: what a terminal shows after the last line is blank
    // (the progress timer may draw the line again after it; then the erasing at the end follows)
    String tail = s.substring(s.lastIndexOf(System.lineSeparator()) + System.lineSeparator().length());
    StringBuilder screen = new StringBuilder(); // the terminal's last line: CR goes back to its start
    int col = 0;
    for (char c : tail.toCharArray()) {
      if (c == '\r') {
        col = 0;
      } else if (col < screen.length()) {
        screen.setCharAt(col++, c);
      } else {
        screen.append(c);
        col++;
      }
    }
    assertThat(screen.toString()).isBlank();
    try (Progress vi = Progress.start(w, false, io.github.treem.core.validation.Language.VI, "treem report", 0)) {
      vi.rowsRead(1_234_567);
      assertThat(vi.text()).startsWith("treem report: 1.234.567 dòng · ");
    }
    try (Progress quiet = Progress.start(w, true, io.github.treem.core.validation.Language.VI, "treem report", 0)) {
      assertThat(quiet.isShown()).isFalse();
    }
    CliRun r = run("report", "--quiet");
    assertThat(r.err()).isEmpty();
    Progress.terminalForTests = null;
    // not the process's standard error (a test's writer, a pipe): never shown
    assertThat(Progress.start(w, false, io.github.treem.core.validation.Language.VI, "x", 0).isShown()).isFalse();
  }
}

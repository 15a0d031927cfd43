package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line built with only the subcommand that runs ({@link Treem#commandLine(String[])})
 * against the one with every subcommand: the same standard output, standard error and exit code
 * for the help and the usage errors of every command and subcommand, and for the top level.
 */
class CommandLineNarrowingTest {

  private static CliRun run(boolean every, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Treem.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), every);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Every command's path below {@code treem}, e.g. {@code [export, dhis2]}. */
  private static List<List<String>> paths() {
    List<List<String>> paths = new ArrayList<>();
    collect(Treem.commandLine(), new ArrayList<>(), paths);
    return paths;
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
    for (var e : cl.getSubcommands().entrySet()) {
      List<String> p = new ArrayList<>(path);
      p.add(e.getKey());
      out.add(p);
      collect(e.getValue(), p, out);
    }
  }

  @Test
  void onlyTheSubcommandThatRunsIsBuilt() {
    assertThat(Treem.commandLine(new String[] {"report", "--register", "x.csv"}).getSubcommands())
        .containsOnlyKeys("report");
    assertThat(Treem.commandLine(new String[] {"export", "dhis2"}).getSubcommands()).containsOnlyKeys("export");
    // the top level, help, an argument file and an unknown word see every subcommand
    for (String first : new String[] {"--help", "help", "@args.txt", "reprot", "-V"}) {
      assertThat(Treem.commandLine(new String[] {first}).getSubcommands()).as(first)
          .hasSize(Treem.SUBCOMMANDS.size());
    }
    assertThat(Treem.commandLine(new String[0]).getSubcommands()).hasSize(Treem.SUBCOMMANDS.size());
  }

  @Test
  void everyCommandQuietsTheLibrariesLoggingAsWhenEveryCommandWasBuilt() {
    String[] keys = {"log4j2.loggerContextFactory", "org.apache.logging.log4j.simplelog.level", "log4j2.simplelogLevel"};
    java.util.Map<String, String> before = new java.util.HashMap<>();
    for (String k : keys) {
      String v = System.getProperty(k);
      if (v != null) {
        before.put(k, v);
      }
      System.clearProperty(k);
    }
    java.util.logging.Logger hibernate = java.util.logging.Logger.getLogger("org.hibernate.validator");
    java.util.logging.Level level = hibernate.getLevel();
    try {
      hibernate.setLevel(java.util.logging.Level.INFO);
      Treem.commandLine(new String[] {"report", "--register", "-"});
      // POI through the Log4j API: no "could not find a logging provider" line on standard output
      assertThat(System.getProperty("log4j2.loggerContextFactory")).contains("SimpleLoggerContextFactory");
      assertThat(System.getProperty("org.apache.logging.log4j.simplelog.level")).isEqualTo("OFF");
      assertThat(hibernate.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
    } finally {
      hibernate.setLevel(level);
      for (String k : keys) {
        System.clearProperty(k);
      }
      before.forEach(System::setProperty);
    }
  }

  @Test
  void helpAndUsageErrorsAreTheSameWithOneSubcommandAsWithAll() {
    List<List<String>> cases = new ArrayList<>();
    List<List<String>> paths = paths();
    assertThat(paths).hasSizeGreaterThan(Treem.SUBCOMMANDS.size());
    for (List<String> path : paths) {
      for (List<String> tail : List.of(List.of("--help"), List.of("-h"), List.of("--no-such-option"),
          List.of("--lang", "en", "--no-such-option"), List.of("--no-such-option", "--lang=en"), List.of("no-such-word"),
          List.of("--threads"), List.of("--format"))) {
        List<String> args = new ArrayList<>(path);
        args.addAll(tail);
        cases.add(args);
      }
      if (path.size() == 1 && !path.get(0).equals("help")) {
        cases.add(List.of("help", path.get(0)));
      }
    }
    cases.add(List.of());
    cases.add(List.of("--help"));
    cases.add(List.of("--version"));
    cases.add(List.of("reprot"));
    cases.add(List.of("--no-such-option"));
    int compared = 0;
    for (List<String> args : cases) {
      CliRun every = run(true, args);
      CliRun narrowed = run(false, args);
      assertThat(narrowed).as("%s", args).isEqualTo(every);
      compared++;
    }
    assertThat(compared).isGreaterThan(100);
  }
}

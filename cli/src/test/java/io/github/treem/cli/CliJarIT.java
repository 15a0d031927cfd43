package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a user runs it: the shaded jar ({@code cli/target/treem.jar}) in a child JVM,
 * with a controlled environment (no {@code -Dfile.encoding}, {@code LANG} and {@code LC_*}
 * removed, {@code LC_ALL} set). Run in the package phase, once the jar exists (see the pom). A
 * handful of JVMs, not hundreds: each costs about a second.
 */
class CliJarIT {
  static final Path JAR = Path.of(System.getProperty("treem.jar", "target/treem.jar"));
  static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  @TempDir static Path dir;
  static Path register;
  static Path zscores;
  static Path mapping;

  record Run(int code, byte[] out, byte[] err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }

    String errText() {
      return new String(err, StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void files() throws IOException {
    // run in the package phase (see the pom); in the test phase (-Dtest=...) the jar may not exist yet
    assumeTrue(System.getProperty("treem.jar") != null && Files.exists(JAR),
        "run by the pom's jar-tests execution, once the shaded jar is built");
    register = dir.resolve("xa-loi.csv");
    assertThat(Treem.run(new String[] {"generate", "--children", "300", "--seed", "5", "--error-rate", "0.2",
        register.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
    zscores = dir.resolve("zscores.csv");
    Files.writeString(zscores, "id,sex,age_days,weight_kg,lenhei_cm,measure,oedema\na1,1,987,,72.86,l,n\n"
        + "a2,3,100,5,60,l,n\na3,1,100,abc,60,l,n\n", StandardCharsets.UTF_8);
    mapping = dir.resolve("mapping.json");
    Files.writeString(mapping, ExportCommandTest.MAPPING, StandardCharsets.UTF_8);
  }

  /** Runs the jar with a locale (LC_ALL), the other locale variables removed, and bytes on standard input. */
  static Run java(String locale, byte[] stdin, String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx256m", "-jar", JAR.toString()));
    command.addAll(Arrays.asList(args));
    return exec(command, locale, stdin);
  }

  static Run exec(List<String> command, String locale, byte[] stdin) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("LC_")
        || k.equals("JAVA_TOOL_OPTIONS") || k.equals("_JAVA_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
    env.put("LC_ALL", locale);
    try {
      Process p = pb.start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin);
      }
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
      return new Run(p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same bytes under LC_ALL=C as under C.UTF-8, and Vietnamese letters intact. */
  static Run sameUnderBothLocales(byte[] stdin, String... args) {
    Run utf8 = java("C.UTF-8", stdin, args);
    Run c = java("C", stdin, args);
    assertThat(c.code()).as("exit code of %s", List.of(args)).isEqualTo(utf8.code());
    assertThat(c.out()).as("standard output of %s", List.of(args)).isEqualTo(utf8.out());
    assertThat(c.err()).as("standard error of %s", List.of(args)).isEqualTo(utf8.err());
    assertThat(c.outText() + c.errText()).doesNotContain("?ng").doesNotContain("\uFFFD").doesNotContain("\tat ");
    return c;
  }

  @Test
  void standardOutputAndErrorAreUtf8WhateverTheLocale() throws IOException {
    byte[] none = new byte[0];
    byte[] registerBytes = Files.readAllBytes(register);
    Run table = sameUnderBothLocales(none, "report");
    assertThat(table.code()).isZero();
    assertThat(table.outText()).contains("Báo cáo chỉ tiêu năm 2020").contains("Thôn 1");
    // from standard input; the rejected rows on standard error, in Vietnamese
    Run json = sameUnderBothLocales(registerBytes, "report", "--register", "-", "--format", "json");
    assertThat(json.code()).isEqualTo(1);
    assertThat(json.outText()).contains("\"name\":\"Trẻ em dưới 6 tuổi có thẻ BHYT\"")
        .contains("\"<stdin>\":\"");
    assertThat(json.errText()).contains("treem report: <stdin>: dòng ").contains("Ngày không hợp lệ");
    Run validate = sameUnderBothLocales(none, "validate", "--format", "json", register.getFileName().toString());
    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.outText()).contains("Ngày không hợp lệ");
    Run z = sameUnderBothLocales(Files.readAllBytes(zscores), "zscores", "-");
    assertThat(z.code()).isEqualTo(1);
    assertThat(z.errText()).contains("treem zscores: <stdin>: dòng 3");
    Run convert = sameUnderBothLocales(none, "convert", register.getFileName().toString(), "-o", "out.jsonl");
    assertThat(convert.errText()).contains("đọc 300 dòng");
    assertThat(Files.readString(dir.resolve("out.jsonl"), StandardCharsets.UTF_8)).contains("Thôn");
    Run export = sameUnderBothLocales(none, "export", "dhis2", "--mapping", mapping.getFileName().toString(),
        "-o", "-");
    assertThat(export.code()).isZero();
    assertThat(export.outText()).contains("tmDsPlan001");
    assertThat(export.errText()).contains("Địa bàn \"Thôn 3\"");
  }

  @Test
  void theLinearProgrammingSolverPrintsNothingTheFirstTimeItIsUsed() {
    // a fresh JVM: the first audit of a report initialises ojAlgo, which on a machine without a
    // predefined hardware profile prints an eight-line notice on System.out unless treem's
    // indicators silence it (OjAlgoQuiet); the bundled report's disclosure audit solves linear
    // programs (indicators.md §8)
    Run json = java("C.UTF-8", new byte[0], "report", "--format", "json", "--lang", "en");
    assertThat(json.code()).as(json.errText()).isZero();
    assertThat(json.errText()).isEmpty();
    assertThat(json.outText()).startsWith("{\"format\":\"treem-report\",\"version\":1,")
        .doesNotContain("ojAlgo").doesNotContain("hardware profile");
    Run table = java("C.UTF-8", new byte[0], "report", "--register", register.getFileName().toString(), "--lang", "en");
    assertThat(table.outText() + table.errText()).contains("SYNTHETIC DATA").doesNotContain("ojAlgo")
        .doesNotContain("hardware profile");
  }

  @Test
  void noSubcommandPrintsTheUsageAndExitsTwo() {
    Run treem = java("C", new byte[0]);
    assertThat(treem.code()).isEqualTo(2);
    assertThat(treem.out()).isEmpty();
    assertThat(treem.errText()).contains("Usage: treem").contains("Exit codes").contains("@communes.txt");
    Run export = java("C", new byte[0], "export");
    assertThat(export.code()).isEqualTo(2);
    assertThat(export.errText()).contains("Usage: treem export").contains("dhis2");
  }

  @Test
  void theProgressLineIsShownOnATerminalAndNeverWithQuietOrAPipe() throws IOException {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "util-linux script gives the child a terminal");
    Path big = dir.resolve("big.csv");
    assertThat(Treem.run(new String[] {"generate", "--children", "80000", "--seed", "2", big.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
    String java = JAVA + " -Xmx256m -jar " + JAR + " report --threads 1 --format json --register " + big;
    // script runs the command on a new terminal (standard output and error both on it) and copies it
    Run onTerminal = exec(List.of(script.toString(), "-qec", java + " -o report.json", "/dev/null"), "C.UTF-8",
        new byte[0]);
    assertThat(onTerminal.code()).as(onTerminal.outText()).isZero();
    assertThat(onTerminal.outText()).contains("treem report: 0/1 tệp · ").contains(" dòng · ");
    Run quiet = exec(List.of(script.toString(), "-qec", java + " -o quiet.json --quiet", "/dev/null"), "C.UTF-8",
        new byte[0]);
    assertThat(quiet.code()).isZero();
    assertThat(quiet.outText()).doesNotContain("tệp ·").doesNotContain(" dòng · ");
    // the same report either way; standard error a pipe: no progress
    assertThat(Files.readAllBytes(dir.resolve("report.json"))).isEqualTo(Files.readAllBytes(dir.resolve("quiet.json")));
    Run pipe = java("C.UTF-8", new byte[0], "report", "--threads", "1", "--format", "json", "--register", big.toString(),
        "-o", "pipe.json");
    assertThat(pipe.err()).isEmpty();
  }

  @Test
  void theCommandRunsAsANamedModule() {
    // the test class path holds the modules' classes and their dependencies: as a module path
    String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.contains("test-classes") && !e.contains("junit") && !e.contains("opentest4j")
            && !e.contains("assertj") && !e.contains("byte-buddy") && !e.contains("surefire")
            && !e.contains("json-schema-validator"))
        .collect(Collectors.joining(File.pathSeparator));
    Run r = exec(List.of(JAVA, "-Xmx256m", "--module-path", modulePath, "--module",
        "io.github.treem.cli/io.github.treem.cli.Treem", "report", "--format", "json", "--lang", "en"), "C.UTF-8",
        new byte[0]);
    assertThat(r.code()).as(r.errText()).isZero();
    Run jar = java("C.UTF-8", new byte[0], "report", "--format", "json", "--lang", "en");
    assertThat(r.outText()).isEqualTo(jar.outText());
  }
}

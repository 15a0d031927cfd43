package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool as a user downloads it (run by failsafe after {@code package}): the zip
 * and the tar.gz hold the same files; {@code bin/treem}, from the extracted tar.gz, runs the jar
 * with JAVA_HOME or the java on the PATH, JAVA_OPTS, the arguments unchanged and a UTF-8 locale, so
 * that under {@code LC_ALL=C} a file named with Vietnamese letters can be read (which
 * {@code java -jar} alone cannot do); the jars carry treem's LICENSE and NOTICE, and the shaded one
 * the merged notices and the licences of what it bundles.
 */
class DistributionIT {
  static final Path TARGET = Path.of(System.getProperty("treem.dist.dir", "target"));
  static final String VERSION = System.getProperty("treem.version", "");
  static final String BASE = "treem-" + VERSION;
  /** {@code sổ-trẻ-em.csv} as printf octal escapes: no file name goes through the JVM's encoding. */
  static final String VIETNAMESE_NAME_PRINTF = "s\\341\\273\\225-tr\\341\\272\\273-em.csv";
  static final String VIETNAMESE_NAME = "s\u1ed5-tr\u1ebb-em.csv";
  static final String SYSTEM_PATH = "/usr/bin:/bin";

  @TempDir
  static Path tmp;
  static Path home;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void extractTheTarGz() throws Exception {
    assertThat(VERSION).as("treem.version (set by failsafe)").isNotEmpty();
    Path tarGz = TARGET.resolve(BASE + ".tar.gz");
    assertThat(tarGz).as("the distribution, written by package").isRegularFile();
    if (OS.current() != OS.WINDOWS) {
      Run r = run(List.of("tar", "-xzf", tarGz.toAbsolutePath().toString(), "-C", tmp.toString()), Map.of("PATH", SYSTEM_PATH), tmp);
      assertThat(r.exit()).as("tar: %s", r.err()).isZero();
      home = tmp.resolve(BASE);
    }
  }

  static Run run(List<String> command, Map<String, String> env, Path dir) throws IOException, InterruptedException {
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s ends", command).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** PATH without java, JAVA_HOME the JDK running this test, the given locale. */
  static Map<String, String> env(String lcAll) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", SYSTEM_PATH);
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("LC_ALL", lcAll);
    return env;
  }

  static String launcher() {
    return home.resolve("bin/treem").toString();
  }

  static Set<String> zipFiles(Path zip) throws IOException {
    Set<String> names = new TreeSet<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements();) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          names.add(entry.getName());
        }
      }
    }
    return names;
  }

  static String entry(JarFile jar, String name) throws IOException {
    JarEntry e = jar.getJarEntry(name);
    assertThat(e).as("%s in %s", name, jar.getName()).isNotNull();
    try (InputStream in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theZipHoldsWhatAUserNeeds() throws IOException {
    Set<String> files = zipFiles(TARGET.resolve(BASE + ".zip"));
    assertThat(files).contains(BASE + "/bin/treem", BASE + "/bin/treem.cmd", BASE + "/lib/treem.jar",
        BASE + "/LICENSE", BASE + "/NOTICE", BASE + "/README.md",
        BASE + "/sbom/treem-cli-" + VERSION + "-cyclonedx.json");
    try (ZipFile z = new ZipFile(TARGET.resolve(BASE + ".zip").toFile())) {
      String cmd = new String(z.getInputStream(z.getEntry(BASE + "/bin/treem.cmd")).readAllBytes(), StandardCharsets.US_ASCII);
      String sh = new String(z.getInputStream(z.getEntry(BASE + "/bin/treem")).readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(cmd).as("treem.cmd has Windows line endings").contains("\r\n").doesNotContainPattern("[^\r]\n");
      assertThat(sh).as("bin/treem has Unix line endings").startsWith("#!/bin/sh\n").doesNotContain("\r");
      assertThat(z.getEntry(BASE + "/lib/treem.jar").getSize()).isEqualTo(Files.size(TARGET.resolve("treem.jar")));
    }
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/treem is a POSIX sh script; Windows has bin/treem.cmd")
  void theTarGzHoldsTheSameFilesWithAnExecutableLauncher() throws IOException {
    Set<String> extracted = new TreeSet<>();
    try (var s = Files.walk(tmp.resolve(BASE))) {
      s.filter(Files::isRegularFile).forEach(p -> extracted.add(tmp.relativize(p).toString().replace('\\', '/')));
    }
    assertThat(extracted).isEqualTo(zipFiles(TARGET.resolve(BASE + ".zip")));
    assertThat(home.resolve("bin/treem")).isExecutable();
    assertThat(Files.mismatch(home.resolve("lib/treem.jar"), TARGET.resolve("treem.jar"))).isEqualTo(-1L);
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/treem is a POSIX sh script")
  void theLauncherPrintsTheVersion() throws Exception {
    Run r = run(List.of(launcher(), "--version"), env("C"), tmp);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(VERSION);
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/treem is a POSIX sh script")
  void underTheCLocaleTheLauncherOpensAFileNamedInVietnamese() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("vi"));
    Run gen = run(List.of(launcher(), "generate", "--children", "30", "--seed", "7", "--year", "2020", "plain.csv"), env("C"), work);
    assertThat(gen.exit()).as(gen.err()).isZero();
    Run mv = run(List.of("sh", "-c", "mv plain.csv \"$(printf '" + VIETNAMESE_NAME_PRINTF + "')\""), Map.of("PATH", SYSTEM_PATH), work);
    assertThat(mv.exit()).as(mv.err()).isZero();

    // the name reaches the launcher as bytes, as a shell under LC_ALL=C passes it
    Run viaLauncher = run(List.of("sh", "-c", "exec \"$0\" validate --lang en \"$(printf '" + VIETNAMESE_NAME_PRINTF + "')\"",
        launcher()), env("C"), work);
    assertThat(viaLauncher.exit()).as("bin/treem validate under LC_ALL=C: %s", viaLauncher.err()).isZero();
    assertThat(viaLauncher.out()).as("UTF-8 standard output names the file").contains(VIETNAMESE_NAME);

    // what the launcher is for: java -jar alone decodes the name as ASCII and cannot open it
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Run plainJava = run(List.of("sh", "-c", "exec \"$0\" -jar \"$1\" validate --lang en \"$(printf '" + VIETNAMESE_NAME_PRINTF + "')\"",
        java, home.resolve("lib/treem.jar").toString()), env("C"), work);
    assertThat(plainJava.exit()).as("java -jar under LC_ALL=C").isNotZero();
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/treem is a POSIX sh script")
  void javaOptsReachTheJvmAfterTheUtf8Settings() throws Exception {
    Map<String, String> env = env("C");
    env.put("JAVA_OPTS", "-Dtreem.it.probe=seen -XshowSettings:properties");
    Run r = run(List.of(launcher(), "--version"), env, tmp);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("treem.it.probe = seen", "file.encoding = UTF-8", "sun.jnu.encoding = UTF-8",
        "sun.stdout.encoding = UTF-8");
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/treem is a POSIX sh script")
  void argumentsPassThroughUnchanged() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("args"));
    String name = "a  b *[x]$HOME.csv";
    Run gen = run(List.of(launcher(), "generate", "--children", "5", "--seed", "3", name), env("C.UTF-8"), work);
    assertThat(gen.exit()).as(gen.err()).isZero();
    assertThat(work.resolve(name)).isRegularFile();
    Run r = run(List.of(launcher(), "validate", "--lang", "en", name), env("C.UTF-8"), work);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(name);
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/treem is a POSIX sh script")
  void withoutJavaHomeTheJavaOnThePathRuns() throws Exception {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + SYSTEM_PATH);
    Run r = run(List.of(launcher(), "--version"), env, tmp);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(VERSION);
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/treem is a POSIX sh script")
  void aJavaHomeWithoutJavaIsAUsageError() throws Exception {
    Map<String, String> env = env("C");
    env.put("JAVA_HOME", tmp.resolve("no-such-jdk").toString());
    Run r = run(List.of(launcher(), "--version"), env, tmp);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("JAVA_HOME").doesNotContain("Exception");
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/treem is a POSIX sh script")
  void aSymbolicLinkToTheLauncherFindsTheInstallation() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("treem-link"), home.resolve("bin/treem"));
    Run r = run(List.of(link.toString(), "--version"), env("C"), tmp);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(VERSION);
  }

  @Test
  void everyJarCarriesTreemsLicenceAndNotice() throws IOException {
    String license = Files.readString(Path.of("../LICENSE"));
    String notice = Files.readString(Path.of("../NOTICE"));
    try (JarFile plain = new JarFile(TARGET.resolve("treem-cli-" + VERSION + ".jar").toFile());
        JarFile sources = new JarFile(TARGET.resolve("treem-cli-" + VERSION + "-sources.jar").toFile())) {
      for (JarFile jar : List.of(plain, sources)) {
        assertThat(entry(jar, "META-INF/LICENSE")).isEqualTo(license);
        assertThat(entry(jar, "META-INF/NOTICE")).isEqualTo(notice);
      }
    }
  }

  @Test
  void theShadedJarCarriesTheMergedNoticesAndEveryBundledLicence() throws IOException {
    try (JarFile jar = new JarFile(TARGET.resolve("treem.jar").toFile())) {
      assertThat(entry(jar, "META-INF/LICENSE")).isEqualTo(Files.readString(Path.of("../LICENSE")));
      String notice = entry(jar, "META-INF/NOTICE");
      assertThat(notice).startsWith("\ntreem\nCopyright 2026 The treem developers\n")
          .contains("World Health Organization", "JSON Parsing Test Suite");
      // the other libraries' notices are merged in, treem's only once
      assertThat(notice.split("Copyright 2026 The treem developers", -1)).hasSize(2);
      // from the NOTICE files of jackson-core, classmate and jakarta.el-api (NOTICE.md)
      assertThat(notice).contains("# Jackson JSON processor", "Java ClassMate library",
          "# Notices for Jakarta Expression Language");
      // no other licence file under the names that the transformer replaces
      List<String> licences = new ArrayList<>();
      jar.stream().map(JarEntry::getName).filter(n -> n.matches("(?i)META-INF/LICENSE(\\.txt|\\.md)?")).forEach(licences::add);
      assertThat(licences).containsExactly("META-INF/LICENSE");
      assertThat(entry(jar, "META-INF/licenses/jakarta.el-api-and-expressly-LICENSE.md")).contains("Eclipse Public License");

      // every bundled library with a Maven descriptor is in the third-party list, with a licence
      String thirdParty = entry(jar, "META-INF/THIRD-PARTY.txt");
      Pattern pom = Pattern.compile("META-INF/maven/([^/]+)/([^/]+)/pom\\.properties");
      List<String> bundled = new ArrayList<>();
      jar.stream().map(JarEntry::getName).forEach(n -> {
        Matcher m = pom.matcher(n);
        if (m.matches() && !m.group(1).equals("io.github.treem")) {
          bundled.add(m.group(1) + ":" + m.group(2) + ":");
        }
      });
      assertThat(bundled).hasSizeGreaterThan(5);
      assertThat(thirdParty).contains(bundled).contains("info.picocli:picocli:")
          .doesNotContain("io.github.treem:");
    }
  }
}

package io.github.treem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples run as a named module, as an application whose {@code module-info} requires
 * treem's modules runs them: {@code java --module-path ... --module io.github.treem.examples/...},
 * with no {@code --add-modules} or other flag. The validator needs Jakarta Expression Language at
 * run time (Hibernate Validator requires it only statically), so this fails unless treem core
 * brings it into the module graph.
 */
class ModulePathRunTest {

  @Test
  void validatorExampleRunsOnTheModulePath(@TempDir Path dir) throws IOException, InterruptedException {
    Path listFile = Path.of(System.getProperty("treem.examples.modulePath"));
    List<String> modulePath = new ArrayList<>();
    modulePath.add(System.getProperty("treem.examples.classes"));
    modulePath.addAll(List.of(Files.readString(listFile, StandardCharsets.UTF_8).strip().split(File.pathSeparator)));
    assertThat(modulePath).anyMatch(e -> e.contains("hibernate-validator"));

    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
        "--module-path", String.join(File.pathSeparator, modulePath),
        "--module", "io.github.treem.examples/io.github.treem.examples.ExampleValidatorInCommuneApp")
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);

    assertThat(stderr).doesNotContain("HV000183").doesNotContain("Exception");
    assertThat(p.exitValue()).as(stderr).isZero();
    assertThat(stdout).startsWith("Có lỗi:")
        .contains("CHILD_DATES_ORDER").contains("ENROLMENT_GRADE_LEVEL");
  }
}

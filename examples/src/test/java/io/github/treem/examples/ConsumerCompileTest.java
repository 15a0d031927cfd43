package io.github.treem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer of treem compiles clean with {@code -Xlint:all -Werror} against treem's classes,
 * with no Immutables on its class path: the generated implementations and the annotations leave
 * nothing in our class files that a consumer's strict build would trip on.
 */
class ConsumerCompileTest {

  private static final String CONSUMER = String.join("\n",
      "package consumer;",
      "import io.github.treem.core.*;",
      "import io.github.treem.core.taxonomy.*;",
      "import io.github.treem.core.validation.*;",
      "import java.time.LocalDate;",
      "public final class Consumer {",
      "  private Consumer() {}",
      "  public static String run() {",
      "    Child c = Child.builder().id(\"X-1\").sex(Sex.MALE)",
      "        .dateOfBirth(LocalDate.of(2019, 5, 1))",
      "        .addMeasurements(GrowthMeasurement.builder().measuredOn(LocalDate.of(2020, 6, 1))",
      "            .weightKg(11.2).lengthHeightCm(80.1).position(MeasurePosition.LYING).build())",
      "        .addCircumstances(CircumstanceEpisode.of(SpecialCircumstanceSubgroup.D2))",
      "        .build();",
      "    Issue i = Issue.of(\"X\", Severity.WARNING, Location.ofPath(\"id\"), \"vi\", \"en\");",
      "    return c.getId() + c.getMeasurements().size() + i.getCode()",
      "        + LegalReference.LAW_ON_CHILDREN_2016.withArticle(\"10\", null);",
      "  }",
      "}");

  @Test
  void consumerCompilesWithAllLintWarningsAsErrorsAndNoImmutables(@TempDir Path dir) throws IOException {
    Path src = dir.resolve("consumer/Consumer.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, CONSUMER, StandardCharsets.UTF_8);
    List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.contains("immutables"))
        .collect(Collectors.toList());
    assertThat(classPath).anyMatch(e -> e.contains("core"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Boolean ok = javac.getTask(diagnostics, fm, null,
          List.of("-Xlint:all", "-Werror", "--release", "17", "-proc:none",
              "-classpath", String.join(File.pathSeparator, classPath),
              "-d", dir.resolve("out").toString()),
          null, fm.getJavaFileObjects(src.toFile())).call();
      assertThat(diagnostics.toString()).isEmpty();
      assertThat(ok).isTrue();
    }
  }
}

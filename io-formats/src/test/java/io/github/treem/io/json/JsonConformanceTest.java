package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The register reader's parser configuration over the JSON Parsing Test Suite (MIT; test resources
 * {@code conformance/json-test-suite/test_parsing}, see the README there): every {@code y_} file parses (the
 * only problem reported is that it is not a register), every {@code n_} file is rejected with a
 * located, coded syntax-level issue, every {@code i_} file ends either way; none throws.
 */
class JsonConformanceTest {
  private static final Set<String> TEXT_PROBLEMS = Set.of("JSON_SYNTAX", "JSON_TRUNCATED", "JSON_ENCODING",
      "JSON_DUPLICATE_KEY", "JSON_LIMIT_EXCEEDED");

  /** The suite's folder on the test class path; a missing suite fails every test, never skips one. */
  static Path suite() {
    URL url = JsonConformanceTest.class.getResource("/conformance/json-test-suite/test_parsing");
    assertThat(url).as("the JSON Parsing Test Suite in io-formats/src/test/resources/conformance").isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The suite's files whose names start with the prefix, sorted; as many as the suite has. */
  static Stream<Path> files(String prefix, int expected) throws IOException {
    try (Stream<Path> s = Files.list(suite())) {
      List<Path> files = s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().collect(Collectors.toList());
      assertThat(files).as("%s files of the suite", prefix).hasSize(expected);
      return files.stream();
    }
  }

  static Stream<Path> yes() throws IOException {
    return files("y_", 95);
  }

  static Stream<Path> no() throws IOException {
    return files("n_", 188);
  }

  static Stream<Path> either() throws IOException {
    return files("i_", 35);
  }

  static List<Issue> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        RegisterJsonReader r = RegisterJsonReader.open(in, ReadOptions.builder().reportingYear(2020)
            .fileName(file.getFileName().toString()).validation(Validation.NONE).build())) {
      List<Issue> issues = new ArrayList<>();
      r.stream().forEach(rec -> issues.addAll(rec.getIssues()));
      issues.addAll(r.getFileIssues());
      DataQuality st = r.getStats();
      assertThat(st.getRowsRead()).isEqualTo(st.getRowsAccepted() + st.getRowsRejected());
      return issues;
    }
  }

  /**
   * Valid JSON that treem rejects on purpose: a duplicate property is an error in every treem
   * reader (STRICT_DUPLICATE_DETECTION), since one of the two values would be lost silently.
   */
  private static final Set<String> REJECTED_ON_PURPOSE = Set.of("y_object_duplicated_key.json",
      "y_object_duplicated_key_and_value.json");

  @ParameterizedTest
  @MethodSource("yes")
  void validJsonParses(Path file) throws IOException {
    List<Issue> issues = read(file);
    if (REJECTED_ON_PURPOSE.contains(file.getFileName().toString())) {
      assertThat(issues).extracting(Issue::getCode).contains("JSON_DUPLICATE_KEY");
    } else {
      assertThat(issues).extracting(Issue::getCode).noneMatch(TEXT_PROBLEMS::contains);
    }
  }

  @ParameterizedTest
  @MethodSource("no")
  void invalidJsonIsRejectedWithACodedLocatedIssue(Path file) throws IOException {
    List<Issue> issues = read(file);
    assertThat(issues).filteredOn(i -> TEXT_PROBLEMS.contains(i.getCode())).isNotEmpty()
        .allSatisfy(i -> assertThat(i.getLocation().getFile()).contains(file.getFileName().toString()));
  }

  @ParameterizedTest
  @MethodSource("either")
  void implementationDefinedEndsCleanly(Path file) throws IOException {
    List<Issue> issues = read(file);
    assertThat(issues).extracting(Issue::getCode).allMatch(c -> c.startsWith("JSON_"));
  }
}

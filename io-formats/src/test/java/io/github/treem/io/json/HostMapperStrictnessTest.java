package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.Child;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Language;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strictness travels with treem's types: a host's deliberately lenient Jackson 3 mapper (unknown
 * properties ignored and even "handled" by a problem handler, no duplicate detection, read limits
 * far above treem's) still refuses what {@link TreemJson#strict()} refuses, with the same issue
 * code.
 */
class HostMapperStrictnessTest {
  /** Accepts every unknown property: a host that wants anything to pass. */
  static final class AcceptAnything extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) {
      p.skipChildren();
      return true;
    }
  }

  static final JsonMapper HOST = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000)
              .maxStringLength(500_000_000).maxNumberLength(100_000).maxNameLength(1_000_000).build())
          .build())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addHandler(new AcceptAnything())
      .addModule(new TreemJacksonModule())
      .build();

  static Stream<Arguments> refused() {
    String deepUnit = "{\"code\":\"x\",\"name\":\"x\",\"level\":\"PROVINCE\",\"parent\":".repeat(70)
        + "{\"code\":\"x\",\"name\":\"x\",\"level\":\"PROVINCE\"" + "}".repeat(71);
    String plan = "{\"number\":\"1\",\"issuerName\":\"x\",\"issueDate\":\"2020-01-01\",\"year\":2020,"
        + "\"generalObjective\":\"x\",\"issuerUnit\":" + deepUnit + "}";
    return Stream.of(
        Arguments.of("unknown property", Child.class, "{\"id\":\"a\",\"extra\":1}",
            JsonIssueCode.JSON_UNKNOWN_PROPERTY, "extra"),
        Arguments.of("unknown nested property", Child.class,
            "{\"id\":\"a\",\"measurements\":[{\"measuredOn\":\"2020-01-01\",\"zz\":{}}]}",
            JsonIssueCode.JSON_UNKNOWN_PROPERTY, "measurements[0].zz"),
        Arguments.of("duplicate id", Child.class, "{\"id\":\"a\",\"id\":\"b\"}", JsonIssueCode.JSON_DUPLICATE_KEY, ""),
        Arguments.of("duplicate nested", Child.class,
            "{\"id\":\"a\",\"measurements\":[{\"measuredOn\":\"2020-01-01\",\"measuredOn\":\"2020-01-02\"}]}",
            JsonIssueCode.JSON_DUPLICATE_KEY, "measurements[0]"),
        Arguments.of("long string", Child.class, "{\"id\":\"a\",\"fullName\":\"" + "x".repeat(1024 * 1024 + 1) + "\"}",
            JsonIssueCode.JSON_LIMIT_EXCEEDED, "fullName"),
        Arguments.of("long number", Child.class,
            "{\"id\":\"a\",\"measurements\":[{\"measuredOn\":\"2020-01-01\",\"weightKg\":" + "1".repeat(101) + "}]}",
            JsonIssueCode.JSON_LIMIT_EXCEEDED, "measurements[0].weightKg"),
        Arguments.of("long name", Child.class, "{\"id\":\"a\",\"" + "n".repeat(1001) + "\":1}",
            JsonIssueCode.JSON_LIMIT_EXCEEDED, ""),
        Arguments.of("deep nesting", Plan.class, plan, JsonIssueCode.JSON_LIMIT_EXCEEDED, null),
        Arguments.of("unknown report property", ReportDocument.class,
            "{\"year\":2020,\"referenceDate\":\"2020-12-31\",\"indicators\":[],\"targets\":[],\"extra\":1}",
            JsonIssueCode.JSON_UNKNOWN_PROPERTY, "extra"),
        Arguments.of("duplicate report property", ReportDocument.class,
            "{\"year\":2020,\"year\":2021,\"referenceDate\":\"2020-12-31\",\"indicators\":[],\"targets\":[]}",
            JsonIssueCode.JSON_DUPLICATE_KEY, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aLenientHostRefusesWhatTreemRefuses(String what, Class<?> type, String json, JsonIssueCode code, String path) {
    JacksonException host = catchJackson(() -> HOST.readValue(json, type));
    JacksonException treem = catchJackson(() -> TreemJson.strict().getMapper().readValue(json, type));
    assertThat(JsonProblems.codeOf(host)).isEqualTo(code);
    assertThat(JsonProblems.codeOf(treem)).isEqualTo(code);
    if (path != null) {
      assertThat(JsonProblems.path(host, "")).isEqualTo(path);
      // treem's parser finds a long number before the property is read: the path ends before it
      assertThat(path).startsWith(JsonProblems.path(treem, ""));
    }
    assertThat(host.getClass()).isEqualTo(treem.getClass());
  }

  @Test
  void theExceptionsAreJacksonsOwn() {
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"a\",\"extra\":1}", Child.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"a\",\"id\":\"b\"}", Child.class))
        .isInstanceOf(StreamReadException.class).hasMessageStartingWith("Duplicate Object property \"id\"");
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"a\",\"fullName\":\"" + "x".repeat(1024 * 1024 + 1) + "\"}",
        Child.class))
        .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("String value length (1048577)")
        .hasMessageNotContaining("xxx");
  }

  @Test
  void whatTreemAcceptsTheHostAcceptsAlike() throws IOException {
    String child = TreemJacksonModuleTest.golden("child-full.json");
    assertThat(HOST.readValue(child, Child.class)).isEqualTo(TreemJacksonModuleTest.fullChild());
    // at the limits exactly
    String name = "x".repeat(1024 * 1024);
    assertThat(HOST.readValue("{\"id\":\"a\",\"fullName\":\"" + name + "\"}", Child.class).getFullName()).contains(name);
    String weight = "1" + "0".repeat(49) + "." + "0".repeat(50);
    assertThat(HOST.readValue("{\"id\":\"a\",\"measurements\":[{\"measuredOn\":\"2020-01-01\",\"weightKg\":" + weight
        + "}]}", Child.class).getMeasurements()).hasSize(1);
    assertThat(TreemJson.strict().readChild("{\"id\":\"a\",\"measurements\":[{\"measuredOn\":\"2020-01-01\",\"weightKg\":"
        + weight + "}]}").getMeasurements()).hasSize(1);
  }

  @Test
  void aHostMapperWritesTheReportOfReportJsonInItsOwnLayout() throws IOException {
    for (Language language : Language.values()) {
      String golden = Files.readString(Path.of("src/test/resources/golden/report/small-" + language.name().toLowerCase(
          java.util.Locale.ROOT) + ".json"), StandardCharsets.UTF_8);
      ReportDocument doc = ReportJson.of(language).read(golden);
      String compact = HOST.writer().withAttribute(TreemJacksonModule.REPORT_LANGUAGE, language).writeValueAsString(doc);
      // the report's only white space is the line feeds of its layout
      assertThat(compact).isEqualTo(golden.replace("\n", ""));
      assertThat(HOST.readValue(compact, ReportDocument.class)).isEqualTo(doc);
    }
  }

  private static JacksonException catchJackson(Runnable r) {
    try {
      r.run();
    } catch (JacksonException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }
}

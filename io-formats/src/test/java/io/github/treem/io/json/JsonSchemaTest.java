package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.treem.core.Child;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON that treem writes is valid against its published JSON Schemas (draft 2020-12). */
class JsonSchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static String resource(String name) {
    return TreemJson.schemaText(name);
  }

  static Schema schema(String name) throws IOException {
    return REGISTRY.getSchema(resource(name), InputFormat.JSON);
  }

  static List<Error> validate(String schemaName, String json) throws IOException {
    return schema(schemaName).validate(json, InputFormat.JSON);
  }

  static Schema childSchema() throws IOException {
    return definition("child");
  }

  /** A definition of the register schema alone, as the root (for the lines of JSON Lines). */
  static Schema definition(String name) throws IOException {
    String s = resource("register-v1.schema.json");
    // the child definition alone, for JSON Lines: the same schema with #/$defs/child as its root
    String root = s.replaceFirst("\"type\": \"object\",\\s*\"additionalProperties\": false,\\s*\"required\": \\[\\s*"
        + "\"format\",\\s*\"version\",\\s*\"children\"\\s*\\],", "\"\\$ref\": \"#/\\$defs/" + name + "\",");
    assertThat(root).isNotEqualTo(s);
    return REGISTRY.getSchema(root.replaceFirst("\"properties\": \\{\\s*\"format\"[\\s\\S]*?\\n  \\},\\n  \"\\$defs\"",
        "\"\\$defs\""), InputFormat.JSON);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void registerDocumentsAreValid(long seed) throws IOException {
    TreemGen gen = new TreemGen(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterJsonWriter w = RegisterJsonWriter.open(out, OptionalInt.of(2020))) {
      for (int i = 0; i < 100; i++) {
        w.write(gen.child());
      }
    }
    assertThat(validate("register-v1.schema.json", out.toString(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void jsonLinesChildrenAreValid() throws IOException {
    Schema child = childSchema();
    TreemGen gen = new TreemGen(9);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterJsonLinesWriter w = RegisterJsonLinesWriter.open(out)) {
      for (int i = 0; i < 100; i++) {
        w.write(gen.child());
      }
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    // the header line, then the children
    Schema header = definition("jsonLinesHeader");
    assertThat(header.validate(lines[0], InputFormat.JSON)).isEmpty();
    assertThat(child.validate(lines[0], InputFormat.JSON)).isNotEmpty();
    assertThat(header.validate("{\"format\":\"treem-register\",\"version\":1,\"syntheticData\":true}", InputFormat.JSON))
        .isEmpty();
    assertThat(header.validate("{\"format\":\"treem-register\",\"version\":2}", InputFormat.JSON)).isNotEmpty();
    assertThat(header.validate(lines[1], InputFormat.JSON)).isNotEmpty();
    for (String line : java.util.Arrays.copyOfRange(lines, 1, lines.length)) {
      assertThat(child.validate(line, InputFormat.JSON)).isEmpty();
    }
    assertThat(child.validate(TreemJson.strict().writeChild(TreemJacksonModuleTest.fullChild()), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws IOException {
    Schema child = childSchema();
    assertThat(child.validate("{\"id\": \"a\", \"sex\": null}", InputFormat.JSON)).isNotEmpty();
    assertThat(child.validate("{\"id\": \"a\", \"extra\": 1}", InputFormat.JSON)).isNotEmpty();
    assertThat(child.validate("{\"sex\": \"MALE\"}", InputFormat.JSON)).isNotEmpty();
    assertThat(child.validate("{\"id\": \"a\", \"personalId\": \"123\"}", InputFormat.JSON)).isNotEmpty();
    assertThat(child.validate("{\"id\": \"a\", \"circumstances\": [{\"code\": \"Z9\"}]}", InputFormat.JSON)).isNotEmpty();
    assertThat(child.validate("{\"id\": \"a\", \"circumstances\": [{\"code\": \"DD1\"}]}", InputFormat.JSON)).isEmpty();
    assertThat(validate("register-v1.schema.json", "{\"format\": \"treem-register\", \"version\": 2, \"children\": []}"))
        .isNotEmpty();
  }

  @Test
  void plansAreValid() throws IOException {
    assertThat(validate("plan-v2.schema.json", TreemJson.strict().writePlan(TreemJson.bundledPlan("quang-vinh-2020")))).isEmpty();
    try (InputStream in = TreemJson.class.getResourceAsStream("/io/github/treem/io/plans/quang-vinh-2020.json")) {
      assertThat(validate("plan-v2.schema.json", new String(in.readAllBytes(), StandardCharsets.UTF_8))).isEmpty();
    }
    assertThat(validate("plan-v1.schema.json", "{\"number\": \"1\", \"issuerName\": \"x\", \"issueDate\": \"2020-01-01\","
        + " \"year\": 2020, \"generalObjective\": \"g\", \"targets\": [{\"id\": \"T\", \"indicatorCode\": \"HI_U6\","
        + " \"comparator\": \"AT_LEAST\", \"year\": 2020, \"leadUnitId\": \"U\", \"textVi\": \"t\"}]}")).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"register-v1.schema.json", "plan-v1.schema.json", "plan-v2.schema.json", "activity-log-v1.schema.json", "report-v1.schema.json"})
  void publishedCopiesEqualTheResources(String name) throws IOException {
    String project = System.getProperty("treem.project.dir", "..");
    Path published = Path.of(project, "schemas", name);
    assertThat(published).exists();
    assertThat(Files.readString(published, StandardCharsets.UTF_8)).isEqualTo(resource(name));
  }

  @Test
  void unknownSchemaNamesAreRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TreemJson.schemaText("report-v9.schema.json"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TreemJson.schemaText("../x.schema.json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void childSchemaSeesTheChildType() throws IOException {
    assertThat(childSchema().validate("{\"id\": \"a\"}", InputFormat.JSON)).isEmpty();
    assertThat(childSchema().validate("{\"format\": \"treem-register\", \"version\": 1, \"children\": []}",
        InputFormat.JSON)).isNotEmpty();
    assertThat(Child.class).isNotNull();
  }
}

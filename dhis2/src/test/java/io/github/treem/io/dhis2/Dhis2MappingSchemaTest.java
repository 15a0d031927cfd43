package io.github.treem.io.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The published schema of the DHIS2 mapping accepts the example and rejects broken mappings. */
class Dhis2MappingSchemaTest {
  static final String NAME = "io/github/treem/io/schema/dhis2-mapping-v1.schema.json";

  static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Dhis2ExportTest.resource(NAME), InputFormat.JSON);
  }

  @Test
  void exampleIsValid() throws IOException {
    String example = Dhis2ExportTest.resource("golden/dhis2/quang-vinh-2020.mapping.json");
    assertThat(schema().validate(example, InputFormat.JSON)).isEmpty();
  }

  @Test
  void brokenMappingsAreInvalid() throws IOException {
    String example = Dhis2ExportTest.resource("golden/dhis2/quang-vinh-2020.mapping.json");
    for (String broken : new String[] {
        example.replace("\"tmDsPlan001\"", "\"tmDs-Plan01\""),
        example.replace("\"period\": \"2020\"", "\"period\": \"2020Q5\""),
        example.replace("\"version\": 1", "\"version\": 2"),
        example.replace("\"breakdown\": \"sex\"", "\"breakdown\": \"colour\""),
        example.replace("\"dataSet\": \"tmDsPlan001\",", "")}) {
      assertThat(broken).isNotEqualTo(example);
      assertThat(schema().validate(broken, InputFormat.JSON)).as(broken.substring(0, 80)).isNotEmpty();
    }
  }

  @Test
  void publishedCopyIsIdentical() throws IOException {
    String dir = System.getProperty("treem.project.dir");
    Path copy = Path.of(dir == null ? ".." : dir, "schemas", "dhis2-mapping-v1.schema.json");
    assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(Dhis2ExportTest.resource(NAME));
  }
}

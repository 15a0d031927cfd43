package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.treem.io.json.TreemJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON of {@code treem report} is valid against the published report-v1 schema. */
class ReportSchemaTest {

  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(TreemJson.schemaText("report-v1.schema.json"), InputFormat.JSON);

  @TempDir Path dir;

  private static String report(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Treem.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isIn(0, 1);
    return out.toString();
  }

  private static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void theBundledCommuneWithEveryBreakdownIsValid() {
    assertThat(validate(report("report", "--format", "json", "--by", "village,sex,ethnicity,disability,age,group")))
        .isEmpty();
    assertThat(validate(report("report", "--format", "json", "--no-suppression", "--lang", "en"))).isEmpty();
  }

  @Test
  void aMultiCommuneReportWithAreasIsValid() throws Exception {
    Path a = dir.resolve("xa-a.csv");
    Path b = dir.resolve("xa-b.jsonl");
    assertThat(Treem.run(new String[] {"generate", "--children", "150", "--seed", "3", a.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
    assertThat(Treem.run(new String[] {"generate", "--children", "150", "--seed", "4", b.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
    String json = report("report", "--format", "json", "--register", a.toString(), "--register", b.toString());
    assertThat(json).contains("\"area\":[");
    assertThat(validate(json)).isEmpty();
    assertThat(Files.size(a)).isPositive();
  }

  @Test
  void theSchemaRejectsWhatTreemNeverWrites() {
    String json = report("report", "--format", "json");
    assertThat(validate(json.replaceFirst("\"state\":\"VALUE\"", "\"state\":\"MAYBE\""))).isNotEmpty();
    assertThat(validate(json.replaceFirst("\"rowsRead\":", "\"rowsSeen\":"))).isNotEmpty();
    assertThat(validate(json.replaceFirst("\"code\":\"HI_U6\"", "\"code\":\"HI_U7\""))).isNotEmpty();
  }
}

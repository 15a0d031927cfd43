package io.github.treem.jackson2;

import static io.github.treem.jackson2.Goldens.J2;
import static io.github.treem.jackson2.Goldens.J3;
import static io.github.treem.jackson2.Goldens.golden;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.github.treem.core.Child;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Language;
import io.github.treem.io.json.RegisterJsonReader;
import io.github.treem.io.json.RegisterJsonWriter;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The golden files of io-formats pass through both Jackson modules: written by each, they are the
 * same bytes; read by each, the same values.
 */
class SharedGoldenTest {
  @Test
  void child() throws IOException {
    String golden = golden("json/child-full.json");
    Child child = TreemJson.strict().readChild(golden);
    assertThat(J2.readValue(golden, Child.class)).isEqualTo(child);
    assertThat(J2.writer(Goldens.prettyPrinter()).writeValueAsString(child) + "\n").isEqualTo(golden);
    assertThat(TreemJson.strict().toPrettyJson(child) + "\n").isEqualTo(golden);
    assertThat(J2.writeValueAsString(child)).isEqualTo(TreemJson.strict().writeChild(child));
  }

  @Test
  void registerJsonLines() throws IOException {
    String[] lines = golden("json/register.jsonl").split("\n");
    // the header line (format and version), then one child per line
    assertThat(lines[0]).isEqualTo("{\"format\":\"treem-register\",\"version\":1}");
    for (String line : java.util.Arrays.copyOfRange(lines, 1, lines.length)) {
      Child child = TreemJson.strict().readChild(line);
      assertThat(J2.readValue(line, Child.class)).isEqualTo(child);
      assertThat(J2.writeValueAsString(child)).isEqualTo(line);
      assertThat(J3.writeValueAsString(child)).isEqualTo(line);
    }
  }

  @Test
  void registerDocument() throws IOException {
    String golden = golden("json/register.json");
    // read: Jackson 3's register reader and a Jackson 2 stream give the same children
    List<Child> j3 = new ArrayList<>();
    try (RegisterJsonReader r = RegisterJsonReader.open(new java.io.ByteArrayInputStream(
        golden.getBytes(StandardCharsets.UTF_8)), io.github.treem.io.ReadOptions.builder().reportingYear(2020)
        .fileName("register.json").validation(io.github.treem.io.Validation.NONE).build())) {
      r.next().ifPresent(rec -> j3.add(rec.getChild().orElseThrow()));
      r.next().ifPresent(rec -> j3.add(rec.getChild().orElseThrow()));
      assertThat(r.next()).isEmpty();
    }
    List<Child> j2 = new ArrayList<>();
    try (JsonParser p = J2.createParser(golden)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("children")) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            j2.add(J2.readerFor(Child.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p));
          }
        } else {
          p.skipChildren();
        }
      }
    }
    assertThat(j2).hasSize(2).isEqualTo(j3);
    // write: Jackson 2 streaming the children as RegisterJsonWriter does gives its bytes
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = J2.writer(Goldens.prettyPrinter()).createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("format", RegisterJsonReader.FORMAT);
      g.writeNumberField("version", RegisterJsonReader.VERSION);
      g.writeNumberField("reportingYear", 2020);
      g.writeFieldName("children");
      g.writeStartArray();
      for (Child c : j2) {
        g.writePOJO(c);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    assertThat(out.toString(StandardCharsets.UTF_8) + "\n").isEqualTo(golden);
    ByteArrayOutputStream out3 = new ByteArrayOutputStream();
    try (RegisterJsonWriter w = RegisterJsonWriter.open(out3, OptionalInt.of(2020))) {
      j3.forEach(w::write);
    }
    assertThat(out3.toString(StandardCharsets.UTF_8)).isEqualTo(golden);
  }

  @Test
  void plan() throws IOException {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    String compact = TreemJson.strict().toJson(plan);
    assertThat(J2.writeValueAsString(plan)).isEqualTo(compact);
    assertThat(J2.writer(Goldens.prettyPrinter()).writeValueAsString(plan)).isEqualTo(TreemJson.strict().writePlan(plan));
    assertThat(J2.readValue(compact, Plan.class)).isEqualTo(plan);
    assertThat(J2.readValue(TreemJson.strict().writePlan(plan), Plan.class)).isEqualTo(plan);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void report(Language language) throws IOException {
    String golden = golden("report/small-" + language.name().toLowerCase(Locale.ROOT) + ".json");
    ReportDocument doc = ReportJson.of(language).read(golden);
    assertThat(ReportJson.of(language).write(doc)).isEqualTo(golden);
    assertThat(TreemJackson2Module.reportWriter(J2, language).writeValueAsString(doc) + "\n").isEqualTo(golden);
    assertThat(J2.readValue(golden, ReportDocument.class)).isEqualTo(doc);
    // escapes: the report's and the manifest's, whatever the generator's settings
    String odd = "a\u0001b\bc\fd\ne\tf\"g\\h\u001fé\u2028";
    io.github.treem.indicators.ReportManifest m = doc.getManifest().orElseThrow();
    ReportDocument oddDoc = doc.withManifest(io.github.treem.indicators.ReportManifest.builder().from(m)
        .putInputs(odd, "a".repeat(64)).putOptions(odd, odd).build());
    assertThat(TreemJackson2Module.reportWriter(J2, language).writeValueAsString(oddDoc) + "\n")
        .isEqualTo(ReportJson.of(language).write(oddDoc))
        .contains("a\\u0001b\\u0008c\\u000cd\\u000ae\\u0009f\\\"g\\\\h\\u001fé\u2028");
    // a host's compact layout: the same in both
    String compact = J2.writer().withAttribute(TreemJackson2Module.REPORT_LANGUAGE, language).writeValueAsString(doc);
    assertThat(compact).isEqualTo(golden.replace("\n", ""))
        .isEqualTo(J3.writer().withAttribute(TreemJackson2Module.REPORT_LANGUAGE, language).writeValueAsString(doc));
  }
}

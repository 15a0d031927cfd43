package io.github.treem.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.treem.core.Child;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.io.report.ReportDocument;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Strictness travels with treem's types in Jackson 2 too: a host's deliberately lenient mapper
 * (unknown properties ignored and "handled" by a problem handler, no duplicate detection, read
 * limits far above treem's) still refuses what treem refuses.
 */
class Jackson2StrictnessTest {
  /** Accepts every unknown property: a host that wants anything to pass. */
  static final class AcceptAnything extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) throws IOException {
      p.skipChildren();
      return true;
    }
  }

  static final ObjectMapper HOST = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000)
              .maxStringLength(500_000_000).maxNumberLength(100_000).maxNameLength(1_000_000).build())
          .build())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addHandler(new AcceptAnything())
      .addModule(new TreemJackson2Module())
      .build();

  @Test
  void unknownPropertiesAreRefused() {
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"a\",\"extra\":1}", Child.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .satisfies(e -> assertThat(((UnrecognizedPropertyException) e).getPropertyName()).isEqualTo("extra"));
    assertThatThrownBy(() -> HOST.readValue(
        "{\"id\":\"a\",\"measurements\":[{\"measuredOn\":\"2020-01-01\",\"zz\":{}}]}", Child.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("[\"measurements\"]->java.util.ArrayList[0]->io.github.treem.core.GrowthMeasurement[\"zz\"]");
    assertThatThrownBy(() -> HOST.readValue(
        "{\"year\":2020,\"referenceDate\":\"2020-12-31\",\"indicators\":[],\"targets\":[],\"x\":1}", ReportDocument.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void duplicatePropertiesAreRefused() {
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"a\",\"id\":\"b\"}", Child.class))
        .isInstanceOf(JsonParseException.class).hasMessageStartingWith("Duplicate Object property \"id\"");
    assertThatThrownBy(() -> HOST.readValue(
        "{\"id\":\"a\",\"measurements\":[{\"measuredOn\":\"2020-01-01\",\"measuredOn\":\"2020-01-02\"}]}", Child.class))
        .isInstanceOf(JsonParseException.class).hasMessageStartingWith("Duplicate Object property \"measuredOn\"");
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"a\",\"x\":1,\"x\":2}", Child.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void treemsLimitsApply() {
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"a\",\"fullName\":\"" + "x".repeat(1024 * 1024 + 1) + "\"}",
        Child.class))
        .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("String value length (1048577)")
        .hasMessageNotContaining("xxx");
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"a\",\"measurements\":[{\"measuredOn\":\"2020-01-01\",\"weightKg\":"
        + "1".repeat(101) + "}]}", Child.class))
        .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("Number value length (101)");
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"a\",\"" + "n".repeat(1001) + "\":1}", Child.class))
        .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("Name length (1001)");
    String deepUnit = "{\"code\":\"x\",\"name\":\"x\",\"level\":\"PROVINCE\",\"parent\":".repeat(70)
        + "{\"code\":\"x\",\"name\":\"x\",\"level\":\"PROVINCE\"" + "}".repeat(71);
    assertThatThrownBy(() -> HOST.readValue("{\"number\":\"1\",\"issuerName\":\"x\",\"issueDate\":\"2020-01-01\","
        + "\"year\":2020,\"generalObjective\":\"x\",\"issuerUnit\":" + deepUnit + "}", Plan.class))
        .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth (65)");
  }

  @Test
  void valueProblemsAreLocatedCodedAndNeverEchoed() {
    String text = "{\"id\":\"a\",\n\"measurements\":[{\"measuredOn\":\"2020-01-01\"},{\"measuredOn\":\"2020-02-30\"}]}";
    assertThatThrownBy(() -> HOST.readValue(text, Child.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("TREEM-IO-1002: not a date of the form yyyy-MM-dd")
        .hasMessageContaining("[\"measurements\"]->java.util.ArrayList[1]->io.github.treem.core.GrowthMeasurement[\"measuredOn\"]")
        .hasMessageNotContaining("2020-02-30")
        .satisfies(e -> assertThat(((MismatchedInputException) e).getLocation().getLineNr()).isEqualTo(2));
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"a\",\"personalId\":\"04631800012\"}", Child.class))
        .hasMessageStartingWith("TREEM-IO-1002: expected 12 digits").hasMessageNotContaining("04631800012");
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"  \"}", Child.class))
        .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("TREEM-CORE-0001")
        .cause().isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> HOST.readValue("{\"sex\":\"MALE\"}", Child.class))
        .hasMessageStartingWith("TREEM-IO-1003: missing required property 'id'");
    assertThatThrownBy(() -> HOST.readValue("{\"id\":\"a\",\"sex\":null}", Child.class))
        .hasMessageStartingWith("TREEM-IO-1001: null is not allowed");
  }
}

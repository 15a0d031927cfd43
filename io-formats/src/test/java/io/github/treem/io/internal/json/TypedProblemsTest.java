package io.github.treem.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.treem.codec.internal.DecodeProblem;
import io.github.treem.core.Child;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.json.JsonIssueCode;
import io.github.treem.io.json.TreemJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectReader;

/**
 * The codec layer's problems reach the readers typed: the kind of problem and the issue code come
 * from the exception's type, never from its message (which keeps its stable id for hosts).
 */
class TypedProblemsTest {
  private static final String OK = "{\"id\":\"a\",\"sex\":\"FEMALE\",\"dateOfBirth\":\"2018-03-14\"";

  private static JsonValueException valueProblem(String json) {
    return catchThrowableOfType(JsonValueException.class, () -> TreemJson.strict().readChild(json));
  }

  @Test
  void eachKindOfValueProblemHasItsType() {
    JsonValueException date = valueProblem("{\"id\":\"a\",\"sex\":\"FEMALE\",\"dateOfBirth\":\"14/03/2018\"}");
    assertThat(date.getProblem()).isEqualTo(DecodeProblem.INVALID_DATE);
    assertThat(date.getIssueCode()).isSameAs(RegisterIssueCode.INVALID_DATE);
    assertThat(date.getOriginalMessage()).isEqualTo("TREEM-IO-1002: not a date of the form yyyy-MM-dd")
        .doesNotContain("14/03");
    assertThat(JsonProblems.path(date, "")).isEqualTo("dateOfBirth");

    JsonValueException sex = valueProblem("{\"id\":\"a\",\"sex\":\"F\",\"dateOfBirth\":\"2018-03-14\"}");
    assertThat(sex.getProblem()).isEqualTo(DecodeProblem.INVALID_VALUE);
    assertThat(sex.getIssueCode()).isSameAs(RegisterIssueCode.INVALID_CODE);

    JsonValueException pid = valueProblem(OK + ",\"personalId\":\"123\"}");
    assertThat(pid.getIssueCode()).isSameAs(RegisterIssueCode.INVALID_PERSONAL_ID);
    assertThat(pid.getOriginalMessage()).doesNotContain("123");

    JsonValueException type = valueProblem("{\"id\":\"a\",\"sex\":1,\"dateOfBirth\":\"2018-03-14\"}");
    assertThat(type.getProblem()).isEqualTo(DecodeProblem.WRONG_TYPE);
    assertThat(type.getIssueCode()).isSameAs(JsonIssueCode.JSON_WRONG_TYPE);
    assertThat(type.getOriginalMessage()).startsWith("TREEM-IO-1001: ");

    JsonValueException nul = valueProblem(OK + ",\"village\":null}");
    assertThat(nul.getProblem()).isEqualTo(DecodeProblem.WRONG_TYPE);

    JsonValueException missing = valueProblem("{\"sex\":\"FEMALE\",\"dateOfBirth\":\"2018-03-14\"}");
    assertThat(missing.getProblem()).isEqualTo(DecodeProblem.MISSING_PROPERTY);
    assertThat(missing.getMissingProperty()).isEqualTo("id");
    assertThat(missing.getIssueCode()).isSameAs(RegisterIssueCode.MISSING_VALUE);
    assertThat(missing.getOriginalMessage()).isEqualTo("TREEM-IO-1003: missing required property 'id'");
  }

  @Test
  void aNumberOutOfRangeIsAnInvalidNumber() {
    JsonValueException big = valueProblem(OK + ",\"measurements\":[{\"measuredOn\":\"2020-06-01\",\"weightKg\":1e400}]}");
    assertThat(big.getProblem()).isEqualTo(DecodeProblem.INVALID_NUMBER);
    assertThat(JsonProblems.codeOf(big)).isSameAs(RegisterIssueCode.INVALID_NUMBER);
    assertThat(JsonProblems.path(big, "")).isEqualTo("measurements[0].weightKg");
  }

  @Test
  void aDuplicatePropertyIsTypedWhoeverFindsIt() {
    String dup = OK + ",\"village\":\"x\",\"village\":\"y\"}";
    // the codec finds it (the parser's own detection off): typed, with Jackson's message
    ObjectReader plain = TreemJson.strict().getMapper().readerFor(Child.class)
        .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    JacksonException byCodec = catchThrowableOfType(JacksonException.class, () -> plain.readValue(dup));
    assertThat(byCodec).isInstanceOf(JsonInput.DuplicateKeyException.class);
    assertThat(byCodec.getOriginalMessage()).isEqualTo("Duplicate Object property \"village\"");
    assertThat(JsonProblems.codeOf(byCodec)).isSameAs(JsonIssueCode.JSON_DUPLICATE_KEY);
    // the readers' parser finds it, also inside a value no codec reads
    ObjectReader readers = JsonInput.configure(TreemJson.lenient().getMapper().readerFor(Child.class));
    String inUnknown = OK + ",\"extra\":{\"k\":1,\"k\":2}}";
    JacksonException byParser = catchThrowableOfType(JacksonException.class, () -> {
      try (var p = JsonInput.parser(readers, new java.io.StringReader(inUnknown))) {
        readers.readValue(p);
      }
    });
    assertThat(byParser).isInstanceOf(JsonInput.DuplicateKeyException.class);
    assertThat(JsonProblems.codeOf(byParser)).isSameAs(JsonIssueCode.JSON_DUPLICATE_KEY);
  }
}

package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonIssueCodeTest {
  @Test
  void everyCodeHasItsOwnMessagesInBothLanguages() {
    for (JsonIssueCode c : JsonIssueCode.values()) {
      assertThat(c.getCode()).isEqualTo(c.name()).startsWith("JSON_");
      assertThat(c.getMessageVi()).isNotBlank().isNotEqualTo(c.getMessageEn());
      assertThat(c.getMessageEn()).isNotBlank();
    }
    assertThat(Arrays.stream(JsonIssueCode.values()).map(JsonIssueCode::getMessageEn).collect(Collectors.toSet()))
        .hasSize(JsonIssueCode.values().length);
  }

  @Test
  void issuesCarryTheDetailInBothMessages() {
    Issue i = JsonIssueCode.JSON_UNKNOWN_PROPERTY.issue(Severity.WARNING, Location.ofLine("a.json", 3, null), "'x'");
    assertThat(i.getCode()).isEqualTo("JSON_UNKNOWN_PROPERTY");
    assertThat(i.getMessageVi()).isEqualTo("Thuộc tính không có trong định dạng: 'x'");
    assertThat(i.getMessageEn()).isEqualTo("property not defined by the format: 'x'");
    assertThat(JsonIssueCode.JSON_SYNTAX.issue(Severity.ERROR, Location.unknown(), null).getMessageEn())
        .isEqualTo("JSON syntax error");
  }
}

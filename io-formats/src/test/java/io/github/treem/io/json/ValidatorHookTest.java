package io.github.treem.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.core.validation.ValidationCode;
import io.github.treem.indicators.DataQuality;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers' validator hook with core's TreemValidator. */
class ValidatorHookTest {

  @Test
  void treemValidatorIssuesAreOnTheRecords() {
    String text = "{\"id\": \"ok\", \"sex\": \"MALE\", \"dateOfBirth\": \"2018-03-14\"}\n"
        + "{\"id\": \"heavy\", \"measurements\": [{\"measuredOn\": \"2020-06-01\", \"weightKg\": 200}]}\n"
        + "{\"id\": \"mismatch\", \"sex\": \"MALE\", \"dateOfBirth\": \"2018-03-14\", \"personalId\": \"046318000123\"}\n";
    List<RegisterRecord> out = new ArrayList<>();
    try (TreemValidator v = TreemValidator.of(LocalDate.of(2020, 12, 31));
        RegisterJsonLinesReader r = RegisterJsonLinesReader.open(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            ReadOptions.builder().reportingYear(2020).fileName("r.jsonl").validator(v::validate).build())) {
      r.stream().forEach(out::add);
      assertThat(r.getStats()).isEqualTo(DataQuality.of(3, 2, 1, false));
    }
    assertThat(out.get(0).getIssues()).isEmpty();
    assertThat(out.get(1).isAccepted()).isTrue();
    assertThat(out.get(1).getIssues()).extracting(Issue::getCode, Issue::getSeverity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ValidationCode.MEASUREMENT_WEIGHT_IMPLAUSIBLE.getCode(), Severity.WARNING));
    assertThat(out.get(1).getIssues().get(0).getLocation().getLine()).hasValue(2);
    assertThat(out.get(1).getIssues().get(0).getLocation().getFile()).contains("r.jsonl");
    assertThat(out.get(2).isAccepted()).isFalse();
    assertThat(out.get(2).getIssues()).extracting(Issue::getCode).contains(ValidationCode.CHILD_PERSONAL_ID_MISMATCH.getCode());
  }
}

package io.github.treem.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.treem.core.validation.Issue;
import org.junit.jupiter.api.Test;

/** Runs the self-assessment form example and checks what it shows. */
class ExampleSelfAssessmentFormTest {

  @Test
  void theFormIsReadWholeAndTheMissingEvidenceIsOnItsRow() {
    ExampleSelfAssessmentForm.Result r = ExampleSelfAssessmentForm.run();
    assertThat(r.reading().getRejected()).isZero();
    assertThat(r.reading().getRowsRead()).isEqualTo(32);
    Issue evidence = r.problems().stream().filter(i -> i.getCode().equals("CFC_EVIDENCE_MISSING")).findFirst()
        .orElseThrow();
    assertThat(evidence.getLocation().getLine()).hasValue(29);
    assertThat(evidence.getLocation().getColumn()).contains("evidence");
    assertThat(r.card().getCriteria()).hasSize(13);
    assertThatCode(() -> ExampleSelfAssessmentForm.main(new String[0])).doesNotThrowAnyException();
  }
}

package io.github.treem.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.IssueCode;
import io.github.treem.core.validation.Severity;
import org.junit.jupiter.api.Test;

/** The indicators' registry of exception codes: distinct, well formed, errors, with both texts. */
class IndicatorErrorCodeTest {
  @Test
  void registryIsDistinctAndWellFormed() {
    assertThat(IndicatorErrorCode.values()).extracting(IssueCode::getCode).doesNotHaveDuplicates()
        .allMatch(c -> c.matches("TREEM-IND-[0-9]{4}"));
    assertThat(IndicatorErrorCode.values()).allSatisfy(c -> {
      assertThat(c.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(c.getMessageVi()).isNotBlank().isNotEqualTo(c.getMessageEn());
    });
  }
}

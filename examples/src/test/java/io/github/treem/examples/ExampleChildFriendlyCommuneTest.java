package io.github.treem.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.treem.indicators.cfc.RecognitionStatus;
import io.github.treem.indicators.cfc.ScoreCard;
import org.junit.jupiter.api.Test;

/** Runs the child-friendly commune example and checks what it shows. */
class ExampleChildFriendlyCommuneTest {

  @Test
  void theCardIsCompleteProvisionalAndUndecided() {
    ScoreCard card = ExampleChildFriendlyCommune.run();
    assertThat(card.getCriteria()).hasSize(13);
    assertThat(card.getStatus()).isEqualTo(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE);
    assertThat(card.isProvisional()).isTrue();
    assertThat(card.isSynthetic()).isTrue();
    assertThat(card.getTotal()).isEqualTo(895);
    assertThatCode(() -> ExampleChildFriendlyCommune.main(new String[0])).doesNotThrowAnyException();
  }
}

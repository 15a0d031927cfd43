package io.github.treem.indicators.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.cfc.ChildFriendlyScorer;
import io.github.treem.indicators.cfc.CommuneType;
import io.github.treem.indicators.cfc.CriterionScore;
import io.github.treem.indicators.cfc.InputSource;
import io.github.treem.indicators.cfc.ItemValue;
import io.github.treem.indicators.cfc.RecognitionStatus;
import io.github.treem.indicators.cfc.ScoreCard;
import io.github.treem.indicators.cfc.ScoringInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demonstration commune end to end: the synthetic register of Quảng Vinh through the
 * calculator, its synthetic self-assessment, the bundled table. The figures are pinned (the
 * generator is deterministic): a change to the table, the indicators or the example shows here.
 */
class DemoCommuneTest {
  private static ScoreCard card;

  @BeforeAll
  static void score() {
    IndicatorReport report = IndicatorCalculator.builder().year(2020).build()
        .compute(CommuneGenerator.builder().seed(42).year(2020).children(2500).build().stream(), CommuneGenerator.QUANG_VINH);
    card = ChildFriendlyScorer.qd06().score(ScoringInput.builder().year(2020).report(report)
        .selfAssessment(SyntheticSelfAssessment.quangVinh(2020)).build());
  }

  @Test
  void everyCriterionIsScoredAndNothingIsDecidedOnProvisionalBands() {
    assertThat(card.getCriteria()).allSatisfy(c -> assertThat(c.isComplete()).as("criterion " + c.getCriterion().getNumber()).isTrue());
    assertThat(card.getStatus()).isEqualTo(RecognitionStatus.PROVISIONAL_NOT_DECIDABLE);
    assertThat(card.isSynthetic()).isTrue();
    assertThat(card.getCommuneName()).contains("Quảng Vinh");
    assertThat(card.getCommuneType()).isEqualTo(CommuneType.OTHER);
  }

  @Test
  void sourcesOfTheItems() {
    assertThat(card.item("2.1").orElseThrow().getSource()).contains(InputSource.REGISTER);
    assertThat(card.item("8.1").orElseThrow().getSource()).contains(InputSource.REGISTER);
    assertThat(card.item("10.1").orElseThrow().getSource()).contains(InputSource.REGISTER);
    // the register has epi_full_by_1: its EPI_U1 replaces the self-assessment's 38 of 39
    assertThat(card.item("7.1").orElseThrow().getSource()).contains(InputSource.REGISTER);
    assertThat(card.item("6.1").orElseThrow().getSource()).contains(InputSource.SELF_ASSESSMENT);
    assertThat(card.item("6.2").orElseThrow().getValue()).contains(ItemValue.nothingToCount());
    assertThat(card.item("6.2").orElseThrow().getPoints()).isEqualTo(75);
    assertThat(card.item("6.2").orElseThrow().isProvisional()).isTrue(); // "none" is an unconfirmed band
    assertThat(card.item("1.1").orElseThrow().isProvisional()).isFalse();
    assertThat(card.item("7.1").orElseThrow().getPoints()).isEqualTo(50);
    assertThat(card.item("3.1").orElseThrow().getPoints()).isEqualTo(50);
  }

  @Test
  void pinnedFigures() {
    StringBuilder b = new StringBuilder();
    for (CriterionScore c : card.getCriteria()) {
      b.append(c.getCriterion().getNumber()).append('=').append(c.getPoints()).append(' ');
    }
    assertThat(b.toString().strip()).isEqualTo(DemoCommuneTest.EXPECTED_POINTS);
    assertThat(card.getTotal()).isEqualTo(EXPECTED_TOTAL);
    assertThat(card.getProvisionalOutcome()).contains(RecognitionStatus.RECOGNISED);
  }

  // births on time 20 (the register's rate is in the 90-95% band), immunisation 50 (the register's EPI_U1 is in
  // the top band, at least 98%)
  static final String EXPECTED_POINTS = "1=100 2=20 3=50 4=50 5=75 6=125 7=50 8=100 9=50 10=100 11=50 12=75 13=50";
  static final int EXPECTED_TOTAL = 895;
}

package io.github.treem.examples;

import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.cfc.ChildFriendlyScorer;
import io.github.treem.indicators.cfc.CriterionScore;
import io.github.treem.indicators.cfc.ScoreCard;
import io.github.treem.indicators.cfc.ScoreReason;
import io.github.treem.indicators.cfc.ScoringInput;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.indicators.synthetic.SyntheticSelfAssessment;

/**
 * Scenario: a commune scores itself against the child-friendly commune standard (Quyết định
 * 06/QĐ-TTg) before filing its dossier. The register gives the rates it can compute (births
 * registered on time, malnutrition, preschool); the commune's self-assessment gives the rest, each
 * value with its evidence. With the bundled table, whose bands are partly provisional, the card
 * shows the provisional score and never declares the commune recognised.
 */
public final class ExampleChildFriendlyCommune {
  private ExampleChildFriendlyCommune() {}

  /**
   * Scores the synthetic commune of Quảng Vinh for 2020.
   *
   * @return the score card
   */
  public static ScoreCard run() {
    IndicatorReport register = IndicatorCalculator.builder().year(2020).build()
        .compute(CommuneGenerator.builder().seed(42).year(2020).children(2500).build().stream(),
            CommuneGenerator.QUANG_VINH);
    SelfAssessment selfAssessment = SyntheticSelfAssessment.quangVinh(2020);
    ValidationReport checked = selfAssessment.validate(ScoringTable.qd06());
    if (!checked.isValid()) {
      throw new IllegalStateException("the self-assessment has errors: " + checked.getIssues());
    }
    return ChildFriendlyScorer.qd06().score(ScoringInput.builder()
        .year(2020)
        .report(register)
        .selfAssessment(selfAssessment)
        .build());
  }

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    ScoreCard card = run();
    for (CriterionScore c : card.getCriteria()) {
      System.out.println("Tiêu chí " + c.getCriterion().getNumber() + ": " + c.getReasonVi());
    }
    System.out.println("Tổng " + card.getTotal() + "/" + card.getMaximumTotal() + ", mức " + card.getThreshold()
        + ": " + card.getStatus().getNameVi());
    card.getReasons().stream().map(ScoreReason::getMessageVi).forEach(System.out::println);
  }
}

/**
 * treem indicators: WHO growth z-scores, the indicator catalogue, the streaming calculator with
 * mergeable accumulators, target assessment and small-number suppression.
 */
module io.github.treem.indicators {
  requires transitive io.github.treem.core;
  requires static org.immutables.value.annotations;

  exports io.github.treem.indicators; // Indicators, IndicatorCalculator, IndicatorReport
  exports io.github.treem.indicators.growth; // WhoGrowth, Anthro2006Result, Who2007Result
  exports io.github.treem.indicators.cfc; // ScoringTable, ChildFriendlyScorer, ScoreCard, SelfAssessment
  exports io.github.treem.indicators.synthetic; // CommuneGenerator, NameGenerator
}

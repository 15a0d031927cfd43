/**
 * treem indicators: WHO growth z-scores, the indicator catalogue, the streaming calculator with
 * mergeable accumulators, target assessment, disclosure control and its audit.
 */
module io.github.treem.indicators {
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers
  requires transitive io.github.treem.core;
  requires static org.immutables.value.annotations;
  requires ojalgo; // LP/MIP of the disclosure audit (an automatic module)

  exports io.github.treem.indicators; // Indicators, IndicatorCalculator, IndicatorReport
  exports io.github.treem.indicators.growth; // WhoGrowth, Anthro2006Result, Who2007Result
  exports io.github.treem.indicators.cases; // CaseFigureCalculator, CaseAccumulator (CaseIndicators is in the root package)
  exports io.github.treem.indicators.cfc; // ScoringTable, ChildFriendlyScorer, ScoreCard, SelfAssessment
  // the issue codes, for the synthetic generator's checks (treem-synthetic)
  exports io.github.treem.indicators.internal to io.github.treem.synthetic;
}

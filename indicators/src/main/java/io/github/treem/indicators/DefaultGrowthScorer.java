package io.github.treem.indicators;

/** The default z-score computer (package-private). */
final class DefaultGrowthScorer {
  private DefaultGrowthScorer() {}

  static GrowthScorer get() {
    return GrowthScorer.none();
  }
}

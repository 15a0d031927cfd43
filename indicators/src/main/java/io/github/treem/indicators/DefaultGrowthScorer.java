package io.github.treem.indicators;

import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.indicators.growth.Anthro2006Result;
import io.github.treem.indicators.growth.WhoGrowth;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** The default z-score computer: this library's WHO 2006 implementation (package-private). */
final class DefaultGrowthScorer implements GrowthScorer {
  private static final DefaultGrowthScorer INSTANCE = new DefaultGrowthScorer();

  private DefaultGrowthScorer() {}

  static GrowthScorer get() {
    return INSTANCE;
  }

  @Override
  public GrowthScores score(@Nullable Sex sex, @Nullable LocalDate dateOfBirth, GrowthMeasurement m) {
    double days = dateOfBirth == null ? Double.NaN : ChronoUnit.DAYS.between(dateOfBirth, m.getMeasuredOn());
    Anthro2006Result a = WhoGrowth.standards().anthro2006(sex, days,
        m.getWeightKg().orElse(Double.NaN), m.getLengthHeightCm().orElse(Double.NaN),
        m.getPosition().orElse(null), m.getOedema().orElse(false));
    return GrowthScores.of(z(a.getZwei(), a.isFwei()), z(a.getZlen(), a.isFlen()), z(a.getZwfl(), a.isFwfl()));
  }

  private static ZScore z(double rounded, boolean flagged) {
    return Double.isNaN(rounded) ? ZScore.notComputed() : ZScore.of(rounded, flagged);
  }
}

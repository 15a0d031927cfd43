package io.github.treem.indicators;

import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.taxonomy.Sex;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Computes the WHO 2006 z-scores of one measurement of a child under 5, as the WHO software does
 * (rounded to 2 decimals, flagged beyond the WHO bounds, weight-based indices not computed with
 * oedema). {@link IndicatorCalculator} uses the WHO implementation of this library by default.
 *
 * <p>For implementors: implementations are pure and thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
@API(status = API.Status.STABLE, since = "0.1")
public interface GrowthScorer {

  /**
   * Scores one measurement.
   *
   * @param sex the child's sex, or null when unknown
   * @param dateOfBirth the date of birth, or null when unknown
   * @param measurement the measurement
   * @return the three z-scores (each possibly not computed)
   */
  GrowthScores score(@Nullable Sex sex, @Nullable LocalDate dateOfBirth, GrowthMeasurement measurement);

  /**
   * {@return the WHO 2006 implementation of this library ({@code WhoGrowth.standards()}): age in
   * days from birth to measurement, an empty oedema answer read as no oedema}
   */
  static GrowthScorer who() {
    return DefaultGrowthScorer.get();
  }

  /** {@return a scorer that computes nothing: every anthropometric child is excluded with Z_NOT_COMPUTABLE} */
  static GrowthScorer none() {
    GrowthScores none = GrowthScores.of(ZScore.notComputed(), ZScore.notComputed(), ZScore.notComputed());
    return (sex, dob, m) -> none;
  }
}

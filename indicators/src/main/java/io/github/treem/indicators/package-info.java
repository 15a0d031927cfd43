/**
 * Part of the public API of treem indicators: the catalogue of the plan's indicators
 * ({@link io.github.treem.indicators.Indicators}), the streaming calculator with mergeable
 * accumulators ({@link io.github.treem.indicators.IndicatorCalculator}), reports, target
 * assessment and small-number suppression.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.indicators;

import org.jspecify.annotations.NullMarked;

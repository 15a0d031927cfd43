/**
 * Part of the public API: WHO growth z-scores, computed exactly as the WHO's own software does
 * ({@code anthro} for the 2006 Child Growth Standards, 0-5 years; {@code anthroplus} for the 2007
 * Growth Reference, 5-19 years). Entry point: {@link io.github.treem.indicators.growth.WhoGrowth}.
 */
@NullMarked
package io.github.treem.indicators.growth;

import org.jspecify.annotations.NullMarked;

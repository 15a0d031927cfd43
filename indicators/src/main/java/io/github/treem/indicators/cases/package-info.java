/**
 * The figures of child-protection cases ({@code io.github.treem.core.protection}): the indicators
 * ({@link io.github.treem.indicators.CaseIndicators}), the streaming calculator and its
 * mergeable accumulator, the day-count histograms behind medians, and the child-friendly
 * standard's case figures. Every figure is of a sensitive population: published only through
 * {@link io.github.treem.indicators.DisclosureControl}.
 */
@NullMarked
package io.github.treem.indicators.cases;

import org.jspecify.annotations.NullMarked;

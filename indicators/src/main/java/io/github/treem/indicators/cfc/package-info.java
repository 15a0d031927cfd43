/**
 * Part of the public API of treem indicators: the child-friendly commune standard (xã, phường,
 * thị trấn phù hợp với trẻ em, Quyết định 06/QĐ-TTg of 3 January 2019; docs/child-friendly-commune.md).
 *
 * <p>A {@link io.github.treem.indicators.cfc.ScoringTable} holds the 13 criteria, their items,
 * point bands and maxima and the recognition rule as versioned data, each part marked confirmed or
 * provisional ({@link io.github.treem.indicators.cfc.Certainty}); the bundled table
 * ({@link io.github.treem.indicators.cfc.ScoringTable#qd06()}) can be replaced by a province's or
 * a later decision's. {@link io.github.treem.indicators.cfc.ChildFriendlyScorer} scores a commune
 * from the register's indicator report, a {@link io.github.treem.indicators.cfc.SelfAssessment}
 * and, later, the protection cases ({@link io.github.treem.indicators.cfc.CaseFigures}), into a
 * {@link io.github.treem.indicators.cfc.ScoreCard} that never declares a commune recognised on
 * provisional bands. {@link io.github.treem.indicators.cfc.ChildFriendlyTargetAssessment} assesses
 * the plan's target on the standard from it.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.indicators.cfc;

import org.jspecify.annotations.NullMarked;

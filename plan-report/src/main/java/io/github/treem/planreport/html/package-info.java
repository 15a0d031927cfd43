/**
 * Part of the public API of treem plan-report (io.github.treem.planreport.html): the report as
 * HTML ({@link io.github.treem.planreport.html.HtmlPlanReport}).
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.planreport.html;

import org.jspecify.annotations.NullMarked;

/**
 * Part of the public API of treem plan-report (io.github.treem.planreport.docx): the report as a
 * Word document in the format of Decree 30/2020/NĐ-CP ({@link io.github.treem.planreport.docx.WordPlanReport}).
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.planreport.docx;

import org.jspecify.annotations.NullMarked;

/**
 * Part of the public API of treem io-formats: the indicator report as published by
 * {@code treem report --format json|csv}, written and read back exactly
 * ({@link io.github.treem.io.report.ReportJson}, {@link io.github.treem.io.report.ReportCsv},
 * {@link io.github.treem.io.report.ReportDocument}).
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.io.report;

import org.jspecify.annotations.NullMarked;

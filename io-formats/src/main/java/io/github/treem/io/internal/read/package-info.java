/**
 * Internal, not API: the reading engine behind {@link io.github.treem.io.RegisterReading} and
 * {@link io.github.treem.io.report.ReportPipeline} (registers read in parallel, each hashed in the
 * same pass, issues delivered in the order of the registers with bounded memory).
 */
@NullMarked
package io.github.treem.io.internal.read;

import org.jspecify.annotations.NullMarked;

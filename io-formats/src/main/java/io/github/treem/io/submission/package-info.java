/**
 * A province's figures without moving a child's record: the commune's submission
 * ({@link io.github.treem.io.submission.CommuneSubmission}, written and read by
 * {@link io.github.treem.io.submission.SubmissionJson}, schema {@code submission-v1.schema.json})
 * holds counts only, and the province adds submissions up exactly
 * ({@link io.github.treem.io.submission.ProvinceRollUp}) by commune, district or province, across
 * the 2025 arrangement of administrative units, before publishing through disclosure control.
 */
@NullMarked
package io.github.treem.io.submission;

import org.jspecify.annotations.NullMarked;

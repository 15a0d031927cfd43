/**
 * Internal: not API, may change without notice. The administrative-unit data behind
 * {@code io.github.treem.core.admin.AdministrativeDivisions}: its records, index, checks and the
 * tab-separated format of {@code units.tsv} and {@code successions.tsv} (this package's resources).
 */
package io.github.treem.core.internal.admin;

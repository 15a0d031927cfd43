/**
 * Part of the public API of treem io-formats: the commune child register in CSV
 * ({@link io.github.treem.io.csv.RegisterCsvReader}, {@link io.github.treem.io.csv.RegisterCsvWriter}).
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.io.csv;

import org.jspecify.annotations.NullMarked;

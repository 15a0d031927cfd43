/**
 * Part of the public API of treem io-formats: JSON and JSON Lines for treem's model
 * ({@link io.github.treem.io.json.TreemJacksonModule}, {@link io.github.treem.io.json.TreemJson})
 * and the register readers and writers.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.io.json;

import org.jspecify.annotations.NullMarked;

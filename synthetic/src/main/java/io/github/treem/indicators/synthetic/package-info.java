/**
 * Part of the public API of treem indicators: synthetic commune registers for tests, examples
 * and benchmarks ({@link io.github.treem.indicators.synthetic.CommuneGenerator},
 * {@link io.github.treem.indicators.synthetic.NameGenerator}). Nothing here is personal data.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.indicators.synthetic;

import org.jspecify.annotations.NullMarked;

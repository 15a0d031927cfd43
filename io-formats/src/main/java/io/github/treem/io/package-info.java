/**
 * Part of the public API of treem io-formats: reading and writing child registers
 * ({@link io.github.treem.io.RegisterReader}).
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.io;

import org.jspecify.annotations.NullMarked;

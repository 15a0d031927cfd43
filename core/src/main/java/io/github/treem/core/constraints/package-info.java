/**
 * Part of the public API of treem core (io.github.treem.core.constraints).
 *
 * @since 0.1.0
 */
package io.github.treem.core.constraints;

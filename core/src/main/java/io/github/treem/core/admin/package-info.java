/**
 * Part of the public API of treem core (io.github.treem.core.admin).
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.github.treem.core.admin;

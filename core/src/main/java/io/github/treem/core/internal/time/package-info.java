/**
 * Internal — not API, may change without notice: the lunar-calendar algorithm and the holiday
 * table's reader and provisional computation behind {@code io.github.treem.core.time}.
 */
package io.github.treem.core.internal.time;

/**
 * Part of the public API: CSV in and out of the WHO growth z-score computation, with the WHO
 * software's column names. Entry point: {@link io.github.treem.io.anthro.AnthroCsv}.
 */
@NullMarked
package io.github.treem.io.anthro;

import org.jspecify.annotations.NullMarked;

/**
 * Part of the public API of treem io-formats: the HTML progress report of a plan
 * ({@link io.github.treem.io.html.HtmlReport}).
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.io.html;

import org.jspecify.annotations.NullMarked;

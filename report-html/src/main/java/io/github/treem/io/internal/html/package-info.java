/**
 * Internal: not API, may change without notice. The view model of the HTML report (texts,
 * cards and chart geometry computed in Java) that the precompiled jte templates render.
 */
@NullMarked
package io.github.treem.io.internal.html;

import org.jspecify.annotations.NullMarked;

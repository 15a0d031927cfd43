/** Internal: not API, may change without notice. The Jackson codecs behind {@code io.github.treem.io.report}. */
@NullMarked
package io.github.treem.io.internal.report;

import org.jspecify.annotations.NullMarked;

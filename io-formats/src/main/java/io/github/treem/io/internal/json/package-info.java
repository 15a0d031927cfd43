/** Internal: not API, may change without notice. The Jackson codecs behind {@code io.github.treem.io.json}. */
@NullMarked
package io.github.treem.io.internal.json;

import org.jspecify.annotations.NullMarked;

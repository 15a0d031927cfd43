/** Internal: not API, may change without notice. */
@NullMarked
package io.github.treem.indicators.internal;

import org.jspecify.annotations.NullMarked;

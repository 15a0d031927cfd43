/** Internal: not API, may change without notice. */
@NullMarked
package io.github.treem.io.internal;

import org.jspecify.annotations.NullMarked;

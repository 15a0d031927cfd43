/** Internal: not API, may change without notice. */
@NullMarked
package io.github.treem.testkit.internal;

import org.jspecify.annotations.NullMarked;

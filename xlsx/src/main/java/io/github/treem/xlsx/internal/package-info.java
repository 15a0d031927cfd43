/** Internal: not API, may change without notice. */
@NullMarked
package io.github.treem.xlsx.internal;

import org.jspecify.annotations.NullMarked;

/** Internal: not API, may change without notice. Reading DHIS2 mappings and writing data value sets. */
@NullMarked
package io.github.treem.io.internal.dhis2;

import org.jspecify.annotations.NullMarked;

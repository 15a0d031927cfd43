/** Internal: not API, may change without notice. The CSV register's columns, cell parsers and decoder. */
@NullMarked
package io.github.treem.io.internal.csv;

import org.jspecify.annotations.NullMarked;

/** Internal: not API, may change without notice. The CSV register's columns, cell parsers and decoder. */
package io.github.treem.io.internal.csv;

/** Internal: not API, may change without notice. Reading DHIS2 mappings and writing data value sets. */
package io.github.treem.io.internal.dhis2;

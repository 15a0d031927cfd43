/** Internal: not API, may change without notice. */
package io.github.treem.xlsx.internal;

/** Internal: not API, may change without notice. The Jackson codecs behind {@code io.github.treem.io.report}. */
package io.github.treem.io.internal.report;

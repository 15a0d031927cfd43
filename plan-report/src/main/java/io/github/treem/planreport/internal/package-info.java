/**
 * Internal, not API: may change without notice. The interim disclosure rule, the report's
 * assembly, text formatting, and the Word and HTML writers' helpers.
 */
@NullMarked
package io.github.treem.planreport.internal;

import org.jspecify.annotations.NullMarked;

/** Internal, not API: may change without notice. The HTML report's view and its precompiled template. */
@NullMarked
package io.github.treem.planreport.internal.html;

import org.jspecify.annotations.NullMarked;

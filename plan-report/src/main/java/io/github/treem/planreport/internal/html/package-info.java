/** Internal, not API: may change without notice. The HTML report's view and its precompiled template. */
package io.github.treem.planreport.internal.html;

/**
 * Internal, not API: may change without notice. The Word document's layout (Apache POI XWPF) and
 * the text widths it needs to draw the decree's lines.
 */
@NullMarked
package io.github.treem.planreport.internal.docx;

import org.jspecify.annotations.NullMarked;

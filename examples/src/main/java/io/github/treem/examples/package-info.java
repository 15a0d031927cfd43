/** Runnable examples of embedding treem, one program per scenario; not published. */
@NullMarked
package io.github.treem.examples;

import org.jspecify.annotations.NullMarked;

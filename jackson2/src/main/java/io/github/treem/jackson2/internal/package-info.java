/**
 * The adapters of treem-codec's descriptions to Jackson 2's parser, generator and contexts (not
 * API).
 */
@NullMarked
package io.github.treem.jackson2.internal;

import org.jspecify.annotations.NullMarked;

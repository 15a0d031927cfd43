/**
 * The JSON form of io-formats' own types, described with treem-codec and free of any JSON
 * library: the report document. Offered to the Jackson 2 module through
 * {@link io.github.treem.codec.internal.CodecProvider}.
 */
@NullMarked
package io.github.treem.io.internal.codec;

import org.jspecify.annotations.NullMarked;

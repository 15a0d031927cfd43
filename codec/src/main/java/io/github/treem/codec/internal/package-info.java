/**
 * The codec framework: {@link io.github.treem.codec.internal.TokenReader} and
 * {@link io.github.treem.codec.internal.TokenWriter} (what an adapter implements over a JSON
 * library's parser and generator), {@link io.github.treem.codec.internal.ValueCodec} and the
 * table of an object's properties, {@link io.github.treem.codec.internal.ObjectCodec}. Not API:
 * exported only to treem's Jackson modules.
 */
@NullMarked
package io.github.treem.codec.internal;

import org.jspecify.annotations.NullMarked;

package io.github.treem.codec.internal;

import java.util.List;

/**
 * Codecs contributed by a module that owns the types they describe, found through
 * {@link java.util.ServiceLoader} by a JSON module that does not depend on that module (the
 * Jackson 2 module finds the report document's codec of {@code io.github.treem.io} this way, when
 * that module is present).
 *
 * <p>Implementation requirements: a public no-argument constructor; stateless.
 */
public interface CodecProvider {
  /** {@return the codecs, each for the type it reads and writes} */
  List<TypeCodec<?>> codecs();
}

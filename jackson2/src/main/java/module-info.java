/**
 * treem's Jackson 2 module ({@code com.fasterxml.jackson}), for Jackson 2 hosts such as Spring
 * Boot 3: the JSON of treem's Jackson 3 module, adapted from the same descriptions
 * (treem-codec), with treem's strictness whatever the host mapper's settings.
 */
module io.github.treem.jackson2 {
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers
  requires transitive com.fasterxml.jackson.databind;
  requires transitive io.github.treem.core;
  requires io.github.treem.codec;

  exports io.github.treem.jackson2; // TreemJackson2Module

  // the report document's codec, when io-formats is present
  uses io.github.treem.codec.internal.CodecProvider;

  provides com.fasterxml.jackson.databind.Module with io.github.treem.jackson2.TreemJackson2Module;
}

/**
 * treem codec: the JSON form of treem's types, described once and independent of any JSON
 * library. Each type is a table of its properties (JSON name, getter, builder setter, value
 * codec, required or not) with its rules (unknown properties, duplicate keys, read limits), read
 * and written through a small token reader and writer. Nothing here is API: the packages are
 * exported only to the modules that adapt them to a JSON library, {@code io.github.treem.io}
 * (Jackson 3) and {@code io.github.treem.jackson2} (Jackson 2). No reflection, no annotations on
 * the described types.
 */
module io.github.treem.codec {
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers
  requires transitive io.github.treem.core;

  exports io.github.treem.codec.internal to io.github.treem.io, io.github.treem.jackson2;
  exports io.github.treem.codec.internal.model to io.github.treem.io, io.github.treem.jackson2;
}

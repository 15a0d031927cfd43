/** A commune application as a named module: it requires treem's three modules and nothing else. */
module org.example.commune {
  requires io.github.treem.core;
  requires io.github.treem.indicators;
  requires io.github.treem.io;
}

/** Runnable examples of embedding treem; not published. */
module io.github.treem.examples {
  requires io.github.treem.core;
  requires io.github.treem.indicators;
  requires io.github.treem.io;
}

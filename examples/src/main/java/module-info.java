/** Runnable examples of embedding treem; not published. */
module io.github.treem.examples {
  requires static org.jspecify; // @NullMarked
  requires io.github.treem.core;
  requires io.github.treem.indicators;
  requires io.github.treem.io;
  requires io.github.treem.synthetic; // the synthetic commune of the examples
  // ExamplePlanYear; static: the other examples run on the module path without Apache POI, whose
  // Log4j API warns on standard error when no Log4j implementation is present
  requires static io.github.treem.planreport;
}

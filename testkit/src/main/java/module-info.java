/**
 * treem testkit: for other projects' JUnit tests. Seeded generators of valid children and of
 * valid or deliberately broken register files (with the list of problems each carries), JUnit
 * argument sources, and AssertJ assertions on registers, children, validation reports and
 * indicators.
 */
module io.github.treem.testkit {
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers
  requires transitive io.github.treem.io;
  requires io.github.treem.synthetic; // TreemGenerators: the seeded synthetic registers
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;
  requires static org.immutables.value.annotations;
  // optional: TreemInstancio and the Instancio service provider (declared in META-INF/services
  // only, so that the module resolves without Instancio)
  requires static org.instancio.core;
  // optional: TreemWorkbooks and WorkbookAssert (the class path of their users holds treem-xlsx)
  requires static io.github.treem.xlsx;

  exports io.github.treem.testkit; // TreemGenerators, TreemWorkbooks, TreemAssertions, WorkbookAssert, ChildrenSource, Defect, InvalidRegister, TreemInstancio

  // JUnit instantiates the argument providers reflectively
  opens io.github.treem.testkit.internal to org.junit.platform.commons;
}

/**
 * treem synthetic: seeded synthetic commune registers and a synthetic child-friendly
 * self-assessment, for demonstrations, tests and benchmarks. Every record it makes is invented;
 * none is real data.
 */
module io.github.treem.synthetic {
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers
  requires transitive io.github.treem.core;
  requires transitive io.github.treem.indicators;
  requires static org.immutables.value.annotations;

  exports io.github.treem.indicators.synthetic; // CommuneGenerator, CaseGenerator, NameGenerator, SyntheticSelfAssessment
}

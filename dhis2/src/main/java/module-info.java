/**
 * treem dhis2: the commune report as DHIS2 data values (a JSON data value set, CSV or ADX) through
 * a mapping file ({@code Dhis2Mapping}) from treem's indicators and breakdown cells to DHIS2 data
 * elements, category option combos and attribute option combos.
 */
module io.github.treem.dhis2 {
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers
  requires transitive io.github.treem.core;
  requires transitive io.github.treem.indicators;
  requires io.github.treem.io; // the issue codes and the one CSV writing policy (qualified exports)
  requires tools.jackson.databind; // reads the mapping file
  requires static org.immutables.value.annotations;
  requires java.xml; // ADX (StAX)

  exports io.github.treem.io.dhis2; // Dhis2Export, Dhis2Mapping, Dhis2Period
}

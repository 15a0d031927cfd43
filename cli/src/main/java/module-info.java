/** The {@code treem} command line (picocli). Not a library API: only the entry point is exported. */
module io.github.treem.cli {
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers
  requires io.github.treem.core;
  requires io.github.treem.indicators;
  requires io.github.treem.io;
  requires io.github.treem.report.html; // report / trend --format html
  requires io.github.treem.dhis2; // export
  requires io.github.treem.synthetic; // generate
  requires tools.jackson.dataformat.csv; // zscores: the anthro-style z-score CSV (io.github.treem.io.anthro)
  requires io.github.treem.planreport; // treem plan report / next
  requires io.github.treem.xlsx; // report --format xlsx, convert to .xlsx
  requires info.picocli;
  requires java.logging;
  requires org.jline.terminal; // whether standard error is a terminal (the progress line)

  exports io.github.treem.cli; // Treem, the entry point; the commands are package-private

  opens io.github.treem.cli to info.picocli;
}

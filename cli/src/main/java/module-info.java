/** The {@code treem} command line (picocli). Not a library API: only the entry point is exported. */
module io.github.treem.cli {
  requires io.github.treem.core;
  requires io.github.treem.indicators;
  requires io.github.treem.io;
  requires info.picocli;
  requires java.logging;

  exports io.github.treem.cli; // Treem, the entry point

  opens io.github.treem.cli to info.picocli;
}

package io.github.treem.cli;

import io.github.treem.core.arch.rules.TreemModuleArchitecture;

/** The architecture rules every treem module keeps, on the command line's own classes (it may print). */
class ModuleArchitectureTest extends TreemModuleArchitecture {
  ModuleArchitectureTest() {
    super(Treem.class, false);
  }
}

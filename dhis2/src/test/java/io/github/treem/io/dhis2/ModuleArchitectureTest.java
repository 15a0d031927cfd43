package io.github.treem.io.dhis2;

import io.github.treem.core.arch.rules.TreemModuleArchitecture;

/** The architecture rules every treem module keeps, on this library's own classes. */
class ModuleArchitectureTest extends TreemModuleArchitecture {
  ModuleArchitectureTest() {
    super(Dhis2Export.class, true);
  }
}

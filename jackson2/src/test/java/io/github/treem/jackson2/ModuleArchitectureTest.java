package io.github.treem.jackson2;

import io.github.treem.core.arch.rules.TreemModuleArchitecture;

/** The architecture rules every treem module keeps, on this library's own classes. */
class ModuleArchitectureTest extends TreemModuleArchitecture {
  ModuleArchitectureTest() {
    super(TreemJackson2Module.class, true);
  }
}

package io.github.treem.core.arch;

import io.github.treem.core.Child;
import io.github.treem.core.arch.rules.TreemModuleArchitecture;

/** The architecture rules every treem module keeps, on this library's own classes. */
class ModuleArchitectureTest extends TreemModuleArchitecture {
  ModuleArchitectureTest() {
    super(Child.class, true);
  }
}

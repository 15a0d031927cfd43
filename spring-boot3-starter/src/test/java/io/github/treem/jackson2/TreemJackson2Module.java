package io.github.treem.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * A stand-in of treem-jackson2's module, under its name, for the test of the starter's wiring
 * only: it registers nothing. Delete it when treem-jackson2 is a dependency of the starter.
 */
public final class TreemJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Created by the starter, by name. */
  public TreemJackson2Module() {
    super("treem-jackson2-stand-in", Version.unknownVersion());
  }
}

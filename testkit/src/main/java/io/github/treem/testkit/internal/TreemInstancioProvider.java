package io.github.treem.testkit.internal;

import io.github.treem.core.Child;
import org.instancio.spi.InstancioServiceProvider;

/**
 * Makes {@code Instancio.create(Child.class)} give a valid synthetic child of reporting year
 * {@value #YEAR} (registered in {@code META-INF/services}, so on the class path). Internal: not
 * API.
 */
public final class TreemInstancioProvider implements InstancioServiceProvider {
  /** The reporting year of the children Instancio creates by default. */
  public static final int YEAR = 2020;

  /** Instantiated by Instancio's service loader. */
  public TreemInstancioProvider() {}

  @Override
  public GeneratorProvider getGeneratorProvider() {
    return (node, generators) -> node.getTargetClass() == Child.class ? new ChildGenerator(YEAR) : null;
  }
}

package io.github.treem.testkit.internal;

import io.github.treem.core.Child;
import io.github.treem.testkit.TreemGenerators;
import org.instancio.Random;
import org.instancio.generator.AfterGenerate;
import org.instancio.generator.Generator;
import org.instancio.generator.Hints;

/**
 * An Instancio generator of valid children: child number {@code index} of a synthetic commune
 * drawn with a seed, both taken from Instancio's random (so Instancio's seed reproduces it).
 * Instancio does not modify the child afterwards. Internal: not API.
 */
public final class ChildGenerator implements Generator<Child> {
  private final int year;

  /**
   * A generator for a reporting year.
   *
   * @param year the year
   */
  public ChildGenerator(int year) {
    this.year = year;
  }

  @Override
  public Child generate(Random random) {
    return TreemGenerators.validChild(random.longRange(0, Long.MAX_VALUE - 1), random.intRange(0, 999_998), year);
  }

  @Override
  public Hints hints() {
    return Hints.afterGenerate(AfterGenerate.DO_NOT_MODIFY);
  }
}

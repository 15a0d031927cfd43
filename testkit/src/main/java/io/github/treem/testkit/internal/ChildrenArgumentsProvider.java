package io.github.treem.testkit.internal;

import io.github.treem.testkit.ChildrenSource;
import io.github.treem.testkit.TreemGenerators;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The provider behind {@link ChildrenSource}. Internal: not API. */
public final class ChildrenArgumentsProvider extends AnnotationBasedArgumentsProvider<ChildrenSource> {

  /**
   * Instantiated by JUnit, which looks at the provider's methods only afterwards: an older JUnit
   * gets the requirement's message here, not a {@code NoClassDefFoundError} of a 5.13 type.
   */
  public ChildrenArgumentsProvider() {
    JUnitRequirement.check();
  }

  @Override
  protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
      ChildrenSource source) {
    return TreemGenerators.validChildren(source.seed(), source.count(), source.year()).map(Arguments::of);
  }
}

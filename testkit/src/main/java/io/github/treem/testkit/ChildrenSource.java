package io.github.treem.testkit;

import io.github.treem.testkit.internal.ChildrenArgumentsProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Supplies a JUnit parameterised test with valid synthetic children, one per invocation, from
 * {@link TreemGenerators#validChildren(long, int, int)}: the same seed gives the same children.
 *
 * <pre>
 * &#64;ParameterizedTest
 * &#64;ChildrenSource(seed = 42, count = 50, year = 2020)
 * void exportsEveryChild(Child child) { ... }
 * </pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ChildrenArgumentsProvider.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface ChildrenSource {
  /** {@return the seed} */
  long seed() default 1;

  /** {@return the number of children, one per invocation} */
  int count() default 20;

  /** {@return the reporting year (children are aged 0-15 on 31 December of it)} */
  int year() default 2020;
}

/**
 * Part of the public API of treem testkit: generators ({@link io.github.treem.testkit.TreemGenerators}),
 * JUnit argument sources ({@link io.github.treem.testkit.ChildrenSource}) and AssertJ assertions
 * ({@link io.github.treem.testkit.TreemAssertions}) for other projects' tests.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.treem.testkit;

import org.jspecify.annotations.NullMarked;

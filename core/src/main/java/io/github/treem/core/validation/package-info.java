/**
 * Part of the public API of treem core (io.github.treem.core.validation): the one error model
 * ({@link io.github.treem.core.validation.Issue}, {@link io.github.treem.core.validation.Location},
 * {@link io.github.treem.core.validation.Severity},
 * {@link io.github.treem.core.validation.ValidationReport}) and the validator facade
 * {@link io.github.treem.core.validation.TreemValidator}, whose issue codes are listed in
 * {@link io.github.treem.core.validation.ValidationCode}; every module's codes implement
 * {@link io.github.treem.core.validation.IssueCode}.
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.github.treem.core.validation;

/**
 * Part of the public API of treem core (io.github.treem.core.constraints): Jakarta Bean Validation
 * constraints of the domain, laid out like Hibernate Validator's own. Each annotation is
 * {@code @Documented} and {@code @Repeatable}, names its validator with {@code @Constraint} (so
 * any Jakarta Validation provider runs it), and takes its default message from the key
 * {@code io.github.treem.core.constraints.Name.message}.
 *
 * <p>Messages: treem ships them in {@code ContributorValidationMessages.properties} (English),
 * {@code ContributorValidationMessages_vi.properties} (Vietnamese) and an
 * {@code ContributorValidationMessages_en.properties} that stops the look-up from falling back to
 * the JVM's default locale. Hibernate Validator reads contributor bundles from every jar, so they
 * never shadow the application's own {@code ValidationMessages}. With another provider, copy the
 * keys into the application's {@code ValidationMessages} bundles.
 *
 * <p>Severity: a violation is an error unless the constraint's payload names
 * {@link io.github.treem.core.validation.Severity.Warning} or
 * {@link io.github.treem.core.validation.Severity.Info}.
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.github.treem.core.constraints;

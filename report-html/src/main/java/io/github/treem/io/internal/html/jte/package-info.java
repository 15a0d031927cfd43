/**
 * Internal: not API, may change without notice. The HTML report's templates (src/main/jte),
 * compiled to Java by jte-maven-plugin at build time; the generated classes live in this package.
 * Not {@code @NullMarked}: the generated code declares no nullness (its {@code render} takes a null
 * interceptor), and Error Prone does not check generated sources.
 */
package io.github.treem.io.internal.html.jte;

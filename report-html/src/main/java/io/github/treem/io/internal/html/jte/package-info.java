/**
 * Internal: not API, may change without notice. The HTML report's templates (src/main/jte),
 * compiled to Java by jte-maven-plugin at build time; the generated classes live in this package.
 */
package io.github.treem.io.internal.html.jte;

/**
 * Internal, not API: the HTML report's template, compiled from src/main/jte at build time. Not
 * {@code @NullMarked}: the generated code declares no nullness (its {@code render} takes a null
 * interceptor), and Error Prone does not check generated sources.
 */
package io.github.treem.planreport.internal.html.jte;

/** Internal, not API: the HTML report's template, compiled from src/main/jte at build time. */
package io.github.treem.planreport.internal.html.jte;

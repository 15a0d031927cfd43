/**
 * treem in Spring Boot applications (Boot 3.5 and 4.0): auto-configuration of treem's validator,
 * of report computing, of the Jackson module for the host's mapper, and of an HTTP message
 * converter for the HTML and JSON report, driven by the properties {@code treem.*}.
 */
@NullMarked
package io.github.treem.spring;

import org.jspecify.annotations.NullMarked;

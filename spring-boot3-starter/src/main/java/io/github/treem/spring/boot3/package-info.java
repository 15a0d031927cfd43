/**
 * treem in Spring Boot 3.5 applications (Jackson 2): the JSON of treem's types for the
 * application's Jackson 2 mapper, on top of {@code treem-spring-boot-starter}.
 */
@NullMarked
package io.github.treem.spring.boot3;

import org.jspecify.annotations.NullMarked;

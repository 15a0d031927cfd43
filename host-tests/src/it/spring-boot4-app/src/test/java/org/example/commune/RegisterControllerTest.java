package org.example.commune;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The checks on Spring Boot 4.0. (treem's strictness for its types in the application's own
 * Jackson 3 mapper comes with the codecs work: then the Boot 3 strictness test applies here too.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterControllerTest extends RegisterControllerChecks {
}

package org.example.commune;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.treem.core.Child;
import io.github.treem.core.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

/** The checks on Spring Boot 3.5, plus treem's strictness in the Jackson 2 application's bodies. */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterControllerTest extends RegisterControllerChecks {

  @Test
  void treemsStrictnessHoldsInTheApplicationsJson() throws Exception {
    Child child = Child.builder().id("QV-1").sex(Sex.FEMALE).dateOfBirth(LocalDate.of(2018, 1, 2)).build();
    String unknown = json(child).replaceFirst("\\{", "{\"nickname\":\"x\",");
    mvc.perform(post("/children/validate").contentType(MediaType.APPLICATION_JSON).content(unknown))
        .andExpect(status().isBadRequest());
    String duplicate = json(child).replaceFirst("\\{", "{\"id\":\"QV-2\",");
    mvc.perform(post("/children/validate").contentType(MediaType.APPLICATION_JSON).content(duplicate))
        .andExpect(status().isBadRequest());
  }

}

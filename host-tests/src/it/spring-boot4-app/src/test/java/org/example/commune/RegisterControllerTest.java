package org.example.commune;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.Plan;
import io.github.treem.io.json.TreemJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks on Spring Boot 4.0, plus treem's types in the application's own Jackson 3
 * {@code JsonMapper} (treem's module, registered by the starter): treem's JSON, strictness and
 * read limits, whatever the mapper's settings (application.properties makes it lenient).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterControllerTest extends RegisterControllerChecks {
  @Autowired
  JsonMapper mapper;

  @Test
  void treemsModuleIsInTheApplicationsMapper() {
    assertThat(mapper.registeredModules()).anyMatch(m -> m.getRegistrationId().equals("treem")
        || m.getClass().getName().equals("io.github.treem.io.json.TreemJacksonModule"));
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    assertThat(mapper.writeValueAsString(plan)).isEqualTo(TreemJson.strict().getMapper().writeValueAsString(plan));
    assertThat(mapper.readValue(TreemJson.strict().writePlan(plan), Plan.class)).isEqualTo(plan);
  }

  @Override
  <T> T readWithTheApplicationsMapper(String json, Class<T> type) {
    return mapper.readValue(json, type);
  }
}

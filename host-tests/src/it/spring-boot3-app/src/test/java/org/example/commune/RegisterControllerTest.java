package org.example.commune;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.treem.core.plan.Plan;
import io.github.treem.io.json.TreemJson;
import io.github.treem.jackson2.TreemJackson2Module;
import io.github.treem.spring.TreemJsonHttpMessageConverter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The checks on Spring Boot 3.5, plus treem's types in the application's own Jackson 2
 * {@code ObjectMapper} (treem-jackson2, registered by the starter): treem's JSON, strictness and
 * read limits, whatever the mapper's settings (application.properties makes it lenient).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterControllerTest extends RegisterControllerChecks {
  @Autowired
  ObjectMapper mapper;
  @Autowired
  ApplicationContext context;

  @Test
  void treemsJackson2ModuleIsInTheApplicationsMapperAndNoConverterStandsIn() throws Exception {
    assertThat(mapper.getRegisteredModuleIds()).contains(TreemJackson2Module.MODULE_ID);
    assertThat(context.getBeansOfType(TreemJsonHttpMessageConverter.class)).isEmpty();
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    assertThat(mapper.writeValueAsString(plan)).isEqualTo(TreemJson.strict().getMapper().writeValueAsString(plan));
    assertThat(mapper.readValue(TreemJson.strict().writePlan(plan), Plan.class)).isEqualTo(plan);
  }

  @Override
  <T> T readWithTheApplicationsMapper(String json, Class<T> type) throws Exception {
    return mapper.readValue(json, type);
  }
}

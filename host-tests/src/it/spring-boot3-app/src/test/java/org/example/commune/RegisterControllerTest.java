package org.example.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.treem.core.Child;
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

  @Test
  void theApplicationsMapperReadsAChildStrictly() throws Exception {
    assertThat(mapper.readValue("{\"id\":\"QV-1\",\"sex\":\"FEMALE\"}", Child.class).getId()).isEqualTo("QV-1");
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"QV-1\",\"nickname\":\"x\"}", Child.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"QV-1\",\"id\":\"QV-2\"}", Child.class))
        .isInstanceOf(JsonParseException.class).hasMessageStartingWith("Duplicate Object property \"id\"");
    // the application's own types stay as lenient as the application configured them
    assertThat(mapper.readValue("{\"rowsRead\":1,\"rowsAccepted\":1,\"rowsRejected\":0,\"extra\":true}",
        RegisterController.Counts.class).rowsRead()).isEqualTo(1);
  }

  @Test
  void theApplicationsMapperAppliesTreemsReadLimits() {
    assertThatThrownBy(() -> mapper.readValue(
        "{\"id\":\"QV-1\",\"fullName\":\"" + "x".repeat(1024 * 1024 + 1) + "\"}", Child.class))
        .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("String value length (1048577)");
    assertThatThrownBy(() -> mapper.readValue(deepPlan(70), Plan.class))
        .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth (65)");
  }
}

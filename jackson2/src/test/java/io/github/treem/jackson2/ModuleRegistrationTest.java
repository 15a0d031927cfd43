package io.github.treem.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.github.treem.codec.internal.TypeCodec;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How a host registers the module, and what a default Jackson 2 mapper does with it. */
class ModuleRegistrationTest {
  @Test
  void theServiceLoaderFindsTheModule() throws Exception {
    List<String> found = ObjectMapper.findModules().stream().map(m -> m.getClass().getName())
        .collect(Collectors.toList());
    assertThat(found).contains(TreemJackson2Module.class.getName());
    assertThat(new ObjectMapper().findAndRegisterModules().writeValueAsString(Ethnicity.KINH)).isEqualTo("\"01\"");
    assertThat(java.util.ServiceLoader.load(Module.class).stream().map(p -> p.type().getName()))
        .contains(TreemJackson2Module.class.getName());
  }

  @Test
  void theReportDocumentComesWithIoFormats() {
    List<Class<?>> types = TreemJackson2Module.codecs().stream().<Class<?>>map(TypeCodec::getType)
        .collect(Collectors.toList());
    assertThat(types).contains(ReportDocument.class, Plan.class);
  }

  @Test
  void aDefaultMapperWithTheModuleWritesAPlan() throws Exception {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    // without the module, Jackson 2 fails on treem's types (the reported Spring Boot 3 failure)
    assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(plan))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    ObjectMapper mapper = new ObjectMapper().registerModule(new TreemJackson2Module());
    String json = mapper.writeValueAsString(plan);
    assertThat(json).isEqualTo(TreemJson.strict().toJson(plan));
    assertThat(mapper.readValue(json, Plan.class)).isEqualTo(plan);
  }

  @Test
  void theTestsRunOnTheExpectedJackson2() {
    String expected = System.getProperty("treem.jackson2.expected");
    if (expected != null) {
      assertThat(PackageVersion.VERSION.toString()).isEqualTo(expected);
      assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
    }
  }
}

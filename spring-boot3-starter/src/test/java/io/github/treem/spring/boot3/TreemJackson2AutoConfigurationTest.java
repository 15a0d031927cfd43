package io.github.treem.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.treem.spring.TreemAutoConfiguration;
import io.github.treem.spring.TreemJsonHttpMessageConverter;
import io.github.treem.spring.TreemReportHttpMessageConverter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/** The starter in a Spring Boot 3.5 context with Boot's own Jackson 2 and converter configuration. */
class TreemJackson2AutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
          HttpMessageConvertersAutoConfiguration.class, TreemAutoConfiguration.class,
          TreemJackson2AutoConfiguration.class));

  @Test
  void withoutTreemJackson2TreemTypesGoThroughTreemJsonAheadOfJackson2() {
    runner.withClassLoader(new FilteredClassLoader("io.github.treem.jackson2")).run(context -> {
      assertThat(context).hasSingleBean(TreemJsonHttpMessageConverter.class)
          .hasSingleBean(TreemReportHttpMessageConverter.class);
      List<HttpMessageConverter<?>> converters = context.getBean(HttpMessageConverters.class).getConverters();
      int treem = indexOf(converters, TreemJsonHttpMessageConverter.class);
      int jackson2 = indexOf(converters, MappingJackson2HttpMessageConverter.class);
      assertThat(treem).isNotNegative().isLessThan(jackson2);
      assertThat(indexOf(converters, TreemReportHttpMessageConverter.class)).isNotNegative();
    });
  }

  @Test
  void withTreemJackson2ItsModuleJoinsTheApplicationsObjectMapper() {
    runner.run(context -> {
      assertThat(context).doesNotHaveBean(TreemJsonHttpMessageConverter.class);
      assertThat(context.getBean(ObjectMapper.class).getRegisteredModuleIds())
          .contains("treem-jackson2-stand-in");
    });
  }

  @Test
  void withoutJackson2NothingOfItIsConfigured() {
    runner.withClassLoader(new FilteredClassLoader("com.fasterxml.jackson.databind")).run(context ->
        assertThat(context).doesNotHaveBean(TreemJsonHttpMessageConverter.class)
            .hasSingleBean(TreemReportHttpMessageConverter.class));
  }

  private static int indexOf(List<HttpMessageConverter<?>> converters, Class<?> type) {
    for (int i = 0; i < converters.size(); i++) {
      if (type.isInstance(converters.get(i))) {
        return i;
      }
    }
    return -1;
  }
}

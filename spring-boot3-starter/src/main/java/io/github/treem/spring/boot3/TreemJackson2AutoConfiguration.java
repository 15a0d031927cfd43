package io.github.treem.spring.boot3;

import io.github.treem.io.json.TreemJson;
import io.github.treem.jackson2.TreemJackson2Module;
import io.github.treem.spring.TreemJsonHttpMessageConverter;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * treem's JSON in a Spring Boot 3.5 application, whose mapper is Jackson 2's {@code ObjectMapper}
 * (treem's own module is Jackson 3's):
 *
 * <ul>
 *   <li>{@link TreemJackson2Module} (of {@code treem-jackson2}, a dependency of this starter) as a
 *       bean, which Spring Boot 3 registers with the application's {@code ObjectMapper} (module id
 *       {@value TreemJackson2Module#MODULE_ID}): treem's types then read and write as treem's JSON
 *       everywhere, also inside the application's own types, with treem's strictness and read
 *       limits whatever the {@code spring.jackson.*} settings;</li>
 *   <li>when the application excludes {@code treem-jackson2}, a
 *       {@link TreemJsonHttpMessageConverter} ahead of the Jackson 2 converter instead: request and
 *       response bodies whose type is one of treem core's read and write with
 *       {@link TreemJson#strict()}.</li>
 * </ul>
 *
 * <p>treem's Jackson 3 (reports, registers) needs {@code jackson-annotations} 2.21 or later beside
 * the application's Jackson 2 (Boot 3.5 manages 2.19): the application's
 * {@code dependencyManagement} names it, and the start stops with that line when it is missing.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration")
@ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class TreemJackson2AutoConfiguration {

  /**
   * Created by Spring; stops the start when treem's Jackson 3 cannot run beside the application's
   * Jackson 2 (jackson-annotations older than 2.21), with the line to add.
   */
  public TreemJackson2AutoConfiguration() {
    JacksonAnnotationsRequirement.check();
  }

  /** With {@code treem-jackson2} (the starter's dependency): its module, for the application's mapper. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(TreemJackson2Module.class)
  static class WithModule {
    @Bean
    @ConditionalOnMissingBean
    TreemJackson2Module treemJackson2Module() {
      return new TreemJackson2Module();
    }
  }

  /** Without {@code treem-jackson2} (excluded by the application): treem's JSON for request and response bodies of treem's types. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingClass("io.github.treem.jackson2.TreemJackson2Module")
  @ConditionalOnClass(name = "org.springframework.http.converter.HttpMessageConverter")
  static class WithoutModule {
    @Bean
    @ConditionalOnMissingBean
    TreemJsonHttpMessageConverter treemJsonHttpMessageConverter() {
      return new TreemJsonHttpMessageConverter(TreemJson.strict());
    }
  }
}

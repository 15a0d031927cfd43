package io.github.treem.spring;

import io.github.treem.core.validation.TreemValidator;
import io.github.treem.io.json.TreemJacksonModule;
import java.time.Clock;
import java.util.Optional;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of treem in a Spring Boot application (Boot 3.5 and 4.0), from the
 * properties {@code treem.*} ({@link TreemProperties}). Every bean yields to one of the same type
 * that the application defines.
 *
 * <ul>
 *   <li>{@link TreemValidators}: treem's validators, for {@code treem.reference-date} or today in
 *       Viet Nam; and a {@link TreemValidator} bean when {@code treem.reference-date} is set.
 *       They are treem's own Hibernate Validator, not the application's
 *       {@code jakarta.validation.Validator}: treem's rules need its reference-date clock and its
 *       Vietnamese and English messages, which an application's validator does not have.</li>
 *   <li>{@link TreemReports}: a plan's report from an uploaded register.</li>
 *   <li>{@link TreemJacksonModule} as a bean: Spring Boot 4 registers every Jackson 3 module bean
 *       with the application's {@code JsonMapper} (even with
 *       {@code spring.jackson.find-and-add-modules=false}).</li>
 *   <li>{@link TreemReportHttpMessageConverter}: the HTML report ({@code text/html}) and the report
 *       document ({@code application/json}) in responses.</li>
 * </ul>
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = {
    // Boot 3.5, Boot 4.0: this configuration's beans come after the application's mapper
    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(TreemProperties.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class TreemAutoConfiguration {

  /** Created by Spring. */
  public TreemAutoConfiguration() {}

  /**
   * treem's validators.
   *
   * @param properties the properties
   * @return the validators (closed with the context)
   */
  @Bean
  @ConditionalOnMissingBean
  public TreemValidators treemValidators(TreemProperties properties) {
    return TreemValidators.of(Optional.ofNullable(properties.getReferenceDate()),
        Clock.system(TreemValidators.VIET_NAM));
  }

  /**
   * treem's validator for the configured reference date.
   *
   * @param validators the validators
   * @return the validator (closed by the validators)
   */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "treem", name = "reference-date")
  public TreemValidator treemValidator(TreemValidators validators) {
    return validators.current();
  }

  /**
   * Report computing.
   *
   * @param properties the properties
   * @return the report computing
   */
  @Bean
  @ConditionalOnMissingBean
  public TreemReports treemReports(TreemProperties properties) {
    if (!properties.isSuppression()) {
      System.getLogger(TreemAutoConfiguration.class.getName()).log(System.Logger.Level.WARNING,
          "treem.suppression=false: reports keep small numbers; use them internally, never publish them");
    }
    return TreemReports.of(properties);
  }

  /** Jackson 3 (Spring Boot 4). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
  static class Jackson3 {
    @Bean
    @ConditionalOnMissingBean
    TreemJacksonModule treemJacksonModule() {
      return new TreemJacksonModule();
    }
  }

  /** Spring's HTTP message converters (Spring MVC, RestClient). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.http.converter.HttpMessageConverter")
  static class Http {
    @Bean
    @ConditionalOnMissingBean
    TreemReportHttpMessageConverter treemReportHttpMessageConverter(TreemProperties properties) {
      return new TreemReportHttpMessageConverter(properties.getLanguage());
    }
  }
}

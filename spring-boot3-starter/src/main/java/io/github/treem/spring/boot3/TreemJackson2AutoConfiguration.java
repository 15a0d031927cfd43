package io.github.treem.spring.boot3;

import com.fasterxml.jackson.databind.Module;
import io.github.treem.io.json.TreemJson;
import io.github.treem.spring.TreemJsonHttpMessageConverter;
import java.lang.reflect.InvocationTargetException;
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
 *   <li>with {@code treem-jackson2} on the class path, its module {@value #JACKSON2_MODULE} as a
 *       bean, which Spring Boot 3 registers with the application's {@code ObjectMapper}: treem's
 *       types then read and write as treem's JSON everywhere, also inside the application's own
 *       types;</li>
 *   <li>without it, a {@link TreemJsonHttpMessageConverter} ahead of the Jackson 2 converter:
 *       request and response bodies whose type is one of treem core's read and write with
 *       {@link TreemJson#strict()}.</li>
 * </ul>
 *
 * <p>treem's Jackson 3 needs {@code jackson-annotations} 2.21 or later beside the application's
 * Jackson 2 (Boot 3.5 manages 2.19): the application's {@code dependencyManagement} names it, and
 * the start stops with that line when it is missing.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration")
@ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class TreemJackson2AutoConfiguration {
  /** The Jackson 2 module of {@code treem-jackson2}. */
  public static final String JACKSON2_MODULE = "io.github.treem.jackson2.TreemJackson2Module";

  /**
   * Created by Spring; stops the start when treem's Jackson 3 cannot run beside the application's
   * Jackson 2 (jackson-annotations older than 2.21), with the line to add.
   */
  public TreemJackson2AutoConfiguration() {
    JacksonAnnotationsRequirement.check();
  }

  /** With {@code treem-jackson2}: its module, for the application's mapper. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = JACKSON2_MODULE)
  static class WithModule {
    @Bean
    @ConditionalOnMissingBean(type = JACKSON2_MODULE)
    Module treemJackson2Module() {
      // by name: this starter compiles without treem-jackson2, which brings the class
      try {
        return (Module) Class.forName(JACKSON2_MODULE, true, TreemJackson2AutoConfiguration.class.getClassLoader())
            .getConstructor().newInstance();
      } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("cannot create " + JACKSON2_MODULE, e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("cannot create " + JACKSON2_MODULE, e.getCause());
      }
    }
  }

  /** Without {@code treem-jackson2}: treem's JSON for request and response bodies of treem's types. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingClass(JACKSON2_MODULE)
  @ConditionalOnClass(name = "org.springframework.http.converter.HttpMessageConverter")
  static class WithoutModule {
    @Bean
    @ConditionalOnMissingBean
    TreemJsonHttpMessageConverter treemJsonHttpMessageConverter() {
      return new TreemJsonHttpMessageConverter(TreemJson.strict());
    }
  }
}

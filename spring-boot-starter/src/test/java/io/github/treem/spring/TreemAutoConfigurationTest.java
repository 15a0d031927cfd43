package io.github.treem.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.io.json.TreemJacksonModule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class TreemAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TreemAutoConfiguration.class));

  @Test
  void defaultsGiveTodaysValidatorsVietnameseReportsAndSuppression() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(TreemValidators.class).hasSingleBean(TreemReports.class)
          .hasSingleBean(TreemJacksonModule.class).hasSingleBean(TreemReportHttpMessageConverter.class)
          // no fixed date, no TreemValidator bean: it would go stale at midnight
          .doesNotHaveBean(TreemValidator.class);
      assertThat(context.getBean(TreemValidators.class).isFixed()).isFalse();
      assertThat(context.getBean(TreemValidators.class).getReferenceDate())
          .isEqualTo(LocalDate.now(TreemValidators.VIET_NAM));
      assertThat(context.getBean(TreemReports.class).getLanguage()).isEqualTo(Language.VI);
      assertThat(context.getBean(TreemReports.class).isSuppression()).isTrue();
    });
  }

  @Test
  void propertiesAreBound() {
    runner.withPropertyValues("treem.reference-date=2020-12-31", "treem.language=en", "treem.suppression=false")
        .run(context -> {
          assertThat(context).hasSingleBean(TreemValidator.class);
          assertThat(context.getBean(TreemValidator.class).getReferenceDate()).isEqualTo(LocalDate.of(2020, 12, 31));
          assertThat(context.getBean(TreemReports.class).getLanguage()).isEqualTo(Language.EN);
          assertThat(context.getBean(TreemReports.class).isSuppression()).isFalse();
        });
  }

  @Test
  void aBadPropertyStopsTheStart() {
    runner.withPropertyValues("treem.reference-date=31/12/2020").run(context ->
        assertThat(context).hasFailed());
    runner.withPropertyValues("treem.language=fr").run(context ->
        assertThat(context).hasFailed());
  }

  @Test
  void theValidatorsCloseWithTheContext() {
    AtomicReference<TreemValidator> validator = new AtomicReference<>();
    runner.withPropertyValues("treem.reference-date=2020-12-31")
        .run(context -> validator.set(context.getBean(TreemValidator.class)));
    assertThatThrownBy(() -> validator.get().validate(new Object())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theApplicationsOwnBeansWin() {
    runner.withUserConfiguration(Own.class).run(context -> {
      assertThat(context).hasSingleBean(TreemValidators.class);
      assertThat(context.getBean(TreemValidators.class)).isSameAs(context.getBean(Own.class).validators);
    });
  }

  @Test
  void withoutSpringWebThereIsNoConverter() {
    runner.withClassLoader(new FilteredClassLoader("org.springframework.http.converter"))
        .run(context -> assertThat(context).doesNotHaveBean(TreemReportHttpMessageConverter.class)
            .hasSingleBean(TreemReports.class));
  }

  @Test
  void thePropertiesAreDescribedForIdes() throws java.io.IOException {
    try (java.io.InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      String metadata = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(metadata).contains("\"treem.reference-date\"", "\"treem.language\"", "\"treem.suppression\"",
          "java.time.LocalDate", "io.github.treem.core.validation.Language");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Own {
    final TreemValidators validators = TreemValidators.of(Optional.of(LocalDate.of(2019, 12, 31)), Clock.systemUTC());

    @Bean
    TreemValidators myValidators() {
      return validators;
    }
  }
}

package io.github.treem.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message bundles and the layout of the constraint annotations. */
class MessagesTest {
  static final List<String> CONSTRAINTS = List.of("DatesInOrder", "ConsistentPersonalId",
      "NoOverlappingEpisodes", "TeCardForUnderSix", "ChildUnder16", "ConsistentGrade", "ValidHealthInsuranceCode");

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndDifferentTexts() throws IOException {
    Properties en = load("ContributorValidationMessages.properties");
    Properties vi = load("ContributorValidationMessages_vi.properties");
    assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(en.stringPropertyNames()).hasSize(16);
    for (String key : en.stringPropertyNames()) {
      assertThat(vi.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
      for (String text : List.of(en.getProperty(key), vi.getProperty(key))) {
        assertThat(text).as(key).doesNotContain("validatedValue", "$", "{", "\uFFFD");
      }
    }
    assertThat(load("ContributorValidationMessages_en.properties")).isEmpty();
  }

  @Test
  void vietnameseIsReadAsUtf8() throws IOException {
    assertThat(load("ContributorValidationMessages_vi.properties")
        .getProperty("io.github.treem.core.constraints.ChildUnder16.message")).contains("đủ 16 tuổi");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PlausibleWeight", "PlausibleLength"})
  void plausibilityKeysExist(String name) throws IOException {
    assertThat(load("ContributorValidationMessages.properties"))
        .containsKey("io.github.treem.core.constraints." + name + ".message");
  }

  @Test
  void constraintsAreLaidOutLikeHibernateValidators() throws Exception {
    Properties en = load("ContributorValidationMessages.properties");
    for (String name : CONSTRAINTS) {
      @SuppressWarnings("unchecked")
      Class<? extends Annotation> type =
          (Class<? extends Annotation>) Class.forName("io.github.treem.core.constraints." + name);
      assertThat(type.isAnnotationPresent(Documented.class)).as(name).isTrue();
      Repeatable repeatable = type.getAnnotation(Repeatable.class);
      assertThat(repeatable).as(name).isNotNull();
      assertThat(repeatable.value().getSimpleName()).isEqualTo("List");
      assertThat(repeatable.value().getDeclaringClass()).isEqualTo(type);
      String key = "io.github.treem.core.constraints." + name + ".message";
      assertThat(type.getMethod("message").getDefaultValue()).isEqualTo("{" + key + "}");
      assertThat(en).containsKey(key);
      assertThat((Object[]) type.getMethod("payload").getDefaultValue()).isEmpty();
      List<ElementType> targets = Arrays.asList(type.getAnnotation(Target.class).value());
      if (name.equals("ValidHealthInsuranceCode")) {
        assertThat(targets).containsExactlyInAnyOrder(ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER,
            ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE);
      } else {
        assertThat(targets).containsExactlyInAnyOrder(ElementType.TYPE, ElementType.ANNOTATION_TYPE);
      }
      assertThat(type.getAnnotation(jakarta.validation.Constraint.class).validatedBy()[0].getPackageName())
          .isEqualTo("io.github.treem.core.internal.constraints");
    }
  }
}

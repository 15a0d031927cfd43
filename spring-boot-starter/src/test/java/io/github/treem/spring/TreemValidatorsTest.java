package io.github.treem.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.Child;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.TreemValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreemValidatorsTest {

  @Test
  void todayIsReckonedInVietNam() {
    // 17:30 UTC on 31 December is 00:30 on 1 January in Viet Nam
    Clock clock = Clock.fixed(Instant.parse("2020-12-31T17:30:00Z"), TreemValidators.VIET_NAM);
    try (TreemValidators validators = TreemValidators.of(Optional.empty(), clock)) {
      assertThat(validators.isFixed()).isFalse();
      assertThat(validators.getReferenceDate()).isEqualTo(LocalDate.of(2021, 1, 1));
      assertThat(validators.current().getReferenceDate()).isEqualTo(LocalDate.of(2021, 1, 1));
    }
  }

  @Test
  void aConfiguredDateWinsOverTheClock() {
    try (TreemValidators validators = TreemValidators.of(Optional.of(LocalDate.of(2020, 12, 31)),
        Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC))) {
      assertThat(validators.isFixed()).isTrue();
      assertThat(validators.current().getReferenceDate()).isEqualTo(LocalDate.of(2020, 12, 31));
    }
  }

  @Test
  void theReferenceDateDecidesTheRules() {
    // born 2004-06-01: under 16 on 2020-05-31, not on 2020-06-01
    Child child = Child.builder().id("T-1").sex(Sex.FEMALE).dateOfBirth(LocalDate.of(2004, 6, 1)).build();
    try (TreemValidators validators = TreemValidators.of(Optional.empty(), Clock.systemUTC())) {
      assertThat(validators.forDate(LocalDate.of(2020, 5, 31)).validate(child).getIssues()).isEmpty();
      assertThat(validators.forDate(LocalDate.of(2020, 6, 1)).validate(child).getIssues())
          .extracting(Issue::getCode).isNotEmpty();
    }
  }

  @Test
  void validatorsAreSharedPerDateAndTheOldestIsDropped() {
    try (TreemValidators validators = TreemValidators.of(Optional.empty(), Clock.systemUTC())) {
      TreemValidator first = validators.forDate(LocalDate.of(2020, 1, 1));
      assertThat(validators.forDate(LocalDate.of(2020, 1, 1))).isSameAs(first);
      for (int d = 2; d <= 5; d++) {
        validators.forDate(LocalDate.of(2020, 1, d));
      }
      TreemValidator again = validators.forDate(LocalDate.of(2020, 1, 1));
      assertThat(again).isNotSameAs(first);
      // dropped, not closed: a thread may still use it
      assertThat(first.validate(Child.builder().id("T-2").sex(Sex.MALE).dateOfBirth(LocalDate.of(2015, 1, 1)).build())
          .isValid()).isTrue();
    }
  }

  @Test
  void closeClosesTheValidatorsKept() {
    TreemValidators validators = TreemValidators.of(Optional.of(LocalDate.of(2020, 12, 31)), Clock.systemUTC());
    TreemValidator v = validators.current();
    validators.close();
    assertThatThrownBy(() -> v.validate(new Object())).isInstanceOf(IllegalStateException.class);
    assertThat(validators.current()).isNotSameAs(v);
    validators.close();
  }
}

package io.github.treem.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.constraints.ValidHealthInsuranceCode;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tier 2: every constraint through the facade, with a real Hibernate Validator. */
class TreemValidatorTest {
  static final LocalDate BIRTH = LocalDate.of(2015, 3, 14);
  static final LocalDate REFERENCE = LocalDate.of(2020, 12, 31);
  static TreemValidator validator;

  @BeforeAll
  static void open() {
    validator = TreemValidator.of(REFERENCE);
  }

  @AfterAll
  static void close() {
    validator.close();
  }

  static Child.Builder good() {
    return Child.builder()
        .id("C-1")
        .sex(Sex.MALE)
        .dateOfBirth(BIRTH)
        .personalId(PersonalIdNumber.parse("046215000123"))
        .birthRegistration(BirthRegistration.of(BIRTH.plusDays(20)))
        .addHealthInsuranceCards(HealthInsuranceCard.builder().number("TE1461234567890")
            .issuedOn(BIRTH.plusDays(20)).validTo(LocalDate.of(2021, 9, 30)).build())
        .addMeasurements(GrowthMeasurement.builder().measuredOn(BIRTH.plusMonths(6)).weightKg(7.5)
            .lengthHeightCm(66.0).build())
        .addEnrolments(SchoolEnrolment.builder().schoolYear(2020).level(SchoolLevel.KINDERGARTEN).build())
        .addCircumstances(CircumstanceEpisode.builder().code(SpecialCircumstanceSubgroup.A1)
            .startedOn(LocalDate.of(2018, 1, 1)).build());
  }

  @Test
  void goodChildHasNoIssue() {
    ValidationReport report = validator.validate(good().build());
    assertThat(report.getIssues()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  static List<Arguments> oneProblemEach() {
    List<Arguments> a = new ArrayList<>();
    a.add(Arguments.of(ValidationCode.CHILD_DATES_ORDER.getCode(), Severity.ERROR, "measurements[1].measuredOn",
        (UnaryOperator<Child.Builder>) b -> b.addMeasurements(GrowthMeasurement.builder()
            .measuredOn(BIRTH.minusDays(1)).build())));
    a.add(Arguments.of(ValidationCode.CHILD_PERSONAL_ID_MISMATCH.getCode(), Severity.ERROR, "personalId",
        (UnaryOperator<Child.Builder>) b -> b.sex(Sex.FEMALE)));
    a.add(Arguments.of(ValidationCode.CHILD_EPISODES_OVERLAP.getCode(), Severity.ERROR, "circumstances[1]",
        (UnaryOperator<Child.Builder>) b -> b.addCircumstances(CircumstanceEpisode.builder()
            .code(SpecialCircumstanceSubgroup.A1).startedOn(LocalDate.of(2019, 1, 1)).build())));
    a.add(Arguments.of(ValidationCode.CHILD_CARD_NOT_TE.getCode(), Severity.WARNING, "healthInsuranceCards[1].number",
        (UnaryOperator<Child.Builder>) b -> b.addHealthInsuranceCards(HealthInsuranceCard.builder()
            .number("HN2461234567890").issuedOn(BIRTH.plusYears(1)).build())));
    a.add(Arguments.of(ValidationCode.CHILD_AGE_16_OR_OVER.getCode(), Severity.WARNING, "dateOfBirth",
        (UnaryOperator<Child.Builder>) b -> Child.builder().id("C-2").dateOfBirth(REFERENCE.minusYears(16))));
    a.add(Arguments.of(ValidationCode.ENROLMENT_GRADE_LEVEL.getCode(), Severity.ERROR, "enrolments[1].grade",
        (UnaryOperator<Child.Builder>) b -> b.addEnrolments(SchoolEnrolment.builder().schoolYear(2021)
            .level(SchoolLevel.PRIMARY).grade(7).build())));
    a.add(Arguments.of(ValidationCode.HI_CARD_CODE_FORMAT.getCode(), Severity.ERROR, "healthInsuranceCards[1].number",
        (UnaryOperator<Child.Builder>) b -> b.addHealthInsuranceCards(HealthInsuranceCard.builder()
            .number("TE0461234567890").build())));
    a.add(Arguments.of(ValidationCode.MEASUREMENT_WEIGHT_IMPLAUSIBLE.getCode(), Severity.WARNING, "measurements[1].weightKg",
        (UnaryOperator<Child.Builder>) b -> b.addMeasurements(GrowthMeasurement.builder()
            .measuredOn(BIRTH.plusYears(1)).weightKg(151.0).build())));
    a.add(Arguments.of(ValidationCode.MEASUREMENT_LENGTH_IMPLAUSIBLE.getCode(), Severity.WARNING, "measurements[1].lengthHeightCm",
        (UnaryOperator<Child.Builder>) b -> b.addMeasurements(GrowthMeasurement.builder()
            .measuredOn(BIRTH.plusYears(1)).lengthHeightCm(34.9).build())));
    return a;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneProblemEach")
  void eachConstraintReportsItsCodeSeverityAndPath(String code, Severity severity, String path,
      UnaryOperator<Child.Builder> breakIt) {
    ValidationReport report = validator.validate(breakIt.apply(good()).build());
    assertThat(report.getIssues())
        .extracting(Issue::getCode, Issue::getSeverity, i -> i.getLocation().getPath().orElse(null))
        .containsExactly(tuple(code, severity, path));
    assertThat(report.isValid()).isEqualTo(severity != Severity.ERROR);
    Issue issue = report.getIssues().get(0);
    assertThat(issue.getLocation()).isEqualTo(Location.ofPath(path));
    assertThat(issue.getMessageVi()).isNotBlank().isNotEqualTo(issue.getMessageEn()).doesNotContain("{");
    assertThat(issue.getMessageEn()).isNotBlank().doesNotContain("{");
  }

  @Test
  void plausibleBoundsAreInclusive() {
    Child c = good().addMeasurements(GrowthMeasurement.builder().measuredOn(BIRTH.plusYears(1))
        .weightKg(0.5).lengthHeightCm(230.0).build())
        .addMeasurements(GrowthMeasurement.builder().measuredOn(BIRTH.plusYears(2))
            .weightKg(150.0).lengthHeightCm(35.0).build()).build();
    assertThat(validator.validate(c).getIssues()).isEmpty();
  }

  @Test
  void theReferenceDateDecidesTheAge() {
    Child c = Child.builder().id("C-3").dateOfBirth(LocalDate.of(2004, 12, 31)).build();
    try (TreemValidator before = TreemValidator.of(LocalDate.of(2020, 12, 30));
        TreemValidator on = TreemValidator.of(LocalDate.of(2020, 12, 31))) {
      assertThat(before.getReferenceDate()).isEqualTo(LocalDate.of(2020, 12, 30));
      assertThat(before.validate(c).getIssues()).isEmpty();
      assertThat(on.validate(c).getIssues()).extracting(Issue::getCode)
          .containsExactly(ValidationCode.CHILD_AGE_16_OR_OVER.getCode());
    }
  }

  @Test
  void englishStaysEnglishWhenTheDefaultLocaleIsVietnamese() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("vi-VN"));
    try (TreemValidator v = TreemValidator.of(REFERENCE)) {
      Issue issue = v.validate(good().sex(Sex.FEMALE).build()).getIssues().get(0);
      assertThat(issue.getMessageEn())
          .isEqualTo("The personal identification number does not match the sex and the year of birth.");
      assertThat(issue.getMessageVi()).isEqualTo("Số định danh cá nhân không khớp với giới tính và năm sinh.");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void vietnameseStaysVietnameseWhenTheDefaultLocaleIsGerman() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try (TreemValidator v = TreemValidator.of(REFERENCE)) {
      Issue issue = v.validate(good().sex(Sex.FEMALE).build()).getIssues().get(0);
      assertThat(issue.getMessageVi()).isEqualTo("Số định danh cá nhân không khớp với giới tính và năm sinh.");
      assertThat(issue.getMessageEn())
          .isEqualTo("The personal identification number does not match the sex and the year of birth.");
    } finally {
      Locale.setDefault(saved);
    }
  }

  /** Any bean: built-in constraints get a derived code; their messages (with EL) interpolate. */
  static final class Form {
    private final String name;
    private final double amount;
    private final String card;

    Form(String name, double amount, String card) {
      this.name = name;
      this.amount = amount;
      this.card = card;
    }

    @NotNull
    public String getName() {
      return name;
    }

    @DecimalMin(value = "1", payload = Severity.Info.class)
    public double getAmount() {
      return amount;
    }

    @ValidHealthInsuranceCode(accept = ValidHealthInsuranceCode.Form.SOCIAL_INSURANCE_NUMBER)
    public String getCard() {
      return card;
    }
  }

  @Test
  void validatesAnyObject() {
    ValidationReport report = validator.validate((Object) new Form(null, 0.5, "TE1461234567890"));
    assertThat(report.getIssues())
        .extracting(Issue::getCode, Issue::getSeverity, i -> i.getLocation().getPath().orElse(null))
        .containsExactly(
            tuple("CONSTRAINT_DECIMAL_MIN", Severity.INFO, "amount"),
            tuple(ValidationCode.HI_CARD_CODE_FORMAT.getCode(), Severity.ERROR, "card"),
            tuple("CONSTRAINT_NOT_NULL", Severity.ERROR, "name"));
    assertThat(report.getIssues().get(0).getMessageEn()).isEqualTo("must be greater than or equal to 1");
    assertThat(report.getIssues().get(2).getMessageEn()).isEqualTo("must not be null");
    assertThat(validator.validate((Object) new Form("x", 1, "4612345678")).getIssues()).isEmpty();
  }

  @Test
  void pathsSortWithNumericIndexes() {
    List<String> paths = new ArrayList<>(List.of("measurements[10].weightKg", "measurements[2].weightKg",
        "measurements[2]", "enrolments[1].grade", "measurements[02].a", "", "measurements"));
    paths.sort(TreemValidator::comparePaths);
    assertThat(paths).containsExactly("", "enrolments[1].grade", "measurements", "measurements[2]",
        "measurements[02].a", "measurements[2].weightKg", "measurements[10].weightKg");
  }

  @Test
  void issuesOfTwelveMeasurementsComeInIndexOrder() {
    Child.Builder b = good();
    for (int k = 0; k < 11; k++) {
      b.addMeasurements(GrowthMeasurement.builder().measuredOn(BIRTH.plusMonths(k + 1)).weightKg(200.0).build());
    }
    assertThat(validator.validate(b.build()).getIssues()).extracting(i -> i.getLocation().getPath().orElse(""))
        .containsExactly("measurements[1].weightKg", "measurements[2].weightKg", "measurements[3].weightKg",
            "measurements[4].weightKg", "measurements[5].weightKg", "measurements[6].weightKg",
            "measurements[7].weightKg", "measurements[8].weightKg", "measurements[9].weightKg",
            "measurements[10].weightKg", "measurements[11].weightKg");
  }

  @Test
  void derivedCodes() {
    assertThat(ValidationCode.upperSnake("NotNull")).isEqualTo("NOT_NULL");
    assertThat(ValidationCode.upperSnake("ISBN")).isEqualTo("ISBN");
    assertThat(ValidationCode.upperSnake("DecimalMin")).isEqualTo("DECIMAL_MIN");
  }

  @Test
  void closedValidatorRefusesWork() {
    TreemValidator v = TreemValidator.of(REFERENCE);
    v.close();
    v.close();
    assertThatThrownBy(() -> v.validate(good().build())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> validator.validate((Object) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TreemValidator.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void oneValidatorServesManyThreads() throws Exception {
    Child bad = KnownBadChildTest.knownBad();
    ValidationReport expected = validator.validate(bad);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ValidationReport>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> validator.validate(bad)));
      }
      for (Future<ValidationReport> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(expected.getIssues()).hasSize(13);
  }
}

package io.github.treem.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.internal.constraints.FastChecks;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path of {@link TreemValidator#validate(Object)} ({@link FastChecks}) gives exactly
 * Hibernate Validator's answer: it covers every constraint declared on the model, and on
 * generated children, valid and invalid, near every edge, both say the same.
 */
class FastChecksTest {

  /** Every constraint Hibernate Validator finds on Child and the records it cascades to. */
  @Test
  void coversEveryDeclaredConstraint() {
    try (ValidatorFactory f = Validation.byProvider(HibernateValidator.class).configure().ignoreXmlConfiguration()
        .buildValidatorFactory()) {
      Set<String> found = new TreeSet<>();
      walk(f.getValidator(), Child.class, "Child", found, new HashSet<>());
      // When this fails, a constraint was added to (or removed from) the model: update FastChecks
      // to check it too, then this list.
      assertThat(found).containsExactly(
          "Child @ChildUnder16",
          "Child @ConsistentPersonalId",
          "Child @DatesInOrder",
          "Child @NoOverlappingEpisodes",
          "Child @TeCardForUnderSix",
          "Child.enrolments[] @ConsistentGrade",
          "Child.healthInsuranceCards[].number @ValidHealthInsuranceCode accept=[CARD_CODE]",
          "Child.measurements[].lengthHeightCm @DecimalMax 230 inclusive",
          "Child.measurements[].lengthHeightCm @DecimalMin 35 inclusive",
          "Child.measurements[].weightKg @DecimalMax 150 inclusive",
          "Child.measurements[].weightKg @DecimalMin 0.5 inclusive");
    }
  }

  private static void walk(Validator v, Class<?> type, String path, Set<String> out, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    BeanDescriptor d = v.getConstraintsForClass(type);
    for (ConstraintDescriptor<?> c : d.getConstraintDescriptors()) {
      out.add(path + " " + describe(c));
    }
    for (PropertyDescriptor p : d.getConstrainedProperties()) {
      String at = path + "." + p.getPropertyName();
      for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
        out.add(at + " " + describe(c));
      }
      if (p.isCascaded()) {
        walk(v, p.getElementClass(), at, out, seen);
      }
      for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
        for (ConstraintDescriptor<?> c : e.getConstraintDescriptors()) {
          out.add(at + "[] " + describe(c));
        }
        if (e.isCascaded()) {
          walk(v, e.getElementClass(), at + "[]", out, seen);
        }
      }
    }
  }

  private static String describe(ConstraintDescriptor<?> c) {
    String name = "@" + c.getAnnotation().annotationType().getSimpleName();
    Object value = c.getAttributes().get("value");
    Object inclusive = c.getAttributes().get("inclusive");
    Object accept = c.getAttributes().get("accept");
    StringBuilder b = new StringBuilder(name);
    if (value != null) {
      b.append(' ').append(value);
    }
    if (Boolean.TRUE.equals(inclusive)) {
      b.append(" inclusive");
    }
    if (accept instanceof Object[]) {
      b.append(" accept=").append(java.util.Arrays.toString((Object[]) accept));
    }
    return b.toString();
  }

  /** Weights and lengths at, just inside and just outside each plausibility bound. */
  private static final double[] WEIGHTS = {0.3, Math.nextDown(0.5), 0.5, Math.nextUp(0.5), 3.2, 12.5,
      Math.nextDown(150), 150, Math.nextUp(150), 151};
  private static final double[] LENGTHS = {20, Math.nextDown(35), 35, Math.nextUp(35), 49.5, 87,
      Math.nextDown(230), 230, Math.nextUp(230), 240};
  private static final String[] CARDS = {"TE1464600123456", "TE1010000000001", "HS4460123456789",
      "GD4791234567890", "TE146460012345", "TE14646001234567", "0123456789", "te1464600123456", "XX9999999999999"};
  private static final SpecialCircumstanceSubgroup[] SUBGROUPS = {SpecialCircumstanceSubgroup.A1,
      SpecialCircumstanceSubgroup.A2, SpecialCircumstanceSubgroup.D1};

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 2020})
  void answersAsHibernateValidatorOnGeneratedChildren(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int valid = 0;
    int invalid = 0;
    for (int round = 0; round < 4; round++) {
      LocalDate reference = round == 0 ? LocalDate.of(2020, 12, 31) : LocalDate.of(2015 + r.nextInt(8), 1 + r.nextInt(12), 1);
      try (TreemValidator validator = TreemValidator.of(reference)) {
        for (int n = 0; n < 1500; n++) {
          Child c = child(r);
          if (c == null) {
            continue;
          }
          ValidationReport reference0 = validator.validateWithProvider(c);
          boolean fast = FastChecks.holds(c, reference);
          assertThat(fast).as("fast path of child %d, round %d, seed %d", n, round, seed)
              .isEqualTo(reference0.getIssues().isEmpty());
          assertThat(validator.validate(c)).isEqualTo(reference0);
          if (fast) {
            valid++;
          } else {
            invalid++;
          }
        }
      }
    }
    // both answers are well represented, so the comparison above means something
    assertThat(valid).isGreaterThan(500);
    assertThat(invalid).isGreaterThan(500);
  }

  /**
   * The fast path at each rule's edges, where its own code (not Hibernate Validator's) decides: a
   * card issued the day before the birth, on it, the day before the 72nd month and on it (births on
   * the 29th to the 31st, where adding months clamps the day), codes with surrounding spaces, the
   * 16th birthday, and a personal identification number one year off.
   */
  @Test
  void answersAsHibernateValidatorAtTheEdges() {
    LocalDate reference = LocalDate.of(2020, 12, 31);
    List<Child> children = new java.util.ArrayList<>();
    int n = 0;
    for (LocalDate birth : List.of(LocalDate.of(2016, 2, 29), LocalDate.of(2015, 8, 31), LocalDate.of(2014, 12, 30),
        LocalDate.of(2004, 12, 31), LocalDate.of(2005, 1, 1), LocalDate.of(2005, 1, 2))) {
      LocalDate at72 = birth.plusMonths(72);
      for (LocalDate issued : List.of(birth.minusDays(1), birth, at72.minusDays(1), at72, at72.plusDays(1))) {
        for (String number : List.of("TE1464600123456", "HS4460123456789", " HS4460123456789 ", " TE1464600123456\t",
            "hs4460123456789")) {
          children.add(Child.builder().id("E" + n++).dateOfBirth(birth)
              .addHealthInsuranceCards(HealthInsuranceCard.builder().number(number).issuedOn(issued).build()).build());
        }
      }
      for (int yearOff = -1; yearOff <= 1; yearOff++) {
        int year = birth.getYear() + yearOff;
        children.add(Child.builder().id("E" + n++).dateOfBirth(birth).sex(Sex.FEMALE)
            .personalId(PersonalIdNumber.parse(String.format("046%d%02d000001", year >= 2000 ? 3 : 1, year % 100)))
            .build());
      }
    }
    int valid = 0;
    try (TreemValidator validator = TreemValidator.of(reference)) {
      for (Child c : children) {
        boolean expected = validator.validateWithProvider(c).getIssues().isEmpty();
        assertThat(FastChecks.holds(c, reference)).as("child %s", c.getId()).isEqualTo(expected);
        valid += expected ? 1 : 0;
      }
    }
    assertThat(valid).isBetween(children.size() / 4, children.size() * 3 / 4);
  }

  private static Child child(SplittableRandom r) {
    LocalDate birth = LocalDate.of(2000 + r.nextInt(22), 1 + r.nextInt(12), 1 + r.nextInt(28));
    Child.Builder b = Child.builder().id("C" + r.nextInt(1_000_000));
    boolean hasBirth = r.nextInt(10) > 0;
    if (hasBirth) {
      b.dateOfBirth(birth);
    }
    Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    if (r.nextInt(5) > 0) {
      b.sex(sex);
    }
    if (r.nextInt(3) == 0) {
      int year = r.nextInt(4) == 0 ? 1990 + r.nextInt(30) : birth.getYear();
      int centurySex = (year >= 2000 ? 2 : 0) + (r.nextInt(4) == 0 ? r.nextInt(2) : sex == Sex.FEMALE ? 1 : 0);
      b.personalId(PersonalIdNumber.parse(String.format("046%d%02d%06d", centurySex, year % 100, r.nextInt(1_000_000))));
    }
    if (r.nextInt(3) > 0) {
      b.birthRegistration(BirthRegistration.of(birth.plusDays(r.nextInt(40) - 3)));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      HealthInsuranceCard.Builder card = HealthInsuranceCard.builder().number(CARDS[r.nextInt(CARDS.length)]);
      LocalDate issued = birth.plusDays(r.nextInt(3000) - 20);
      if (r.nextBoolean()) {
        card.issuedOn(issued);
      }
      if (r.nextBoolean()) {
        card.validTo(issued.plusDays(r.nextInt(2000) - 30));
      }
      b.addHealthInsuranceCards(card.build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      GrowthMeasurement.Builder m = GrowthMeasurement.builder().measuredOn(birth.plusDays(r.nextInt(2000) - 10));
      if (r.nextInt(4) > 0) {
        m.weightKg(r.nextInt(3) == 0 ? WEIGHTS[r.nextInt(WEIGHTS.length)] : 2 + r.nextInt(30));
      }
      if (r.nextInt(4) > 0) {
        m.lengthHeightCm(r.nextInt(3) == 0 ? LENGTHS[r.nextInt(LENGTHS.length)] : 45 + r.nextInt(100));
      }
      b.addMeasurements(m.build());
    }
    List<SchoolLevel> levels = List.of(SchoolLevel.values());
    int firstYear = birth.getYear() + r.nextInt(10) - 2;
    for (int i = r.nextInt(3); i > 0; i--) {
      SchoolEnrolment.Builder e = SchoolEnrolment.builder().schoolYear(firstYear + i)
          .level(levels.get(r.nextInt(levels.size())));
      if (r.nextBoolean()) {
        e.grade(1 + r.nextInt(12));
      }
      b.addEnrolments(e.build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      CircumstanceEpisode.Builder e = CircumstanceEpisode.builder().code(SUBGROUPS[r.nextInt(SUBGROUPS.length)]);
      LocalDate start = birth.plusDays(r.nextInt(3000) - 100);
      if (r.nextBoolean()) {
        e.startedOn(start);
      }
      if (r.nextBoolean()) {
        e.endedOn(start.plusDays(r.nextInt(500)));
      }
      b.addCircumstances(e.build());
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      return null; // an invariant of the model (not a constraint): such a child cannot exist
    }
  }
}

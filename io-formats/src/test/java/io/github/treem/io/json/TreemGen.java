package io.github.treem.io.json;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.DisabilityDegree;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.HouseholdPoverty;
import io.github.treem.core.MeasurePosition;
import io.github.treem.core.SafetySkills;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.YearlyStatus;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.plan.UnitRole;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A seeded generator of treem values for property tests (every optional part sometimes absent). */
final class TreemGen {
  private static final String TEXT = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạ\"\\/\t\n€𝄞-'0123456789";
  private final SplittableRandom r;
  private long children;

  TreemGen(long seed) {
    this.r = new SplittableRandom(seed);
  }

  boolean maybe() {
    return r.nextInt(3) > 0;
  }

  String text(int min, int max) {
    int n = min + r.nextInt(max - min + 1);
    StringBuilder b = new StringBuilder();
    while (b.codePointCount(0, b.length()) < n) {
      int i = r.nextInt(TEXT.length());
      int cp = TEXT.codePointAt(Character.isLowSurrogate(TEXT.charAt(i)) ? i - 1 : i);
      b.appendCodePoint(cp);
    }
    return b.toString();
  }

  String nonBlank() {
    return "x" + text(0, 12);
  }

  LocalDate date() {
    return LocalDate.of(1990 + r.nextInt(40), 1, 1).plusDays(r.nextInt(366));
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] v = type.getEnumConstants();
    return v[r.nextInt(v.length)];
  }

  String digits(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  CircumstanceCode circumstanceCode() {
    return r.nextBoolean() ? pick(SpecialCircumstanceSubgroup.class) : pick(SpecialCircumstanceGroup.class);
  }

  Child child() {
    // unique within a generator: the readers reject a repeated id
    Child.Builder b = Child.builder().id(nonBlank() + "#" + (++children));
    if (maybe()) {
      b.fullName(text(0, 30));
    }
    if (maybe()) {
      b.sex(pick(Sex.class));
    }
    if (maybe()) {
      b.dateOfBirth(date());
    }
    if (maybe()) {
      b.personalId(PersonalIdNumber.parse(digits(12)));
    }
    if (maybe()) {
      b.ethnicity(pick(Ethnicity.class));
    }
    if (maybe()) {
      b.communeCode(CommuneCode.parse(digits(5)));
    }
    if (maybe()) {
      b.village(text(0, 20));
    }
    if (maybe()) {
      b.disability(pick(DisabilityDegree.class));
    }
    if (maybe()) {
      b.birthRegistration(BirthRegistration.of(date()));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      HealthInsuranceCard.Builder c = HealthInsuranceCard.builder().number("TE1" + digits(12));
      if (maybe()) {
        c.issuedOn(date());
      }
      if (maybe()) {
        c.validTo(date());
      }
      b.addHealthInsuranceCards(c.build());
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      GrowthMeasurement.Builder m = GrowthMeasurement.builder().measuredOn(date());
      if (maybe()) {
        m.weightKg(0.1 + r.nextDouble() * 80);
      }
      if (maybe()) {
        m.lengthHeightCm(r.nextBoolean() ? 40 + r.nextInt(150) : 40 + r.nextDouble() * 150);
      }
      if (maybe()) {
        m.position(pick(MeasurePosition.class));
      }
      if (maybe()) {
        m.oedema(r.nextBoolean());
      }
      b.addMeasurements(m.build());
    }
    int start = 2000 + r.nextInt(20);
    for (int i = r.nextInt(4); i > 0; i--) {
      SchoolEnrolment.Builder e = SchoolEnrolment.builder().schoolYear(start + i).level(pick(SchoolLevel.class));
      if (maybe()) {
        e.grade(1 + r.nextInt(12));
      }
      b.addEnrolments(e.build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      SafetySkills.Builder s = SafetySkills.builder().schoolYear(start + i);
      if (maybe()) {
        s.injuryPreventionTrained(r.nextBoolean());
      }
      if (maybe()) {
        s.canSwim(r.nextBoolean());
      }
      b.addSafetySkills(s.build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      CircumstanceEpisode.Builder e = CircumstanceEpisode.builder().code(circumstanceCode());
      LocalDate from = date();
      if (maybe()) {
        e.startedOn(from);
      }
      if (maybe()) {
        e.endedOn(from.plusDays(r.nextInt(1000)));
      }
      b.addCircumstances(e.build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      YearlyStatus.Builder y = YearlyStatus.builder().year(start + i);
      if (maybe()) {
        y.householdPoverty(pick(HouseholdPoverty.class));
      }
      if (maybe()) {
        y.socialAssistance(r.nextBoolean());
      }
      b.addYearlyStatus(y.build());
    }
    return b.build();
  }

  LegalReference legalReference() {
    LegalReference.Builder b = LegalReference.builder().document(nonBlank());
    if (maybe()) {
      b.titleEn(text(0, 20));
    }
    if (maybe()) {
      b.article(digits(2));
    }
    if (maybe()) {
      b.clause(digits(1));
    }
    LocalDate from = date();
    if (maybe()) {
      b.inForceFrom(from);
    }
    if (maybe()) {
      b.inForceTo(from.plusDays(r.nextInt(5000)));
    }
    return b.build();
  }

  Location location() {
    Location.Builder b = Location.builder();
    if (maybe()) {
      b.file(text(1, 10));
    }
    if (maybe()) {
      b.line(1 + r.nextLong(1L << 40));
    }
    if (maybe()) {
      b.column(text(1, 10));
    }
    if (maybe()) {
      b.path(text(1, 10));
    }
    return b.build();
  }

  Issue issue() {
    return Issue.of(nonBlank(), pick(Severity.class), location(), text(0, 30), text(0, 30));
  }

  AdministrativeUnit administrativeUnit() {
    AdministrativeUnit province = AdministrativeUnit.builder().code(digits(2)).name(nonBlank())
        .level(AdministrativeLevel.PROVINCE).build();
    AdministrativeUnit.Builder b = AdministrativeUnit.builder().code(digits(5)).name(nonBlank())
        .level(AdministrativeLevel.COMMUNE);
    if (maybe()) {
      b.parent(AdministrativeUnit.builder().code(digits(3)).name(nonBlank()).level(AdministrativeLevel.DISTRICT)
          .parent(province).build());
    }
    LocalDate from = date();
    if (maybe()) {
      b.validFrom(from);
    }
    if (maybe()) {
      b.validTo(from.plusDays(r.nextInt(3000)));
    }
    if (maybe()) {
      b.successorCode(digits(5)).successorDate(date());
      if (maybe()) {
        b.successorName(nonBlank());
      }
    }
    return b.build();
  }

  Plan plan() {
    List<ResponsibleUnit> units = new ArrayList<>();
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      ResponsibleUnit.Builder u = ResponsibleUnit.builder().id("U" + i).nameVi(nonBlank()).nameEn(text(0, 10))
          .role(pick(UnitRole.class));
      for (int d = r.nextInt(3); d > 0; d--) {
        u.addDuties(text(0, 40));
      }
      units.add(u.build());
    }
    Plan.Builder b = Plan.builder().number(nonBlank()).issuerName(nonBlank()).issueDate(date())
        .year(2000 + r.nextInt(30)).generalObjective(text(0, 60)).responsibleUnits(units);
    if (maybe()) {
      b.title(text(0, 30));
    }
    if (maybe()) {
      AdministrativeUnit unit = administrativeUnit();
      b.issuerUnit(unit).issuerCommuneCode(CommuneCode.parse(unit.getCode()));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addLegalBases(legalReference());
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addTasks(text(0, 40));
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addSolutions(text(0, 40));
    }
    if (maybe()) {
      b.funding(text(0, 40));
    }
    for (int i = r.nextInt(5); i > 0; i--) {
      TargetComparator c = pick(TargetComparator.class);
      Target.Builder t = Target.builder().id("T" + i).indicatorCode(nonBlank()).comparator(c).year(2020)
          .leadUnitId(units.get(0).getId()).textVi(text(0, 40));
      if (c != TargetComparator.INCREASE || maybe()) {
        t.threshold(java.math.BigDecimal.valueOf(r.nextInt(1001), 1));
      }
      if (maybe()) {
        t.baseline(java.math.BigDecimal.valueOf(r.nextInt(1_000_001), 4));
      }
      for (int k = 1; k < units.size(); k++) {
        if (r.nextBoolean()) {
          t.addCooperatingUnitIds(units.get(k).getId());
        }
      }
      if (maybe()) {
        t.addLegalBasis(legalReference());
      }
      if (maybe()) {
        t.assessmentNote(text(0, 30));
      }
      b.addTargets(t.build());
    }
    return b.build();
  }

  ValidationReport report() {
    List<Issue> issues = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      issues.add(issue());
    }
    return ValidationReport.of(issues);
  }
}

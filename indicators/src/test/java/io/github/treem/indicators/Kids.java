package io.github.treem.indicators;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.HouseholdPoverty;
import io.github.treem.core.SafetySkills;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.YearlyStatus;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Sex;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test fixtures: children built tersely, and a scorer returning given z-scores. */
final class Kids {
  private static final AtomicInteger IDS = new AtomicInteger();

  /** z-scores by measurement (identity). */
  static final Map<GrowthMeasurement, GrowthScores> SCORES = new IdentityHashMap<>();

  static final GrowthScorer SCORER = (sex, dob, m) -> {
    synchronized (SCORES) {
      GrowthScores s = SCORES.get(m);
      return s != null ? s : GrowthScores.of(ZScore.notComputed(), ZScore.notComputed(), ZScore.notComputed());
    }
  };

  private Kids() {}

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static Child.Builder child(String dob) {
    Child.Builder b = Child.builder().id("T" + IDS.incrementAndGet()).sex(Sex.FEMALE);
    if (dob != null) {
      b.dateOfBirth(d(dob));
    }
    return b;
  }

  static HealthInsuranceCard card(String issued, String validTo) {
    HealthInsuranceCard.Builder b = HealthInsuranceCard.builder().number("TE1460000000001");
    if (issued != null) {
      b.issuedOn(d(issued));
    }
    if (validTo != null) {
      b.validTo(d(validTo));
    }
    return b.build();
  }

  static BirthRegistration reg(String on) {
    return BirthRegistration.of(d(on));
  }

  /** A measurement with given z-scores (null = not computed); flags false. */
  static GrowthMeasurement measured(String on, Double waz, Double haz, Double whz, Boolean oedema) {
    GrowthMeasurement.Builder b = GrowthMeasurement.builder().measuredOn(d(on)).weightKg(10).lengthHeightCm(80);
    if (oedema != null) {
      b.oedema(oedema);
    }
    GrowthMeasurement m = b.build();
    synchronized (SCORES) {
      SCORES.put(m, GrowthScores.of(z(waz), z(haz), z(whz)));
    }
    return m;
  }

  static GrowthMeasurement flagged(String on) {
    GrowthMeasurement m = GrowthMeasurement.builder().measuredOn(d(on)).weightKg(10).lengthHeightCm(80).build();
    synchronized (SCORES) {
      SCORES.put(m, GrowthScores.of(ZScore.of(-6.5, true), ZScore.of(7, true), ZScore.of(5.5, true)));
    }
    return m;
  }

  private static ZScore z(Double v) {
    return v == null ? ZScore.notComputed() : ZScore.of(v, false);
  }

  static SchoolEnrolment enrol(int year, SchoolLevel level, Integer grade) {
    SchoolEnrolment.Builder b = SchoolEnrolment.builder().schoolYear(year).level(level);
    if (grade != null) {
      b.grade(grade);
    }
    return b.build();
  }

  static SafetySkills skills(int year, Boolean trained, Boolean swim) {
    SafetySkills.Builder b = SafetySkills.builder().schoolYear(year);
    if (trained != null) {
      b.injuryPreventionTrained(trained);
    }
    if (swim != null) {
      b.canSwim(swim);
    }
    return b.build();
  }

  static YearlyStatus status(int year, HouseholdPoverty p, Boolean assisted) {
    YearlyStatus.Builder b = YearlyStatus.builder().year(year);
    if (p != null) {
      b.householdPoverty(p);
    }
    if (assisted != null) {
      b.socialAssistance(assisted);
    }
    return b.build();
  }

  static CircumstanceEpisode code(String c) {
    return CircumstanceEpisode.of(CircumstanceCode.parse(c).orElseThrow());
  }
}

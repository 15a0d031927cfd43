package io.github.treem.indicators.synthetic;

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
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.IndicatorErrorCode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic register of a rural commune of central Viet Nam for one reporting year Y: children
 * aged 0-15 at 31 December of Y, with every record the plan's indicators need, at realistic
 * rates (age pyramid, 8-12 villages "Thôn 1".."Thôn N", mostly Kinh, ~5% poor and ~7% near-poor
 * households, ~1.5% disabled, special circumstances at low rates including some recorded only by
 * group letter, enrolment, training and swimming near the plan's targets, weights and heights
 * around the WHO medians so that underweight is about 8%, birth registrations mostly within 60
 * days, health-insurance cards mostly valid, full immunisation of one-year-olds about 96%, lawful
 * grade-1 deferrals of disabled six-year-olds, a few adolescents in conflict with criminal law,
 * most of them given legal aid), plus a configurable rate of data-entry errors.
 *
 * <p>Deterministic: the same settings give the same children, in the same order. Child i is
 * drawn from its own {@link SplittableRandom} seeded from (seed, i), so the stream is
 * constant-memory and may be consumed in parallel. The names are synthetic
 * ({@link NameGenerator}); nothing is personal data.
 *
 * <pre>{@code
 * CommuneGenerator.builder().seed(42).year(2020).children(2500).build().stream()
 *     .forEach(child -> ...);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CommuneGenerator {

  /** The GSO code of xã Quảng Vinh (Quảng Điền, Thừa Thiên Huế) before 2025. */
  public static final String QUANG_VINH = "19885";

  private static final double[] MONTHS = {0, 3, 6, 9, 12, 18, 24, 36, 48, 60};
  private static final double[] WEIGHT_M = {3.35, 6.4, 7.9, 8.9, 9.6, 10.9, 12.2, 14.3, 16.3, 18.3};
  private static final double[] WEIGHT_F = {3.23, 5.8, 7.3, 8.2, 8.9, 10.2, 11.5, 13.9, 16.1, 18.2};
  private static final double[] LENGTH_M = {49.9, 61.4, 67.6, 72.0, 75.7, 82.3, 87.8, 96.1, 103.3, 110.0};
  private static final double[] LENGTH_F = {49.1, 59.8, 65.7, 70.1, 74.0, 80.7, 86.4, 95.1, 102.7, 109.4};
  private static final Ethnicity[] MINORITIES = {Ethnicity.CO_TU, Ethnicity.TA_OI, Ethnicity.BRU_VAN_KIEU,
      Ethnicity.MUONG, Ethnicity.TAY, Ethnicity.HOA};

  private final long seed;
  private final int year;
  private final long children;
  private final int villages;
  private final double errorRate;
  private final String communeCode;
  private final LocalDate ref;

  private CommuneGenerator(Builder b) {
    this.seed = b.seed;
    this.year = b.year;
    this.children = b.children;
    this.villages = b.villages;
    this.errorRate = b.errorRate;
    this.communeCode = b.communeCode;
    this.ref = LocalDate.of(b.year, 12, 31);
  }

  /** {@return the reporting year} */
  public int getYear() {
    return year;
  }

  /** {@return the number of children generated} */
  public long getChildren() {
    return children;
  }

  /** {@return the number of villages} */
  public int getVillages() {
    return villages;
  }

  /** {@return the village names, "Thôn 1".."Thôn N"} */
  public List<String> getVillageNames() {
    List<String> l = new ArrayList<>();
    for (int i = 1; i <= villages; i++) {
      l.add("Thôn " + i);
    }
    return List.copyOf(l);
  }

  /** {@return the children, in order (sequential; call parallel() if wanted)} */
  public Stream<Child> stream() {
    return LongStream.range(0, children).mapToObj(this::child);
  }

  /** {@return an iterator over the children, in order} */
  public Iterator<Child> iterator() {
    return stream().iterator();
  }

  /**
   * Child number {@code index} (0-based) of the register.
   *
   * @param index the index, 0..children-1
   * @return the child
   */
  public Child child(long index) {
    SplittableRandom r = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
    // the columns added later (immunisation, grade-1 deferral, criminal law and legal aid) draw
    // from a stream of their own, so that every earlier column keeps its values for a seed
    SplittableRandom later = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index) ^ LATER_COLUMNS);
    return new Draw(r, later, index).child();
  }

  /** The salt of the random stream of the columns added after the first version. */
  private static final long LATER_COLUMNS = 0x5851F42D4C957F2DL;

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static double interpolate(double[] ys, double months) {
    if (months <= 0) {
      return ys[0];
    }
    for (int i = 1; i < MONTHS.length; i++) {
      if (months <= MONTHS[i]) {
        double f = (months - MONTHS[i - 1]) / (MONTHS[i] - MONTHS[i - 1]);
        return ys[i - 1] + f * (ys[i] - ys[i - 1]);
      }
    }
    return ys[ys.length - 1];
  }

  /** The draws of one child. */
  private final class Draw {
    private final SplittableRandom r;
    private final SplittableRandom later;
    private final long index;
    private boolean notInGrade1At6;
    // drawn by child(), in a fixed order; the initial values are never used
    private Sex sex = Sex.FEMALE;
    private LocalDate dob = LocalDate.EPOCH;
    private int age;
    private HouseholdPoverty poverty = HouseholdPoverty.NONE;
    private DisabilityDegree disability = DisabilityDegree.NONE;
    private final List<CodeDraw> codes = new ArrayList<>();

    Draw(SplittableRandom r, SplittableRandom later, long index) {
      this.r = r;
      this.later = later;
      this.index = index;
    }

    boolean chance(double p) {
      return r.nextDouble() < p;
    }

    double gaussian() {
      // Box-Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default
      double u = 1.0 - r.nextDouble();
      double v = r.nextDouble();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    Child child() {
      Child.Builder b = Child.builder().id(String.format(Locale.ROOT, "QV-%06d", index + 1));
      sex = chance(0.515) ? Sex.MALE : Sex.FEMALE;
      // age pyramid: slightly more young children than older ones
      do {
        age = r.nextInt(16);
      } while (r.nextDouble() > 1.0 - 0.012 * age);
      dob = LocalDate.ofYearDay(year - age, 1 + r.nextInt(LocalDate.of(year - age, 1, 1).lengthOfYear()));
      b.fullName(NameGenerator.fullName(r, sex)).sex(sex).dateOfBirth(dob);
      b.ethnicity(chance(0.965) ? Ethnicity.KINH : MINORITIES[r.nextInt(MINORITIES.length)]);
      b.communeCode(CommuneCode.parse(communeCode));
      b.village("Thôn " + (1 + r.nextInt(villages)));
      double p = r.nextDouble();
      poverty = p < 0.05 ? HouseholdPoverty.POOR : p < 0.12 ? HouseholdPoverty.NEAR_POOR : HouseholdPoverty.NONE;
      double d = r.nextDouble();
      disability = d < 0.007 ? DisabilityDegree.MILD : d < 0.012 ? DisabilityDegree.SEVERE
          : d < 0.015 ? DisabilityDegree.EXTREMELY_SEVERE : DisabilityDegree.NONE;
      if (!chance(0.01)) {
        b.disability(disability);
      }
      @Nullable Registration reg = registration(b);
      cards(b, reg);
      measurement(b);
      school(b);
      circumstances(b);
      YearlyStatus.Builder ys = YearlyStatus.builder().year(year);
      if (!chance(0.01)) {
        ys.householdPoverty(poverty);
      }
      boolean eligible = isEligible();
      double s = r.nextDouble();
      if (eligible) {
        if (s < 0.92) {
          ys.socialAssistance(true);
        } else if (s < 0.97) {
          ys.socialAssistance(false);
        }
      } else if (s < 0.9) {
        ys.socialAssistance(false);
      }
      laterColumns(b, ys);
      b.addYearlyStatus(ys.build());
      if (chance(errorRate)) {
        error(b);
      }
      return b.build();
    }

    /**
     * The columns added after the first version, from their own stream: full EPI immunisation by
     * the first birthday for children aged 1 and 2 (about 96.5% yes, 2% no, 1.5% not recorded); a
     * lawful grade-1 deferral for most disabled six-year-olds not in grade 1 and a few others
     * (Thông tư 28/2020 Điều 33 also covers delayed development); conflict with criminal law for
     * about 1 in 100 children aged 14 and 15 (the age of criminal liability for the gravest
     * offences, Bộ luật Hình sự 2015 Điều 12), of whom about 80% received legal aid.
     */
    private void laterColumns(Child.Builder b, YearlyStatus.Builder ys) {
      int schoolAge = year - dob.getYear();
      if (schoolAge == 1 || schoolAge == 2) {
        double e = later.nextDouble();
        if (e < 0.965) {
          b.epiFullByAge1(true);
        } else if (e < 0.985) {
          b.epiFullByAge1(false);
        }
      }
      if (notInGrade1At6 && later.nextDouble() < (disability.isDisabled() ? 0.75 : 0.2)) {
        b.grade1Deferred(true);
      }
      if (schoolAge >= 14 && later.nextDouble() < 0.01) {
        ys.criminalLawConflict(true);
        double a = later.nextDouble();
        if (a < 0.8) {
          ys.legalAid(true);
        } else if (a < 0.95) {
          ys.legalAid(false);
        }
      }
    }

    private @Nullable Registration registration(Child.Builder b) {
      double x = r.nextDouble();
      LocalDate on;
      if (x < 0.03) {
        return null;
      } else if (x < 0.06) {
        on = dob.plusDays(61 + r.nextInt(300));
      } else {
        on = dob.plusDays(1 + (long) (60 * Math.pow(r.nextDouble(), 1.5)));
      }
      if (on.isAfter(ref)) {
        return null;
      }
      b.birthRegistration(BirthRegistration.of(on));
      int digit = PersonalIdNumber.centurySexDigit(sex, dob.getYear()).orElse(0);
      b.personalId(PersonalIdNumber.parse(String.format(Locale.ROOT, "046%d%02d%06d", digit, dob.getYear() % 100,
          r.nextInt(1_000_000))));
      return new Registration(on);
    }

    private void cards(Child.Builder b, @Nullable Registration reg) {
      LocalDate turns6 = dob.plusMonths(72);
      LocalDate validTo = dob.getMonthValue() < 9 || (dob.getMonthValue() == 9 && dob.getDayOfMonth() < 30)
          ? LocalDate.of(turns6.getYear(), 9, 30)
          : YearMonth.from(turns6).atEndOfMonth();
      LocalDate issued = (reg != null ? reg.on : dob.plusDays(30)).plusDays(r.nextInt(21));
      String number = String.format(Locale.ROOT, "TE146%010d", r.nextLong(10_000_000_000L));
      boolean under6 = Period.between(dob, ref).toTotalMonths() < 72;
      double x = r.nextDouble();
      if (under6) {
        if (x < 0.03 || issued.isAfter(ref)) {
          return;
        }
        if (x < 0.07) {
          LocalDate expired = ref.minusDays(1 + r.nextInt(200));
          if (expired.isBefore(issued)) {
            expired = issued;
            if (!expired.isBefore(ref)) {
              return;
            }
          }
          validTo = expired;
        }
        HealthInsuranceCard.Builder c = HealthInsuranceCard.builder().number(number).validTo(validTo);
        if (!chance(0.02)) {
          c.issuedOn(issued);
        }
        b.addHealthInsuranceCards(c.build());
      } else if (x < 0.5 && age < 9) {
        b.addHealthInsuranceCards(HealthInsuranceCard.builder().number(number).issuedOn(issued).validTo(validTo).build());
      }
    }

    private void measurement(Child.Builder b) {
      LocalDate june = LocalDate.of(year, 6, 1).plusDays(r.nextInt(10));
      LocalDate december = LocalDate.of(year, 12, 1).plusDays(r.nextInt(10));
      LocalDate on;
      if (dob.isBefore(june.minusDays(14)) && ChronoUnit.DAYS.between(dob, june) <= 1795) {
        on = chance(0.9) ? june : chance(0.5) ? december : null;
      } else if (dob.isBefore(december.minusDays(14)) && ChronoUnit.DAYS.between(dob, december) <= 1795) {
        on = chance(0.85) ? december : null;
      } else {
        on = null;
      }
      if (on == null) {
        return;
      }
      double months = ChronoUnit.DAYS.between(dob, on) / 30.4375;
      double n1 = gaussian();
      double n2 = gaussian();
      double hz = -1.0 + n1;
      double wz = -0.6 + 0.7 * n1 + 0.714 * n2;
      boolean male = sex == Sex.MALE;
      double length = interpolate(male ? LENGTH_M : LENGTH_F, months) * (1 + 0.037 * hz);
      boolean standing = months >= 24;
      if (standing) {
        length -= 0.7;
      }
      double weight = interpolate(male ? WEIGHT_M : WEIGHT_F, months) * Math.exp(0.12 * wz);
      GrowthMeasurement.Builder m = GrowthMeasurement.builder().measuredOn(on)
          .weightKg(Math.round(weight * 10) / 10.0)
          .lengthHeightCm(Math.round(length * 10) / 10.0)
          .position(standing ? MeasurePosition.STANDING : MeasurePosition.LYING);
      double o = r.nextDouble();
      if (o < 0.002) {
        m.oedema(true);
      } else if (o < 0.95) {
        m.oedema(false);
      }
      b.addMeasurements(m.build());
    }

    private void school(Child.Builder b) {
      if (chance(0.01)) {
        return; // enrolment not recorded
      }
      SchoolLevel level;
      Integer grade = null;
      double x = r.nextDouble();
      if (age <= 2) {
        level = x < new double[] {0.02, 0.15, 0.45}[age] ? SchoolLevel.NURSERY : SchoolLevel.NONE;
      } else if (age <= 5) {
        level = x < 0.97 ? (age == 3 && x < 0.3 ? SchoolLevel.NURSERY : SchoolLevel.KINDERGARTEN) : SchoolLevel.NONE;
      } else if (age == 6) {
        if (x < (disability.isDisabled() ? 0.8 : 0.985)) {
          level = SchoolLevel.PRIMARY;
          grade = 1;
        } else {
          level = x < 0.995 ? SchoolLevel.KINDERGARTEN : SchoolLevel.NONE;
        }
      } else if (age <= 14) {
        if (age >= 12 && x < 0.03) {
          level = SchoolLevel.NONE;
        } else {
          grade = age - 5 - (x > 0.98 ? 1 : 0);
          level = grade <= 5 ? SchoolLevel.PRIMARY : SchoolLevel.LOWER_SECONDARY;
        }
      } else {
        if (x < 0.85) {
          level = SchoolLevel.UPPER_SECONDARY;
          grade = 10;
        } else if (x < 0.88) {
          level = SchoolLevel.LOWER_SECONDARY;
          grade = 9;
        } else {
          level = SchoolLevel.NONE;
        }
      }
      notInGrade1At6 = age == 6 && level != SchoolLevel.PRIMARY;
      SchoolEnrolment.Builder e = SchoolEnrolment.builder().schoolYear(year).level(level);
      if (grade != null && !chance(0.005)) {
        e.grade(grade);
      }
      b.addEnrolments(e.build());
      if (level == SchoolLevel.PRIMARY || level == SchoolLevel.LOWER_SECONDARY) {
        SafetySkills.Builder s = SafetySkills.builder().schoolYear(year);
        if (!chance(0.02)) {
          s.injuryPreventionTrained(chance(0.74));
        }
        if (!chance(0.02)) {
          s.canSwim(chance(0.25 + 0.05 * (age - 6)));
        }
        b.addSafetySkills(s.build());
      }
    }

    private void add(CircumstanceCode code) {
      codes.add(new CodeDraw(code));
    }

    private void circumstances(Child.Builder b) {
      if (disability == DisabilityDegree.EXTREMELY_SEVERE && chance(0.85)) {
        add(chance(0.05) ? SpecialCircumstanceGroup.D : SpecialCircumstanceSubgroup.D1);
      } else if (disability == DisabilityDegree.SEVERE && chance(0.85)) {
        add(chance(0.05) ? SpecialCircumstanceGroup.D : SpecialCircumstanceSubgroup.D2);
      } else if (disability == DisabilityDegree.MILD && chance(0.6)) {
        add(SpecialCircumstanceSubgroup.D3);
      }
      if (chance(0.003)) {
        double x = r.nextDouble();
        add(x < 0.1 ? SpecialCircumstanceGroup.A : x < 0.2 ? SpecialCircumstanceSubgroup.A1
            : x < 0.25 ? SpecialCircumstanceSubgroup.A2 : x < 0.85 ? SpecialCircumstanceSubgroup.A3
            : SpecialCircumstanceSubgroup.A4);
      }
      if (chance(0.0005)) {
        add(chance(0.3) ? SpecialCircumstanceGroup.B : chance(0.5) ? SpecialCircumstanceSubgroup.B1
            : SpecialCircumstanceSubgroup.B2);
      }
      if (chance(0.008)) {
        if (chance(0.1)) {
          add(SpecialCircumstanceGroup.C);
        } else {
          SpecialCircumstanceSubgroup[] c = {SpecialCircumstanceSubgroup.C2, SpecialCircumstanceSubgroup.C2,
              SpecialCircumstanceSubgroup.C3, SpecialCircumstanceSubgroup.C7, SpecialCircumstanceSubgroup.C7,
              SpecialCircumstanceSubgroup.C1, SpecialCircumstanceSubgroup.C6, SpecialCircumstanceSubgroup.C9,
              SpecialCircumstanceSubgroup.C11, SpecialCircumstanceSubgroup.C12};
          add(c[r.nextInt(c.length)]);
        }
      }
      if (chance(poverty == HouseholdPoverty.POOR ? 0.006 : 0.0003)) {
        add(chance(0.2) ? SpecialCircumstanceGroup.DD : SpecialCircumstanceSubgroup.DD1);
      }
      if (age >= 12 && chance(0.004)) {
        add(chance(0.2) ? SpecialCircumstanceGroup.E : SpecialCircumstanceSubgroup.E1);
      }
      if (age >= 13 && chance(0.001)) {
        add(SpecialCircumstanceSubgroup.G2);
      }
      if (age >= 11 && chance(0.004)) {
        add(SpecialCircumstanceSubgroup.H2);
      }
      if (chance(0.0004)) {
        add(SpecialCircumstanceSubgroup.I1);
      }
      if (age >= 10 && chance(0.001)) {
        add(chance(0.3) ? SpecialCircumstanceGroup.K : SpecialCircumstanceSubgroup.K1);
      }
      if (age >= 6 && chance(0.0008)) {
        add(chance(0.5) ? SpecialCircumstanceSubgroup.L4 : SpecialCircumstanceSubgroup.L1);
      }
      if (age >= 10 && chance(0.0003)) {
        add(SpecialCircumstanceSubgroup.M1);
      }
      if (poverty != HouseholdPoverty.NONE && chance(0.02)) {
        add(poverty == HouseholdPoverty.POOR ? SpecialCircumstanceSubgroup.N1 : SpecialCircumstanceSubgroup.N2);
      }
      if (chance(0.0002)) {
        add(SpecialCircumstanceSubgroup.O1);
      }
      for (CodeDraw c : codes) {
        b.addCircumstances(CircumstanceEpisode.of(c.code));
      }
    }

    private boolean isEligible() {
      for (CodeDraw c : codes) {
        String s = c.code.getCode();
        if (s.equals("B") || s.equals("B1") || s.equals("B2") || s.equals("A1") || s.equals("A3") || s.equals("A4")
            || s.equals("D1") || s.equals("D2")
            || (c.code.getGroup() == SpecialCircumstanceGroup.C && c.code.getSubgroup().isPresent()
                && !s.equals("C7") && !s.equals("C11") && !s.equals("C12"))
            || (c.code.getGroup() == SpecialCircumstanceGroup.DD && poverty == HouseholdPoverty.POOR)) {
          return true;
        }
      }
      return false;
    }

    private void error(Child.Builder b) {
      switch (r.nextInt(6)) {
        case 0 -> b.dateOfBirth(java.util.Optional.empty());
        case 1 -> b.sex(java.util.Optional.empty());
        case 2 -> b.village(java.util.Optional.empty());
        case 3 -> b.enrolments(List.of());
        // a weight typed with the decimal point misplaced
        case 4 -> b.measurements(List.of(GrowthMeasurement.builder().measuredOn(LocalDate.of(year, 6, 3))
            .weightKg(age < 5 ? 95 + r.nextInt(50) : 30).lengthHeightCm(80).build()));
        // registered before birth
        default -> b.birthRegistration(BirthRegistration.of(dob.minusDays(1 + r.nextInt(30))));
      }
    }
  }

  /** A drawn registration date. */
  private static final class Registration {
    final LocalDate on;

    Registration(LocalDate on) {
      this.on = on;
    }
  }

  /** A drawn circumstance code. */
  private static final class CodeDraw {
    final CircumstanceCode code;

    CodeDraw(CircumstanceCode code) {
      this.code = code;
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CommuneGenerator}. Defaults: seed 1, year 2020, 2,500 children, 10 villages,
   * error rate 0, commune code {@value CommuneGenerator#QUANG_VINH}.
   *
   * <p>Implementation requirements: not thread-safe.
   */
  public static final class Builder {
    private long seed = 1;
    private int year = 2020;
    private long children = 2500;
    private int villages = 10;
    private double errorRate;
    private String communeCode = QUANG_VINH;

    Builder() {}

    /**
     * Sets the seed.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the reporting year.
     *
     * @param year the year, 1950..2200
     * @return this builder
     */
    public Builder year(int year) {
      this.year = year;
      return this;
    }

    /**
     * Sets the number of children.
     *
     * @param children the number, 0 or more
     * @return this builder
     */
    public Builder children(long children) {
      this.children = children;
      return this;
    }

    /**
     * Sets the number of villages.
     *
     * @param villages the number, 1..99
     * @return this builder
     */
    public Builder villages(int villages) {
      this.villages = villages;
      return this;
    }

    /**
     * Sets the share of children with one data-entry error (missing date of birth, sex, village
     * or enrolment; a misplaced decimal point in a weight; a registration before birth).
     *
     * @param errorRate the share, 0..1
     * @return this builder
     */
    public Builder errorRate(double errorRate) {
      this.errorRate = errorRate;
      return this;
    }

    /**
     * Sets the GSO code of the commune.
     *
     * @param communeCode the 5-digit code
     * @return this builder
     */
    public Builder communeCode(String communeCode) {
      this.communeCode = communeCode;
      return this;
    }

    /**
     * Builds the generator.
     *
     * @return the generator
     * @throws InvalidValueException when a setting is out of range
     */
    public CommuneGenerator build() {
      if (children < 0) {
        throw new InvalidValueException(IndicatorErrorCode.GENERATOR_CHILDREN_NEGATIVE, "children must be >= 0");
      }
      if (villages < 1 || villages > 99) {
        throw new InvalidValueException(IndicatorErrorCode.GENERATOR_VILLAGES_OUT_OF_RANGE, "villages must be 1..99");
      }
      if (!(errorRate >= 0 && errorRate <= 1)) {
        throw new InvalidValueException(IndicatorErrorCode.GENERATOR_ERROR_RATE_OUT_OF_RANGE, "errorRate must be 0..1");
      }
      if (year < 1950 || year > 2200) {
        throw new InvalidValueException(IndicatorErrorCode.GENERATOR_YEAR_OUT_OF_RANGE, "year must be 1950..2200");
      }
      if (!CommuneCode.isValid(communeCode)) {
        throw new InvalidValueException(IndicatorErrorCode.GENERATOR_COMMUNE_CODE_FORMAT, "communeCode must be a 5-digit GSO code");
      }
      return new CommuneGenerator(this);
    }
  }
}

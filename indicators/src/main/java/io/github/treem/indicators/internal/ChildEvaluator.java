package io.github.treem.indicators.internal;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.HouseholdPoverty;
import io.github.treem.core.SafetySkills;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.YearlyStatus;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.LegacyCircumstanceGroup;
import io.github.treem.core.taxonomy.LegacyMapping;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import io.github.treem.core.time.WorkingDays;
import io.github.treem.indicators.AgeBasis;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.GrowthScorer;
import io.github.treem.indicators.GrowthScores;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ZScore;
import io.github.treem.indicators.growth.internal.Lms;
import io.github.treem.indicators.growth.internal.Who2006;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Applies the definitions of docs/indicators.md §3 to one child (internal, not API). One instance
 * per child: it caches what several indicators share (age, measurement, z-scores).
 *
 * <p>An outcome is {@link #OUT} (not in the population), {@link #DENOMINATOR},
 * {@link #NUMERATOR} (in numerator and denominator), or {@code EXCLUDED + reason.ordinal()}.
 */
@SuppressWarnings("EnumOrdinal") // an outcome code is EXCLUDED + the reason's ordinal, in memory only (Accumulator's arrays)
public final class ChildEvaluator {

  /** Not in the population. */
  public static final int OUT = -1;
  /** In the denominator only. */
  public static final int DENOMINATOR = 0;
  /** In numerator and denominator. */
  public static final int NUMERATOR = 1;
  /** Excluded: add the reason's ordinal. */
  public static final int EXCLUDED = 2;

  /** Largest WHO age in days of an under-5 child (age in months of 30.4375 days under 60). */
  public static final long MAX_U5_DAYS = 1826;

  private static final Set<SpecialCircumstanceSubgroup> ELIGIBLE = EnumSet.of(
      SpecialCircumstanceSubgroup.A1, SpecialCircumstanceSubgroup.A3, SpecialCircumstanceSubgroup.A4,
      SpecialCircumstanceSubgroup.B1, SpecialCircumstanceSubgroup.B2,
      SpecialCircumstanceSubgroup.C1, SpecialCircumstanceSubgroup.C2, SpecialCircumstanceSubgroup.C3,
      SpecialCircumstanceSubgroup.C4, SpecialCircumstanceSubgroup.C5, SpecialCircumstanceSubgroup.C6,
      SpecialCircumstanceSubgroup.C8, SpecialCircumstanceSubgroup.C9, SpecialCircumstanceSubgroup.C10,
      SpecialCircumstanceSubgroup.D1, SpecialCircumstanceSubgroup.D2);

  /**
   * What every child of one calculation shares (year, reference date, scorer), with the epoch
   * days that the per-child rules compare: made once per accumulator, not once per child.
   * Mutable (a cache of registration deadlines) and not thread-safe: one per accumulator.
   */
  public static final class Setting {
    private final int year;
    private final LocalDate ref;
    private final GrowthScorer scorer;
    /** Whether the scorer is this library's WHO 2006 one: then {@link Who2006} is called directly. */
    private final boolean who;
    private final long refDay;
    private final long yearStartDay;
    /** The dates of birth (epoch days, inclusive) whose first birthday is in [1 January Y, R]: {@link #turnsOneIn}. */
    private final long firstBirthdayFrom;
    private final long firstBirthdayUntil;
    /**
     * The birth registration deadline (epoch day) of each day of birth in year Y, by day of the
     * year, {@link Long#MIN_VALUE} until computed: the working-day rule once per date of birth,
     * not once per child.
     */
    private final long[] deadlines = new long[366];

    /**
     * The setting of a calculation.
     *
     * @param year the reporting year
     * @param referenceDate the reference date
     * @param scorer the z-score computer
     */
    public Setting(int year, LocalDate referenceDate, GrowthScorer scorer) {
      this.year = year;
      this.ref = referenceDate;
      this.scorer = scorer;
      this.who = scorer == GrowthScorer.who();
      this.refDay = referenceDate.toEpochDay();
      this.yearStartDay = LocalDate.of(year, 1, 1).toEpochDay();
      // the first birthday never comes earlier for a later birth, so the dates of birth of
      // turnsOneIn are one interval; its ends are found by bisection with firstBirthday, the one
      // home of the rule. A first birthday is 365 to 367 days after birth: the interval lies in
      // [1 January Y - 400 days, max(R, 1 January Y)].
      LocalDate start = LocalDate.of(year, 1, 1);
      long lo = yearStartDay - 400;
      long hi = Math.max(refDay, yearStartDay) + 1;
      this.firstBirthdayFrom = firstWith(lo, hi, d -> !firstBirthday(LocalDate.ofEpochDay(d)).isBefore(start));
      this.firstBirthdayUntil = firstWith(lo, hi, d -> firstBirthday(LocalDate.ofEpochDay(d)).isAfter(referenceDate)) - 1;
      Arrays.fill(deadlines, Long.MIN_VALUE);
    }

    /**
     * The last day to register a birth on time, as an epoch day: 60 days from the day after
     * birth, a last day on a rest day moved to the next working day (Luật Hộ tịch Điều 15 khoản
     * 1; Bộ luật Dân sự Điều 147 khoản 3, Điều 148 khoản 5), computed by {@link WorkingDays} once
     * per date of birth of year Y.
     */
    long birthRegistrationDeadline(LocalDate dob, long dobDay) {
      long i = dobDay - yearStartDay;
      if (i < 0 || i >= deadlines.length) {
        return WorkingDays.vietnam().lastDayOfPeriodInDays(dob, 60).toEpochDay();
      }
      long d = deadlines[(int) i];
      if (d == Long.MIN_VALUE) {
        d = WorkingDays.vietnam().lastDayOfPeriodInDays(dob, 60).toEpochDay();
        deadlines[(int) i] = d;
      }
      return d;
    }

    /** The first day in [from, until) where a monotone test holds, or {@code until}. */
    private static long firstWith(long from, long until, LongPredicate test) {
      long a = from;
      long b = until;
      while (a < b) {
        long mid = (a + b) >>> 1;
        if (test.test(mid)) {
          b = mid;
        } else {
          a = mid + 1;
        }
      }
      return a;
    }

    boolean turnsOne(long dobDay) {
      return dobDay >= firstBirthdayFrom && dobDay <= firstBirthdayUntil;
    }
  }

  private final Setting setting;
  private final Child child;
  private final int year;
  private final LocalDate ref;
  private final @Nullable LocalDate dob;
  /** The epoch day of the date of birth (0 when there is none): every age in days is a difference of epoch days. */
  private final long dobDay;
  private final @Nullable Sex sex;
  private final List<CircumstanceCode> codes;

  private boolean measurementDone;
  private @Nullable GrowthMeasurement measurement;
  /** The measurement's epoch day, weight, length/height (NaN when missing) and oedema, read once. */
  private long measuredDay;
  private double weightKg = Double.NaN;
  private boolean hasWeight;
  private double lengthCm = Double.NaN;
  private boolean hasLength;
  private boolean oedema;
  private boolean scored;
  /** The three z-scores rounded to 2 decimals (NaN when not computed) and their flags. */
  private double zwei = Double.NaN;
  private double zlen = Double.NaN;
  private double zwfl = Double.NaN;
  private boolean fwei;
  private boolean flen;
  private boolean fwfl;
  /** The age at R in completed months ({@code Period.between(dob, R).toTotalMonths()}), computed once; -2 not yet, -1 none. */
  private long monthsAtRef = -2;
  private boolean enrolmentDone;
  private @Nullable SchoolEnrolment enrolment;
  private boolean statusDone;
  private @Nullable YearlyStatus status;

  /**
   * An evaluator of one child.
   *
   * @param child the child
   * @param setting the calculation's year, reference date and scorer
   */
  public ChildEvaluator(Child child, Setting setting) {
    this.setting = setting;
    this.child = child;
    this.year = setting.year;
    this.ref = setting.ref;
    LocalDate d = child.getDateOfBirth().orElse(null);
    this.dob = d;
    this.dobDay = d == null ? 0 : d.toEpochDay();
    this.sex = child.getSex().orElse(null); // read once: a getter makes an Optional each call
    this.codes = child.circumstancesOn(ref);
  }

  /** {@return the special-circumstance groups active at R, in group order, without repetition} */
  public Set<SpecialCircumstanceGroup> groups() {
    Set<SpecialCircumstanceGroup> g = EnumSet.noneOf(SpecialCircumstanceGroup.class);
    for (CircumstanceCode c : codes) {
      g.add(c.getGroup());
    }
    return g;
  }

  /**
   * The keys of the child's cells in the breakdown by the 11 groups of the 2004 law: the number of
   * every legacy group its codes active at R map to ({@link LegacyMapping#legacyGroupsContaining}),
   * plus {@code UNKNOWN} when a code without sub-group leaves a group undecided
   * ({@link LegacyMapping#needsSubgroup}); {@code NONE} alone when neither.
   *
   * @return the keys, groups in the law's order, without repetition
   */
  public List<String> legacyGroupKeys() {
    if (codes.isEmpty()) {
      return NONE_ONLY;
    }
    Set<LegacyCircumstanceGroup> groups = EnumSet.noneOf(LegacyCircumstanceGroup.class);
    boolean undecided = false;
    for (CircumstanceCode c : codes) {
      groups.addAll(LegacyMapping.legacyGroupsContaining(c));
      undecided |= LegacyMapping.needsSubgroup(c);
    }
    if (groups.isEmpty() && !undecided) {
      return NONE_ONLY;
    }
    List<String> keys = new ArrayList<>(groups.size() + 1);
    for (LegacyCircumstanceGroup g : groups) {
      keys.add(Integer.toString(g.getNumber()));
    }
    if (undecided) {
      keys.add("UNKNOWN");
    }
    return keys;
  }

  private static final List<String> NONE_ONLY = List.of("NONE");

  /**
   * The outcome of one indicator.
   *
   * @param indicator the indicator
   * @return the outcome code
   */
  public int evaluate(Indicators indicator) {
    return switch (indicator) {
      case HI_U6 -> hiU6();
      case UNDERWEIGHT_U5, STUNTING_U5, WASTING_U5, OVERWEIGHT_U5 -> anthropometric(indicator);
      case PRESCHOOL_3_5 -> preschool();
      case GRADE1_AT_6 -> grade1();
      case INJURY_SKILLS, CAN_SWIM -> pupils(indicator);
      case WELFARE_COVERAGE -> welfare();
      case BIRTH_REG_ON_TIME -> birthRegistration();
      case SPECIAL_CIRCUMSTANCES -> specialCircumstances();
      case EPI_U1 -> epi();
      case LEGAL_AID -> legalAid();
      default -> throw new IllegalArgumentException("unknown indicator " + indicator);
    };
  }

  /**
   * The key of the age breakdown cell for an indicator.
   *
   * @param indicator the indicator
   * @return the key, or {@code UNKNOWN}
   */
  public String ageKey(Indicators indicator) {
    if (dob == null) {
      return "UNKNOWN";
    }
    AgeBasis basis = indicator.getAgeBasis();
    switch (basis) {
      case WHO_DAYS_AT_MEASUREMENT -> {
        if (measurement() == null) {
          return "UNKNOWN";
        }
        return whoAgeGroup(measuredDay - dobDay);
      }
      case SCHOOL_AGE -> {
        return number(year - dob.getYear());
      }
      case BORN_IN_YEAR, FIRST_BIRTHDAY_IN_YEAR -> {
        long months = monthsAtRef();
        return months < 0 ? "UNKNOWN" : number(months);
      }
      default -> {
        long months = monthsAtRef();
        return months < 0 ? "UNKNOWN" : number(months / 12); // Period's years of a non-negative period
      }
    }
  }

  /** The texts of the numbers 0 to 255 (ages in months and years): no new string a child. */
  private static final String[] NUMBERS = new String[256];

  static {
    for (int i = 0; i < NUMBERS.length; i++) {
      NUMBERS[i] = Integer.toString(i);
    }
  }

  private static String number(long n) {
    return n >= 0 && n < NUMBERS.length ? NUMBERS[(int) n] : Long.toString(n);
  }

  /**
   * The age at R in completed months, as {@code Period.between(dob, R).toTotalMonths()}, computed
   * once per child: -1 when the date of birth is missing or after R.
   */
  private long monthsAtRef() {
    if (monthsAtRef == -2) {
      monthsAtRef = dob == null || dob.isAfter(ref) ? -1 : Period.between(dob, ref).toTotalMonths();
    }
    return monthsAtRef;
  }

  /** {@link Child#enrolmentIn} of the year, looked up once per child. */
  private @Nullable SchoolEnrolment enrolment() {
    if (!enrolmentDone) {
      for (SchoolEnrolment e : child.getEnrolments()) { // Child#enrolmentIn without its Optional
        if (e.getSchoolYear() == year) {
          enrolment = e;
          break;
        }
      }
      enrolmentDone = true;
    }
    return enrolment;
  }

  /** {@link Child#statusIn} of the year, looked up once per child. */
  private @Nullable YearlyStatus status() {
    if (!statusDone) {
      for (YearlyStatus s : child.getYearlyStatus()) { // Child#statusIn without its Optional
        if (s.getYear() == year) {
          status = s;
          break;
        }
      }
      statusDone = true;
    }
    return status;
  }

  /**
   * The WHO age group of an age in days: months = days / 30.4375.
   *
   * @param days the age in days
   * @return {@code "0-5"}, {@code "6-11"}, {@code "12-23"}, {@code "24-35"}, {@code "36-47"},
   *     {@code "48-59"}, or {@code "UNKNOWN"} outside 0..1826 days
   */
  public static String whoAgeGroup(long days) {
    if (days < 0 || days > MAX_U5_DAYS) {
      return "UNKNOWN";
    }
    double months = days / 30.4375;
    if (months < 6) {
      return "0-5";
    } else if (months < 12) {
      return "6-11";
    } else if (months < 24) {
      return "12-23";
    } else if (months < 36) {
      return "24-35";
    } else if (months < 48) {
      return "36-47";
    }
    return "48-59";
  }

  private static int excluded(ExclusionReason r) {
    return EXCLUDED + r.ordinal();
  }

  private static int counted(boolean numerator) {
    return numerator ? NUMERATOR : DENOMINATOR;
  }

  private int hiU6() {
    if (dob == null) {
      return excluded(ExclusionReason.MISSING_DOB);
    }
    long months = monthsAtRef();
    if (months < 0 || months >= 72) {
      return OUT;
    }
    for (HealthInsuranceCard c : child.getHealthInsuranceCards()) { // a loop: no stream a child
      if (c.isValidOn(ref)) {
        return NUMERATOR;
      }
    }
    return DENOMINATOR;
  }

  /**
   * {@link Child#latestMeasurementIn} of the year, looked up once per child, with its epoch day,
   * weight, length/height and oedema read once (a getter of an optional number makes an object
   * each call).
   */
  private @Nullable GrowthMeasurement measurement() {
    if (!measurementDone) {
      GrowthMeasurement m = child.latestMeasurementIn(year, ref).orElse(null);
      if (m != null) {
        measuredDay = m.getMeasuredOn().toEpochDay();
        OptionalDouble w = m.getWeightKg();
        hasWeight = w.isPresent();
        weightKg = w.orElse(Double.NaN);
        OptionalDouble l = m.getLengthHeightCm();
        hasLength = l.isPresent();
        lengthCm = l.orElse(Double.NaN);
        oedema = m.getOedema().orElse(false);
      }
      measurement = m;
      measurementDone = true;
    }
    return measurement;
  }

  private int anthropometric(Indicators indicator) {
    if (dob == null) {
      return excluded(ExclusionReason.MISSING_DOB);
    }
    // under 5 (0..1826 days) on some day of [Y-01-01, R]: born on or before R and not more than
    // 1826 days before Y-01-01 (days between two dates: the difference of their epoch days)
    long born = dobDay;
    if (born > setting.refDay || setting.yearStartDay - born > MAX_U5_DAYS) {
      return OUT;
    }
    GrowthMeasurement m = measurement();
    if (m == null) {
      // under 5 (0..1826 days) on R: not weighed; turned 5 during Y without a measurement: aged out
      return excluded(setting.refDay - born <= MAX_U5_DAYS
          ? ExclusionReason.NOT_MEASURED : ExclusionReason.AGED_OUT_UNMEASURED);
    }
    long days = measuredDay - born;
    if (days < 0 || days > MAX_U5_DAYS) {
      return excluded(ExclusionReason.AGE_OUT_OF_RANGE);
    }
    if (oedema && (indicator == Indicators.UNDERWEIGHT_U5 || indicator == Indicators.WASTING_U5)) {
      return NUMERATOR;
    }
    if (oedema && indicator == Indicators.OVERWEIGHT_U5) {
      return excluded(ExclusionReason.OEDEMA);
    }
    Sex sex = this.sex;
    if (sex == null) {
      return excluded(ExclusionReason.MISSING_SEX);
    }
    boolean needsWeight = indicator != Indicators.STUNTING_U5;
    boolean needsLength = indicator != Indicators.UNDERWEIGHT_U5;
    if ((needsWeight && !hasWeight) || (needsLength && !hasLength)) {
      return excluded(ExclusionReason.MISSING_MEASUREMENT);
    }
    score(sex, m);
    double v;
    boolean flagged;
    switch (indicator) {
      case UNDERWEIGHT_U5 -> {
        v = zwei;
        flagged = fwei;
      }
      case STUNTING_U5 -> {
        v = zlen;
        flagged = flen;
      }
      default -> {
        v = zwfl;
        flagged = fwfl;
      }
    }
    if (Double.isNaN(v)) {
      return excluded(ExclusionReason.Z_NOT_COMPUTABLE);
    }
    if (flagged) {
      return excluded(ExclusionReason.Z_FLAGGED);
    }
    return counted(indicator == Indicators.OVERWEIGHT_U5 ? v > 2 : v < -2);
  }

  /**
   * The three z-scores of the measurement, once per child. With this library's WHO scorer, they
   * are computed here from {@link Who2006#under5} with the rounding and flags of
   * {@code WhoGrowth.anthro2006}, without its result object, the three {@link ZScore}s and the
   * {@link GrowthScores} (the same numbers: {@code ChildEvaluatorEquivalenceTest}); any other
   * scorer is called as such.
   */
  private void score(Sex sex, GrowthMeasurement m) {
    if (scored) {
      return;
    }
    scored = true;
    if (setting.who) {
      // the default scorer's inputs: age in days from birth to measurement, a missing position
      // as null, a missing oedema as none
      Who2006.Under5 u = Who2006.under5(sex, (double) (measuredDay - dobDay), weightKg, lengthCm,
          m.getPosition().orElse(null), oedema);
      zwei = Lms.round2(u.zwei());
      zlen = Lms.round2(u.zlen());
      zwfl = Lms.round2(u.zwfl());
      if (!Double.isInfinite(zwei) && !Double.isInfinite(zlen) && !Double.isInfinite(zwfl)) {
        fwei = Who2006.flagWei(zwei);
        flen = Who2006.flagLen(zlen);
        fwfl = Who2006.flagFive(zwfl);
        return;
      }
      // an infinite z-score: the scorer refuses it (ZScore's check), as it always has
    }
    GrowthScores s = setting.scorer.score(sex, dob, m);
    ZScore w = s.getWeightForAge();
    ZScore l = s.getLengthForAge();
    ZScore f = s.getWeightForLength();
    zwei = w.getValue().orElse(Double.NaN); // a ZScore's value is finite: NaN means none
    zlen = l.getValue().orElse(Double.NaN);
    zwfl = f.getValue().orElse(Double.NaN);
    fwei = w.isFlagged();
    flen = l.isFlagged();
    fwfl = f.isFlagged();
  }

  private int preschool() {
    if (dob == null) {
      return excluded(ExclusionReason.MISSING_DOB);
    }
    int age = year - dob.getYear();
    if (age < 3 || age > 5) {
      return OUT;
    }
    SchoolEnrolment e = enrolment();
    if (e == null) {
      return excluded(ExclusionReason.MISSING_ENROLMENT);
    }
    return counted(e.getLevel().isPreschool());
  }

  private int grade1() {
    if (dob == null) {
      return excluded(ExclusionReason.MISSING_DOB);
    }
    if (year - dob.getYear() != 6) {
      return OUT;
    }
    SchoolEnrolment e = enrolment();
    // a lawful deferral (Thông tư 28/2020/TT-BGDĐT Điều 33) takes a child who is not in grade 1
    // out of the denominator; a deferred child who entered grade 1 all the same counts
    boolean deferred = child.getGrade1Deferred().orElse(false);
    if (e == null) {
      return excluded(deferred ? ExclusionReason.GRADE1_DEFERRED : ExclusionReason.MISSING_ENROLMENT);
    }
    if (e.getLevel() != SchoolLevel.PRIMARY) {
      return deferred ? excluded(ExclusionReason.GRADE1_DEFERRED) : DENOMINATOR;
    }
    OptionalInt grade = e.getGrade();
    if (grade.isEmpty()) {
      return excluded(ExclusionReason.MISSING_GRADE);
    }
    boolean grade1 = grade.getAsInt() == 1;
    return !grade1 && deferred ? excluded(ExclusionReason.GRADE1_DEFERRED) : counted(grade1);
  }

  private int pupils(Indicators indicator) {
    SchoolEnrolment e = enrolment();
    if (e == null) {
      if (dob == null) {
        return excluded(ExclusionReason.MISSING_ENROLMENT);
      }
      int age = year - dob.getYear();
      return age >= 6 && age <= 15 ? excluded(ExclusionReason.MISSING_ENROLMENT) : OUT;
    }
    SchoolLevel level = e.getLevel();
    if (level != SchoolLevel.PRIMARY && level != SchoolLevel.LOWER_SECONDARY) {
      return OUT;
    }
    SafetySkills s = null;
    for (SafetySkills k : child.getSafetySkills()) { // Child#safetySkillsIn without its Optional
      if (k.getSchoolYear() == year) {
        s = k;
        break;
      }
    }
    if (s == null) {
      return excluded(ExclusionReason.MISSING_ANSWER);
    }
    Optional<Boolean> answer = indicator == Indicators.INJURY_SKILLS
        ? s.getInjuryPreventionTrained() : s.getCanSwim();
    return answer.isPresent() ? counted(answer.get()) : excluded(ExclusionReason.MISSING_ANSWER);
  }

  /** Eligibility from the codes: 1 eligible, 0 not, or an exclusion code. */
  private int eligibility() {
    boolean unknownSubgroup = false;
    boolean unknownPoverty = false;
    for (CircumstanceCode c : codes) {
      Optional<SpecialCircumstanceSubgroup> sub = c.getSubgroup();
      SpecialCircumstanceGroup g = c.getGroup();
      if (sub.isPresent() && ELIGIBLE.contains(sub.get())) {
        return 1;
      }
      if (sub.isEmpty() && g == SpecialCircumstanceGroup.B) {
        return 1;
      }
      if (g == SpecialCircumstanceGroup.DD) {
        YearlyStatus st = status();
        Optional<HouseholdPoverty> p = st == null ? Optional.empty() : st.getHouseholdPoverty();
        if (p.isEmpty()) {
          unknownPoverty = true;
        } else if (p.get() == HouseholdPoverty.POOR) {
          return 1;
        }
      } else if (sub.isEmpty()
          && (g == SpecialCircumstanceGroup.A || g == SpecialCircumstanceGroup.C || g == SpecialCircumstanceGroup.D)) {
        unknownSubgroup = true;
      }
    }
    if (unknownSubgroup) {
      return excluded(ExclusionReason.SUBGROUP_UNKNOWN);
    }
    if (unknownPoverty) {
      return excluded(ExclusionReason.MISSING_POVERTY);
    }
    return 0;
  }

  private boolean isUnder16() {
    long months = monthsAtRef(); // -1: no date of birth, or born after R
    return months >= 0 && months / 12 < 16;
  }

  private int welfare() {
    int eligibility = eligibility();
    if (eligibility == 0) {
      return OUT;
    }
    if (dob == null) {
      return excluded(ExclusionReason.MISSING_DOB);
    }
    if (!isUnder16()) {
      return OUT;
    }
    if (eligibility != 1) {
      return eligibility;
    }
    YearlyStatus st = status();
    Optional<Boolean> assisted = st == null ? Optional.empty() : st.getSocialAssistance();
    return assisted.isPresent() ? counted(assisted.get()) : excluded(ExclusionReason.MISSING_ANSWER);
  }

  private int birthRegistration() {
    if (dob == null) {
      return excluded(ExclusionReason.MISSING_DOB);
    }
    if (dob.getYear() != year || dobDay > setting.refDay) {
      return OUT;
    }
    long deadline = setting.birthRegistrationDeadline(dob, dobDay);
    BirthRegistration registration = child.getBirthRegistration().orElse(null);
    long registered = registration == null ? Long.MAX_VALUE : registration.getRegisteredOn().toEpochDay();
    if (registered > setting.refDay) { // not registered by R
      return deadline > setting.refDay ? excluded(ExclusionReason.NOT_YET_DUE) : DENOMINATOR;
    }
    return counted(registered <= deadline);
  }

  private int epi() {
    if (dob == null) {
      return excluded(ExclusionReason.MISSING_DOB);
    }
    if (!setting.turnsOne(dobDay)) { // turnsOneIn(dob, year, ref), as an interval of epoch days
      return OUT;
    }
    Optional<Boolean> epi = child.getEpiFullByAge1();
    return epi.isPresent() ? counted(epi.get()) : excluded(ExclusionReason.MISSING_ANSWER);
  }

  /**
   * Whether a child's first birthday falls in a reporting period: the population rule of
   * {@link Indicators#EPI_U1}.
   *
   * @param dateOfBirth the date of birth
   * @param year the reporting year Y
   * @param referenceDate the reference date R
   * @return true when the first birthday is in [1 January Y, R]; the first birthday is the first
   *     day of 1 completed year, as for every age in completed years (docs/indicators.md §1): a
   *     child born on 29 February turns 1 on 1 March of the next year
   */
  public static boolean turnsOneIn(LocalDate dateOfBirth, int year, LocalDate referenceDate) {
    LocalDate first = firstBirthday(dateOfBirth);
    return !first.isBefore(LocalDate.of(year, 1, 1)) && !first.isAfter(referenceDate);
  }

  /** The first day of 1 completed year of age: a child born on 29 February turns 1 on 1 March. */
  private static LocalDate firstBirthday(LocalDate dateOfBirth) {
    LocalDate first = dateOfBirth.plusYears(1);
    if (first.getDayOfMonth() != dateOfBirth.getDayOfMonth()) {
      first = first.plusDays(1); // 29 February: plusYears gives 28 February, not yet a completed year
    }
    return first;
  }

  private int legalAid() {
    YearlyStatus st = status();
    if (st == null || !st.getCriminalLawConflict().orElse(false)) {
      return OUT;
    }
    if (dob == null) {
      return excluded(ExclusionReason.MISSING_DOB);
    }
    if (!isUnder16()) {
      return OUT;
    }
    Optional<Boolean> aided = st.getLegalAid();
    return aided.isPresent() ? counted(aided.get()) : excluded(ExclusionReason.MISSING_ANSWER);
  }

  private int specialCircumstances() {
    if (codes.isEmpty()) {
      return OUT;
    }
    if (dob == null) {
      return excluded(ExclusionReason.MISSING_DOB);
    }
    return isUnder16() ? NUMERATOR : OUT;
  }
}

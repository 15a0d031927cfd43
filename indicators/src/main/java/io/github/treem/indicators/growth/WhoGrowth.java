package io.github.treem.indicators.growth;

import static io.github.treem.indicators.growth.internal.Who2006.adjustLenhei;
import static io.github.treem.indicators.growth.internal.Who2006.ageBased;
import static io.github.treem.indicators.growth.internal.Who2006.bmi;
import static io.github.treem.indicators.growth.internal.Who2006.interpolated;
import static io.github.treem.indicators.growth.internal.Who2006.sexCode;
import static io.github.treem.indicators.growth.internal.Who2006.trunc;
import static io.github.treem.indicators.growth.internal.Who2006.wfl;

import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.MeasurePosition;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.indicators.growth.internal.Lms;
import io.github.treem.indicators.growth.internal.LmsTable;
import io.github.treem.indicators.growth.internal.Tables;
import io.github.treem.indicators.growth.internal.Who2006;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * WHO growth z-scores, exactly as the WHO's own software computes them: the 2006 Child Growth
 * Standards (0-5 years, R package {@code anthro}) and the 2007 Growth Reference (5-19 years, R
 * package {@code anthroplus}). The rules (age rounding, length/height adjustment, 0.1 cm
 * interpolation, restricted LMS beyond ±3 SD, validity ranges, rounding to 2 decimals, flags) are
 * those of docs/growth-standards.md.
 *
 * <pre>{@code
 * Anthro2006Result r = WhoGrowth.standards()
 *     .anthro2006(Sex.FEMALE, 400, 9.1, 74.5, MeasurePosition.LYING, false);
 * double waz = r.getZwei();              // rounded to 2 decimals, NaN when none
 * Classification c = r.getUnderweight();
 * }</pre>
 *
 * <p>Missing numbers are {@code NaN}; a missing sex or position is {@code null}. The tables are
 * loaded from the jar once, on first use. Every method allocates nothing but its result.
 *
 * <p>Measurements of zero or less: as in the WHO software, the age-based 2006 indicators give no
 * z-score for them; weight-for-length/height and the 2007 indicators give no z-score for a
 * negative value but do compute one for exactly zero (it is then far below -5 and flagged).
 *
 * <p>Implementation requirements: immutable and thread-safe (one shared instance).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class WhoGrowth {
  /** Days per month in the WHO software. */
  public static final double DAYS_PER_MONTH = Who2006.DAYS_PER_MONTH;

  private static final Optional<MeasurePosition> LYING = Optional.of(MeasurePosition.LYING);
  private static final Optional<MeasurePosition> STANDING = Optional.of(MeasurePosition.STANDING);

  private WhoGrowth() {}

  private static final class Holder {
    static final WhoGrowth INSTANCE;

    static {
      // touching Tables loads (and checks) every table once
      if (Tables.CHECKSUMS.isEmpty()) {
        throw new IllegalStateException("no WHO growth table");
      }
      INSTANCE = new WhoGrowth();
    }
  }

  /** {@return the WHO growth standards (one shared, thread-safe instance; loads the tables on first use)} */
  public static WhoGrowth standards() {
    return Holder.INSTANCE;
  }

  /**
   * {@return the SHA-256 (lower-case hex) of each WHO table in use, by file name (e.g.
   * {@code who2006-weianthro.txt}), for reproducibility}
   */
  public Map<String, String> getTableChecksums() {
    return Tables.CHECKSUMS;
  }

  /**
   * Rounds a z-score as the WHO software does (R's {@code round(z, 2)}: the exact binary value,
   * ties to even; so 2.675 becomes 2.67 and 1.005 becomes 1.0).
   *
   * @param z the z-score (NaN stays NaN)
   * @return the rounded value
   */
  public static double roundZ(double z) {
    return Lms.round2(z);
  }

  // ---------------------------------------------------------------- WHO 2006, the whole set

  /**
   * The WHO 2006 z-scores for weight and length/height.
   *
   * @param sex the sex, or null when unknown (no z-score)
   * @param ageDays age in days (fractions allowed), NaN when unknown
   * @param weightKg weight in kg, NaN when missing
   * @param lenHeiCm length or height in cm as measured, NaN when missing
   * @param position how the length/height was measured, null when not recorded
   * @param oedema whether bilateral pitting oedema was present
   * @return the result
   */
  public Anthro2006Result anthro2006(
      @Nullable Sex sex, double ageDays, double weightKg, double lenHeiCm, @Nullable MeasurePosition position, boolean oedema) {
    return anthro2006(sex, ageDays, weightKg, lenHeiCm, position, oedema, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  /**
   * The WHO 2006 z-scores for all eight indicators.
   *
   * @param sex the sex, or null when unknown (no z-score)
   * @param ageDays age in days (fractions allowed), NaN when unknown
   * @param weightKg weight in kg, NaN when missing
   * @param lenHeiCm length or height in cm as measured, NaN when missing
   * @param position how the length/height was measured, null when not recorded
   * @param oedema whether bilateral pitting oedema was present
   * @param headCm head circumference in cm, NaN when missing
   * @param armCm mid-upper arm circumference in cm, NaN when missing
   * @param tricepsMm triceps skinfold in mm, NaN when missing
   * @param subscapularMm subscapular skinfold in mm, NaN when missing
   * @return the result
   */
  public Anthro2006Result anthro2006(
      @Nullable Sex sex,
      double ageDays,
      double weightKg,
      double lenHeiCm,
      @Nullable MeasurePosition position,
      boolean oedema,
      double headCm,
      double armCm,
      double tricepsMm,
      double subscapularMm) {
    Who2006.Under5 u = Who2006.under5(sex, ageDays, weightKg, lenHeiCm, position, oedema);
    int sx = sexCode(sex);
    double ageR = u.ageR();
    double months = u.months();
    boolean c9mo = u.c9mo();
    MeasurePosition cmeasure = u.cmeasure();
    double clenhei = u.clenhei();
    double cbmi = bmi(weightKg, clenhei);

    double zlen = u.zlen();
    double zwei = u.zwei();
    double zwfl = u.zwfl();
    double zbmi = oedema ? Double.NaN : ageBased(Tables.BMI, sx, ageR, months, cbmi, true, 0);
    double zhc = ageBased(Tables.HC, sx, ageR, months, headCm, false, 0);
    double zac = ageBased(Tables.AC, sx, ageR, months, armCm, true, 91);
    double zts = ageBased(Tables.TS, sx, ageR, months, tricepsMm, true, 91);
    double zss = ageBased(Tables.SS, sx, ageR, months, subscapularMm, true, 91);

    double rlen = Lms.round2(zlen);
    double rwei = Lms.round2(zwei);
    double rwfl = Lms.round2(zwfl);
    double rbmi = Lms.round2(zbmi);
    double rhc = Lms.round2(zhc);
    double rac = Lms.round2(zac);
    double rts = Lms.round2(zts);
    double rss = Lms.round2(zss);
    return Anthro2006Result.builder()
        .clenhei(clenhei)
        .cmeasure(cmeasure == null ? Optional.empty() : cmeasure == MeasurePosition.LYING ? LYING : STANDING)
        .c9moFlag(c9mo)
        .cbmi(cbmi)
        .zlen(rlen).zlenUnrounded(zlen).flen(Who2006.flagLen(rlen))
        .zwei(rwei).zweiUnrounded(zwei).fwei(Who2006.flagWei(rwei))
        .zwfl(rwfl).zwflUnrounded(zwfl).fwfl(Who2006.flagFive(rwfl))
        .zbmi(rbmi).zbmiUnrounded(zbmi).fbmi(rbmi < -5 || rbmi > 5)
        .zhc(rhc).zhcUnrounded(zhc).fhc(rhc < -5 || rhc > 5)
        .zac(rac).zacUnrounded(zac).fac(rac < -5 || rac > 5)
        .zts(rts).ztsUnrounded(zts).fts(rts < -5 || rts > 5)
        .zss(rss).zssUnrounded(zss).fss(rss < -5 || rss > 5)
        .build();
  }

  /**
   * The WHO 2006 z-scores of a child at a measurement; age in days is the number of days from the
   * date of birth to the date of measurement; a missing oedema counts as no oedema.
   *
   * @param child the child (sex, date of birth)
   * @param measurement the measurement
   * @return the result
   */
  public Anthro2006Result anthro2006(Child child, GrowthMeasurement measurement) {
    return anthro2006(
        child.getSex().orElse(null),
        ageDays(child, measurement),
        measurement.getWeightKg().orElse(Double.NaN),
        measurement.getLengthHeightCm().orElse(Double.NaN),
        measurement.getPosition().orElse(null),
        measurement.getOedema().orElse(false));
  }

  /**
   * The WHO 2006 z-scores of a measurement, given the sex and date of birth; age in days is the
   * number of days from the date of birth to the date of measurement; a missing oedema counts as
   * no oedema.
   *
   * @param sex the sex, or null when unknown
   * @param dateOfBirth the date of birth, or null when unknown
   * @param measurement the measurement
   * @return the result
   */
  public Anthro2006Result anthro2006(@Nullable Sex sex, @Nullable LocalDate dateOfBirth, GrowthMeasurement measurement) {
    return anthro2006(
        sex,
        dateOfBirth == null ? Double.NaN : (double) ChronoUnit.DAYS.between(dateOfBirth, measurement.getMeasuredOn()),
        measurement.getWeightKg().orElse(Double.NaN),
        measurement.getLengthHeightCm().orElse(Double.NaN),
        measurement.getPosition().orElse(null),
        measurement.getOedema().orElse(false));
  }

  static double ageDays(Child child, GrowthMeasurement measurement) {
    return child.getDateOfBirth()
        .map(dob -> (double) ChronoUnit.DAYS.between(dob, measurement.getMeasuredOn()))
        .orElse(Double.NaN);
  }

  // ---------------------------------------------------------------- WHO 2006, one at a time

  /**
   * Weight-for-age (0-5 years).
   *
   * @param sex the sex, null when unknown
   * @param ageDays age in days, NaN when unknown
   * @param weightKg weight in kg
   * @param oedema oedema present (then no z-score)
   * @return the z-score rounded to 2 decimals, NaN when none
   */
  public double zWeightForAge(@Nullable Sex sex, double ageDays, double weightKg, boolean oedema) {
    if (oedema || !(ageDays >= 0)) {
      return Double.NaN;
    }
    return Lms.round2(ageBased(Tables.WEI, sexCode(sex), Lms.roundUp(ageDays), ageDays / DAYS_PER_MONTH, weightKg, true, 0));
  }

  /**
   * Length/height-for-age (0-5 years), after the position rules (9 months, ±0.7 cm at 731 days).
   *
   * @param sex the sex, null when unknown
   * @param ageDays age in days, NaN when unknown
   * @param lenHeiCm length or height as measured
   * @param position the position, null when not recorded
   * @return the z-score rounded to 2 decimals, NaN when none
   */
  public double zLengthHeightForAge(@Nullable Sex sex, double ageDays, double lenHeiCm, @Nullable MeasurePosition position) {
    if (!(ageDays >= 0)) {
      return Double.NaN;
    }
    double ageR = Lms.roundUp(ageDays);
    double months = ageDays / DAYS_PER_MONTH;
    MeasurePosition p = position == MeasurePosition.STANDING && months < 9 ? null : position;
    return Lms.round2(ageBased(Tables.LEN, sexCode(sex), ageR, months, adjustLenhei(ageR, p, lenHeiCm), false, 0));
  }

  /**
   * Weight-for-length/height (0-5 years; length 45-110 cm or height 65-120 cm).
   *
   * @param sex the sex, null when unknown
   * @param ageDays age in days, NaN when unknown (the table then follows the position, or 87 cm)
   * @param weightKg weight in kg
   * @param lenHeiCm length or height as measured
   * @param position the position, null when not recorded
   * @param oedema oedema present (then no z-score)
   * @return the z-score rounded to 2 decimals, NaN when none
   */
  public double zWeightForLengthHeight(
      @Nullable Sex sex, double ageDays, double weightKg, double lenHeiCm, @Nullable MeasurePosition position, boolean oedema) {
    if (oedema) {
      return Double.NaN;
    }
    double age = ageDays >= 0 ? ageDays : Double.NaN;
    double ageR = Double.isNaN(age) ? Double.NaN : Lms.roundUp(age);
    double months = age / DAYS_PER_MONTH;
    MeasurePosition p = position == MeasurePosition.STANDING && months < 9 ? null : position;
    return Lms.round2(wfl(sexCode(sex), ageR, months, weightKg, adjustLenhei(ageR, p, lenHeiCm), p));
  }

  /**
   * BMI-for-age (0-5 years), the BMI from the adjusted length/height.
   *
   * @param sex the sex, null when unknown
   * @param ageDays age in days, NaN when unknown
   * @param weightKg weight in kg
   * @param lenHeiCm length or height as measured
   * @param position the position, null when not recorded
   * @param oedema oedema present (then no z-score)
   * @return the z-score rounded to 2 decimals, NaN when none
   */
  public double zBmiForAge(
      @Nullable Sex sex, double ageDays, double weightKg, double lenHeiCm, @Nullable MeasurePosition position, boolean oedema) {
    if (oedema || !(ageDays >= 0)) {
      return Double.NaN;
    }
    double ageR = Lms.roundUp(ageDays);
    double months = ageDays / DAYS_PER_MONTH;
    MeasurePosition p = position == MeasurePosition.STANDING && months < 9 ? null : position;
    double cbmi = bmi(weightKg, adjustLenhei(ageR, p, lenHeiCm));
    return Lms.round2(ageBased(Tables.BMI, sexCode(sex), ageR, months, cbmi, true, 0));
  }

  /**
   * Head circumference-for-age (0-5 years).
   *
   * @param sex the sex, null when unknown
   * @param ageDays age in days, NaN when unknown
   * @param headCm head circumference in cm
   * @return the z-score rounded to 2 decimals, NaN when none
   */
  public double zHeadCircumferenceForAge(@Nullable Sex sex, double ageDays, double headCm) {
    return ageOnly(Tables.HC, sex, ageDays, headCm, false, 0);
  }

  /**
   * Arm circumference-for-age (3 months to 5 years).
   *
   * @param sex the sex, null when unknown
   * @param ageDays age in days, NaN when unknown
   * @param armCm mid-upper arm circumference in cm
   * @return the z-score rounded to 2 decimals, NaN when none
   */
  public double zArmCircumferenceForAge(@Nullable Sex sex, double ageDays, double armCm) {
    return ageOnly(Tables.AC, sex, ageDays, armCm, true, 91);
  }

  /**
   * Triceps skinfold-for-age (3 months to 5 years).
   *
   * @param sex the sex, null when unknown
   * @param ageDays age in days, NaN when unknown
   * @param tricepsMm triceps skinfold in mm
   * @return the z-score rounded to 2 decimals, NaN when none
   */
  public double zTricepsSkinfoldForAge(@Nullable Sex sex, double ageDays, double tricepsMm) {
    return ageOnly(Tables.TS, sex, ageDays, tricepsMm, true, 91);
  }

  /**
   * Subscapular skinfold-for-age (3 months to 5 years).
   *
   * @param sex the sex, null when unknown
   * @param ageDays age in days, NaN when unknown
   * @param subscapularMm subscapular skinfold in mm
   * @return the z-score rounded to 2 decimals, NaN when none
   */
  public double zSubscapularSkinfoldForAge(@Nullable Sex sex, double ageDays, double subscapularMm) {
    return ageOnly(Tables.SS, sex, ageDays, subscapularMm, true, 91);
  }

  private static double ageOnly(LmsTable t, @Nullable Sex sex, double ageDays, double y, boolean restricted, int minAge) {
    if (!(ageDays >= 0)) {
      return Double.NaN;
    }
    return Lms.round2(ageBased(t, sexCode(sex), Lms.roundUp(ageDays), ageDays / DAYS_PER_MONTH, y, restricted, minAge));
  }

  // ---------------------------------------------------------------- WHO 2007

  /**
   * The WHO 2007 z-scores (5-19 years): height-for-age and BMI-for-age for 60 to 228 months,
   * weight-for-age for 60 to 120 months, both limits inclusive (as anthroplus 1.0.0 and
   * docs/growth-standards.md §9; anthroplus 1.1.0 moved the upper limits to below 229 and below 121
   * months, which differs only for ages strictly between 228 and 229, or 120 and 121); l, m and
   * s are interpolated linearly between whole months.
   *
   * @param sex the sex, null when unknown (no z-score)
   * @param ageMonths age in months (fractions allowed), NaN when unknown
   * @param heightCm height in cm, NaN when missing
   * @param weightKg weight in kg, NaN when missing
   * @param oedema whether bilateral pitting oedema was present (no weight-for-age, BMI-for-age)
   * @return the result
   */
  public Who2007Result who2007(@Nullable Sex sex, double ageMonths, double heightCm, double weightKg, boolean oedema) {
    int sx = sexCode(sex);
    double cbmi = weightKg / ((heightCm / 100) * (heightCm / 100));
    double zhfa = monthly(Tables.HFA2007, sx, ageMonths, heightCm, false, 228);
    double zwfa = oedema ? Double.NaN : monthly(Tables.WFA2007, sx, ageMonths, weightKg, true, 120);
    double zbfa = oedema ? Double.NaN : monthly(Tables.BFA2007, sx, ageMonths, cbmi, true, 228);
    double rhfa = Lms.round2(zhfa);
    double rwfa = Lms.round2(zwfa);
    double rbfa = Lms.round2(zbfa);
    return Who2007Result.builder()
        .cbmi(cbmi)
        .zhfa(rhfa).zhfaUnrounded(zhfa).fhfa(rhfa < -6 || rhfa > 6)
        .zwfa(rwfa).zwfaUnrounded(zwfa).fwfa(rwfa < -6 || rwfa > 5)
        .zbfa(rbfa).zbfaUnrounded(zbfa).fbfa(rbfa < -5 || rbfa > 5)
        .build();
  }

  /**
   * The WHO 2007 z-scores of a child at a measurement; age in months is the number of days from
   * the date of birth to the date of measurement divided by 30.4375.
   *
   * @param child the child (sex, date of birth)
   * @param measurement the measurement (the length/height is used as a height, unadjusted)
   * @return the result
   */
  public Who2007Result who2007(Child child, GrowthMeasurement measurement) {
    return who2007(
        child.getSex().orElse(null),
        ageDays(child, measurement) / DAYS_PER_MONTH,
        measurement.getLengthHeightCm().orElse(Double.NaN),
        measurement.getWeightKg().orElse(Double.NaN),
        measurement.getOedema().orElse(false));
  }

  /**
   * Height-for-age, 5-19 years (60-228 months).
   *
   * @param sex the sex, null when unknown
   * @param ageMonths age in months
   * @param heightCm height in cm
   * @return the z-score rounded to 2 decimals, NaN when none
   */
  public double zHeightForAge2007(@Nullable Sex sex, double ageMonths, double heightCm) {
    return Lms.round2(monthly(Tables.HFA2007, sexCode(sex), ageMonths, heightCm, false, 228));
  }

  /**
   * Weight-for-age, 5-10 years (60-120 months).
   *
   * @param sex the sex, null when unknown
   * @param ageMonths age in months
   * @param weightKg weight in kg
   * @param oedema oedema present (then no z-score)
   * @return the z-score rounded to 2 decimals, NaN when none
   */
  public double zWeightForAge2007(@Nullable Sex sex, double ageMonths, double weightKg, boolean oedema) {
    return oedema ? Double.NaN : Lms.round2(monthly(Tables.WFA2007, sexCode(sex), ageMonths, weightKg, true, 120));
  }

  /**
   * BMI-for-age, 5-19 years (60-228 months).
   *
   * @param sex the sex, null when unknown
   * @param ageMonths age in months
   * @param heightCm height in cm
   * @param weightKg weight in kg
   * @param oedema oedema present (then no z-score)
   * @return the z-score rounded to 2 decimals, NaN when none
   */
  public double zBmiForAge2007(@Nullable Sex sex, double ageMonths, double heightCm, double weightKg, boolean oedema) {
    if (oedema) {
      return Double.NaN;
    }
    double cbmi = weightKg / ((heightCm / 100) * (heightCm / 100));
    return Lms.round2(monthly(Tables.BFA2007, sexCode(sex), ageMonths, cbmi, true, 228));
  }

  // ---------------------------------------------------------------- the rules

  /**
   * A 2007 z-score, unrounded: l, m, s interpolated between whole months; 60..upper inclusive.
   * As anthroplus, a zero measurement still gives a z-score (anthroplus rejects negative ones).
   */
  private static double monthly(LmsTable t, int sex, double age, double y, boolean restricted, double upper) {
    if (sex == 0 || !(y >= 0) || !(age >= 60 && age <= upper)) {
      return Double.NaN;
    }
    double lowAge = trunc(age);
    double uppAge = trunc(age + 1);
    double diff = age - lowAge;
    return interpolated(t, sex, lowAge, uppAge, diff, y, restricted);
  }
}

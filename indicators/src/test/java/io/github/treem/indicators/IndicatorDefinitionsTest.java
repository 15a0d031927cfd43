package io.github.treem.indicators;

import static io.github.treem.indicators.Kids.card;
import static io.github.treem.indicators.Kids.child;
import static io.github.treem.indicators.Kids.code;
import static io.github.treem.indicators.Kids.enrol;
import static io.github.treem.indicators.Kids.measured;
import static io.github.treem.indicators.Kids.reg;
import static io.github.treem.indicators.Kids.skills;
import static io.github.treem.indicators.Kids.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.HouseholdPoverty;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.YearlyStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of docs/indicators.md on hand-made children: "N" numerator, "D" denominator only, "OUT", or the exclusion reason. */
class IndicatorDefinitionsTest {

  static final IndicatorCalculator CALC = IndicatorCalculator.builder().year(2020).growthScorer(Kids.SCORER).build();

  static String outcome(IndicatorCalculator calc, Indicators indicator, Child c) {
    IndicatorResult r = calc.newAccumulator().add(c, "X").result().result(indicator).orElseThrow();
    if (r.getNumerator() == 1 && (r.getDenominator() == 1 || indicator.getUnit() == IndicatorUnit.COUNT)) {
      return "N";
    }
    if (r.getDenominator() == 1) {
      return "D";
    }
    if (r.getExclusions().isEmpty()) {
      return "OUT";
    }
    assertThat(r.getExclusions()).hasSize(1);
    assertThat(r.getExclusions().values()).containsExactly(1L);
    return r.getExclusions().keySet().iterator().next().name();
  }

  static String outcome(Indicators indicator, Child c) {
    return outcome(CALC, indicator, c);
  }

  // ---- HI_U6

  @ParameterizedTest
  @CsvSource({
      // dob, card issued, card valid to, expected
      "2015-01-01, , , N",                 // 71 months at R, card with no dates
      "2014-12-31, , , OUT",               // 72 completed months at R
      "2015-01-01, 2015-02-01, 2020-12-31, N", // valid to R inclusive
      "2015-01-01, 2015-02-01, 2020-12-30, D", // expired the day before R
      "2020-12-31, 2020-12-31, , N",        // born and issued on R
      "2020-06-01, 2021-01-05, , D",        // issued after R
      "2021-01-01, , , OUT",               // born after R
      })
  void hiU6(String dob, String issued, String validTo, String expected) {
    Child c = child(dob).addHealthInsuranceCards(card(issued, validTo)).build();
    assertThat(outcome(Indicators.HI_U6, c)).isEqualTo(expected);
  }

  @Test
  void hiU6WithoutCardOrDob() {
    assertThat(outcome(Indicators.HI_U6, child("2018-05-05").build())).isEqualTo("D");
    assertThat(outcome(Indicators.HI_U6, child(null).build())).isEqualTo("MISSING_DOB");
    // any one valid card counts
    Child two = child("2018-05-05").addHealthInsuranceCards(card(null, "2019-01-01"), card("2019-01-02", "2023-09-30")).build();
    assertThat(outcome(Indicators.HI_U6, two)).isEqualTo("N");
  }

  @Test
  void hiU6CalendarMonthsAtOtherReferenceDate() {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 2, 28))
        .growthScorer(Kids.SCORER).build();
    // born 2014-02-28: exactly 72 months on 2020-02-28
    assertThat(outcome(calc, Indicators.HI_U6, child("2014-02-28").build())).isEqualTo("OUT");
    assertThat(outcome(calc, Indicators.HI_U6, child("2014-03-01").build())).isEqualTo("D");
  }

  // ---- BIRTH_REG_ON_TIME

  @ParameterizedTest
  @CsvSource({
      "2020-01-01, 2020-03-01, N",   // day 60 (leap year: Jan 1 + 60 days = Mar 1)
      "2020-01-01, 2020-03-03, D",   // day 60 is Sunday 1 March: due Monday 2 March (Civil Code Art. 148 (5))
      "2020-01-01, , D",             // never registered, deadline passed
      "2020-11-01, 2020-12-31, N",   // day 60 exactly on R
      "2020-11-01, , D",             // deadline Dec 31 = R: due
      "2020-11-02, , NOT_YET_DUE",   // deadline Jan 1 > R
      "2020-12-15, 2021-01-10, NOT_YET_DUE", // registered after R, in time: not yet due at R
      "2020-09-01, 2021-01-10, D",   // registered after R and late: not registered by R
      "2020-12-31, 2020-12-31, N",
      "2019-12-31, 2020-01-01, OUT", // not born in Y
      "2021-01-01, 2021-01-02, OUT",
      "2020-03-01, 2020-02-20, N",   // registered before birth (a data error the validator reports)
      })
  void birthRegistration(String dob, String registered, String expected) {
    Child.Builder b = child(dob);
    if (registered != null) {
      b.birthRegistration(reg(registered));
    }
    assertThat(outcome(Indicators.BIRTH_REG_ON_TIME, b.build())).isEqualTo(expected);
  }

  @Test
  void birthRegistrationWithEarlierReferenceDate() {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 6, 30))
        .growthScorer(Kids.SCORER).build();
    assertThat(outcome(calc, Indicators.BIRTH_REG_ON_TIME, child("2020-07-01").build())).isEqualTo("OUT");
    assertThat(outcome(calc, Indicators.BIRTH_REG_ON_TIME,
        child("2020-06-01").birthRegistration(reg("2020-07-02")).build())).isEqualTo("NOT_YET_DUE");
    assertThat(outcome(calc, Indicators.BIRTH_REG_ON_TIME, child("2020-05-01").build())).isEqualTo("D");
    assertThat(outcome(calc, Indicators.BIRTH_REG_ON_TIME, child("2020-05-02").build())).isEqualTo("NOT_YET_DUE");
  }

  // ---- under 5

  @ParameterizedTest
  @CsvSource({
      // dob, measured on, waz, expected UNDERWEIGHT
      "2018-01-01, 2020-06-01, -2.01, N",
      "2018-01-01, 2020-06-01, -2.00, D",
      "2018-01-01, 2020-06-01, 1.5, D",
      "2015-06-02, 2020-06-01, -3, N",            // 1826 days: in
      "2015-06-01, 2020-06-01, -3, AGE_OUT_OF_RANGE", // 1827 days: out of range
      "2020-06-02, 2020-06-01, -3, AGE_OUT_OF_RANGE", // measured before birth
      "2018-01-01, 2019-12-31, -3, NOT_MEASURED", // measured in the previous year only
      "2018-01-01, 2021-01-01, -3, NOT_MEASURED", // measured after R
      "2018-01-01, 2020-06-01, , Z_NOT_COMPUTABLE",
      })
  void underweight(String dob, String on, Double waz, String expected) {
    Child c = child(dob).addMeasurements(measured(on, waz, 0.0, 0.0, false)).build();
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, c)).isEqualTo(expected);
  }

  @Test
  void notMeasuredCountsOnlyChildrenUnder5OnTheReferenceDate() {
    // R = 2020-12-31: born 2016-01-01 is 1826 days old (under 5), born 2015-12-31 is 1827 days old
    assertThat(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse("2016-01-01"), LocalDate.parse("2020-12-31")))
        .isEqualTo(1826);
    for (Indicators i : new Indicators[] {Indicators.UNDERWEIGHT_U5, Indicators.STUNTING_U5, Indicators.WASTING_U5,
        Indicators.OVERWEIGHT_U5}) {
      assertThat(outcome(i, child("2016-01-01").build())).as(i.name()).isEqualTo("NOT_MEASURED");
      assertThat(outcome(i, child("2015-12-31").build())).as(i.name()).isEqualTo("AGED_OUT_UNMEASURED");
      assertThat(outcome(i, child("2020-12-31").build())).as(i.name()).isEqualTo("NOT_MEASURED");
    }
    assertThat(ExclusionReason.AGED_OUT_UNMEASURED.getNameVi()).isEqualTo("đã quá 5 tuổi, không được cân đo trong năm");
    assertThat(ExclusionReason.AGED_OUT_UNMEASURED.getNameEn()).isEqualTo("turned 5 during the year, not measured");
  }

  @Test
  void under5Population() {
    assertThat(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse("2015-06-02"), LocalDate.parse("2020-06-01")))
        .isEqualTo(1826);
    // older than 1826 days on 2020-01-01 and measured: not in the population at all
    Child old = child("2014-12-31").addMeasurements(measured("2020-03-01", -3.0, -3.0, -3.0, false)).build();
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, old)).isEqualTo("OUT");
    // 1826 days on 2020-01-01 (born 2015-01-02), not measured: could have been measured on Jan 1
    assertThat(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse("2015-01-02"), LocalDate.parse("2020-01-01")))
        .isEqualTo(1825);
    // under 5 during part of 2020 but 5 by R, never measured: aged out, not "not weighed"
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, child("2015-01-01").build())).isEqualTo("AGED_OUT_UNMEASURED");
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, child("2014-12-31").build())).isEqualTo("OUT");
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, child("2014-12-30").build())).isEqualTo("OUT");
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, child("2021-01-01").build())).isEqualTo("OUT");
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, child(null).build())).isEqualTo("MISSING_DOB");
    // latest measurement of the year decides
    Child two = child("2018-01-01").addMeasurements(measured("2020-12-01", -1.0, 0.0, 0.0, false),
        measured("2020-06-01", -3.0, 0.0, 0.0, false)).build();
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, two)).isEqualTo("D");
  }

  @Test
  void oedema() {
    Child c = child("2018-01-01").addMeasurements(measured("2020-06-01", null, 1.0, null, true)).build();
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, c)).isEqualTo("N");
    assertThat(outcome(Indicators.WASTING_U5, c)).isEqualTo("N");
    assertThat(outcome(Indicators.OVERWEIGHT_U5, c)).isEqualTo("OEDEMA");
    assertThat(outcome(Indicators.STUNTING_U5, c)).isEqualTo("D");
    // oedema counts even without sex
    Child noSex = Child.builder().id("ns").dateOfBirth(LocalDate.of(2018, 1, 1))
        .addMeasurements(measured("2020-06-01", null, null, null, true)).build();
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, noSex)).isEqualTo("N");
    assertThat(outcome(Indicators.STUNTING_U5, noSex)).isEqualTo("MISSING_SEX");
    // an empty oedema answer is no oedema
    Child unknown = child("2018-01-01").addMeasurements(measured("2020-06-01", -1.0, 1.0, 2.01, null)).build();
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, unknown)).isEqualTo("D");
    assertThat(outcome(Indicators.OVERWEIGHT_U5, unknown)).isEqualTo("N");
  }

  @Test
  void stuntingWastingOverweightCutOffs() {
    Child c = child("2018-01-01").addMeasurements(measured("2020-06-01", 0.0, -2.01, -2.01, false)).build();
    assertThat(outcome(Indicators.STUNTING_U5, c)).isEqualTo("N");
    assertThat(outcome(Indicators.WASTING_U5, c)).isEqualTo("N");
    assertThat(outcome(Indicators.OVERWEIGHT_U5, c)).isEqualTo("D");
    Child e = child("2018-01-01").addMeasurements(measured("2020-06-01", 0.0, -2.0, 2.0, false)).build();
    assertThat(outcome(Indicators.STUNTING_U5, e)).isEqualTo("D");
    assertThat(outcome(Indicators.WASTING_U5, e)).isEqualTo("D");
    assertThat(outcome(Indicators.OVERWEIGHT_U5, e)).isEqualTo("D");
  }

  @Test
  void flaggedAndMissingValues() {
    Child f = child("2018-01-01").addMeasurements(Kids.flagged("2020-06-01")).build();
    for (Indicators i : List.of(Indicators.UNDERWEIGHT_U5, Indicators.STUNTING_U5, Indicators.WASTING_U5,
        Indicators.OVERWEIGHT_U5)) {
      assertThat(outcome(i, f)).isEqualTo("Z_FLAGGED");
    }
    Child noWeight = child("2018-01-01").addMeasurements(io.github.treem.core.GrowthMeasurement.builder()
        .measuredOn(LocalDate.of(2020, 6, 1)).lengthHeightCm(85).build()).build();
    assertThat(outcome(Indicators.UNDERWEIGHT_U5, noWeight)).isEqualTo("MISSING_MEASUREMENT");
    assertThat(outcome(Indicators.WASTING_U5, noWeight)).isEqualTo("MISSING_MEASUREMENT");
    assertThat(outcome(Indicators.STUNTING_U5, noWeight)).isEqualTo("Z_NOT_COMPUTABLE");
  }

  // ---- school

  @ParameterizedTest
  @CsvSource({
      "2017-12-31, KINDERGARTEN, N", "2015-01-01, NURSERY, N", "2016-06-01, NONE, D", "2016-06-01, PRIMARY, D",
      "2014-12-31, KINDERGARTEN, OUT", "2018-01-01, NURSERY, OUT"})
  void preschool(String dob, SchoolLevel level, String expected) {
    Child c = child(dob).addEnrolments(enrol(2020, level, null)).build();
    assertThat(outcome(Indicators.PRESCHOOL_3_5, c)).isEqualTo(expected);
  }

  @Test
  void preschoolMissing() {
    assertThat(outcome(Indicators.PRESCHOOL_3_5, child("2016-06-01").build())).isEqualTo("MISSING_ENROLMENT");
    // an enrolment of another school year does not count
    assertThat(outcome(Indicators.PRESCHOOL_3_5, child("2016-06-01")
        .addEnrolments(enrol(2019, SchoolLevel.KINDERGARTEN, null)).build())).isEqualTo("MISSING_ENROLMENT");
    assertThat(outcome(Indicators.PRESCHOOL_3_5, child(null).build())).isEqualTo("MISSING_DOB");
  }

  @ParameterizedTest
  @CsvSource({
      "2014-01-01, PRIMARY, 1, N", "2014-12-31, PRIMARY, 2, D", "2014-03-03, KINDERGARTEN, , D",
      "2014-03-03, PRIMARY, , MISSING_GRADE", "2013-12-31, PRIMARY, 1, OUT", "2015-01-01, PRIMARY, 1, OUT"})
  void grade1(String dob, SchoolLevel level, Integer grade, String expected) {
    Child c = child(dob).addEnrolments(enrol(2020, level, grade)).build();
    assertThat(outcome(Indicators.GRADE1_AT_6, c)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      // level (empty: no enrolment recorded), grade, grade1_deferred, expected
      "KINDERGARTEN, , true, GRADE1_DEFERRED",  // lawfully deferred (TT 28/2020 Art. 33): out of the denominator
      "KINDERGARTEN, , false, D",
      "NONE, , true, GRADE1_DEFERRED",
      ", , true, GRADE1_DEFERRED",              // deferred, no enrolment recorded: still the deferral's reason
      ", , false, MISSING_ENROLMENT",
      "PRIMARY, 1, true, N",                    // deferred but entered grade 1 all the same: counts
      "PRIMARY, 2, true, GRADE1_DEFERRED",
      "PRIMARY, , true, MISSING_GRADE"})
  void grade1Deferral(SchoolLevel level, Integer grade, boolean deferred, String expected) {
    Child.Builder b = child("2014-06-01").grade1Deferred(deferred);
    if (level != null) {
      b.addEnrolments(enrol(2020, level, grade));
    }
    assertThat(outcome(Indicators.GRADE1_AT_6, b.build())).isEqualTo(expected);
    // a deferral at another age changes nothing: only school age 6 is in the population
    assertThat(outcome(Indicators.GRADE1_AT_6, child("2013-06-01").grade1Deferred(deferred).build())).isEqualTo("OUT");
  }

  @ParameterizedTest
  @CsvSource({
      // dob, epi_full_by_1 (empty: not recorded), expected
      "2019-01-01, true, N", "2019-12-31, false, D", "2019-06-15, , MISSING_ANSWER",
      "2018-12-31, true, OUT",  // turned 1 in 2019
      "2020-01-01, true, OUT"}) // turns 1 in 2021
  void epiU1(String dob, Boolean epi, String expected) {
    Child.Builder b = child(dob);
    if (epi != null) {
      b.epiFullByAge1(epi);
    }
    assertThat(outcome(Indicators.EPI_U1, b.build())).isEqualTo(expected);
    assertThat(outcome(Indicators.EPI_U1, child(null).epiFullByAge1(true).build())).isEqualTo("MISSING_DOB");
  }

  @ParameterizedTest
  @CsvSource({
      // dob, criminal_law_conflict, legal_aid, status year, expected
      "2006-01-01, true, true, 2020, N", "2006-01-01, true, false, 2020, D", "2006-01-01, true, , 2020, MISSING_ANSWER",
      "2006-01-01, false, true, 2020, OUT", "2006-01-01, , true, 2020, OUT",
      "2004-12-31, true, true, 2020, OUT",  // 16 at R: not a child (trẻ em)
      "2006-01-01, true, true, 2019, OUT",  // last year's conflict is not this year's
      ", true, true, 2020, MISSING_DOB"})
  void legalAid(String dob, Boolean conflict, Boolean aid, int statusYear, String expected) {
    YearlyStatus.Builder s = YearlyStatus.builder().year(statusYear);
    if (conflict != null) {
      s.criminalLawConflict(conflict);
    }
    if (aid != null) {
      s.legalAid(aid);
    }
    assertThat(outcome(Indicators.LEGAL_AID, child(dob).addYearlyStatus(s.build()).build())).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "PRIMARY, true, false, N, D", "LOWER_SECONDARY, false, true, D, N", "PRIMARY, , , MISSING_ANSWER, MISSING_ANSWER",
      "UPPER_SECONDARY, true, true, OUT, OUT", "KINDERGARTEN, true, true, OUT, OUT", "NONE, true, true, OUT, OUT"})
  void pupils(SchoolLevel level, Boolean trained, Boolean swim, String injury, String canSwim) {
    Child c = child("2010-05-05").addEnrolments(enrol(2020, level, null)).addSafetySkills(skills(2020, trained, swim)).build();
    assertThat(outcome(Indicators.INJURY_SKILLS, c)).isEqualTo(injury);
    assertThat(outcome(Indicators.CAN_SWIM, c)).isEqualTo(canSwim);
  }

  @Test
  void pupilsWithoutRecords() {
    Child noSkills = child("2010-05-05").addEnrolments(enrol(2020, SchoolLevel.PRIMARY, 5)).build();
    assertThat(outcome(Indicators.CAN_SWIM, noSkills)).isEqualTo("MISSING_ANSWER");
    assertThat(outcome(Indicators.CAN_SWIM, child("2010-05-05").build())).isEqualTo("MISSING_ENROLMENT");
    assertThat(outcome(Indicators.CAN_SWIM, child("2016-05-05").build())).isEqualTo("OUT");
    // a 16-year-old pupil still in lower secondary is a pupil
    Child late = child("2004-01-01").addEnrolments(enrol(2020, SchoolLevel.LOWER_SECONDARY, 9))
        .addSafetySkills(skills(2020, true, true)).build();
    assertThat(outcome(Indicators.CAN_SWIM, late)).isEqualTo("N");
  }

  // ---- welfare

  @ParameterizedTest
  @CsvSource({
      // codes, poverty, assisted, expected
      "A1, , true, N", "A2, , true, OUT", "C7, , true, OUT", "C10, , false, D", "D1, , true, N", "D3, , true, OUT",
      "DD1, POOR, true, N", "DD1, NEAR_POOR, true, OUT", "DD1, , true, MISSING_POVERTY", "DD, POOR, false, D",
      "B, , true, N", "A, , true, SUBGROUP_UNKNOWN", "C, , true, SUBGROUP_UNKNOWN", "D, , true, SUBGROUP_UNKNOWN",
      "E, , true, OUT", "L, , true, OUT", "N1, POOR, true, OUT", "A;D2, , true, N", "D;B1, , false, D",
      "A;DD1, , true, SUBGROUP_UNKNOWN", "A;DD1, POOR, true, N", "D2, , , MISSING_ANSWER", "'', , true, OUT"})
  void welfare(String codes, HouseholdPoverty poverty, Boolean assisted, String expected) {
    Child.Builder b = child("2010-01-01").addYearlyStatus(status(2020, poverty, assisted));
    for (String s : codes.split(";")) {
      if (!s.isEmpty()) {
        b.addCircumstances(code(s));
      }
    }
    assertThat(outcome(Indicators.WELFARE_COVERAGE, b.build())).isEqualTo(expected);
  }

  @Test
  void welfareAge() {
    // 16 at R: not a child
    assertThat(outcome(Indicators.WELFARE_COVERAGE, child("2004-12-31").addCircumstances(code("A1"))
        .addYearlyStatus(status(2020, null, true)).build())).isEqualTo("OUT");
    assertThat(outcome(Indicators.WELFARE_COVERAGE, child("2005-01-01").addCircumstances(code("A1"))
        .addYearlyStatus(status(2020, null, true)).build())).isEqualTo("N");
    assertThat(outcome(Indicators.WELFARE_COVERAGE, child(null).addCircumstances(code("A1")).build()))
        .isEqualTo("MISSING_DOB");
    assertThat(outcome(Indicators.WELFARE_COVERAGE, child(null).build())).isEqualTo("OUT");
    // poverty and assistance of another year do not count
    assertThat(outcome(Indicators.WELFARE_COVERAGE, child("2010-01-01").addCircumstances(code("DD1"))
        .addYearlyStatus(status(2019, HouseholdPoverty.POOR, true)).build())).isEqualTo("MISSING_POVERTY");
    // an episode that ended before R does not count
    assertThat(outcome(Indicators.WELFARE_COVERAGE, child("2010-01-01")
        .addCircumstances(io.github.treem.core.CircumstanceEpisode.builder()
            .code(io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup.A1)
            .endedOn(LocalDate.of(2020, 12, 30)).build())
        .addYearlyStatus(status(2020, null, true)).build())).isEqualTo("OUT");
  }

  // ---- special circumstances

  @Test
  void specialCircumstances() {
    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).growthScorer(Kids.SCORER)
        .breakdowns(BreakdownDimension.GROUP, BreakdownDimension.SEX).build();
    Accumulator acc = calc.newAccumulator();
    acc.add(child("2010-01-01").addCircumstances(code("A1"), code("A3"), code("D2")).build(), "X");
    acc.add(child("2012-01-01").addCircumstances(code("L")).build(), "X");
    acc.add(child("2004-12-31").addCircumstances(code("A1")).build(), "X"); // 16: out
    acc.add(child("2012-01-01").build(), "X"); // no code
    acc.add(child(null).addCircumstances(code("H2")).build(), "X"); // excluded
    IndicatorResult r = acc.result().result(Indicators.SPECIAL_CIRCUMSTANCES).orElseThrow();
    assertThat(r.getNumerator()).isEqualTo(2);
    assertThat(r.getDenominator()).isZero();
    assertThat(r.getValue()).contains(BigDecimal.valueOf(2));
    assertThat(r.getState()).isEqualTo(ValueState.VALUE);
    assertThat(r.getExclusions()).isEqualTo(Map.of(ExclusionReason.MISSING_DOB, 1L));
    List<BreakdownCell> groups = r.getBreakdowns().get(BreakdownDimension.GROUP);
    assertThat(groups).hasSize(14);
    assertThat(groups.stream().filter(c -> c.getNumerator().getAsLong() > 0).map(c -> c.getKey() + "=" + c.getNumerator().getAsLong()))
        .containsExactly("A=1", "D=1", "L=1");
    assertThat(r.getBreakdowns().get(BreakdownDimension.SEX)).extracting(BreakdownCell::getKey).containsExactly("FEMALE");
  }

  // ---- values

  @Test
  void valuesRoundHalfUpAndNoData() {
    assertThat(IndicatorResult.valueOf(IndicatorUnit.PERCENT, 1, 3)).contains(new BigDecimal("33.33"));
    assertThat(IndicatorResult.valueOf(IndicatorUnit.PERCENT, 2, 3)).contains(new BigDecimal("66.67"));
    assertThat(IndicatorResult.valueOf(IndicatorUnit.PERCENT, 1, 8)).contains(new BigDecimal("12.50"));
    assertThat(IndicatorResult.valueOf(IndicatorUnit.PERCENT, 41, 512)).contains(new BigDecimal("8.01"));
    assertThat(IndicatorResult.valueOf(IndicatorUnit.PERCENT, 1, 80000)).contains(new BigDecimal("0.00"));
    assertThat(IndicatorResult.valueOf(IndicatorUnit.PERCENT, 1, 16000)).contains(new BigDecimal("0.01")); // 0.00625
    assertThat(IndicatorResult.valueOf(IndicatorUnit.PERCENT, 0, 0)).isEmpty();
    IndicatorReport empty = CALC.newAccumulator().result();
    assertThat(empty.getResults()).hasSize(14);
    IndicatorResult count = empty.result(Indicators.SPECIAL_CIRCUMSTANCES).orElseThrow();
    assertThat(count.getState()).isEqualTo(ValueState.VALUE);
    assertThat(count.getValue()).contains(BigDecimal.ZERO);
    assertThat(count.getBreakdowns().keySet()).containsExactly(BreakdownDimension.GROUP);
    assertThat(count.getBreakdowns().get(BreakdownDimension.GROUP)).hasSize(14);
    assertThat(empty.result(Indicators.HI_U6).orElseThrow().getBreakdowns()).isEmpty();
    for (IndicatorResult r : empty.getResults()) {
      if (r.getIndicator().getUnit() == IndicatorUnit.PERCENT) {
        assertThat(r.getState()).isEqualTo(ValueState.NO_DATA);
        assertThat(r.getValue()).isEmpty();
      }
    }
  }
}

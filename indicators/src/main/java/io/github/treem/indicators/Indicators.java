package io.github.treem.indicators;

import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The built-in indicators of docs/indicators.md (province standard v1), one constant each, with
 * exactly the codes of that document. How each is computed, and the reason codes of its
 * exclusions, is written in its Javadoc; {@link IndicatorCalculator} applies these rules.
 *
 * <p>Common rules: Y is the reporting year, R the reference date (31 December of Y by default).
 * A child whose deciding datum is missing is excluded with an {@link ExclusionReason}; a child
 * certainly outside the population is simply not counted. Documents (birth registration,
 * health-insurance card) are not yes/no answers: no record means "not held" (denominator, not
 * numerator). Circumstance codes are those of episodes active at R.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Indicators implements Indicator {
  /**
   * Children under 6 holding a health-insurance card. Denominator: born on or before R and under
   * 72 completed calendar months at R (no date of birth: {@code MISSING_DOB}). Numerator: holding
   * a card valid at R (number present, issued empty or on/before R, valid-to empty or on/after R;
   * any one of the child's cards).
   */
  HI_U6("Trẻ em dưới 6 tuổi có thẻ BHYT", "Children under 6 with a health-insurance card", IndicatorUnit.PERCENT,
      "trẻ có thẻ BHYT còn hiệu lực tại ngày tham chiếu", "those holding a card valid at R",
      "trẻ sinh đến ngày tham chiếu, dưới 72 tháng tuổi tròn", "children born on or before R and under 72 completed months at R",
      AgeBasis.COMPLETED_MONTHS_AT_REFERENCE,
      LegalReference.of("Luật Bảo hiểm y tế 25/2008/QH12", "Law on Health Insurance 2008").withArticle("12", "3")),
  /**
   * Underweight among children under 5 (weight-for-age z &lt; −2 or oedema). Population:
   * children whose latest measurement in [Y-01-01, R] was taken at 0..1826 days of age, with a
   * valid, unflagged rounded WHO weight-for-age z or with oedema (oedema counts in numerator and
   * denominator: WHO counts it as severe). A child under 5 at some day of [Y-01-01, R] without such
   * a measurement is excluded: {@code NOT_MEASURED}; measured at an age outside 0..1826 days:
   * {@code AGE_OUT_OF_RANGE}; then {@code MISSING_SEX}, {@code MISSING_MEASUREMENT},
   * {@code Z_NOT_COMPUTABLE}, {@code Z_FLAGGED}. An empty oedema answer is read as no oedema, as
   * the WHO software does.
   */
  UNDERWEIGHT_U5("Tỷ lệ SDD thể nhẹ cân trẻ dưới 5 tuổi", "Underweight among children under 5", IndicatorUnit.PERCENT,
      "trẻ có Z cân nặng/tuổi < −2 hoặc bị phù", "those with weight-for-age z < −2 or oedema",
      "trẻ được cân đo trong năm, ≤ 1826 ngày tuổi, có Z cân nặng/tuổi hợp lệ hoặc bị phù",
      "children measured in Y at ≤ 1826 days of age with a valid, unflagged weight-for-age z or oedema",
      AgeBasis.WHO_DAYS_AT_MEASUREMENT, Refs.WHO),
  /**
   * Stunting among children under 5 (length/height-for-age z &lt; −2); as
   * {@link #UNDERWEIGHT_U5} with a valid, unflagged length/height-for-age z (oedema plays no
   * part).
   */
  STUNTING_U5("Tỷ lệ SDD thể thấp còi", "Stunting among children under 5", IndicatorUnit.PERCENT,
      "trẻ có Z chiều cao/tuổi < −2", "those with length/height-for-age z < −2",
      "trẻ được cân đo trong năm, ≤ 1826 ngày tuổi, có Z chiều cao/tuổi hợp lệ",
      "children measured in Y at ≤ 1826 days of age with a valid, unflagged length/height-for-age z",
      AgeBasis.WHO_DAYS_AT_MEASUREMENT, Refs.WHO),
  /**
   * Wasting among children under 5 (weight-for-length/height z &lt; −2 or oedema); as
   * {@link #UNDERWEIGHT_U5} with the weight-for-length/height z.
   */
  WASTING_U5("Tỷ lệ SDD thể gầy còm", "Wasting among children under 5", IndicatorUnit.PERCENT,
      "trẻ có Z cân nặng/chiều cao < −2 hoặc bị phù", "those with weight-for-length/height z < −2 or oedema",
      "trẻ được cân đo trong năm, ≤ 1826 ngày tuổi, có Z cân nặng/chiều cao hợp lệ hoặc bị phù",
      "children measured in Y at ≤ 1826 days of age with a valid, unflagged weight-for-length/height z or oedema",
      AgeBasis.WHO_DAYS_AT_MEASUREMENT, Refs.WHO),
  /**
   * Overweight among children under 5 (weight-for-length/height z &gt; 2); as
   * {@link #WASTING_U5} without the oedema cases (excluded with reason {@code OEDEMA}).
   */
  OVERWEIGHT_U5("Tỷ lệ thừa cân, béo phì trẻ dưới 5 tuổi", "Overweight among children under 5", IndicatorUnit.PERCENT,
      "trẻ có Z cân nặng/chiều cao > 2", "those with weight-for-length/height z > 2",
      "trẻ được cân đo trong năm, ≤ 1826 ngày tuổi, không phù, có Z cân nặng/chiều cao hợp lệ",
      "children measured in Y at ≤ 1826 days of age, without oedema, with a valid, unflagged weight-for-length/height z",
      AgeBasis.WHO_DAYS_AT_MEASUREMENT, Refs.WHO),
  /**
   * Children of school age 3-5 in preschool. Denominator: school age Y − year of birth in
   * {3, 4, 5} with an enrolment recorded for the school year starting in Y (none:
   * {@code MISSING_ENROLMENT}). Numerator: level NURSERY or KINDERGARTEN.
   */
  PRESCHOOL_3_5("Trẻ 3-5 tuổi đi học mầm non", "Children aged 3-5 in preschool", IndicatorUnit.PERCENT,
      "trẻ học nhà trẻ hoặc mẫu giáo", "those enrolled in nursery or kindergarten",
      "trẻ có tuổi tính theo năm 3, 4 hoặc 5", "children with school age 3, 4 or 5",
      AgeBasis.SCHOOL_AGE,
      LegalReference.of("Luật Giáo dục 43/2019/QH14", "Law on Education 2019").withArticle("26", null)),
  /**
   * Six-year-olds entering grade 1. Denominator: school age 6 with an enrolment recorded (none:
   * {@code MISSING_ENROLMENT}). Numerator: PRIMARY and grade 1; enrolled PRIMARY without a grade is
   * excluded with {@code MISSING_GRADE}. A child whose grade-1 entry was lawfully deferred
   * ({@code grade1_deferred} = Y; Thông tư 28/2020/TT-BGDĐT Điều 33) and who is not in grade 1 is
   * excluded with {@code GRADE1_DEFERRED} (also when no enrolment is recorded); one who entered
   * grade 1 all the same counts in the numerator. Disabled children are reported separately by the
   * {@link BreakdownDimension#DISABILITY} breakdown.
   */
  GRADE1_AT_6("Trẻ 6 tuổi vào lớp 1", "Six-year-olds entering grade 1", IndicatorUnit.PERCENT,
      "trẻ học lớp 1 tiểu học", "those enrolled in primary grade 1",
      "trẻ có tuổi tính theo năm 6, trừ trẻ được hoãn vào lớp 1 theo quy định",
      "children with school age 6, except those whose grade-1 entry was lawfully deferred",
      AgeBasis.SCHOOL_AGE,
      LegalReference.of("Luật Giáo dục 43/2019/QH14", "Law on Education 2019").withArticle("28", "1")),
  /**
   * Pupils taught injury and drowning prevention skills. Denominator: enrolled PRIMARY or
   * LOWER_SECONDARY in the school year starting in Y (pupils: no age limit, no date of birth
   * needed); a child of school age 6..15 with no enrolment recorded is excluded with
   * {@code MISSING_ENROLMENT}. Numerator: {@code injury_prevention_trained} = Y; no answer:
   * {@code MISSING_ANSWER}.
   */
  INJURY_SKILLS("Học sinh được hướng dẫn kỹ năng phòng chống TNTT, đuối nước",
      "Pupils taught injury and drowning prevention skills", IndicatorUnit.PERCENT,
      "học sinh được hướng dẫn kỹ năng phòng chống TNTT", "those taught injury-prevention skills",
      "học sinh tiểu học và THCS", "children enrolled in primary or lower secondary school",
      AgeBasis.SCHOOL_AGE, Refs.PLAN),
  /**
   * Primary and lower-secondary pupils able to swim; as {@link #INJURY_SKILLS} with
   * {@code can_swim} = Y.
   */
  CAN_SWIM("Học sinh tiểu học, THCS biết bơi", "Primary and lower-secondary pupils able to swim", IndicatorUnit.PERCENT,
      "học sinh biết bơi", "those able to swim",
      "học sinh tiểu học và THCS", "children enrolled in primary or lower secondary school",
      AgeBasis.SCHOOL_AGE, Refs.PLAN),
  /**
   * Children in special circumstances eligible for the monthly social allowance who receive it.
   * Eligible: under 16 at R with a code active at R among A1, A3, A4, B1, B2, C1-C6, C8-C10, D1,
   * D2, or DD1 with the household POOR in Y (Decree 20/2021 Art. 5 (1), (3), (6)). Group letters:
   * {@code B} is eligible, {@code DD} is read as DD1, a letter none of whose sub-groups is eligible
   * is not eligible, and {@code A}, {@code C} or {@code D} alone is excluded with
   * {@code SUBGROUP_UNKNOWN} unless another code makes the child eligible. DD1 (or DD) with no
   * poverty status recorded, and no other eligible code, is excluded with {@code MISSING_POVERTY}
   * (SUBGROUP_UNKNOWN wins when both apply). A child with such codes and no date of birth:
   * {@code MISSING_DOB}. Numerator: {@code social_assistance} = Y in Y; no answer:
   * {@code MISSING_ANSWER}.
   */
  WELFARE_COVERAGE("Trẻ em có HCĐB đủ điều kiện được hưởng chính sách trợ giúp xã hội",
      "Eligible children in special circumstances receiving the social allowance", IndicatorUnit.PERCENT,
      "trẻ đang hưởng trợ cấp xã hội hằng tháng", "those receiving the monthly social allowance",
      "trẻ dưới 16 tuổi đủ điều kiện hưởng trợ cấp xã hội hằng tháng",
      "children under 16 at R eligible for the monthly social allowance",
      AgeBasis.COMPLETED_YEARS_AT_REFERENCE,
      LegalReference.builder().document("Nghị định 136/2013/NĐ-CP")
          .titleEn("Decree 136/2013 on social assistance policies")
          .inForceTo(LocalDate.of(2021, 6, 30)).build(),
      LegalReference.builder().document("Nghị định 20/2021/NĐ-CP")
          .titleEn("Decree 20/2021 on social assistance policies")
          .inForceFrom(LocalDate.of(2021, 7, 1)).build().withArticle("5", "1, 3, 6")),
  /**
   * Births registered on time. Denominator: born in Y on or before R, except those not
   * registered by R whose deadline is after R ({@code NOT_YET_DUE}). Numerator: registered on or
   * before R and on or before the deadline. The deadline is the last day of 60 days counted from
   * the day after birth, moved to the next working day when it falls on a weekend, a public
   * holiday or a substitute day off ({@code WorkingDays.vietnam().lastDayOfPeriodInDays(birth,
   * 60)}: Civil Code 2015 Art. 147 (3), 148 (5)). A registration after R counts as not registered
   * by R.
   */
  BIRTH_REG_ON_TIME("Trẻ em sinh ra được đăng ký khai sinh đúng hạn", "Births registered on time", IndicatorUnit.PERCENT,
      "trẻ được đăng ký khai sinh trong 60 ngày kể từ ngày sinh", "those registered within 60 days of birth, by R",
      "trẻ sinh trong năm đến ngày tham chiếu, trừ trẻ chưa đến hạn đăng ký",
      "children born in Y on or before R, except those not yet due",
      AgeBasis.BORN_IN_YEAR,
      LegalReference.of("Luật Hộ tịch 60/2014/QH13", "Law on Civil Status 2014").withArticle("15", "1")),
  /**
   * The number of children in special circumstances: children under 16 at R with at least one
   * circumstance code active at R (such a child without a date of birth: {@code MISSING_DOB}).
   * The {@link BreakdownDimension#GROUP} breakdown has the 14 groups A..O; a child counts once
   * in the total and once in every group it belongs to.
   */
  SPECIAL_CIRCUMSTANCES("Số trẻ em có hoàn cảnh đặc biệt", "Number of children in special circumstances", IndicatorUnit.COUNT,
      "trẻ dưới 16 tuổi có ít nhất một hoàn cảnh đặc biệt", "children under 16 at R with at least one circumstance code",
      "", "", AgeBasis.COMPLETED_YEARS_AT_REFERENCE,
      LegalReference.LAW_ON_CHILDREN_2016.withArticle("10", "1")),
  /**
   * Children fully immunised by their first birthday (criterion 7 of the child-friendly commune
   * standard, Quyết định 06/QĐ-TTg: "Trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin
   * thuộc Chương trình tiêm chủng mở rộng"). Population: children whose first birthday is in
   * [1 January Y, R] (born from 1 January Y−1 to R minus one year): the cohort whose whole first
   * year can be judged in Y, each child in one year only, as WHO coverage by age 12 months is
   * measured on the cohort aged 12-23 months. The first birthday is the first day of one
   * completed year (a child born on 29 February turns 1 on 1 March). A child without a date of
   * birth: {@code MISSING_DOB}. Numerator: {@code epi_full_by_1} = Y (every vaccine of the
   * Expanded Programme on Immunization due in the first year of life given before the first
   * birthday, per the health station's immunisation record); empty: {@code MISSING_ANSWER}. A
   * register without the column gives no value, and the child-friendly scorer then takes the
   * self-assessment's.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  EPI_U1("Trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "Children fully immunised by their first birthday",
      IndicatorUnit.PERCENT,
      "trẻ được tiêm đủ các vắc xin của Chương trình tiêm chủng mở rộng trước khi tròn 1 tuổi",
      "those given every vaccine of the Expanded Programme on Immunization due in the first year, before their first birthday",
      "trẻ tròn 1 tuổi trong năm, đến ngày tham chiếu",
      "children whose first birthday is in Y, on or before R",
      AgeBasis.FIRST_BIRTHDAY_IN_YEAR,
      LegalReference.builder().document("Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ")
          .titleEn("Decision 06/QĐ-TTg of 3 January 2019 on child-friendly communes")
          .inForceFrom(LocalDate.of(2019, 1, 3)).build().withArticle("2", "1, điểm g")),
  /**
   * Children in conflict with criminal law who received legal aid (the seed plan's "100% trẻ em vi
   * phạm pháp luật về hình sự được trợ giúp pháp lý"). Population: children under 16 at R
   * recorded as in conflict with criminal law in Y ({@code criminal_law_conflict} = Y; empty is
   * read as not recorded as such, like an empty {@code circumstances}); such a child without a
   * date of birth: {@code MISSING_DOB}. Numerator: {@code legal_aid} = Y in Y; empty:
   * {@code MISSING_ANSWER}. Every figure of this indicator describes children in conflict with
   * the law: the whole population is sensitive ({@link DisclosureRule#DEFAULT}).
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  LEGAL_AID("Trẻ em vi phạm pháp luật về hình sự được trợ giúp pháp lý",
      "Children in conflict with criminal law receiving legal aid", IndicatorUnit.PERCENT,
      "trẻ được trợ giúp pháp lý trong năm", "those who received legal aid in Y",
      "trẻ dưới 16 tuổi vi phạm pháp luật về hình sự trong năm",
      "children under 16 at R in conflict with criminal law in Y",
      AgeBasis.COMPLETED_YEARS_AT_REFERENCE,
      LegalReference.of("Luật Trợ giúp pháp lý 11/2017/QH14", "Law on Legal Aid 2017").withArticle("7", "3"));

  private final Definition definition;

  Indicators(String nameVi, String nameEn, IndicatorUnit unit, String numeratorVi, String numeratorEn,
      String denominatorVi, String denominatorEn, AgeBasis ageBasis, LegalReference... legalBases) {
    this.definition = withCaveat(new Definition(name(), nameVi, nameEn, unit, numeratorVi, numeratorEn,
        denominatorVi, denominatorEn, ageBasis, List.of(legalBases)));
  }

  /** {@return the code (the constant's name), names, unit, populations, age rule, legal bases and caveat} */
  @Override
  public Definition definition() {
    return definition;
  }

  /**
   * The built-in caveats (docs/indicators.md, §3): {@link #HI_U6} counts valid cards, not their
   * timely issue; {@link #INJURY_SKILLS} counts pupils taught the skills, not pupils who master
   * them; {@link #WELFARE_COVERAGE} counts the monthly allowance only. (A switch on the code: an
   * enum's constructor cannot switch on its constants.)
   */
  private static Definition withCaveat(Definition d) {
    return switch (d.code()) {
      case "HI_U6" -> d.withCaveat("Chỉ số đếm trẻ có thẻ BHYT còn hiệu lực, chưa đo việc cấp thẻ đúng hạn mà kế hoạch yêu cầu.",
            "Counts children holding a valid card; the timely issue the plan asks for is not measured.");
      case "INJURY_SKILLS" -> d.withCaveat("Chỉ số đếm học sinh được hướng dẫn kỹ năng, chưa đo việc các em thực hành được kỹ năng.",
            "Counts pupils taught the skills, not pupils who master them.");
      case "WELFARE_COVERAGE" -> d.withCaveat("Chỉ số chỉ tính trợ cấp xã hội hằng tháng, chưa tính các chính sách trợ giúp khác mà kế hoạch nêu.",
            "Counts the monthly social allowance only, not the other support the plan names.");
      default -> d;
    };
  }

  /** {@return true for the four under-5 anthropometric indicators} */
  public boolean isAnthropometric() {
    return this == UNDERWEIGHT_U5 || this == STUNTING_U5 || this == WASTING_U5 || this == OVERWEIGHT_U5;
  }

  /** {@return every built-in indicator, in catalogue order} */
  public static List<Indicators> all() {
    return List.of(values());
  }

  /**
   * Finds a built-in indicator by its code (case-insensitive, surrounding spaces ignored).
   *
   * @param code the code, e.g. {@code "hi_u6"}
   * @return the indicator, or empty
   */
  public static Optional<Indicators> fromCode(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    for (Indicators i : values()) {
      if (i.name().equals(c)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Legal references shared by several indicators. */
  private static final class Refs {
    static final LegalReference WHO = LegalReference.of("Chuẩn tăng trưởng trẻ em của WHO (2006)",
        "WHO Child Growth Standards (2006)");
    static final LegalReference PLAN = LegalReference.of("Kế hoạch 90/KH-UBND xã Quảng Vinh năm 2020, mục I.2",
        "Commune plan 90/KH-UBND of Quảng Vinh for 2020, section I.2");

    private Refs() {}
  }
}

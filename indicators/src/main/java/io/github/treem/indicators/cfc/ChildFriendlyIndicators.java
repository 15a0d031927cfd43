package io.github.treem.indicators.cfc;

import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.indicators.AgeBasis;
import io.github.treem.indicators.Indicator;
import io.github.treem.indicators.IndicatorUnit;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Indicators that the child-friendly commune standard needs from the register and that the
 * built-in catalogue ({@link io.github.treem.indicators.Indicators}) does not compute yet, defined
 * now so that the scoring table, the register format and the calculator share one definition
 * (docs/child-friendly-commune.md §5). The scorer reads a value of one of them from the report
 * when the report has it, else from the self-assessment.
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChildFriendlyIndicators implements Indicator {
  /**
   * Children fully immunised by their first birthday (criterion 7: "Trẻ em dưới 1 tuổi được tiêm
   * chủng đầy đủ các loại vắc xin thuộc Chương trình tiêm chủng mở rộng").
   *
   * <p>Population: children whose first birthday is in [1 January Y, R] (born from 1 January Y−1
   * to R minus one year): the cohort whose whole first year can be judged in Y, each child in one
   * year only, as WHO coverage by age 12 months is measured on the cohort aged 12-23 months. A
   * child without a date of birth: {@code MISSING_DOB}. Numerator: register column
   * {@code epi_full_by_1} = Y (every vaccine of the Expanded Programme on Immunization due in the
   * first year of life, as the Ministry of Health sets them, given before the first birthday, per
   * the health station's immunisation record); empty: {@code MISSING_ANSWER}. The register column
   * does not exist yet: until the readers add it, the value comes from the self-assessment.
   */
  EPI_U1("Trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "Children fully immunised by their first birthday",
      "trẻ được tiêm đủ các vắc xin của Chương trình tiêm chủng mở rộng trước khi tròn 1 tuổi",
      "those given every vaccine of the Expanded Programme on Immunization due in the first year, before their first birthday",
      "trẻ tròn 1 tuổi trong năm, đến ngày tham chiếu",
      "children whose first birthday is in Y, on or before R",
      AgeBasis.FIRST_BIRTHDAY_IN_YEAR,
      LegalReference.builder().document("Quyết định 06/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ")
          .titleEn("Decision 06/QĐ-TTg of 3 January 2019 on child-friendly communes")
          .inForceFrom(LocalDate.of(2019, 1, 3)).build().withArticle("2", "1, điểm g"));

  /** The register column of {@link #EPI_U1}'s numerator (not yet read by the register readers). */
  public static final String EPI_FULL_BY_1_COLUMN = "epi_full_by_1";

  private final Definition definition;

  ChildFriendlyIndicators(String nameVi, String nameEn, String numeratorVi, String numeratorEn, String denominatorVi,
      String denominatorEn, AgeBasis ageBasis, LegalReference legalBasis) {
    this.definition = new Definition(name(), nameVi, nameEn, IndicatorUnit.PERCENT, numeratorVi, numeratorEn,
        denominatorVi, denominatorEn, ageBasis, List.of(legalBasis));
  }

  /** {@return the code (the constant's name), names, unit (a percentage), populations, age rule and legal basis} */
  @Override
  public Definition definition() {
    return definition;
  }

  /**
   * The first birthday of a child, and whether it falls in a reporting period: the population
   * rule of {@link #EPI_U1}.
   *
   * @param dateOfBirth the date of birth
   * @param year the reporting year Y
   * @param referenceDate the reference date R
   * @return true when the first birthday is in [1 January Y, R]; the first birthday is the first
   *     day of 1 completed year, as for every age in completed years (docs/indicators.md §1): a
   *     child born on 29 February turns 1 on 1 March of the next year
   */
  public static boolean turnsOneIn(LocalDate dateOfBirth, int year, LocalDate referenceDate) {
    LocalDate first = dateOfBirth.plusYears(1);
    if (first.getDayOfMonth() != dateOfBirth.getDayOfMonth()) {
      first = first.plusDays(1); // 29 February: plusYears gives 28 February, not yet a completed year
    }
    return !first.isBefore(LocalDate.of(year, 1, 1)) && !first.isAfter(referenceDate);
  }
}

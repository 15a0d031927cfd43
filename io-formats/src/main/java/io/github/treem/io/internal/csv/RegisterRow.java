package io.github.treem.io.internal.csv;

import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.MeasurePosition;
import io.github.treem.core.SafetySkills;
import io.github.treem.core.YearlyStatus;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.EthnicityCodeList;
import io.github.treem.core.taxonomy.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * One child as a row of the register (docs/register-format.md, format v1): the snapshot of a
 * reporting year, as typed values that each writer formats its own way (CSV: text; workbook:
 * dates as dates, numbers as numbers). The one home of the snapshot rule: the enrolment, safety
 * skills and yearly status of year Y, the latest measurement of Y on or before the reference date,
 * the circumstances active on the reference date, and the last health-insurance card valid on the
 * reference date (or else the last card recorded).
 *
 * <p>Values: {@link String} (text and codes, as written in the CSV register; yes/no as {@code Y}
 * or {@code N}), {@link LocalDate} (dates), {@link BigDecimal} ({@code weight_kg},
 * {@code length_height_cm}) and {@link Integer} ({@code grade}). Absent values have no entry.
 */
public final class RegisterRow {
  private RegisterRow() {}

  /**
   * The row of a child.
   *
   * @param child the child
   * @param year the reporting year
   * @param ref the reference date
   * @return the values by column, in canonical order
   */
  public static Map<Column, Object> of(Child child, int year, LocalDate ref) {
    Map<Column, Object> row = new EnumMap<>(Column.class);
    row.put(Column.CHILD_ID, child.getId());
    child.getFullName().ifPresent(v -> row.put(Column.FULL_NAME, v));
    child.getSex().ifPresent(v -> row.put(Column.SEX, v == Sex.MALE ? "M" : "F"));
    child.getDateOfBirth().ifPresent(v -> row.put(Column.DATE_OF_BIRTH, v));
    child.getPersonalId().ifPresent(v -> row.put(Column.PERSONAL_ID, v.getDigits()));
    child.getEthnicity().ifPresent(v -> row.put(Column.ETHNICITY, v.getCode(EthnicityCodeList.QD_121_1979)));
    child.getCommuneCode().ifPresent(v -> row.put(Column.COMMUNE_CODE, v.getCode()));
    child.getVillage().ifPresent(v -> row.put(Column.VILLAGE, v));
    Optional<YearlyStatus> status = child.statusIn(year);
    status.flatMap(YearlyStatus::getHouseholdPoverty).ifPresent(v -> row.put(Column.HOUSEHOLD_POVERTY, v.name()));
    child.getDisability().ifPresent(v -> row.put(Column.DISABILITY, v.name()));
    child.getBirthRegistration().ifPresent(v -> row.put(Column.BIRTH_REGISTERED_ON, v.getRegisteredOn()));
    card(child, ref).ifPresent(c -> {
      row.put(Column.HI_CARD_NUMBER, c.getNumber());
      c.getIssuedOn().ifPresent(v -> row.put(Column.HI_CARD_ISSUED_ON, v));
      c.getValidTo().ifPresent(v -> row.put(Column.HI_CARD_VALID_TO, v));
    });
    child.latestMeasurementIn(year, ref).ifPresent(m -> measurement(m, row));
    child.enrolmentIn(year).ifPresent(e -> {
      row.put(Column.SCHOOL_LEVEL, e.getLevel().name());
      e.getGrade().ifPresent(g -> row.put(Column.GRADE, g));
    });
    Optional<SafetySkills> skills = child.safetySkillsIn(year);
    skills.flatMap(SafetySkills::getInjuryPreventionTrained).ifPresent(v -> row.put(Column.INJURY_PREVENTION_TRAINED,
        yesNo(v)));
    skills.flatMap(SafetySkills::getCanSwim).ifPresent(v -> row.put(Column.CAN_SWIM, yesNo(v)));
    List<CircumstanceCode> codes = child.circumstancesOn(ref);
    if (!codes.isEmpty()) {
      row.put(Column.CIRCUMSTANCES, codes.stream().map(CircumstanceCode::getCode).collect(Collectors.joining(";")));
    }
    status.flatMap(YearlyStatus::getSocialAssistance).ifPresent(v -> row.put(Column.SOCIAL_ASSISTANCE, yesNo(v)));
    child.getEpiFullByAge1().ifPresent(v -> row.put(Column.EPI_FULL_BY_1, yesNo(v)));
    child.getGrade1Deferred().ifPresent(v -> row.put(Column.GRADE1_DEFERRED, yesNo(v)));
    status.flatMap(YearlyStatus::getCriminalLawConflict).ifPresent(v -> row.put(Column.CRIMINAL_LAW_CONFLICT, yesNo(v)));
    status.flatMap(YearlyStatus::getLegalAid).ifPresent(v -> row.put(Column.LEGAL_AID, yesNo(v)));
    return row;
  }

  private static Optional<HealthInsuranceCard> card(Child child, LocalDate ref) {
    List<HealthInsuranceCard> cards = child.getHealthInsuranceCards();
    HealthInsuranceCard chosen = null;
    for (HealthInsuranceCard c : cards) {
      if (c.isValidOn(ref)) {
        chosen = c;
      }
    }
    if (chosen == null && !cards.isEmpty()) {
      chosen = cards.get(cards.size() - 1);
    }
    return Optional.ofNullable(chosen);
  }

  private static void measurement(GrowthMeasurement m, Map<Column, Object> row) {
    row.put(Column.MEASURED_ON, m.getMeasuredOn());
    decimal(m.getWeightKg()).ifPresent(v -> row.put(Column.WEIGHT_KG, v));
    decimal(m.getLengthHeightCm()).ifPresent(v -> row.put(Column.LENGTH_HEIGHT_CM, v));
    m.getPosition().ifPresent(p -> row.put(Column.MEASURE_POSITION, p == MeasurePosition.LYING ? "L" : "H"));
    m.getOedema().ifPresent(v -> row.put(Column.OEDEMA, yesNo(v)));
  }

  /** The shortest decimal that reads back as the double (as {@link BigDecimal#valueOf(double)}). */
  private static Optional<BigDecimal> decimal(OptionalDouble d) {
    return d.isEmpty() ? Optional.empty() : Optional.of(BigDecimal.valueOf(d.getAsDouble()));
  }

  private static String yesNo(boolean b) {
    return b ? "Y" : "N";
  }
}

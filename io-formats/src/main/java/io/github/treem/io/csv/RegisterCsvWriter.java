package io.github.treem.io.csv;

import org.apiguardian.api.API;
import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.MeasurePosition;
import io.github.treem.core.SafetySkills;
import io.github.treem.core.Sex;
import io.github.treem.core.YearlyStatus;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.EthnicityCodeList;
import io.github.treem.io.internal.csv.Column;
import io.github.treem.io.internal.csv.Text;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Writes children as the CSV register (docs/register-format.md, format v1): one row per child,
 * the snapshot of a reporting year, every column in canonical order, UTF-8.
 *
 * <p>Quoting follows RFC 4180 and is used only where needed (a separator, quote, CR or LF in the
 * field, or a leading or trailing space). The snapshot takes the enrolment, safety skills and
 * yearly status of year Y, the latest measurement of Y on or before the reference date, the
 * circumstances active on the reference date, and the last health-insurance card valid on the
 * reference date (or else the last card recorded).
 *
 * <p>Formula neutralisation: a text cell ({@code child_id}, {@code full_name}, {@code village},
 * {@code hi_card_number}) that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR,
 * possibly after single quotes, is written with a single quote {@code '}
 * prepended, so that spreadsheets do not run it as a formula. {@link RegisterCsvReader} removes
 * that quote again. Dates, codes and numbers are never neutralised.
 *
 * <pre>{@code
 * try (RegisterCsvWriter w = RegisterCsvWriter.open(out, CsvWriteOptions.of(2020))) {
 *   children.forEach(w::write);
 * }
 * }</pre>
 *
 * <p>Implementation requirements: not thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RegisterCsvWriter implements Closeable, Flushable {
  private final Writer out;
  private final CsvWriteOptions options;

  private RegisterCsvWriter(Writer out, CsvWriteOptions options) {
    this.out = out;
    this.options = options;
  }

  /**
   * Opens a writer and writes the byte-order mark (if asked) and the header.
   *
   * @param out the stream (closed by {@link #close()})
   * @param options the options
   * @return the writer
   * @throws UncheckedIOException on an I/O error
   */
  public static RegisterCsvWriter open(OutputStream out, CsvWriteOptions options) {
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(options, "options must not be null");
    RegisterCsvWriter w = new RegisterCsvWriter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65_536), options);
    List<String> header = new ArrayList<>();
    for (Column c : Column.values()) {
      header.add(c.getCanonical());
    }
    try {
      if (options.isByteOrderMark()) {
        w.out.write('\uFEFF');
      }
      w.line(header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w;
  }

  /** {@return the canonical column names, in order} */
  public static List<String> columns() {
    List<String> names = new ArrayList<>();
    for (Column c : Column.values()) {
      names.add(c.getCanonical());
    }
    return List.copyOf(names);
  }

  /**
   * Writes one child.
   *
   * @param child the child
   * @throws UncheckedIOException on an I/O error
   */
  public void write(Child child) {
    Map<Column, String> row = new EnumMap<>(Column.class);
    int year = options.getReportingYear();
    LocalDate ref = options.getReferenceDate();
    row.put(Column.CHILD_ID, text(child.getId()));
    child.getFullName().ifPresent(v -> row.put(Column.FULL_NAME, text(v)));
    child.getSex().ifPresent(v -> row.put(Column.SEX, v == Sex.MALE ? "M" : "F"));
    child.getDateOfBirth().ifPresent(v -> row.put(Column.DATE_OF_BIRTH, v.toString()));
    child.getPersonalId().ifPresent(v -> row.put(Column.PERSONAL_ID, v.getDigits()));
    child.getEthnicity().ifPresent(v -> row.put(Column.ETHNICITY, v.getCode(EthnicityCodeList.QD_121_1979)));
    child.getCommuneCode().ifPresent(v -> row.put(Column.COMMUNE_CODE, v.getCode()));
    child.getVillage().ifPresent(v -> row.put(Column.VILLAGE, text(v)));
    Optional<YearlyStatus> status = child.statusIn(year);
    status.flatMap(YearlyStatus::getHouseholdPoverty).ifPresent(v -> row.put(Column.HOUSEHOLD_POVERTY, v.name()));
    child.getDisability().ifPresent(v -> row.put(Column.DISABILITY, v.name()));
    child.getBirthRegistration().ifPresent(v -> row.put(Column.BIRTH_REGISTERED_ON, v.getRegisteredOn().toString()));
    card(child, ref).ifPresent(c -> {
      row.put(Column.HI_CARD_NUMBER, text(c.getNumber()));
      c.getIssuedOn().ifPresent(v -> row.put(Column.HI_CARD_ISSUED_ON, v.toString()));
      c.getValidTo().ifPresent(v -> row.put(Column.HI_CARD_VALID_TO, v.toString()));
    });
    child.latestMeasurementIn(year, ref).ifPresent(m -> measurement(m, row));
    child.enrolmentIn(year).ifPresent(e -> {
      row.put(Column.SCHOOL_LEVEL, e.getLevel().name());
      e.getGrade().ifPresent(g -> row.put(Column.GRADE, Integer.toString(g)));
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
    List<String> fields = new ArrayList<>();
    for (Column c : Column.values()) {
      fields.add(row.getOrDefault(c, ""));
    }
    try {
      line(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private void measurement(GrowthMeasurement m, Map<Column, String> row) {
    row.put(Column.MEASURED_ON, m.getMeasuredOn().toString());
    decimal(m.getWeightKg()).ifPresent(v -> row.put(Column.WEIGHT_KG, v));
    decimal(m.getLengthHeightCm()).ifPresent(v -> row.put(Column.LENGTH_HEIGHT_CM, v));
    m.getPosition().ifPresent(p -> row.put(Column.MEASURE_POSITION, p == MeasurePosition.LYING ? "L" : "H"));
    m.getOedema().ifPresent(v -> row.put(Column.OEDEMA, yesNo(v)));
  }

  private Optional<String> decimal(OptionalDouble d) {
    if (d.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Text.decimal(BigDecimal.valueOf(d.getAsDouble()), options.getSeparator()));
  }

  private static String yesNo(boolean b) {
    return b ? "Y" : "N";
  }

  private static String text(String s) {
    return Text.neutraliseText(s);
  }

  private void line(List<String> fields) throws IOException {
    out.write(Text.record(fields, options.getSeparator()));
    out.write(options.getLineEnding().getChars());
  }

  /**
   * Flushes the written rows to the stream.
   *
   * @throws UncheckedIOException on an I/O error
   */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws UncheckedIOException on an I/O error
   */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

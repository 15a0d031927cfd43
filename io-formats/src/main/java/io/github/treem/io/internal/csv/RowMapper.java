package io.github.treem.io.internal.csv;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.DisabilityDegree;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.HouseholdPoverty;
import io.github.treem.core.InvalidValueException;
import io.github.treem.core.MeasurePosition;
import io.github.treem.core.SafetySkills;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.SchoolLevel;
import io.github.treem.core.YearlyStatus;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.io.ReadMode;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterIssueCodes;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.internal.IdIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps the cells of one CSV row to a {@link Child} snapshot of the reporting year, collecting
 * every problem. Not thread-safe: one per reader.
 */
public final class RowMapper {
  private final ReadOptions options;
  private final boolean lenient;
  private final boolean decimalComma;
  private final IdIndex seenIds;
  private List<Issue> issues;
  private boolean rejected;
  private long line;

  /**
   * A mapper.
   *
   * @param options the read options
   * @param decimalComma whether {@code ,} is a decimal separator
   * @param seenIds the identifiers seen so far in the file (updated; owned by the caller)
   */
  public RowMapper(ReadOptions options, boolean decimalComma, IdIndex seenIds) {
    this.options = options;
    this.lenient = options.getMode() == ReadMode.LENIENT;
    this.decimalComma = decimalComma;
    this.seenIds = seenIds;
  }

  /**
   * Builds an issue of a register code.
   *
   * @param options the read options (file name)
   * @param code the code
   * @param severity the severity
   * @param line the line
   * @param column the column name, or null
   * @param value the value to echo, or null; echoed only when it cannot be personal data (see
   *     {@link #isSafeToEcho(String)})
   * @return the issue
   */
  public static Issue issue(ReadOptions options, RegisterIssueCodes code, Severity severity, long line, String column,
      String value) {
    StringBuilder vi = new StringBuilder(code.getMessageVi());
    StringBuilder en = new StringBuilder(code.getMessageEn());
    if (column != null) {
      vi.append(" (cột ").append(column).append(')');
      en.append(" (column ").append(column).append(')');
    }
    if (value != null && isSafeToEcho(value)) {
      String v = value;
      vi.append(": \"").append(v).append('"');
      en.append(": \"").append(v).append('"');
    }
    return Issue.of(code.getCode(), severity, Location.ofLine(options.getFileName().orElse(null), line, column),
        vi.toString(), en.toString());
  }

  /**
   * Whether a bad value may be echoed in a message: only short numbers and dates (at most 12
   * characters of digits, {@code . , : / + -} and space, at most 8 digits in a row). A value in
   * the wrong column (rows shifted by a missing separator are common) could be a name, a personal
   * identification number or a card number, which must never reach a message or a log.
   *
   * @param value the value
   * @return true when it may be echoed
   */
  public static boolean isSafeToEcho(String value) {
    return SAFE_ECHO.matcher(value).matches() && !LONG_DIGITS.matcher(value).find();
  }

  private static final java.util.regex.Pattern SAFE_ECHO = java.util.regex.Pattern.compile("[0-9.,:/+\\- ]{1,12}");
  private static final java.util.regex.Pattern LONG_DIGITS = java.util.regex.Pattern.compile("[0-9]{9}");

  /**
   * Maps a row.
   *
   * @param rowLine the line the row starts on
   * @param index the 0-based index of the row
   * @param cells the non-empty, stripped cells by column
   * @param earlier issues already found for the row (field counts, encoding), with whether they reject it
   * @param rejectedAlready whether those issues reject the row
   * @return the record
   */
  public RegisterRecord map(long rowLine, long index, RowCells cells, List<Issue> earlier,
      boolean rejectedAlready) {
    this.line = rowLine;
    this.issues = new ArrayList<>(earlier);
    this.rejected = rejectedAlready;
    Child child;
    try {
      child = build(cells);
    } catch (InvalidValueException e) {
      invariant(e);
      child = null;
    }
    if (child != null && !rejected && options.getValidator().isPresent()) {
      ValidationReport report = options.getValidator().get().validate(child);
      for (Issue i : report.getIssues()) {
        Location loc = Location.builder().from(i.getLocation()).file(options.getFileName())
            .line(rowLine).build();
        Severity s = i.getSeverity();
        if (s == Severity.ERROR && lenient) {
          s = Severity.WARNING;
        }
        issues.add(Issue.builder().from(i).location(loc).severity(s).build());
        rejected |= s == Severity.ERROR;
      }
    }
    RegisterRecord.Builder b = RegisterRecord.builder().line(rowLine).index(index).issues(issues);
    if (!rejected && child != null) {
      b.child(child);
    }
    return b.build();
  }

  private void problem(RegisterIssueCodes code, Column column, String value, boolean droppable) {
    Severity s = droppable && lenient && code.getSeverity() == Severity.ERROR ? Severity.WARNING : code.getSeverity();
    issues.add(issue(options, code, s, line, column == null ? null : column.getCanonical(),
        column != null && column.isPersonal() ? null : value));
    rejected |= s == Severity.ERROR;
  }

  private <T> Optional<T> parse(RowCells cells, Column c, RegisterIssueCodes code,
      Function<String, Optional<T>> parser) {
    String v = cells.get(c);
    if (v == null) {
      return Optional.empty();
    }
    Optional<T> r = parser.apply(v);
    if (r.isEmpty()) {
      problem(code, c, v, true);
    }
    return r;
  }

  private Optional<LocalDate> date(RowCells cells, Column c) {
    return parse(cells, c, RegisterIssueCodes.CSV_INVALID_DATE, Cells::date);
  }

  private Optional<Boolean> yesNo(RowCells cells, Column c) {
    return parse(cells, c, RegisterIssueCodes.CSV_INVALID_YES_NO, Cells::yesNo);
  }

  private OptionalDouble positive(RowCells cells, Column c) {
    String v = cells.get(c);
    if (v == null) {
      return OptionalDouble.empty();
    }
    OptionalDouble d = Cells.decimal(v, decimalComma);
    if (d.isEmpty() || !(d.getAsDouble() > 0) || Double.isInfinite(d.getAsDouble())) {
      problem(RegisterIssueCodes.CSV_INVALID_NUMBER, c, v, true);
      return OptionalDouble.empty();
    }
    return d;
  }

  private Child build(RowCells cells) {
    Child.Builder b = Child.builder();
    String id = cells.get(Column.CHILD_ID);
    if (id == null) {
      problem(RegisterIssueCodes.CSV_MISSING_VALUE, Column.CHILD_ID, null, false);
    } else {
      id = Text.unneutralise(id);
      if (!seenIds.add(id)) {
        problem(RegisterIssueCodes.CSV_DUPLICATE_CHILD_ID, Column.CHILD_ID, null, false);
      }
      b.id(id);
    }
    Optional.ofNullable(cells.get(Column.FULL_NAME)).map(Text::unneutralise).ifPresent(b::fullName);
    if (cells.get(Column.SEX) == null) {
      problem(RegisterIssueCodes.CSV_MISSING_VALUE, Column.SEX, null, true);
    }
    parse(cells, Column.SEX, RegisterIssueCodes.CSV_INVALID_CODE, Cells::sex).ifPresent(b::sex);
    if (cells.get(Column.DATE_OF_BIRTH) == null) {
      problem(RegisterIssueCodes.CSV_MISSING_VALUE, Column.DATE_OF_BIRTH, null, true);
    }
    date(cells, Column.DATE_OF_BIRTH).ifPresent(b::dateOfBirth);
    parse(cells, Column.PERSONAL_ID, RegisterIssueCodes.CSV_INVALID_PERSONAL_ID,
        s -> PersonalIdNumber.isWellFormed(s) ? Optional.of(PersonalIdNumber.parse(s)) : Optional.empty())
        .ifPresent(b::personalId);
    parse(cells, Column.ETHNICITY, RegisterIssueCodes.CSV_INVALID_ETHNICITY, Ethnicity::parse).ifPresent(b::ethnicity);
    parse(cells, Column.COMMUNE_CODE, RegisterIssueCodes.CSV_INVALID_COMMUNE_CODE,
        s -> CommuneCode.isValid(s) ? Optional.of(CommuneCode.parse(s)) : Optional.empty())
        .ifPresent(b::communeCode);
    Optional.ofNullable(cells.get(Column.VILLAGE)).map(Text::unneutralise).ifPresent(b::village);
    int year = options.getReportingYear();
    Optional<HouseholdPoverty> poverty =
        parse(cells, Column.HOUSEHOLD_POVERTY, RegisterIssueCodes.CSV_INVALID_CODE, Cells::poverty);
    Optional<DisabilityDegree> disability =
        parse(cells, Column.DISABILITY, RegisterIssueCodes.CSV_INVALID_CODE, Cells::disability);
    disability.ifPresent(b::disability);
    date(cells, Column.BIRTH_REGISTERED_ON).ifPresent(d -> b.birthRegistration(BirthRegistration.of(d)));
    card(cells, b);
    measurement(cells, b, year);
    Optional<SchoolLevel> level = parse(cells, Column.SCHOOL_LEVEL, RegisterIssueCodes.CSV_INVALID_CODE, Cells::level);
    OptionalInt grade = grade(cells);
    if (level.isPresent()) {
      SchoolEnrolment.Builder e = SchoolEnrolment.builder().schoolYear(year).level(level.get());
      grade.ifPresent(e::grade);
      b.addEnrolments(e.build());
    } else if (grade.isPresent() && cells.get(Column.SCHOOL_LEVEL) == null) {
      problem(RegisterIssueCodes.CSV_GRADE_WITHOUT_LEVEL, Column.GRADE, cells.get(Column.GRADE), true);
    }
    Optional<Boolean> trained = yesNo(cells, Column.INJURY_PREVENTION_TRAINED);
    Optional<Boolean> swim = yesNo(cells, Column.CAN_SWIM);
    if (trained.isPresent() || swim.isPresent()) {
      b.addSafetySkills(SafetySkills.builder().schoolYear(year).injuryPreventionTrained(trained).canSwim(swim).build());
    }
    circumstances(cells, b);
    Optional<Boolean> social = yesNo(cells, Column.SOCIAL_ASSISTANCE);
    if (poverty.isPresent() || social.isPresent()) {
      b.addYearlyStatus(YearlyStatus.builder().year(year).householdPoverty(poverty).socialAssistance(social).build());
    }
    if (id == null) {
      return null;
    }
    return b.build();
  }

  private void invariant(InvalidValueException e) {
    issues.add(Issue.of(RegisterIssueCodes.CSV_INVALID_VALUE.getCode(), Severity.ERROR,
        Location.ofLine(options.getFileName().orElse(null), line, null),
        RegisterIssueCodes.CSV_INVALID_VALUE.getMessageVi() + " (" + e.getCode() + ")",
        RegisterIssueCodes.CSV_INVALID_VALUE.getMessageEn() + " (" + e.getCode() + ": " + e.getMessage() + ")"));
    rejected = true;
  }

  private OptionalInt grade(RowCells cells) {
    String v = cells.get(Column.GRADE);
    if (v == null) {
      return OptionalInt.empty();
    }
    OptionalInt g = Cells.integer(v);
    if (g.isEmpty() || g.getAsInt() < 1 || g.getAsInt() > 12) {
      problem(RegisterIssueCodes.CSV_INVALID_NUMBER, Column.GRADE, v, true);
      return OptionalInt.empty();
    }
    return g;
  }

  private void card(RowCells cells, Child.Builder b) {
    String number = cells.get(Column.HI_CARD_NUMBER);
    Optional<LocalDate> issued = date(cells, Column.HI_CARD_ISSUED_ON);
    Optional<LocalDate> validTo = date(cells, Column.HI_CARD_VALID_TO);
    if (number != null) {
      b.addHealthInsuranceCards(HealthInsuranceCard.builder().number(Text.unneutralise(number)).issuedOn(issued)
          .validTo(validTo).build());
    } else if (cells.containsKey(Column.HI_CARD_ISSUED_ON) || cells.containsKey(Column.HI_CARD_VALID_TO)) {
      problem(RegisterIssueCodes.CSV_CARD_WITHOUT_NUMBER, Column.HI_CARD_NUMBER, null, true);
    }
  }

  private void measurement(RowCells cells, Child.Builder b, int year) {
    Optional<LocalDate> on = date(cells, Column.MEASURED_ON);
    OptionalDouble weight = positive(cells, Column.WEIGHT_KG);
    OptionalDouble length = positive(cells, Column.LENGTH_HEIGHT_CM);
    Optional<MeasurePosition> position =
        parse(cells, Column.MEASURE_POSITION, RegisterIssueCodes.CSV_INVALID_CODE, Cells::position);
    Optional<Boolean> oedema = yesNo(cells, Column.OEDEMA);
    if (on.isPresent()) {
      if (on.get().getYear() != year) {
        problem(RegisterIssueCodes.CSV_MEASUREMENT_OUTSIDE_YEAR, Column.MEASURED_ON, cells.get(Column.MEASURED_ON),
            true);
      }
      GrowthMeasurement.Builder m = GrowthMeasurement.builder().measuredOn(on.get()).position(position).oedema(oedema);
      weight.ifPresent(m::weightKg);
      length.ifPresent(m::lengthHeightCm);
      b.addMeasurements(m.build());
    } else if (cells.get(Column.MEASURED_ON) == null && (weight.isPresent() || length.isPresent()
        || position.isPresent() || oedema.isPresent())) {
      problem(RegisterIssueCodes.CSV_MEASUREMENT_WITHOUT_DATE, Column.MEASURED_ON, null, true);
    }
  }

  private void circumstances(RowCells cells, Child.Builder b) {
    String v = cells.get(Column.CIRCUMSTANCES);
    if (v == null) {
      return;
    }
    Set<CircumstanceCode> codes = new LinkedHashSet<>();
    for (String part : v.split(";", -1)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      Optional<CircumstanceCode> c = CircumstanceCode.parse(p);
      if (c.isPresent()) {
        codes.add(c.get());
      } else {
        problem(RegisterIssueCodes.CSV_INVALID_CIRCUMSTANCE, Column.CIRCUMSTANCES, p, true);
      }
    }
    for (CircumstanceCode c : codes) {
      b.addCircumstances(CircumstanceEpisode.of(c));
    }
  }

  /**
   * Collects the cells of a row by column: stripped, empty ones left out.
   *
   * @param columns the column of each header position (null for unknown)
   * @param fields the fields
   * @return the cells
   */
  public static RowCells cells(Column[] columns, List<String> fields) {
    return RowCells.of(columns, fields);
  }
}

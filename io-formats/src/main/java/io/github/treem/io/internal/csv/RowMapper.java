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
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.internal.RecordAssembler;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the cells of one register row (CSV now, workbook rows to come) into a {@link Child}
 * snapshot of the reporting year, collecting every problem of its values with the code that every
 * format shares, each at its severity in the read's mode ({@link RecordAssembler#severity}).
 * What follows (validator, duplicate identifiers, counts) is the {@link RecordAssembler}'s. Not
 * thread-safe: one per reader.
 */
public final class RowMapper {
  private final ReadOptions options;
  private final RecordAssembler assembler;
  private final boolean decimalComma;
  private List<Issue> issues = List.of(); // the row's, set by each map()
  private long line;
  private boolean syntheticData;

  /**
   * A mapper.
   *
   * @param options the read options (reporting year)
   * @param assembler the read's assembler (mode, file name)
   * @param decimalComma whether {@code ,} is a decimal separator
   */
  public RowMapper(ReadOptions options, RecordAssembler assembler, boolean decimalComma) {
    this.options = options;
    this.assembler = assembler;
    this.decimalComma = decimalComma;
  }

  /**
   * Decodes a row.
   *
   * @param rowLine the line the row starts on
   * @param cells the non-empty, stripped cells by column
   * @param issues receives the issues of the row's values, in column order
   * @return the child, or null when none can be made (no identifier, or an invariant broken: the
   *     issues then hold an error)
   */
  public @Nullable Child map(long rowLine, RowCells cells, List<Issue> issues) {
    this.line = rowLine;
    this.issues = issues;
    try {
      return build(cells);
    } catch (InvalidValueException e) {
      // the same issue as the JSON readers give for the same invariant
      issues.add(RegisterIssueCode.INVALID_VALUE.issue(Severity.ERROR,
          Location.ofLine(assembler.getFileName(), line, null), e.getMessage()));
      return null;
    }
  }

  /**
   * {@return whether a row read so far carries the synthetic-data marker ({@code synthetic_data}
   * yes)}
   */
  public boolean isSyntheticData() {
    return syntheticData;
  }

  private void problem(RegisterIssueCode code, @Nullable Column column, @Nullable String value, boolean droppable) {
    issues.add(assembler.issue(code, droppable, line, column == null ? null : column.getCanonical(),
        column != null && column.isPersonal() ? null : value));
  }

  private <T> Optional<T> parse(RowCells cells, Column c, RegisterIssueCode code,
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
    return parse(cells, c, RegisterIssueCode.INVALID_DATE, Cells::date);
  }

  private Optional<Boolean> yesNo(RowCells cells, Column c) {
    return parse(cells, c, RegisterIssueCode.INVALID_YES_NO, Cells::yesNo);
  }

  private OptionalDouble positive(RowCells cells, Column c) {
    String v = cells.get(c);
    if (v == null) {
      return OptionalDouble.empty();
    }
    OptionalDouble d = Cells.decimal(v, decimalComma);
    if (d.isEmpty() || !(d.getAsDouble() > 0) || Double.isInfinite(d.getAsDouble())) {
      problem(RegisterIssueCode.INVALID_NUMBER, c, v, true);
      return OptionalDouble.empty();
    }
    return d;
  }

  private @Nullable Child build(RowCells cells) {
    Child.Builder b = Child.builder();
    String id = cells.get(Column.CHILD_ID);
    if (id == null) {
      problem(RegisterIssueCode.MISSING_VALUE, Column.CHILD_ID, null, false);
    } else {
      id = Text.unneutralise(id);
      b.id(id);
    }
    Optional.ofNullable(cells.get(Column.FULL_NAME)).map(Text::unneutralise).ifPresent(b::fullName);
    if (cells.get(Column.SEX) == null) {
      problem(RegisterIssueCode.MISSING_VALUE, Column.SEX, null, true);
    }
    parse(cells, Column.SEX, RegisterIssueCode.INVALID_CODE, Cells::sex).ifPresent(b::sex);
    if (cells.get(Column.DATE_OF_BIRTH) == null) {
      problem(RegisterIssueCode.MISSING_VALUE, Column.DATE_OF_BIRTH, null, true);
    }
    date(cells, Column.DATE_OF_BIRTH).ifPresent(b::dateOfBirth);
    parse(cells, Column.PERSONAL_ID, RegisterIssueCode.INVALID_PERSONAL_ID,
        s -> PersonalIdNumber.isWellFormed(s) ? Optional.of(PersonalIdNumber.parse(s)) : Optional.empty())
        .ifPresent(b::personalId);
    parse(cells, Column.ETHNICITY, RegisterIssueCode.INVALID_ETHNICITY, Ethnicity::parse).ifPresent(b::ethnicity);
    parse(cells, Column.COMMUNE_CODE, RegisterIssueCode.INVALID_COMMUNE_CODE,
        s -> CommuneCode.isValid(s) ? Optional.of(CommuneCode.parse(s)) : Optional.empty())
        .ifPresent(b::communeCode);
    Optional.ofNullable(cells.get(Column.VILLAGE)).map(Text::unneutralise).ifPresent(b::village);
    int year = options.getReportingYear();
    Optional<HouseholdPoverty> poverty =
        parse(cells, Column.HOUSEHOLD_POVERTY, RegisterIssueCode.INVALID_CODE, Cells::poverty);
    Optional<DisabilityDegree> disability =
        parse(cells, Column.DISABILITY, RegisterIssueCode.INVALID_CODE, Cells::disability);
    disability.ifPresent(b::disability);
    date(cells, Column.BIRTH_REGISTERED_ON).ifPresent(d -> b.birthRegistration(BirthRegistration.of(d)));
    card(cells, b);
    measurement(cells, b, year);
    Optional<SchoolLevel> level = parse(cells, Column.SCHOOL_LEVEL, RegisterIssueCode.INVALID_CODE, Cells::level);
    OptionalInt grade = grade(cells);
    if (level.isPresent()) {
      SchoolEnrolment.Builder e = SchoolEnrolment.builder().schoolYear(year).level(level.get());
      grade.ifPresent(e::grade);
      b.addEnrolments(e.build());
    } else if (grade.isPresent() && cells.get(Column.SCHOOL_LEVEL) == null) {
      problem(RegisterIssueCode.GRADE_WITHOUT_LEVEL, Column.GRADE, cells.get(Column.GRADE), true);
    }
    Optional<Boolean> trained = yesNo(cells, Column.INJURY_PREVENTION_TRAINED);
    Optional<Boolean> swim = yesNo(cells, Column.CAN_SWIM);
    if (trained.isPresent() || swim.isPresent()) {
      b.addSafetySkills(SafetySkills.builder().schoolYear(year).injuryPreventionTrained(trained).canSwim(swim).build());
    }
    circumstances(cells, b);
    Optional<Boolean> social = yesNo(cells, Column.SOCIAL_ASSISTANCE);
    yesNo(cells, Column.EPI_FULL_BY_1).ifPresent(b::epiFullByAge1);
    yesNo(cells, Column.GRADE1_DEFERRED).ifPresent(b::grade1Deferred);
    Optional<Boolean> criminal = yesNo(cells, Column.CRIMINAL_LAW_CONFLICT);
    Optional<Boolean> legalAid = yesNo(cells, Column.LEGAL_AID);
    if (poverty.isPresent() || social.isPresent() || criminal.isPresent() || legalAid.isPresent()) {
      b.addYearlyStatus(YearlyStatus.builder().year(year).householdPoverty(poverty).socialAssistance(social)
          .criminalLawConflict(criminal).legalAid(legalAid).build());
    }
    if (yesNo(cells, Column.SYNTHETIC_DATA).orElse(false)) {
      syntheticData = true; // the file's marker, not a datum of the child
    }
    if (id == null) {
      return null;
    }
    return b.build();
  }

  private OptionalInt grade(RowCells cells) {
    String v = cells.get(Column.GRADE);
    if (v == null) {
      return OptionalInt.empty();
    }
    OptionalInt g = Cells.integer(v);
    if (g.isEmpty() || g.getAsInt() < 1 || g.getAsInt() > 12) {
      problem(RegisterIssueCode.INVALID_NUMBER, Column.GRADE, v, true);
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
      problem(RegisterIssueCode.CARD_WITHOUT_NUMBER, Column.HI_CARD_NUMBER, null, true);
    }
  }

  private void measurement(RowCells cells, Child.Builder b, int year) {
    Optional<LocalDate> on = date(cells, Column.MEASURED_ON);
    OptionalDouble weight = positive(cells, Column.WEIGHT_KG);
    OptionalDouble length = positive(cells, Column.LENGTH_HEIGHT_CM);
    Optional<MeasurePosition> position =
        parse(cells, Column.MEASURE_POSITION, RegisterIssueCode.INVALID_CODE, Cells::position);
    Optional<Boolean> oedema = yesNo(cells, Column.OEDEMA);
    if (on.isPresent()) {
      if (on.get().getYear() != year) {
        problem(RegisterIssueCode.MEASUREMENT_OUTSIDE_YEAR, Column.MEASURED_ON, cells.get(Column.MEASURED_ON),
            true);
      }
      GrowthMeasurement.Builder m = GrowthMeasurement.builder().measuredOn(on.get()).position(position).oedema(oedema);
      weight.ifPresent(m::weightKg);
      length.ifPresent(m::lengthHeightCm);
      b.addMeasurements(m.build());
    } else if (cells.get(Column.MEASURED_ON) == null && (weight.isPresent() || length.isPresent()
        || position.isPresent() || oedema.isPresent())) {
      problem(RegisterIssueCode.MEASUREMENT_WITHOUT_DATE, Column.MEASURED_ON, null, true);
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
        problem(RegisterIssueCode.INVALID_CIRCUMSTANCE, Column.CIRCUMSTANCES, p, true);
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

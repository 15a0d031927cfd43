package io.github.treem.io.internal.csv;

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
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterIssueCode;
import io.github.treem.io.internal.RecordAssembler;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
  private static final int MAX_CACHED = 256;
  private final ReadOptions options;
  private final RecordAssembler assembler;
  private final boolean decimalComma;
  private List<Issue> issues = List.of(); // the row's, set by each map()
  private long line;
  private boolean syntheticData;
  /** The last commune code parsed and its text (a register is one commune's, as a rule). */
  private char @Nullable [] lastCommuneText;
  private @Nullable CommuneCode lastCommune;
  /** The ethnicities of the texts met (at most {@link #MAX_CACHED}). */
  private final Map<String, Ethnicity> ethnicities = new HashMap<>();
  /** The last ethnicity text parsed well and its value. */
  private char @Nullable [] lastEthnicityText;
  private @Nullable Ethnicity lastEthnicity;
  private final CellParser<Ethnicity> ethnicityParser = this::ethnicity;
  private final CellParser<CommuneCode> communeParser = this::communeCode;

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

  /**
   * The value of a cell by a parser that gives null for a value it does not accept (one of
   * {@link Cells}' {@code ...OrNull} forms): null for an absent cell, and null with the problem
   * recorded for a bad one. The hot path of every row: no {@code Optional}, no capturing lambda.
   */
  private <T> @Nullable T value(RowCells cells, Column c, RegisterIssueCode code, Function<String, T> parser) {
    String v = cells.get(c);
    if (v == null) {
      return null;
    }
    T r = parser.apply(v);
    if (r == null) {
      problem(code, c, v, true);
    }
    return r;
  }

  /** A parser of a cell read from the row's characters (one of {@link Cells}' {@code ...At} forms). */
  @FunctionalInterface
  private interface CellParser<T> {
    @Nullable T parse(char[] a, int from, int to);
  }

  /**
   * {@link #value} with a parser that reads the cell from the row's characters: no string is made
   * of the cell unless it is bad (for the problem's value).
   */
  private <T> @Nullable T parsed(RowCells cells, Column c, RegisterIssueCode code, CellParser<T> parser) {
    if (!cells.containsKey(c)) {
      return null;
    }
    T r = parser.parse(cells.chars(), cells.from(c), cells.to(c));
    if (r == null) {
      problem(code, c, cells.get(c), true);
    }
    return r;
  }

  private @Nullable LocalDate date(RowCells cells, Column c) {
    return parsed(cells, c, RegisterIssueCode.INVALID_DATE, Cells::dateAt);
  }

  private @Nullable Boolean yesNo(RowCells cells, Column c) {
    return parsed(cells, c, RegisterIssueCode.INVALID_YES_NO, Cells::yesNoAt);
  }

  /** A strictly positive finite decimal, or NaN (absent, or bad: the problem recorded). */
  private double positive(RowCells cells, Column c) {
    String v = cells.get(c);
    if (v == null) {
      return Double.NaN;
    }
    OptionalDouble d = Cells.decimal(v, decimalComma);
    if (d.isEmpty() || !(d.getAsDouble() > 0) || Double.isInfinite(d.getAsDouble())) {
      problem(RegisterIssueCode.INVALID_NUMBER, c, v, true);
      return Double.NaN;
    }
    return d.getAsDouble();
  }

  /** The commune code of a cell: the last one parsed again when the text is the same (one commune a file). */
  private @Nullable CommuneCode communeCode(char[] a, int from, int to) {
    if (!Cells.sameText(lastCommuneText, a, from, to)) {
      String v = new String(a, from, to - from);
      if (!CommuneCode.isValid(v)) {
        return null;
      }
      lastCommune = CommuneCode.parse(v);
      lastCommuneText = v.toCharArray();
    }
    return lastCommune;
  }

  /** The ethnicity of a cell, through a small cache of the texts met (a few dozen codes a file). */
  private @Nullable Ethnicity ethnicity(char[] a, int from, int to) {
    if (Cells.sameText(lastEthnicityText, a, from, to)) {
      // most children of a commune share one ethnicity: no string, no hashing
      return lastEthnicity;
    }
    String v = new String(a, from, to - from);
    Ethnicity e = ethnicities.get(v);
    if (e == null) {
      e = Ethnicity.parse(v).orElse(null);
      if (e != null && ethnicities.size() < MAX_CACHED) {
        ethnicities.put(v, e);
      }
    }
    if (e != null) {
      lastEthnicityText = v.toCharArray();
      lastEthnicity = e;
    }
    return e;
  }

  private static @Nullable PersonalIdNumber personalId(String v) {
    return PersonalIdNumber.isWellFormed(v) ? PersonalIdNumber.parse(v) : null;
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
    String name = cells.get(Column.FULL_NAME);
    if (name != null) {
      b.fullName(Text.unneutralise(name));
    }
    if (!cells.containsKey(Column.SEX)) {
      problem(RegisterIssueCode.MISSING_VALUE, Column.SEX, null, true);
    }
    Sex sex = parsed(cells, Column.SEX, RegisterIssueCode.INVALID_CODE, Cells::sexAt);
    if (sex != null) {
      b.sex(sex);
    }
    if (!cells.containsKey(Column.DATE_OF_BIRTH)) {
      problem(RegisterIssueCode.MISSING_VALUE, Column.DATE_OF_BIRTH, null, true);
    }
    LocalDate born = date(cells, Column.DATE_OF_BIRTH);
    if (born != null) {
      b.dateOfBirth(born);
    }
    PersonalIdNumber pid = value(cells, Column.PERSONAL_ID, RegisterIssueCode.INVALID_PERSONAL_ID,
        RowMapper::personalId);
    if (pid != null) {
      b.personalId(pid);
    }
    Ethnicity ethnicity = parsed(cells, Column.ETHNICITY, RegisterIssueCode.INVALID_ETHNICITY, ethnicityParser);
    if (ethnicity != null) {
      b.ethnicity(ethnicity);
    }
    CommuneCode commune = parsed(cells, Column.COMMUNE_CODE, RegisterIssueCode.INVALID_COMMUNE_CODE,
        communeParser);
    if (commune != null) {
      b.communeCode(commune);
    }
    String village = cells.get(Column.VILLAGE);
    if (village != null) {
      b.village(Text.unneutralise(village));
    }
    int year = options.getReportingYear();
    HouseholdPoverty poverty =
        parsed(cells, Column.HOUSEHOLD_POVERTY, RegisterIssueCode.INVALID_CODE, Cells::povertyAt);
    DisabilityDegree disability =
        parsed(cells, Column.DISABILITY, RegisterIssueCode.INVALID_CODE, Cells::disabilityAt);
    if (disability != null) {
      b.disability(disability);
    }
    LocalDate registered = date(cells, Column.BIRTH_REGISTERED_ON);
    if (registered != null) {
      b.birthRegistration(BirthRegistration.of(registered));
    }
    card(cells, b);
    measurement(cells, b, year);
    SchoolLevel level = parsed(cells, Column.SCHOOL_LEVEL, RegisterIssueCode.INVALID_CODE, Cells::levelAt);
    int grade = grade(cells);
    if (level != null) {
      SchoolEnrolment.Builder e = SchoolEnrolment.builder().schoolYear(year).level(level);
      if (grade > 0) {
        e.grade(grade);
      }
      b.addEnrolments(e.build());
    } else if (grade > 0 && !cells.containsKey(Column.SCHOOL_LEVEL)) {
      problem(RegisterIssueCode.GRADE_WITHOUT_LEVEL, Column.GRADE, cells.get(Column.GRADE), true);
    }
    Boolean trained = yesNo(cells, Column.INJURY_PREVENTION_TRAINED);
    Boolean swim = yesNo(cells, Column.CAN_SWIM);
    if (trained != null || swim != null) {
      SafetySkills.Builder k = SafetySkills.builder().schoolYear(year);
      if (trained != null) {
        k.injuryPreventionTrained(trained);
      }
      if (swim != null) {
        k.canSwim(swim);
      }
      b.addSafetySkills(k.build());
    }
    circumstances(cells, b);
    Boolean social = yesNo(cells, Column.SOCIAL_ASSISTANCE);
    Boolean epi = yesNo(cells, Column.EPI_FULL_BY_1);
    if (epi != null) {
      b.epiFullByAge1(epi);
    }
    Boolean deferred = yesNo(cells, Column.GRADE1_DEFERRED);
    if (deferred != null) {
      b.grade1Deferred(deferred);
    }
    Boolean criminal = yesNo(cells, Column.CRIMINAL_LAW_CONFLICT);
    Boolean legalAid = yesNo(cells, Column.LEGAL_AID);
    if (poverty != null || social != null || criminal != null || legalAid != null) {
      YearlyStatus.Builder y = YearlyStatus.builder().year(year);
      if (poverty != null) {
        y.householdPoverty(poverty);
      }
      if (social != null) {
        y.socialAssistance(social);
      }
      if (criminal != null) {
        y.criminalLawConflict(criminal);
      }
      if (legalAid != null) {
        y.legalAid(legalAid);
      }
      b.addYearlyStatus(y.build());
    }
    if (Boolean.TRUE.equals(yesNo(cells, Column.SYNTHETIC_DATA))) {
      syntheticData = true; // the file's marker, not a datum of the child
    }
    if (id == null) {
      return null;
    }
    return b.build();
  }

  /** The grade (1 to 12), or 0 when absent or bad (the problem recorded). */
  private int grade(RowCells cells) {
    if (!cells.containsKey(Column.GRADE)) {
      return 0;
    }
    int g = Cells.integerAt(cells.chars(), cells.from(Column.GRADE), cells.to(Column.GRADE));
    if (g < 1 || g > 12) { // Integer.MIN_VALUE: not an integer
      problem(RegisterIssueCode.INVALID_NUMBER, Column.GRADE, cells.get(Column.GRADE), true);
      return 0;
    }
    return g;
  }

  private void card(RowCells cells, Child.Builder b) {
    String number = cells.get(Column.HI_CARD_NUMBER);
    LocalDate issued = date(cells, Column.HI_CARD_ISSUED_ON);
    LocalDate validTo = date(cells, Column.HI_CARD_VALID_TO);
    if (number != null) {
      HealthInsuranceCard.Builder c = HealthInsuranceCard.builder().number(Text.unneutralise(number));
      if (issued != null) {
        c.issuedOn(issued);
      }
      if (validTo != null) {
        c.validTo(validTo);
      }
      b.addHealthInsuranceCards(c.build());
    } else if (cells.containsKey(Column.HI_CARD_ISSUED_ON) || cells.containsKey(Column.HI_CARD_VALID_TO)) {
      problem(RegisterIssueCode.CARD_WITHOUT_NUMBER, Column.HI_CARD_NUMBER, null, true);
    }
  }

  private void measurement(RowCells cells, Child.Builder b, int year) {
    LocalDate on = date(cells, Column.MEASURED_ON);
    double weight = positive(cells, Column.WEIGHT_KG);
    double length = positive(cells, Column.LENGTH_HEIGHT_CM);
    MeasurePosition position =
        parsed(cells, Column.MEASURE_POSITION, RegisterIssueCode.INVALID_CODE, Cells::positionAt);
    Boolean oedema = yesNo(cells, Column.OEDEMA);
    if (on != null) {
      if (on.getYear() != year) {
        problem(RegisterIssueCode.MEASUREMENT_OUTSIDE_YEAR, Column.MEASURED_ON, cells.get(Column.MEASURED_ON),
            true);
      }
      GrowthMeasurement.Builder m = GrowthMeasurement.builder().measuredOn(on);
      if (position != null) {
        m.position(position);
      }
      if (oedema != null) {
        m.oedema(oedema);
      }
      if (!Double.isNaN(weight)) {
        m.weightKg(weight);
      }
      if (!Double.isNaN(length)) {
        m.lengthHeightCm(length);
      }
      b.addMeasurements(m.build());
    } else if (!cells.containsKey(Column.MEASURED_ON) && (!Double.isNaN(weight) || !Double.isNaN(length)
        || position != null || oedema != null)) {
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

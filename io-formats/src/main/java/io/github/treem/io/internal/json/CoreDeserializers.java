package io.github.treem.io.internal.json;

import static io.github.treem.io.internal.json.JsonValues.bool;
import static io.github.treem.io.internal.json.JsonValues.date;
import static io.github.treem.io.internal.json.JsonValues.decimal;
import static io.github.treem.io.internal.json.JsonValues.enumByName;
import static io.github.treem.io.internal.json.JsonValues.integer;
import static io.github.treem.io.internal.json.JsonValues.list;
import static io.github.treem.io.internal.json.JsonValues.string;

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
import io.github.treem.core.Sex;
import io.github.treem.core.YearlyStatus;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** The deserializers of core's types, through their public builders and factories only. */
public final class CoreDeserializers {
  private CoreDeserializers() {}

  /** Reads a {@link Child}. */
  public static final class ChildDeserializer extends ObjectDeserializer<Child, Child.Builder> {
    /** Creates the deserializer. */
    public ChildDeserializer() {
      super(Child.class, List.of("id", "fullName", "sex", "dateOfBirth", "personalId", "ethnicity", "communeCode",
          "village", "disability", "birthRegistration", "healthInsuranceCards", "measurements", "enrolments",
          "safetySkills", "circumstances", "yearlyStatus"), "id");
    }

    @Override
    protected Child.Builder newBuilder() {
      return Child.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt, Child.Builder b) {
      Class<?> o = Child.class;
      switch (name) {
        case "id":
          b.id(string(p, ctxt, o));
          return true;
        case "fullName":
          b.fullName(string(p, ctxt, o));
          return true;
        case "sex":
          b.sex(enumByName(p, ctxt, Sex.class));
          return true;
        case "dateOfBirth":
          b.dateOfBirth(date(p, ctxt, o));
          return true;
        case "personalId":
          b.personalId(ctxt.readValue(p, PersonalIdNumber.class));
          return true;
        case "ethnicity":
          b.ethnicity(ctxt.readValue(p, Ethnicity.class));
          return true;
        case "communeCode":
          b.communeCode(ctxt.readValue(p, CommuneCode.class));
          return true;
        case "village":
          b.village(string(p, ctxt, o));
          return true;
        case "disability":
          b.disability(enumByName(p, ctxt, DisabilityDegree.class));
          return true;
        case "birthRegistration":
          b.birthRegistration(ctxt.readValue(p, BirthRegistration.class));
          return true;
        case "healthInsuranceCards":
          b.healthInsuranceCards(list(p, ctxt, o, HealthInsuranceCard.class));
          return true;
        case "measurements":
          b.measurements(list(p, ctxt, o, GrowthMeasurement.class));
          return true;
        case "enrolments":
          b.enrolments(list(p, ctxt, o, SchoolEnrolment.class));
          return true;
        case "safetySkills":
          b.safetySkills(list(p, ctxt, o, SafetySkills.class));
          return true;
        case "circumstances":
          b.circumstances(list(p, ctxt, o, CircumstanceEpisode.class));
          return true;
        case "yearlyStatus":
          b.yearlyStatus(list(p, ctxt, o, YearlyStatus.class));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected Child build(Child.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link BirthRegistration}. */
  public static final class BirthRegistrationDeserializer
      extends ObjectDeserializer<BirthRegistration, BirthRegistration.Builder> {
    /** Creates the deserializer. */
    public BirthRegistrationDeserializer() {
      super(BirthRegistration.class, List.of("registeredOn"), "registeredOn");
    }

    @Override
    protected BirthRegistration.Builder newBuilder() {
      return BirthRegistration.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt,
        BirthRegistration.Builder b) {
      if ("registeredOn".equals(name)) {
        b.registeredOn(date(p, ctxt, BirthRegistration.class));
        return true;
      }
      return false;
    }

    @Override
    protected BirthRegistration build(BirthRegistration.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link HealthInsuranceCard}. */
  public static final class HealthInsuranceCardDeserializer
      extends ObjectDeserializer<HealthInsuranceCard, HealthInsuranceCard.Builder> {
    /** Creates the deserializer. */
    public HealthInsuranceCardDeserializer() {
      super(HealthInsuranceCard.class, List.of("number", "issuedOn", "validTo"), "number");
    }

    @Override
    protected HealthInsuranceCard.Builder newBuilder() {
      return HealthInsuranceCard.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt,
        HealthInsuranceCard.Builder b) {
      Class<?> o = HealthInsuranceCard.class;
      switch (name) {
        case "number":
          b.number(string(p, ctxt, o));
          return true;
        case "issuedOn":
          b.issuedOn(date(p, ctxt, o));
          return true;
        case "validTo":
          b.validTo(date(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected HealthInsuranceCard build(HealthInsuranceCard.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link GrowthMeasurement}. */
  public static final class GrowthMeasurementDeserializer
      extends ObjectDeserializer<GrowthMeasurement, GrowthMeasurement.Builder> {
    /** Creates the deserializer. */
    public GrowthMeasurementDeserializer() {
      super(GrowthMeasurement.class, List.of("measuredOn", "weightKg", "lengthHeightCm", "position", "oedema"),
          "measuredOn");
    }

    @Override
    protected GrowthMeasurement.Builder newBuilder() {
      return GrowthMeasurement.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt,
        GrowthMeasurement.Builder b) {
      Class<?> o = GrowthMeasurement.class;
      switch (name) {
        case "measuredOn":
          b.measuredOn(date(p, ctxt, o));
          return true;
        case "weightKg":
          b.weightKg(decimal(p, ctxt, o));
          return true;
        case "lengthHeightCm":
          b.lengthHeightCm(decimal(p, ctxt, o));
          return true;
        case "position":
          b.position(enumByName(p, ctxt, MeasurePosition.class));
          return true;
        case "oedema":
          b.oedema(bool(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected GrowthMeasurement build(GrowthMeasurement.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link SchoolEnrolment}. */
  public static final class SchoolEnrolmentDeserializer
      extends ObjectDeserializer<SchoolEnrolment, SchoolEnrolment.Builder> {
    /** Creates the deserializer. */
    public SchoolEnrolmentDeserializer() {
      super(SchoolEnrolment.class, List.of("schoolYear", "level", "grade"), "schoolYear", "level");
    }

    @Override
    protected SchoolEnrolment.Builder newBuilder() {
      return SchoolEnrolment.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt,
        SchoolEnrolment.Builder b) {
      Class<?> o = SchoolEnrolment.class;
      switch (name) {
        case "schoolYear":
          b.schoolYear(integer(p, ctxt, o));
          return true;
        case "level":
          b.level(enumByName(p, ctxt, SchoolLevel.class));
          return true;
        case "grade":
          b.grade(integer(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected SchoolEnrolment build(SchoolEnrolment.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link SafetySkills}. */
  public static final class SafetySkillsDeserializer extends ObjectDeserializer<SafetySkills, SafetySkills.Builder> {
    /** Creates the deserializer. */
    public SafetySkillsDeserializer() {
      super(SafetySkills.class, List.of("schoolYear", "injuryPreventionTrained", "canSwim"), "schoolYear");
    }

    @Override
    protected SafetySkills.Builder newBuilder() {
      return SafetySkills.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt, SafetySkills.Builder b) {
      Class<?> o = SafetySkills.class;
      switch (name) {
        case "schoolYear":
          b.schoolYear(integer(p, ctxt, o));
          return true;
        case "injuryPreventionTrained":
          b.injuryPreventionTrained(bool(p, ctxt, o));
          return true;
        case "canSwim":
          b.canSwim(bool(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected SafetySkills build(SafetySkills.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link CircumstanceEpisode}. */
  public static final class CircumstanceEpisodeDeserializer
      extends ObjectDeserializer<CircumstanceEpisode, CircumstanceEpisode.Builder> {
    /** Creates the deserializer. */
    public CircumstanceEpisodeDeserializer() {
      super(CircumstanceEpisode.class, List.of("code", "startedOn", "endedOn"), "code");
    }

    @Override
    protected CircumstanceEpisode.Builder newBuilder() {
      return CircumstanceEpisode.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt,
        CircumstanceEpisode.Builder b) {
      Class<?> o = CircumstanceEpisode.class;
      switch (name) {
        case "code":
          b.code(ctxt.readValue(p, CircumstanceCode.class));
          return true;
        case "startedOn":
          b.startedOn(date(p, ctxt, o));
          return true;
        case "endedOn":
          b.endedOn(date(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected CircumstanceEpisode build(CircumstanceEpisode.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link YearlyStatus}. */
  public static final class YearlyStatusDeserializer extends ObjectDeserializer<YearlyStatus, YearlyStatus.Builder> {
    /** Creates the deserializer. */
    public YearlyStatusDeserializer() {
      super(YearlyStatus.class, List.of("year", "householdPoverty", "socialAssistance"), "year");
    }

    @Override
    protected YearlyStatus.Builder newBuilder() {
      return YearlyStatus.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt, YearlyStatus.Builder b) {
      Class<?> o = YearlyStatus.class;
      switch (name) {
        case "year":
          b.year(integer(p, ctxt, o));
          return true;
        case "householdPoverty":
          b.householdPoverty(enumByName(p, ctxt, HouseholdPoverty.class));
          return true;
        case "socialAssistance":
          b.socialAssistance(bool(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected YearlyStatus build(YearlyStatus.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link LegalReference}. */
  public static final class LegalReferenceDeserializer
      extends ObjectDeserializer<LegalReference, LegalReference.Builder> {
    /** Creates the deserializer. */
    public LegalReferenceDeserializer() {
      super(LegalReference.class, List.of("document", "titleEn", "article", "clause", "inForceFrom", "inForceTo"),
          "document");
    }

    @Override
    protected LegalReference.Builder newBuilder() {
      return LegalReference.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt, LegalReference.Builder b) {
      Class<?> o = LegalReference.class;
      switch (name) {
        case "document":
          b.document(string(p, ctxt, o));
          return true;
        case "titleEn":
          b.titleEn(string(p, ctxt, o));
          return true;
        case "article":
          b.article(string(p, ctxt, o));
          return true;
        case "clause":
          b.clause(string(p, ctxt, o));
          return true;
        case "inForceFrom":
          b.inForceFrom(date(p, ctxt, o));
          return true;
        case "inForceTo":
          b.inForceTo(date(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected LegalReference build(LegalReference.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link Location}. */
  public static final class LocationDeserializer extends ObjectDeserializer<Location, Location.Builder> {
    /** Creates the deserializer. */
    public LocationDeserializer() {
      super(Location.class, List.of("file", "line", "column", "path"));
    }

    @Override
    protected Location.Builder newBuilder() {
      return Location.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt, Location.Builder b) {
      Class<?> o = Location.class;
      switch (name) {
        case "file":
          b.file(string(p, ctxt, o));
          return true;
        case "line":
          JsonValues.expect(p, ctxt, o, tools.jackson.core.JsonToken.VALUE_NUMBER_INT, "an integer");
          if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            JsonValues.invalid(ctxt, o, "integer out of range");
          }
          b.line(p.getLongValue());
          return true;
        case "column":
          b.column(string(p, ctxt, o));
          return true;
        case "path":
          b.path(string(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected Location build(Location.Builder b) {
      return b.build();
    }
  }

  /** Reads an {@link Issue}. */
  public static final class IssueDeserializer extends ObjectDeserializer<Issue, Issue.Builder> {
    /** Creates the deserializer. */
    public IssueDeserializer() {
      super(Issue.class, List.of("code", "severity", "location", "messageVi", "messageEn"), "code", "severity",
          "messageVi", "messageEn");
    }

    @Override
    protected Issue.Builder newBuilder() {
      return Issue.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt, Issue.Builder b) {
      Class<?> o = Issue.class;
      switch (name) {
        case "code":
          b.code(string(p, ctxt, o));
          return true;
        case "severity":
          b.severity(enumByName(p, ctxt, Severity.class));
          return true;
        case "location":
          b.location(ctxt.readValue(p, Location.class));
          return true;
        case "messageVi":
          b.messageVi(string(p, ctxt, o));
          return true;
        case "messageEn":
          b.messageEn(string(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected Issue build(Issue.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link ValidationReport}; {@code valid} is derived and checked, never trusted. */
  public static final class ValidationReportDeserializer
      extends ObjectDeserializer<ValidationReport, ValidationReport.Builder> {
    /** Creates the deserializer. */
    public ValidationReportDeserializer() {
      super(ValidationReport.class, List.of("valid", "issues"), "issues");
    }

    @Override
    protected ValidationReport.Builder newBuilder() {
      return ValidationReport.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt,
        ValidationReport.Builder b) {
      switch (name) {
        case "valid":
          bool(p, ctxt, ValidationReport.class);
          return true;
        case "issues":
          b.issues(list(p, ctxt, ValidationReport.class, Issue.class));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected ValidationReport build(ValidationReport.Builder b) {
      return b.build();
    }
  }

  /**
   * Reads a value written as one string.
   *
   * @param <T> the type
   */
  public static final class ScalarDeserializer<T> extends StdDeserializer<T> {
    private final Function<String, Optional<? extends T>> parser;
    private final String expected;

    /**
     * Creates the deserializer.
     *
     * @param type the type
     * @param parser reads the text, empty when it is not a value
     * @param expected what a value looks like, for the message
     */
    public ScalarDeserializer(Class<T> type, Function<String, Optional<? extends T>> parser, String expected) {
      super(type);
      this.parser = parser;
      this.expected = expected;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      String s = string(p, ctxt, handledType());
      Optional<? extends T> v;
      try {
        v = parser.apply(s);
      } catch (InvalidValueException e) {
        v = Optional.empty();
      }
      if (v.isEmpty()) {
        JsonValues.invalid(ctxt, handledType(), "expected " + expected);
      }
      return v.orElseThrow();
    }

    /** {@return the deserializer of personal identification numbers (never echoes the text)} */
    public static ScalarDeserializer<PersonalIdNumber> personalId() {
      return new ScalarDeserializer<>(PersonalIdNumber.class,
          s -> PersonalIdNumber.isWellFormed(s) && s.equals(s.strip()) ? Optional.of(PersonalIdNumber.parse(s))
              : Optional.empty(), "12 digits");
    }

    /** {@return the deserializer of commune codes} */
    public static ScalarDeserializer<CommuneCode> communeCode() {
      return new ScalarDeserializer<>(CommuneCode.class,
          s -> CommuneCode.isValid(s) && s.equals(s.strip()) ? Optional.of(CommuneCode.parse(s)) : Optional.empty(),
          "5 digits");
    }

    /** {@return the deserializer of ethnic groups: a two-digit 1979-list code, or a name} */
    public static ScalarDeserializer<Ethnicity> ethnicity() {
      return new ScalarDeserializer<>(Ethnicity.class, Ethnicity::parse,
          "a two-digit code of the 1979 list or the name of an ethnic group");
    }

    /** {@return the deserializer of circumstance codes (sub-group or group)} */
    public static ScalarDeserializer<CircumstanceCode> circumstance() {
      return new ScalarDeserializer<>(CircumstanceCode.class, CircumstanceCode::parse,
          "a special-circumstance code such as C10 or DD");
    }

    /** {@return the deserializer of sub-group codes} */
    public static ScalarDeserializer<SpecialCircumstanceSubgroup> subgroup() {
      return new ScalarDeserializer<>(SpecialCircumstanceSubgroup.class, SpecialCircumstanceSubgroup::fromCode,
          "a special-circumstance sub-group code such as C10");
    }

    /** {@return the deserializer of group codes} */
    public static ScalarDeserializer<SpecialCircumstanceGroup> group() {
      return new ScalarDeserializer<>(SpecialCircumstanceGroup.class, SpecialCircumstanceGroup::fromCode,
          "a special-circumstance group code such as DD");
    }

    /**
     * The deserializer of an enum by exact name.
     *
     * @param <E> the enum
     * @param type the class
     * @return the deserializer
     */
    public static <E extends Enum<E>> StdDeserializer<E> byName(Class<E> type) {
      return new StdDeserializer<E>(type) {
        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) {
          return enumByName(p, ctxt, type);
        }
      };
    }
  }
}

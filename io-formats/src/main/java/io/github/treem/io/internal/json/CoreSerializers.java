package io.github.treem.io.internal.json;

import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.SafetySkills;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.YearlyStatus;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.EthnicityCodeList;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The serializers of core's types. Optional attributes that are empty and empty lists are left
 * out (never written as {@code null}); dates are ISO {@code yyyy-MM-dd}; enums are written by
 * name, except circumstance codes (their register code) and ethnic groups (their two-digit code
 * of the 1979 list).
 */
public final class CoreSerializers {
  private CoreSerializers() {}

  /**
   * Writes an object's properties; subclasses write each property with the helpers.
   *
   * @param <T> the type
   */
  public abstract static class ObjectSerializer<T> extends StdSerializer<T> {
    /**
     * Creates the serializer.
     *
     * @param type the type
     */
    protected ObjectSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public final void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject(value);
      writeProperties(value, g, ctxt);
      g.writeEndObject();
    }

    /**
     * Writes the properties.
     *
     * @param value the value
     * @param g the generator
     * @param ctxt the context
     */
    protected abstract void writeProperties(T value, JsonGenerator g, SerializationContext ctxt);
  }

  static void string(JsonGenerator g, String name, Optional<String> v) {
    if (v.isPresent()) {
      g.writeStringProperty(name, v.get());
    }
  }

  static void date(JsonGenerator g, String name, LocalDate v) {
    g.writeStringProperty(name, v.toString());
  }

  static void date(JsonGenerator g, String name, Optional<LocalDate> v) {
    if (v.isPresent()) {
      date(g, name, v.get());
    }
  }

  static void bool(JsonGenerator g, String name, Optional<Boolean> v) {
    if (v.isPresent()) {
      g.writeBooleanProperty(name, v.get());
    }
  }

  static void number(JsonGenerator g, String name, OptionalDouble v) {
    if (v.isPresent()) {
      g.writeNumberProperty(name, v.getAsDouble());
    }
  }

  static void number(JsonGenerator g, String name, OptionalInt v) {
    if (v.isPresent()) {
      g.writeNumberProperty(name, v.getAsInt());
    }
  }

  static void number(JsonGenerator g, String name, OptionalLong v) {
    if (v.isPresent()) {
      g.writeNumberProperty(name, v.getAsLong());
    }
  }

  static void name(JsonGenerator g, String name, Optional<? extends Enum<?>> v) {
    if (v.isPresent()) {
      g.writeStringProperty(name, v.get().name());
    }
  }

  static void value(JsonGenerator g, SerializationContext ctxt, String name, Optional<?> v) {
    if (v.isPresent()) {
      g.writeName(name);
      ctxt.writeValue(g, v.get());
    }
  }

  static void list(JsonGenerator g, SerializationContext ctxt, String name, List<?> v) {
    if (!v.isEmpty()) {
      g.writeName(name);
      g.writeStartArray(v, v.size());
      for (Object o : v) {
        ctxt.writeValue(g, o);
      }
      g.writeEndArray();
    }
  }

  /** Writes a {@link Child}. */
  public static final class ChildSerializer extends ObjectSerializer<Child> {
    /** Creates the serializer. */
    public ChildSerializer() {
      super(Child.class);
    }

    @Override
    protected void writeProperties(Child c, JsonGenerator g, SerializationContext ctxt) {
      g.writeStringProperty("id", c.getId());
      string(g, "fullName", c.getFullName());
      name(g, "sex", c.getSex());
      date(g, "dateOfBirth", c.getDateOfBirth());
      string(g, "personalId", c.getPersonalId().map(PersonalIdNumber::getDigits));
      string(g, "ethnicity", c.getEthnicity().map(e -> e.getCode(EthnicityCodeList.QD_121_1979)));
      string(g, "communeCode", c.getCommuneCode().map(CommuneCode::getCode));
      string(g, "village", c.getVillage());
      name(g, "disability", c.getDisability());
      value(g, ctxt, "birthRegistration", c.getBirthRegistration());
      list(g, ctxt, "healthInsuranceCards", c.getHealthInsuranceCards());
      list(g, ctxt, "measurements", c.getMeasurements());
      list(g, ctxt, "enrolments", c.getEnrolments());
      list(g, ctxt, "safetySkills", c.getSafetySkills());
      list(g, ctxt, "circumstances", c.getCircumstances());
      list(g, ctxt, "yearlyStatus", c.getYearlyStatus());
    }
  }

  /** Writes a {@link BirthRegistration}. */
  public static final class BirthRegistrationSerializer extends ObjectSerializer<BirthRegistration> {
    /** Creates the serializer. */
    public BirthRegistrationSerializer() {
      super(BirthRegistration.class);
    }

    @Override
    protected void writeProperties(BirthRegistration v, JsonGenerator g, SerializationContext ctxt) {
      date(g, "registeredOn", v.getRegisteredOn());
    }
  }

  /** Writes a {@link HealthInsuranceCard}. */
  public static final class HealthInsuranceCardSerializer extends ObjectSerializer<HealthInsuranceCard> {
    /** Creates the serializer. */
    public HealthInsuranceCardSerializer() {
      super(HealthInsuranceCard.class);
    }

    @Override
    protected void writeProperties(HealthInsuranceCard v, JsonGenerator g, SerializationContext ctxt) {
      g.writeStringProperty("number", v.getNumber());
      date(g, "issuedOn", v.getIssuedOn());
      date(g, "validTo", v.getValidTo());
    }
  }

  /** Writes a {@link GrowthMeasurement}. */
  public static final class GrowthMeasurementSerializer extends ObjectSerializer<GrowthMeasurement> {
    /** Creates the serializer. */
    public GrowthMeasurementSerializer() {
      super(GrowthMeasurement.class);
    }

    @Override
    protected void writeProperties(GrowthMeasurement v, JsonGenerator g, SerializationContext ctxt) {
      date(g, "measuredOn", v.getMeasuredOn());
      number(g, "weightKg", v.getWeightKg());
      number(g, "lengthHeightCm", v.getLengthHeightCm());
      name(g, "position", v.getPosition());
      bool(g, "oedema", v.getOedema());
    }
  }

  /** Writes a {@link SchoolEnrolment}. */
  public static final class SchoolEnrolmentSerializer extends ObjectSerializer<SchoolEnrolment> {
    /** Creates the serializer. */
    public SchoolEnrolmentSerializer() {
      super(SchoolEnrolment.class);
    }

    @Override
    protected void writeProperties(SchoolEnrolment v, JsonGenerator g, SerializationContext ctxt) {
      g.writeNumberProperty("schoolYear", v.getSchoolYear());
      g.writeStringProperty("level", v.getLevel().name());
      number(g, "grade", v.getGrade());
    }
  }

  /** Writes a {@link SafetySkills}. */
  public static final class SafetySkillsSerializer extends ObjectSerializer<SafetySkills> {
    /** Creates the serializer. */
    public SafetySkillsSerializer() {
      super(SafetySkills.class);
    }

    @Override
    protected void writeProperties(SafetySkills v, JsonGenerator g, SerializationContext ctxt) {
      g.writeNumberProperty("schoolYear", v.getSchoolYear());
      bool(g, "injuryPreventionTrained", v.getInjuryPreventionTrained());
      bool(g, "canSwim", v.getCanSwim());
    }
  }

  /** Writes a {@link CircumstanceEpisode}. */
  public static final class CircumstanceEpisodeSerializer extends ObjectSerializer<CircumstanceEpisode> {
    /** Creates the serializer. */
    public CircumstanceEpisodeSerializer() {
      super(CircumstanceEpisode.class);
    }

    @Override
    protected void writeProperties(CircumstanceEpisode v, JsonGenerator g, SerializationContext ctxt) {
      g.writeStringProperty("code", v.getCode().getCode());
      date(g, "startedOn", v.getStartedOn());
      date(g, "endedOn", v.getEndedOn());
    }
  }

  /** Writes a {@link YearlyStatus}. */
  public static final class YearlyStatusSerializer extends ObjectSerializer<YearlyStatus> {
    /** Creates the serializer. */
    public YearlyStatusSerializer() {
      super(YearlyStatus.class);
    }

    @Override
    protected void writeProperties(YearlyStatus v, JsonGenerator g, SerializationContext ctxt) {
      g.writeNumberProperty("year", v.getYear());
      name(g, "householdPoverty", v.getHouseholdPoverty());
      bool(g, "socialAssistance", v.getSocialAssistance());
    }
  }

  /** Writes a {@link LegalReference}. */
  public static final class LegalReferenceSerializer extends ObjectSerializer<LegalReference> {
    /** Creates the serializer. */
    public LegalReferenceSerializer() {
      super(LegalReference.class);
    }

    @Override
    protected void writeProperties(LegalReference v, JsonGenerator g, SerializationContext ctxt) {
      g.writeStringProperty("document", v.getDocument());
      string(g, "titleEn", v.getTitleEn());
      string(g, "article", v.getArticle());
      string(g, "clause", v.getClause());
      date(g, "inForceFrom", v.getInForceFrom());
      date(g, "inForceTo", v.getInForceTo());
    }
  }

  /** Writes a {@link Location}. */
  public static final class LocationSerializer extends ObjectSerializer<Location> {
    /** Creates the serializer. */
    public LocationSerializer() {
      super(Location.class);
    }

    @Override
    protected void writeProperties(Location v, JsonGenerator g, SerializationContext ctxt) {
      string(g, "file", v.getFile());
      number(g, "line", v.getLine());
      string(g, "column", v.getColumn());
      string(g, "path", v.getPath());
    }
  }

  /** Writes an {@link Issue}; a location with no part is left out. */
  public static final class IssueSerializer extends ObjectSerializer<Issue> {
    /** Creates the serializer. */
    public IssueSerializer() {
      super(Issue.class);
    }

    @Override
    protected void writeProperties(Issue v, JsonGenerator g, SerializationContext ctxt) {
      g.writeStringProperty("code", v.getCode());
      g.writeStringProperty("severity", v.getSeverity().name());
      if (!v.getLocation().equals(Location.unknown())) {
        g.writeName("location");
        ctxt.writeValue(g, v.getLocation());
      }
      g.writeStringProperty("messageVi", v.getMessageVi());
      g.writeStringProperty("messageEn", v.getMessageEn());
    }
  }

  /** Writes a {@link ValidationReport}: its issues (always present, possibly empty) and validity. */
  public static final class ValidationReportSerializer extends ObjectSerializer<ValidationReport> {
    /** Creates the serializer. */
    public ValidationReportSerializer() {
      super(ValidationReport.class);
    }

    @Override
    protected void writeProperties(ValidationReport v, JsonGenerator g, SerializationContext ctxt) {
      g.writeBooleanProperty("valid", v.isValid());
      g.writeName("issues");
      g.writeStartArray(v.getIssues(), v.getIssues().size());
      for (Issue i : v.getIssues()) {
        ctxt.writeValue(g, i);
      }
      g.writeEndArray();
    }
  }

  /** Writes a string-valued identifier or code. */
  public static final class ScalarSerializer<T> extends StdSerializer<T> {
    private final java.util.function.Function<T, String> toText;

    /**
     * Creates the serializer.
     *
     * @param type the type
     * @param toText the text of a value
     */
    public ScalarSerializer(Class<T> type, java.util.function.Function<T, String> toText) {
      super(type);
      this.toText = toText;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(toText.apply(value));
    }

    /** {@return the serializer of personal identification numbers (their 12 digits)} */
    public static ScalarSerializer<PersonalIdNumber> personalId() {
      return new ScalarSerializer<>(PersonalIdNumber.class, PersonalIdNumber::getDigits);
    }

    /** {@return the serializer of commune codes} */
    public static ScalarSerializer<CommuneCode> communeCode() {
      return new ScalarSerializer<>(CommuneCode.class, CommuneCode::getCode);
    }

    /** {@return the serializer of ethnic groups (two-digit 1979 code)} */
    public static ScalarSerializer<Ethnicity> ethnicity() {
      return new ScalarSerializer<>(Ethnicity.class, e -> e.getCode(EthnicityCodeList.QD_121_1979));
    }

    /**
     * The serializer of a circumstance code type.
     *
     * @param <C> the type
     * @param type the class
     * @return the serializer writing {@link CircumstanceCode#getCode()}
     */
    public static <C extends CircumstanceCode> ScalarSerializer<C> circumstance(Class<C> type) {
      return new ScalarSerializer<>(type, CircumstanceCode::getCode);
    }

    /**
     * The serializer of an enum by name.
     *
     * @param <E> the type
     * @param type the class
     * @return the serializer
     */
    public static <E extends Enum<E>> ScalarSerializer<E> byName(Class<E> type) {
      return new ScalarSerializer<>(type, Enum::name);
    }
  }
}

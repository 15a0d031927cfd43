package io.github.treem.codec.internal.model;

import static io.github.treem.codec.internal.Codecs.DATE;
import static io.github.treem.codec.internal.Codecs.STRING;
import static io.github.treem.codec.internal.Codecs.enumByName;
import static io.github.treem.codec.internal.Codecs.listOf;

import io.github.treem.codec.internal.Codecs;
import io.github.treem.codec.internal.ObjectCodec;
import io.github.treem.codec.internal.TypeCodec;
import io.github.treem.codec.internal.ValueCodec;
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
import io.github.treem.core.taxonomy.EthnicityCodeList;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.taxonomy.Sex;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The JSON form of treem core's child, its records, taxonomies, identifiers and validation types.
 *
 * <ul>
 *   <li>objects: property names are the accessor names without {@code get}; an optional attribute
 *       that is empty, and an empty list, is left out (never {@code null});</li>
 *   <li>dates: ISO {@code yyyy-MM-dd} strings;</li>
 *   <li>enums: their constant names, except circumstance codes (their register code,
 *       {@code "C10"}, {@code "DD"}) and ethnic groups (the two-digit code of the 1979 list,
 *       {@code "01"}; a name is accepted on read);</li>
 *   <li>personal identification numbers and commune codes: their digits as a string.</li>
 * </ul>
 */
public final class CoreCodecs {
  /** Personal identification numbers: 12 digits, never echoed in a problem. */
  public static final ValueCodec<PersonalIdNumber> PERSONAL_ID = Codecs.text(PersonalIdNumber.class,
      PersonalIdNumber::getDigits,
      s -> PersonalIdNumber.isWellFormed(s) && s.equals(s.strip()) ? Optional.of(PersonalIdNumber.parse(s))
          : Optional.empty(),
      "12 digits");
  /** Commune codes: 5 digits. */
  public static final ValueCodec<CommuneCode> COMMUNE_CODE = Codecs.text(CommuneCode.class, CommuneCode::getCode,
      s -> CommuneCode.isValid(s) && s.equals(s.strip()) ? Optional.of(CommuneCode.parse(s)) : Optional.empty(),
      "5 digits");
  /** Ethnic groups: written as the two-digit code of the 1979 list, read by code or name. */
  public static final ValueCodec<Ethnicity> ETHNICITY = Codecs.text(Ethnicity.class,
      e -> e.getCode(EthnicityCodeList.QD_121_1979), Ethnicity::parse,
      "a two-digit code of the 1979 list or the name of an ethnic group");
  /** Circumstance codes, a sub-group or a group. */
  public static final ValueCodec<CircumstanceCode> CIRCUMSTANCE = Codecs.text(CircumstanceCode.class,
      CircumstanceCode::getCode, CircumstanceCode::parse, "a special-circumstance code such as C10 or DD");
  /** Circumstance sub-group codes. */
  public static final ValueCodec<SpecialCircumstanceSubgroup> SUBGROUP = Codecs.text(
      SpecialCircumstanceSubgroup.class, CircumstanceCode::getCode, SpecialCircumstanceSubgroup::fromCode,
      "a special-circumstance sub-group code such as C10");
  /** Circumstance group codes. */
  public static final ValueCodec<SpecialCircumstanceGroup> GROUP = Codecs.text(SpecialCircumstanceGroup.class,
      CircumstanceCode::getCode, SpecialCircumstanceGroup::fromCode, "a special-circumstance group code such as DD");

  /** A birth registration. */
  public static final ObjectCodec<BirthRegistration> BIRTH_REGISTRATION = ObjectCodec
      .builder(BirthRegistration.class, BirthRegistration::builder, BirthRegistration.Builder::build)
      .required("registeredOn", DATE, BirthRegistration::getRegisteredOn, BirthRegistration.Builder::registeredOn)
      .build();

  /** A health insurance card. */
  public static final ObjectCodec<HealthInsuranceCard> HEALTH_INSURANCE_CARD = ObjectCodec
      .builder(HealthInsuranceCard.class, HealthInsuranceCard::builder, HealthInsuranceCard.Builder::build)
      .required("number", STRING, HealthInsuranceCard::getNumber, HealthInsuranceCard.Builder::number)
      .optional("issuedOn", DATE, HealthInsuranceCard::getIssuedOn, HealthInsuranceCard.Builder::issuedOn)
      .optional("validTo", DATE, HealthInsuranceCard::getValidTo, HealthInsuranceCard.Builder::validTo)
      .build();

  /** A growth measurement. */
  public static final ObjectCodec<GrowthMeasurement> GROWTH_MEASUREMENT = ObjectCodec
      .builder(GrowthMeasurement.class, GrowthMeasurement::builder, GrowthMeasurement.Builder::build)
      .required("measuredOn", DATE, GrowthMeasurement::getMeasuredOn, GrowthMeasurement.Builder::measuredOn)
      .optionalDouble("weightKg", GrowthMeasurement::getWeightKg, GrowthMeasurement.Builder::weightKg)
      .optionalDouble("lengthHeightCm", GrowthMeasurement::getLengthHeightCm, GrowthMeasurement.Builder::lengthHeightCm)
      .optional("position", enumByName(MeasurePosition.class), GrowthMeasurement::getPosition,
          GrowthMeasurement.Builder::position)
      .optionalBool("oedema", GrowthMeasurement::getOedema, GrowthMeasurement.Builder::oedema)
      .build();

  /** A school enrolment. */
  public static final ObjectCodec<SchoolEnrolment> SCHOOL_ENROLMENT = ObjectCodec
      .builder(SchoolEnrolment.class, SchoolEnrolment::builder, SchoolEnrolment.Builder::build)
      .requiredInt("schoolYear", SchoolEnrolment::getSchoolYear, SchoolEnrolment.Builder::schoolYear)
      .required("level", enumByName(SchoolLevel.class), SchoolEnrolment::getLevel, SchoolEnrolment.Builder::level)
      .optionalInt("grade", SchoolEnrolment::getGrade, SchoolEnrolment.Builder::grade)
      .build();

  /** A year's safety skills. */
  public static final ObjectCodec<SafetySkills> SAFETY_SKILLS = ObjectCodec
      .builder(SafetySkills.class, SafetySkills::builder, SafetySkills.Builder::build)
      .requiredInt("schoolYear", SafetySkills::getSchoolYear, SafetySkills.Builder::schoolYear)
      .optionalBool("injuryPreventionTrained", SafetySkills::getInjuryPreventionTrained,
          SafetySkills.Builder::injuryPreventionTrained)
      .optionalBool("canSwim", SafetySkills::getCanSwim, SafetySkills.Builder::canSwim)
      .build();

  /** An episode of a special circumstance. */
  public static final ObjectCodec<CircumstanceEpisode> CIRCUMSTANCE_EPISODE = ObjectCodec
      .builder(CircumstanceEpisode.class, CircumstanceEpisode::builder, CircumstanceEpisode.Builder::build)
      .required("code", CIRCUMSTANCE, CircumstanceEpisode::getCode, CircumstanceEpisode.Builder::code)
      .optional("startedOn", DATE, CircumstanceEpisode::getStartedOn, CircumstanceEpisode.Builder::startedOn)
      .optional("endedOn", DATE, CircumstanceEpisode::getEndedOn, CircumstanceEpisode.Builder::endedOn)
      .build();

  /** A year's household status. */
  public static final ObjectCodec<YearlyStatus> YEARLY_STATUS = ObjectCodec
      .builder(YearlyStatus.class, YearlyStatus::builder, YearlyStatus.Builder::build)
      .requiredInt("year", YearlyStatus::getYear, YearlyStatus.Builder::year)
      .optional("householdPoverty", enumByName(HouseholdPoverty.class), YearlyStatus::getHouseholdPoverty,
          YearlyStatus.Builder::householdPoverty)
      .optionalBool("socialAssistance", YearlyStatus::getSocialAssistance, YearlyStatus.Builder::socialAssistance)
      .optionalBool("criminalLawConflict", YearlyStatus::getCriminalLawConflict, YearlyStatus.Builder::criminalLawConflict)
      .optionalBool("legalAid", YearlyStatus::getLegalAid, YearlyStatus.Builder::legalAid)
      .build();

  /** A child: one line of a JSON Lines register, one element of a register document. */
  public static final ObjectCodec<Child> CHILD = ObjectCodec.builder(Child.class, Child::builder, Child.Builder::build)
      .required("id", STRING, Child::getId, Child.Builder::id)
      .optional("fullName", STRING, Child::getFullName, Child.Builder::fullName)
      .optional("sex", enumByName(Sex.class), Child::getSex, Child.Builder::sex)
      .optional("dateOfBirth", DATE, Child::getDateOfBirth, Child.Builder::dateOfBirth)
      .optional("personalId", PERSONAL_ID, Child::getPersonalId, Child.Builder::personalId)
      .optional("ethnicity", ETHNICITY, Child::getEthnicity, Child.Builder::ethnicity)
      .optional("communeCode", COMMUNE_CODE, Child::getCommuneCode, Child.Builder::communeCode)
      .optional("village", STRING, Child::getVillage, Child.Builder::village)
      .optional("disability", enumByName(DisabilityDegree.class), Child::getDisability, Child.Builder::disability)
      .optional("birthRegistration", BIRTH_REGISTRATION, Child::getBirthRegistration,
          Child.Builder::birthRegistration)
      .list("healthInsuranceCards", listOf(HEALTH_INSURANCE_CARD, HealthInsuranceCard.class),
          Child::getHealthInsuranceCards, Child.Builder::healthInsuranceCards)
      .list("measurements", listOf(GROWTH_MEASUREMENT, GrowthMeasurement.class), Child::getMeasurements,
          Child.Builder::measurements)
      .list("enrolments", listOf(SCHOOL_ENROLMENT, SchoolEnrolment.class), Child::getEnrolments,
          Child.Builder::enrolments)
      .list("safetySkills", listOf(SAFETY_SKILLS, SafetySkills.class), Child::getSafetySkills,
          Child.Builder::safetySkills)
      .list("circumstances", listOf(CIRCUMSTANCE_EPISODE, CircumstanceEpisode.class), Child::getCircumstances,
          Child.Builder::circumstances)
      .list("yearlyStatus", listOf(YEARLY_STATUS, YearlyStatus.class), Child::getYearlyStatus,
          Child.Builder::yearlyStatus)
      .optionalBool("epiFullByAge1", Child::getEpiFullByAge1, Child.Builder::epiFullByAge1)
      .optionalBool("grade1Deferred", Child::getGrade1Deferred, Child.Builder::grade1Deferred)
      .build();

  /** A reference to a legal document. */
  public static final ObjectCodec<LegalReference> LEGAL_REFERENCE = ObjectCodec
      .builder(LegalReference.class, LegalReference::builder, LegalReference.Builder::build)
      .required("document", STRING, LegalReference::getDocument, LegalReference.Builder::document)
      .optional("titleEn", STRING, LegalReference::getTitleEn, LegalReference.Builder::titleEn)
      .optional("article", STRING, LegalReference::getArticle, LegalReference.Builder::article)
      .optional("clause", STRING, LegalReference::getClause, LegalReference.Builder::clause)
      .optional("inForceFrom", DATE, LegalReference::getInForceFrom, LegalReference.Builder::inForceFrom)
      .optional("inForceTo", DATE, LegalReference::getInForceTo, LegalReference.Builder::inForceTo)
      .build();

  /** Where an issue is. */
  public static final ObjectCodec<Location> LOCATION = ObjectCodec
      .builder(Location.class, Location::builder, Location.Builder::build)
      .optional("file", STRING, Location::getFile, Location.Builder::file)
      .optionalLong("line", Location::getLine, Location.Builder::line)
      .optional("column", STRING, Location::getColumn, Location.Builder::column)
      .optional("path", STRING, Location::getPath, Location.Builder::path)
      .build();

  /** A validation issue; a location with no part is left out. */
  public static final ObjectCodec<Issue> ISSUE = ObjectCodec.builder(Issue.class, Issue::builder, Issue.Builder::build)
      .required("code", STRING, Issue::getCode, Issue.Builder::code)
      .required("severity", enumByName(Severity.class), Issue::getSeverity, Issue.Builder::severity)
      .optional("location", LOCATION,
          i -> i.getLocation().equals(Location.unknown()) ? Optional.empty() : Optional.of(i.getLocation()),
          Issue.Builder::location)
      .required("messageVi", STRING, Issue::getMessageVi, Issue.Builder::messageVi)
      .required("messageEn", STRING, Issue::getMessageEn, Issue.Builder::messageEn)
      .build();

  /** A validation report: its validity (derived: checked on read, never trusted) and its issues. */
  public static final ObjectCodec<ValidationReport> VALIDATION_REPORT = ObjectCodec
      .builder(ValidationReport.class, ValidationReport::builder, ValidationReport.Builder::build)
      .derivedBool("valid", ValidationReport::isValid)
      .required("issues", listOf(ISSUE, Issue.class), ValidationReport::getIssues, ValidationReport.Builder::issues)
      .build();

  private CoreCodecs() {}

  /** {@return the codecs of core's types, for a JSON module to register} */
  public static List<TypeCodec<?>> all() {
    List<TypeCodec<?>> all = new ArrayList<>();
    // the child and its records
    all.add(TypeCodec.of(Child.class, CHILD));
    all.add(TypeCodec.of(BirthRegistration.class, BIRTH_REGISTRATION));
    all.add(TypeCodec.of(HealthInsuranceCard.class, HEALTH_INSURANCE_CARD));
    all.add(TypeCodec.of(GrowthMeasurement.class, GROWTH_MEASUREMENT));
    all.add(TypeCodec.of(SchoolEnrolment.class, SCHOOL_ENROLMENT));
    all.add(TypeCodec.of(SafetySkills.class, SAFETY_SKILLS));
    all.add(TypeCodec.of(CircumstanceEpisode.class, CIRCUMSTANCE_EPISODE));
    all.add(TypeCodec.of(YearlyStatus.class, YEARLY_STATUS));
    // taxonomies, identifiers
    all.add(TypeCodec.of(LegalReference.class, LEGAL_REFERENCE));
    all.add(TypeCodec.of(PersonalIdNumber.class, PERSONAL_ID));
    all.add(TypeCodec.of(CommuneCode.class, COMMUNE_CODE));
    all.add(TypeCodec.of(Ethnicity.class, ETHNICITY));
    all.add(TypeCodec.of(CircumstanceCode.class, CIRCUMSTANCE));
    all.add(TypeCodec.of(SpecialCircumstanceSubgroup.class, CIRCUMSTANCE, SUBGROUP));
    all.add(TypeCodec.of(SpecialCircumstanceGroup.class, CIRCUMSTANCE, GROUP));
    // validation
    all.add(TypeCodec.of(Location.class, LOCATION));
    all.add(TypeCodec.of(Issue.class, ISSUE));
    all.add(TypeCodec.of(ValidationReport.class, VALIDATION_REPORT));
    // enums by name
    byName(all, Sex.class);
    byName(all, DisabilityDegree.class);
    byName(all, HouseholdPoverty.class);
    byName(all, MeasurePosition.class);
    byName(all, SchoolLevel.class);
    byName(all, Severity.class);
    byName(all, Language.class);
    byName(all, EthnicityCodeList.class);
    return Collections.unmodifiableList(all);
  }

  static <E extends Enum<E>> void byName(List<TypeCodec<?>> all, Class<E> type) {
    all.add(TypeCodec.of(type, enumByName(type)));
  }
}

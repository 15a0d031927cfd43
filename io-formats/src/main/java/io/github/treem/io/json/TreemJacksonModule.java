package io.github.treem.io.json;

import org.apiguardian.api.API;
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
import io.github.treem.core.Sex;
import io.github.treem.core.YearlyStatus;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.plan.UnitRole;
import io.github.treem.core.taxonomy.CircumstanceCode;
import io.github.treem.core.taxonomy.Ethnicity;
import io.github.treem.core.taxonomy.EthnicityCodeList;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.taxonomy.SpecialCircumstanceSubgroup;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.io.internal.json.CoreDeserializers;
import io.github.treem.io.internal.json.CoreSerializers;
import io.github.treem.io.internal.json.PlanCodecs;
import io.github.treem.io.internal.json.CoreSerializers.ScalarSerializer;
import io.github.treem.io.internal.json.CoreDeserializers.ScalarDeserializer;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for every public type of treem core. Core carries no Jackson annotation:
 * this module registers an explicit serializer and deserializer per type, and the deserializers
 * build values only through the types' public builders and factories (no reflection, so it works
 * on the module path without {@code opens}).
 *
 * <p>Representation:
 * <ul>
 *   <li>{@link Child} and its records, {@link LegalReference}, {@link Issue}, {@link Location},
 *       {@link ValidationReport}: JSON objects whose property names are the accessor names without
 *       {@code get}; an optional attribute that is empty, and an empty list, is left out (never
 *       written as {@code null}); {@code null} is rejected on read.</li>
 *   <li>dates: ISO {@code yyyy-MM-dd} strings, nothing else is read;</li>
 *   <li>enums ({@link Sex}, {@link SchoolLevel}, ...): their constant names;</li>
 *   <li>{@link CircumstanceCode}: its register code ({@code "C10"}, {@code "DD"});</li>
 *   <li>{@link Ethnicity}: its two-digit code of the 1979 list ({@code "01"}); a name is accepted on
 *       read;</li>
 *   <li>{@link PersonalIdNumber}, {@link CommuneCode}: their digits as a string;</li>
 *   <li>{@link Plan}, {@link Target}, {@link ResponsibleUnit}, {@link AdministrativeUnit}: JSON
 *       objects as above (a unit's parents nested in {@code parent}).</li>
 * </ul>
 *
 * <p>Errors: every decode problem goes through the {@code DeserializationContext}, so Jackson adds
 * the location and the property path, and {@code FAIL_ON_UNKNOWN_PROPERTIES} and problem handlers
 * apply. An {@code InvalidValueException} of a builder becomes a
 * {@code ValueInstantiationException} with it as the cause. Messages never repeat a value (it may
 * be personal data) and start with a stable id {@code TREEM-IO-10NN}.
 *
 * <p>Register it explicitly (recommended), or let {@code findAndAddModules()} find it through
 * {@link java.util.ServiceLoader}:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new TreemJacksonModule()).build();
 * }</pre>
 * {@link TreemJson} gives a mapper with this module and safe limits.
 *
 * <p>Implementation requirements: the module and its codecs are stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TreemJacksonModule extends SimpleModule {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** Creates the module (the {@link java.util.ServiceLoader} entry point). */
  public TreemJacksonModule() {
    super("treem", Version.unknownVersion());
    // Child and its records
    addSerializer(Child.class, new CoreSerializers.ChildSerializer());
    addDeserializer(Child.class, new CoreDeserializers.ChildDeserializer());
    addSerializer(BirthRegistration.class, new CoreSerializers.BirthRegistrationSerializer());
    addDeserializer(BirthRegistration.class, new CoreDeserializers.BirthRegistrationDeserializer());
    addSerializer(HealthInsuranceCard.class, new CoreSerializers.HealthInsuranceCardSerializer());
    addDeserializer(HealthInsuranceCard.class, new CoreDeserializers.HealthInsuranceCardDeserializer());
    addSerializer(GrowthMeasurement.class, new CoreSerializers.GrowthMeasurementSerializer());
    addDeserializer(GrowthMeasurement.class, new CoreDeserializers.GrowthMeasurementDeserializer());
    addSerializer(SchoolEnrolment.class, new CoreSerializers.SchoolEnrolmentSerializer());
    addDeserializer(SchoolEnrolment.class, new CoreDeserializers.SchoolEnrolmentDeserializer());
    addSerializer(SafetySkills.class, new CoreSerializers.SafetySkillsSerializer());
    addDeserializer(SafetySkills.class, new CoreDeserializers.SafetySkillsDeserializer());
    addSerializer(CircumstanceEpisode.class, new CoreSerializers.CircumstanceEpisodeSerializer());
    addDeserializer(CircumstanceEpisode.class, new CoreDeserializers.CircumstanceEpisodeDeserializer());
    addSerializer(YearlyStatus.class, new CoreSerializers.YearlyStatusSerializer());
    addDeserializer(YearlyStatus.class, new CoreDeserializers.YearlyStatusDeserializer());
    // taxonomies, identifiers
    addSerializer(LegalReference.class, new CoreSerializers.LegalReferenceSerializer());
    addDeserializer(LegalReference.class, new CoreDeserializers.LegalReferenceDeserializer());
    addSerializer(PersonalIdNumber.class, ScalarSerializer.personalId());
    addDeserializer(PersonalIdNumber.class, ScalarDeserializer.personalId());
    addSerializer(CommuneCode.class, ScalarSerializer.communeCode());
    addDeserializer(CommuneCode.class, ScalarDeserializer.communeCode());
    addSerializer(Ethnicity.class, ScalarSerializer.ethnicity());
    addDeserializer(Ethnicity.class, ScalarDeserializer.ethnicity());
    addSerializer(CircumstanceCode.class, ScalarSerializer.circumstance(CircumstanceCode.class));
    addDeserializer(CircumstanceCode.class, ScalarDeserializer.circumstance());
    addSerializer(SpecialCircumstanceSubgroup.class, ScalarSerializer.circumstance(SpecialCircumstanceSubgroup.class));
    addDeserializer(SpecialCircumstanceSubgroup.class, ScalarDeserializer.subgroup());
    addSerializer(SpecialCircumstanceGroup.class, ScalarSerializer.circumstance(SpecialCircumstanceGroup.class));
    addDeserializer(SpecialCircumstanceGroup.class, ScalarDeserializer.group());
    // validation
    addSerializer(Location.class, new CoreSerializers.LocationSerializer());
    addDeserializer(Location.class, new CoreDeserializers.LocationDeserializer());
    addSerializer(Issue.class, new CoreSerializers.IssueSerializer());
    addDeserializer(Issue.class, new CoreDeserializers.IssueDeserializer());
    addSerializer(ValidationReport.class, new CoreSerializers.ValidationReportSerializer());
    addDeserializer(ValidationReport.class, new CoreDeserializers.ValidationReportDeserializer());
    // plans and administrative units
    addSerializer(Plan.class, new PlanCodecs.PlanSerializer());
    addDeserializer(Plan.class, new PlanCodecs.PlanDeserializer());
    addSerializer(Target.class, new PlanCodecs.TargetSerializer());
    addDeserializer(Target.class, new PlanCodecs.TargetDeserializer());
    addSerializer(ResponsibleUnit.class, new PlanCodecs.ResponsibleUnitSerializer());
    addDeserializer(ResponsibleUnit.class, new PlanCodecs.ResponsibleUnitDeserializer());
    addSerializer(AdministrativeUnit.class, new PlanCodecs.AdministrativeUnitSerializer());
    addDeserializer(AdministrativeUnit.class, new PlanCodecs.AdministrativeUnitDeserializer());
    // enums by name
    byName(TargetComparator.class);
    byName(UnitRole.class);
    byName(AdministrativeLevel.class);
    byName(Sex.class);
    byName(DisabilityDegree.class);
    byName(HouseholdPoverty.class);
    byName(MeasurePosition.class);
    byName(SchoolLevel.class);
    byName(Severity.class);
    byName(Language.class);
    byName(EthnicityCodeList.class);
  }

  private <E extends Enum<E>> void byName(Class<E> type) {
    addSerializer(type, ScalarSerializer.byName(type));
    addDeserializer(type, ScalarDeserializer.byName(type));
  }
}

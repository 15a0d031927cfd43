/**
 * treem core: the domain of commune-level child protection, care and education in Viet Nam.
 *
 * <p>Value types, legal taxonomies, identifiers, age rules, plans and targets, and validation
 * with messages in Vietnamese and English. No Jackson, no CSV: formats live in
 * {@code io.github.treem.io}.
 */
module io.github.treem.core {
  requires static transitive org.jspecify; // @NullMarked, @Nullable: the API's nullness, for callers' checkers
  requires transitive jakarta.validation;
  requires transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires org.hibernate.validator;
  // Hibernate Validator interpolates messages with Jakarta Expression Language but requires it
  // only statically: without this line an application on the module path does not resolve it, and
  // creating a TreemValidator fails (HV000183). Requiring the API module is enough: its
  // "uses jakarta.el.ExpressionFactory" binds the implementation on the module path (Expressly,
  // which treem core depends on, or any other provider the application brings instead).
  requires jakarta.el;

  exports io.github.treem.core; // Child and its records
  exports io.github.treem.core.admin; // AdministrativeDivisions, AdministrativeUnit, CommuneCode
  exports io.github.treem.core.age; // AgeRule, AgeRules
  exports io.github.treem.core.constraints; // Bean Validation constraint annotations
  exports io.github.treem.core.id; // PersonalIdNumber, HealthInsuranceCode
  exports io.github.treem.core.plan; // Plan, Target, ResponsibleUnit
  exports io.github.treem.core.protection; // ProtectionCase, DeadlineRules, ProtectionCaseValidator
  exports io.github.treem.core.taxonomy; // SpecialCircumstanceGroup, Ethnicity, LegalReference
  exports io.github.treem.core.time; // WorkingDays, HolidayTable, LunarDate
  exports io.github.treem.core.validation; // TreemValidator, ValidationReport, Issue

  // Hibernate Validator reads the getters of the value types (some declared by hidden, generated
  // classes) and instantiates the constraint validators reflectively.
  opens io.github.treem.core to org.hibernate.validator;
  opens io.github.treem.core.plan to org.hibernate.validator;
  opens io.github.treem.core.internal.constraints to org.hibernate.validator;
}

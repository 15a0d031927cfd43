package io.github.treem.codec.internal.model;

import static io.github.treem.codec.internal.Codecs.DATE;
import static io.github.treem.codec.internal.Codecs.STRING;
import static io.github.treem.codec.internal.Codecs.enumByName;
import static io.github.treem.codec.internal.Codecs.listOf;
import static io.github.treem.codec.internal.Codecs.strings;

import io.github.treem.codec.internal.Codecs;
import io.github.treem.codec.internal.ObjectCodec;
import io.github.treem.codec.internal.TypeCodec;
import io.github.treem.codec.internal.ValueCodec;
import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.plan.UnitRole;
import io.github.treem.core.taxonomy.LegalReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The JSON form of plans, their targets and responsible units, and administrative units (the
 * format of {@code plan-v1.schema.json}): objects as in {@link CoreCodecs}, a unit's parents
 * nested in {@code parent}.
 */
public final class PlanCodecs {
  /** An administrative unit, its parents nested. */
  public static final ObjectCodec<AdministrativeUnit> ADMINISTRATIVE_UNIT = ObjectCodec
      .builder(AdministrativeUnit.class, AdministrativeUnit::builder, AdministrativeUnit.Builder::build)
      .required("code", STRING, AdministrativeUnit::getCode, AdministrativeUnit.Builder::code)
      .required("name", STRING, AdministrativeUnit::getName, AdministrativeUnit.Builder::name)
      .required("level", enumByName(AdministrativeLevel.class), AdministrativeUnit::getLevel,
          AdministrativeUnit.Builder::level)
      .optional("parent", Codecs.lazy(() -> PlanCodecs.ADMINISTRATIVE_UNIT), AdministrativeUnit::getParent,
          AdministrativeUnit.Builder::parent)
      .optional("validFrom", DATE, AdministrativeUnit::getValidFrom, AdministrativeUnit.Builder::validFrom)
      .optional("validTo", DATE, AdministrativeUnit::getValidTo, AdministrativeUnit.Builder::validTo)
      .optional("successorCode", STRING, AdministrativeUnit::getSuccessorCode, AdministrativeUnit.Builder::successorCode)
      .optional("successorDate", DATE, AdministrativeUnit::getSuccessorDate, AdministrativeUnit.Builder::successorDate)
      .optional("successorName", STRING, AdministrativeUnit::getSuccessorName, AdministrativeUnit.Builder::successorName)
      .build();

  /** A target of a plan. */
  public static final ObjectCodec<Target> TARGET = ObjectCodec.builder(Target.class, Target::builder, Target.Builder::build)
      .required("id", STRING, Target::getId, Target.Builder::id)
      .required("indicatorCode", STRING, Target::getIndicatorCode, Target.Builder::indicatorCode)
      .required("comparator", enumByName(TargetComparator.class), Target::getComparator, Target.Builder::comparator)
      .optionalDecimal("threshold", Target::getThreshold, Target.Builder::threshold)
      .optionalDecimal("baseline", Target::getBaseline, Target.Builder::baseline)
      .requiredInt("year", Target::getYear, Target.Builder::year)
      .required("leadUnitId", STRING, Target::getLeadUnitId, Target.Builder::leadUnitId)
      .list("cooperatingUnitIds", strings(), Target::getCooperatingUnitIds, Target.Builder::cooperatingUnitIds)
      .list("legalBasis", listOf(CoreCodecs.LEGAL_REFERENCE, LegalReference.class), Target::getLegalBasis,
          Target.Builder::legalBasis)
      .required("textVi", STRING, Target::getTextVi, Target.Builder::textVi)
      .optional("assessmentNote", STRING, Target::getAssessmentNote, Target.Builder::assessmentNote)
      .build();

  /** A unit responsible for a plan's tasks. */
  public static final ObjectCodec<ResponsibleUnit> RESPONSIBLE_UNIT = ObjectCodec
      .builder(ResponsibleUnit.class, ResponsibleUnit::builder, ResponsibleUnit.Builder::build)
      .required("id", STRING, ResponsibleUnit::getId, ResponsibleUnit.Builder::id)
      .required("nameVi", STRING, ResponsibleUnit::getNameVi, ResponsibleUnit.Builder::nameVi)
      .required("nameEn", STRING, ResponsibleUnit::getNameEn, ResponsibleUnit.Builder::nameEn)
      .required("role", enumByName(UnitRole.class), ResponsibleUnit::getRole, ResponsibleUnit.Builder::role)
      .list("duties", strings(), ResponsibleUnit::getDuties, ResponsibleUnit.Builder::duties)
      .build();

  /** A plan. */
  public static final ObjectCodec<Plan> PLAN = ObjectCodec.builder(Plan.class, Plan::builder, Plan.Builder::build)
      .required("number", STRING, Plan::getNumber, Plan.Builder::number)
      .optional("title", STRING, Plan::getTitle, Plan.Builder::title)
      .required("issuerName", STRING, Plan::getIssuerName, Plan.Builder::issuerName)
      .optional("issuerCommuneCode", CoreCodecs.COMMUNE_CODE, Plan::getIssuerCommuneCode,
          Plan.Builder::issuerCommuneCode)
      .optional("issuerUnit", ADMINISTRATIVE_UNIT, Plan::getIssuerUnit, Plan.Builder::issuerUnit)
      .required("issueDate", DATE, Plan::getIssueDate, Plan.Builder::issueDate)
      .requiredInt("year", Plan::getYear, Plan.Builder::year)
      .list("legalBases", listOf(CoreCodecs.LEGAL_REFERENCE, LegalReference.class), Plan::getLegalBases,
          Plan.Builder::legalBases)
      .required("generalObjective", STRING, Plan::getGeneralObjective, Plan.Builder::generalObjective)
      .list("tasks", strings(), Plan::getTasks, Plan.Builder::tasks)
      .list("solutions", strings(), Plan::getSolutions, Plan.Builder::solutions)
      .optional("funding", STRING, Plan::getFunding, Plan.Builder::funding)
      .list("targets", listOf(TARGET, Target.class), Plan::getTargets, Plan.Builder::targets)
      .list("responsibleUnits", listOf(RESPONSIBLE_UNIT, ResponsibleUnit.class), Plan::getResponsibleUnits,
          Plan.Builder::responsibleUnits)
      .build();

  private PlanCodecs() {}

  /** {@return the codecs of the plan types and administrative units, for a JSON module to register} */
  public static List<TypeCodec<?>> all() {
    List<TypeCodec<?>> all = new ArrayList<>();
    all.add(TypeCodec.of(Plan.class, PLAN));
    all.add(TypeCodec.of(Target.class, TARGET));
    all.add(TypeCodec.of(ResponsibleUnit.class, RESPONSIBLE_UNIT));
    all.add(TypeCodec.of(AdministrativeUnit.class, ADMINISTRATIVE_UNIT));
    CoreCodecs.byName(all, TargetComparator.class);
    CoreCodecs.byName(all, UnitRole.class);
    CoreCodecs.byName(all, AdministrativeLevel.class);
    return Collections.unmodifiableList(all);
  }
}

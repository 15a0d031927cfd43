package io.github.treem.io.internal.json;

import static io.github.treem.io.internal.json.CoreSerializers.date;
import static io.github.treem.io.internal.json.CoreSerializers.list;
import static io.github.treem.io.internal.json.CoreSerializers.number;
import static io.github.treem.io.internal.json.CoreSerializers.string;
import static io.github.treem.io.internal.json.CoreSerializers.value;
import static io.github.treem.io.internal.json.JsonValues.date;
import static io.github.treem.io.internal.json.JsonValues.decimal;
import static io.github.treem.io.internal.json.JsonValues.enumByName;
import static io.github.treem.io.internal.json.JsonValues.integer;
import static io.github.treem.io.internal.json.JsonValues.list;
import static io.github.treem.io.internal.json.JsonValues.string;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.core.plan.UnitRole;
import io.github.treem.core.taxonomy.LegalReference;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.core.JsonGenerator;

/** The serializers and deserializers of the plan types and administrative units. */
public final class PlanCodecs {
  private PlanCodecs() {}

  static List<String> strings(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    JsonValues.expect(p, ctxt, owner, JsonToken.START_ARRAY, "an array");
    List<String> out = new ArrayList<>();
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
      try {
        out.add(string(p, ctxt, owner));
      } catch (tools.jackson.core.JacksonException e) {
        throw tools.jackson.core.JacksonException.wrapWithPath(e, out, i);
      }
    }
    return out;
  }

  static void strings(JsonGenerator g, String name, List<String> v) {
    if (!v.isEmpty()) {
      g.writeName(name);
      g.writeStartArray(v, v.size());
      for (String s : v) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
  }

  /** Writes a {@link Plan}. */
  public static final class PlanSerializer extends CoreSerializers.ObjectSerializer<Plan> {
    /** Creates the serializer. */
    public PlanSerializer() {
      super(Plan.class);
    }

    @Override
    protected void writeProperties(Plan v, JsonGenerator g, SerializationContext ctxt) {
      g.writeStringProperty("number", v.getNumber());
      string(g, "title", v.getTitle());
      g.writeStringProperty("issuerName", v.getIssuerName());
      string(g, "issuerCommuneCode", v.getIssuerCommuneCode().map(CommuneCode::getCode));
      value(g, ctxt, "issuerUnit", v.getIssuerUnit());
      date(g, "issueDate", v.getIssueDate());
      g.writeNumberProperty("year", v.getYear());
      list(g, ctxt, "legalBases", v.getLegalBases());
      g.writeStringProperty("generalObjective", v.getGeneralObjective());
      strings(g, "tasks", v.getTasks());
      strings(g, "solutions", v.getSolutions());
      string(g, "funding", v.getFunding());
      list(g, ctxt, "targets", v.getTargets());
      list(g, ctxt, "responsibleUnits", v.getResponsibleUnits());
    }
  }

  /** Reads a {@link Plan}. */
  public static final class PlanDeserializer extends ObjectDeserializer<Plan, Plan.Builder> {
    /** Creates the deserializer. */
    public PlanDeserializer() {
      super(Plan.class, List.of("number", "title", "issuerName", "issuerCommuneCode", "issuerUnit", "issueDate", "year",
          "legalBases", "generalObjective", "tasks", "solutions", "funding", "targets", "responsibleUnits"),
          "number", "issuerName", "issueDate", "year", "generalObjective");
    }

    @Override
    protected Plan.Builder newBuilder() {
      return Plan.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt, Plan.Builder b) {
      Class<?> o = Plan.class;
      switch (name) {
        case "number":
          b.number(string(p, ctxt, o));
          return true;
        case "title":
          b.title(string(p, ctxt, o));
          return true;
        case "issuerName":
          b.issuerName(string(p, ctxt, o));
          return true;
        case "issuerCommuneCode":
          b.issuerCommuneCode(ctxt.readValue(p, CommuneCode.class));
          return true;
        case "issuerUnit":
          b.issuerUnit(ctxt.readValue(p, AdministrativeUnit.class));
          return true;
        case "issueDate":
          b.issueDate(date(p, ctxt, o));
          return true;
        case "year":
          b.year(integer(p, ctxt, o));
          return true;
        case "legalBases":
          b.legalBases(list(p, ctxt, o, LegalReference.class));
          return true;
        case "generalObjective":
          b.generalObjective(string(p, ctxt, o));
          return true;
        case "tasks":
          b.tasks(strings(p, ctxt, o));
          return true;
        case "solutions":
          b.solutions(strings(p, ctxt, o));
          return true;
        case "funding":
          b.funding(string(p, ctxt, o));
          return true;
        case "targets":
          b.targets(list(p, ctxt, o, Target.class));
          return true;
        case "responsibleUnits":
          b.responsibleUnits(list(p, ctxt, o, ResponsibleUnit.class));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected Plan build(Plan.Builder b) {
      return b.build();
    }
  }

  /** Writes a {@link Target}. */
  public static final class TargetSerializer extends CoreSerializers.ObjectSerializer<Target> {
    /** Creates the serializer. */
    public TargetSerializer() {
      super(Target.class);
    }

    @Override
    protected void writeProperties(Target v, JsonGenerator g, SerializationContext ctxt) {
      g.writeStringProperty("id", v.getId());
      g.writeStringProperty("indicatorCode", v.getIndicatorCode());
      g.writeStringProperty("comparator", v.getComparator().name());
      v.getThreshold().ifPresent(x -> g.writeNumberProperty("threshold", x));
      v.getBaseline().ifPresent(x -> g.writeNumberProperty("baseline", x));
      g.writeNumberProperty("year", v.getYear());
      g.writeStringProperty("leadUnitId", v.getLeadUnitId());
      strings(g, "cooperatingUnitIds", v.getCooperatingUnitIds());
      list(g, ctxt, "legalBasis", v.getLegalBasis());
      g.writeStringProperty("textVi", v.getTextVi());
      string(g, "assessmentNote", v.getAssessmentNote());
    }
  }

  /** Reads a {@link Target}. */
  public static final class TargetDeserializer extends ObjectDeserializer<Target, Target.Builder> {
    /** Creates the deserializer. */
    public TargetDeserializer() {
      super(Target.class, List.of("id", "indicatorCode", "comparator", "threshold", "baseline", "year", "leadUnitId",
          "cooperatingUnitIds", "legalBasis", "textVi", "assessmentNote"),
          "id", "indicatorCode", "comparator", "year", "leadUnitId", "textVi");
    }

    @Override
    protected Target.Builder newBuilder() {
      return Target.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt, Target.Builder b) {
      Class<?> o = Target.class;
      switch (name) {
        case "id":
          b.id(string(p, ctxt, o));
          return true;
        case "indicatorCode":
          b.indicatorCode(string(p, ctxt, o));
          return true;
        case "comparator":
          b.comparator(enumByName(p, ctxt, TargetComparator.class));
          return true;
        case "threshold":
          b.threshold(JsonValues.exactDecimal(p, ctxt, o));
          return true;
        case "baseline":
          b.baseline(JsonValues.exactDecimal(p, ctxt, o));
          return true;
        case "year":
          b.year(integer(p, ctxt, o));
          return true;
        case "leadUnitId":
          b.leadUnitId(string(p, ctxt, o));
          return true;
        case "cooperatingUnitIds":
          b.cooperatingUnitIds(strings(p, ctxt, o));
          return true;
        case "legalBasis":
          b.legalBasis(list(p, ctxt, o, LegalReference.class));
          return true;
        case "textVi":
          b.textVi(string(p, ctxt, o));
          return true;
        case "assessmentNote":
          b.assessmentNote(string(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected Target build(Target.Builder b) {
      return b.build();
    }
  }

  /** Writes a {@link ResponsibleUnit}. */
  public static final class ResponsibleUnitSerializer extends CoreSerializers.ObjectSerializer<ResponsibleUnit> {
    /** Creates the serializer. */
    public ResponsibleUnitSerializer() {
      super(ResponsibleUnit.class);
    }

    @Override
    protected void writeProperties(ResponsibleUnit v, JsonGenerator g, SerializationContext ctxt) {
      g.writeStringProperty("id", v.getId());
      g.writeStringProperty("nameVi", v.getNameVi());
      g.writeStringProperty("nameEn", v.getNameEn());
      g.writeStringProperty("role", v.getRole().name());
      strings(g, "duties", v.getDuties());
    }
  }

  /** Reads a {@link ResponsibleUnit}. */
  public static final class ResponsibleUnitDeserializer
      extends ObjectDeserializer<ResponsibleUnit, ResponsibleUnit.Builder> {
    /** Creates the deserializer. */
    public ResponsibleUnitDeserializer() {
      super(ResponsibleUnit.class, List.of("id", "nameVi", "nameEn", "role", "duties"), "id", "nameVi", "nameEn",
          "role");
    }

    @Override
    protected ResponsibleUnit.Builder newBuilder() {
      return ResponsibleUnit.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt,
        ResponsibleUnit.Builder b) {
      Class<?> o = ResponsibleUnit.class;
      switch (name) {
        case "id":
          b.id(string(p, ctxt, o));
          return true;
        case "nameVi":
          b.nameVi(string(p, ctxt, o));
          return true;
        case "nameEn":
          b.nameEn(string(p, ctxt, o));
          return true;
        case "role":
          b.role(enumByName(p, ctxt, UnitRole.class));
          return true;
        case "duties":
          b.duties(strings(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected ResponsibleUnit build(ResponsibleUnit.Builder b) {
      return b.build();
    }
  }

  /** Writes an {@link AdministrativeUnit} (its parents nested). */
  public static final class AdministrativeUnitSerializer extends CoreSerializers.ObjectSerializer<AdministrativeUnit> {
    /** Creates the serializer. */
    public AdministrativeUnitSerializer() {
      super(AdministrativeUnit.class);
    }

    @Override
    protected void writeProperties(AdministrativeUnit v, JsonGenerator g, SerializationContext ctxt) {
      g.writeStringProperty("code", v.getCode());
      g.writeStringProperty("name", v.getName());
      g.writeStringProperty("level", v.getLevel().name());
      value(g, ctxt, "parent", v.getParent());
      date(g, "validFrom", v.getValidFrom());
      date(g, "validTo", v.getValidTo());
      string(g, "successorCode", v.getSuccessorCode());
      date(g, "successorDate", v.getSuccessorDate());
      string(g, "successorName", v.getSuccessorName());
    }
  }

  /** Reads an {@link AdministrativeUnit}. */
  public static final class AdministrativeUnitDeserializer
      extends ObjectDeserializer<AdministrativeUnit, AdministrativeUnit.Builder> {
    /** Creates the deserializer. */
    public AdministrativeUnitDeserializer() {
      super(AdministrativeUnit.class, List.of("code", "name", "level", "parent", "validFrom", "validTo",
          "successorCode", "successorDate", "successorName"), "code", "name", "level");
    }

    @Override
    protected AdministrativeUnit.Builder newBuilder() {
      return AdministrativeUnit.builder();
    }

    @Override
    protected boolean readProperty(String name, JsonParser p, DeserializationContext ctxt,
        AdministrativeUnit.Builder b) {
      Class<?> o = AdministrativeUnit.class;
      switch (name) {
        case "code":
          b.code(string(p, ctxt, o));
          return true;
        case "name":
          b.name(string(p, ctxt, o));
          return true;
        case "level":
          b.level(enumByName(p, ctxt, AdministrativeLevel.class));
          return true;
        case "parent":
          b.parent(ctxt.readValue(p, AdministrativeUnit.class));
          return true;
        case "validFrom":
          b.validFrom(date(p, ctxt, o));
          return true;
        case "validTo":
          b.validTo(date(p, ctxt, o));
          return true;
        case "successorCode":
          b.successorCode(string(p, ctxt, o));
          return true;
        case "successorDate":
          b.successorDate(date(p, ctxt, o));
          return true;
        case "successorName":
          b.successorName(string(p, ctxt, o));
          return true;
        default:
          return false;
      }
    }

    @Override
    protected AdministrativeUnit build(AdministrativeUnit.Builder b) {
      return b.build();
    }
  }
}

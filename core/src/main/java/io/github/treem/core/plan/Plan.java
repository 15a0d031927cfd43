package io.github.treem.core.plan;

import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A commune's annual plan for child protection, care and education (kế hoạch thực hiện công tác
 * bảo vệ, chăm sóc và giáo dục trẻ em), such as plan 90/KH-UBND of xã Quảng Vinh for 2020: its
 * objectives, tasks and solutions as text, its funding, its computable {@link Target targets}, its
 * aims without a number as {@link MonitoringLine monitoring lines}, and the
 * {@link ResponsibleUnit units} responsible for them.
 *
 * <p>The whole plan is data: its preamble and closing text, its tasks, solutions and each unit's
 * duties as {@link PlanItem items} (text verbatim, units, the targets and events they serve), the
 * {@link EventType events} it names, its funding sources and allocations in đồng, its
 * {@link ReportingDuty reporting duties}, its recipients ("Nơi nhận") and signature block, and,
 * for a plan drafted from last year's, its {@link PlanDraft draft mark}. {@link PlanValidator}
 * checks the references between these parts, the dates and the sums.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .number("90/KH-UBND")
 *     .issuerName("Ủy ban nhân dân xã Quảng Vinh")
 *     .issuerCommuneCode(CommuneCode.parse("19885"))
 *     .issueDate(LocalDate.of(2020, 3, 9))
 *     .year(2020)
 *     .generalObjective("Đẩy mạnh công tác tuyên truyền ...")
 *     .addResponsibleUnits(healthStation)
 *     .addTargets(underweight)
 *     .build();
 * Optional<Target> t = plan.targetFor("UNDERWEIGHT_U5");
 * }</pre>
 *
 * <p>Invariants (checked when built): the number and issuer name are not blank; unit identifiers
 * are unique; target identifiers are unique; every unit a target names (lead or co-operating) is
 * one of the plan's responsible units; an issuer unit that is a commune has the issuer commune code,
 * when both are given. The texts of tasks, solutions and duties have one home: when the plan has
 * items of a kind, {@link #getTasks()}, {@link #getSolutions()} and each unit's
 * {@link ResponsibleUnit#getDuties()} are the texts of those items (filled from them when not
 * given, refused when given and different).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Plan {
  Plan() {}

  /** {@return the number of the plan as written, e.g. {@code "90/KH-UBND"}} */
  public abstract String getNumber();

  /** {@return the title, e.g. "Thực hiện công tác bảo vệ, chăm sóc và giáo dục trẻ em năm 2020", if recorded} */
  public abstract Optional<String> getTitle();

  /** {@return the name of the issuing body, e.g. "Ủy ban nhân dân xã Quảng Vinh"} */
  public abstract String getIssuerName();

  /** {@return the GSO code of the issuing commune at the issue date, if known} */
  public abstract Optional<CommuneCode> getIssuerCommuneCode();

  /**
   * {@return the issuing administrative unit (with its parents and successor) at the issue date,
   * if known}
   */
  public abstract Optional<AdministrativeUnit> getIssuerUnit();

  /** {@return the date of issue} */
  public abstract LocalDate getIssueDate();

  /** {@return the year the plan is for} */
  public abstract int getYear();

  /** {@return the legal bases and higher-level plans the plan implements} */
  public abstract List<LegalReference> getLegalBases();

  /** {@return the general objective (mục tiêu tổng quát), in Vietnamese} */
  public abstract String getGeneralObjective();

  /**
   * {@return the tasks (nhiệm vụ), in Vietnamese, in the plan's order; the texts of the
   * {@link PlanItemKind#TASK} items when the plan has them}
   */
  public abstract List<String> getTasks();

  /**
   * {@return the solutions (giải pháp thực hiện), in Vietnamese, in the plan's order; the texts of
   * the {@link PlanItemKind#SOLUTION} items when the plan has them}
   */
  public abstract List<String> getSolutions();

  /** {@return the funding (kinh phí thực hiện) as the plan words it, in Vietnamese, if stated} */
  public abstract Optional<String> getFunding();

  /**
   * {@return the paragraphs before the first section (the plan it implements, what it is), as the
   * plan writes them}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract List<String> getPreamble();

  /**
   * {@return the tasks, solutions and duties of units, in the plan's order}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract List<PlanItem> getItems();

  /**
   * {@return the yearly events the plan names (e.g. the Action Month for Children)}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract List<EventType> getEventTypes();

  /**
   * {@return the sources of funding, in the plan's order}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract List<FundingSource> getFundingSources();

  /**
   * {@return the amounts planned per source and item, where known}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract List<FundingAllocation> getFundingAllocations();

  /**
   * {@return the duties to report (periodic, ad hoc; to whom)}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract List<ReportingDuty> getReportingDuties();

  /**
   * {@return the closing paragraph ("Trên đây là Kế hoạch ..."), as the plan writes it, if any}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract Optional<String> getClosing();

  /**
   * {@return the recipients (Nơi nhận), as the plan writes them, in its order}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract List<Recipient> getRecipients();

  /**
   * {@return the signature block, if the plan's text shows it}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract Optional<SignatureBlock> getSignature();

  /**
   * {@return the draft mark of a plan drafted from last year's (empty for an issued plan)}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract Optional<PlanDraft> getDraft();

  /** {@return the computable targets (mục tiêu cụ thể), in the plan's order} */
  public abstract List<Target> getTargets();

  /** {@return the responsible units (tổ chức thực hiện), in the plan's order} */
  public abstract List<ResponsibleUnit> getResponsibleUnits();

  /**
   * {@return the aims the plan sets no number for, as {@link MonitoringLine monitoring lines}, in
   * the plan's order: shown beside the targets, never met or missed}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract List<MonitoringLine> getMonitoring();

  /**
   * The monitoring line with an identifier.
   *
   * @param id the line identifier
   * @return the line, or empty
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public Optional<MonitoringLine> monitoringLine(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return getMonitoring().stream().filter(m -> m.getId().equals(id)).findFirst();
  }

  /**
   * The first target for an indicator.
   *
   * @param indicatorCode the indicator code, e.g. {@code "HI_U6"}
   * @return the target, or empty when the plan sets none for the indicator
   */
  public Optional<Target> targetFor(String indicatorCode) {
    Objects.requireNonNull(indicatorCode, "indicatorCode must not be null");
    return getTargets().stream().filter(t -> t.getIndicatorCode().equals(indicatorCode)).findFirst();
  }

  /**
   * All targets for an indicator.
   *
   * @param indicatorCode the indicator code
   * @return the targets, in the plan's order (empty when none)
   */
  public List<Target> targetsFor(String indicatorCode) {
    Objects.requireNonNull(indicatorCode, "indicatorCode must not be null");
    return getTargets().stream()
        .filter(t -> t.getIndicatorCode().equals(indicatorCode))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The target with an identifier.
   *
   * @param id the target identifier
   * @return the target, or empty
   */
  public Optional<Target> target(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return getTargets().stream().filter(t -> t.getId().equals(id)).findFirst();
  }

  /**
   * The responsible unit with an identifier.
   *
   * @param id the unit identifier
   * @return the unit, or empty
   */
  public Optional<ResponsibleUnit> unit(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return getResponsibleUnits().stream().filter(u -> u.getId().equals(id)).findFirst();
  }

  /**
   * The responsible units with a role.
   *
   * @param role the role
   * @return the units, in the plan's order
   */
  public List<ResponsibleUnit> unitsWithRole(UnitRole role) {
    Objects.requireNonNull(role, "role must not be null");
    return getResponsibleUnits().stream().filter(u -> u.getRole() == role).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The targets a unit leads.
   *
   * @param unitId the unit identifier
   * @return the targets, in the plan's order
   */
  public List<Target> targetsLedBy(String unitId) {
    Objects.requireNonNull(unitId, "unitId must not be null");
    return getTargets().stream().filter(t -> t.getLeadUnitId().equals(unitId)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return whether the plan is a draft ("DỰ THẢO"), never a decision}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public boolean isDraft() {
    return getDraft().isPresent();
  }

  /**
   * {@return the days the plan covers: its calendar year}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public DateSpan period() {
    return DateSpan.ofYear(getYear());
  }

  /**
   * The item with an identifier.
   *
   * @param id the item identifier
   * @return the item, or empty
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public Optional<PlanItem> item(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return getItems().stream().filter(i -> i.getId().equals(id)).findFirst();
  }

  /**
   * The items of a kind.
   *
   * @param kind the kind
   * @return the items, in the plan's order
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public List<PlanItem> itemsOf(PlanItemKind kind) {
    Objects.requireNonNull(kind, "kind must not be null");
    return getItems().stream().filter(i -> i.getKind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The duties the plan gives a unit (section "Tổ chức thực hiện").
   *
   * @param unitId the unit identifier
   * @return the duty items the unit leads, in the plan's order
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public List<PlanItem> dutiesOf(String unitId) {
    Objects.requireNonNull(unitId, "unitId must not be null");
    return getItems().stream()
        .filter(i -> i.getKind() == PlanItemKind.DUTY && i.getLeadUnitId().filter(unitId::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Every item a unit takes part in, as lead or co-operating unit.
   *
   * @param unitId the unit identifier
   * @return the items, in the plan's order
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public List<PlanItem> itemsInvolving(String unitId) {
    Objects.requireNonNull(unitId, "unitId must not be null");
    return getItems().stream().filter(i -> i.involves(unitId)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The event type with an identifier.
   *
   * @param id the event type identifier
   * @return the event type, or empty
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public Optional<EventType> eventType(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return getEventTypes().stream().filter(e -> e.getId().equals(id)).findFirst();
  }

  /**
   * The funding source with an identifier.
   *
   * @param id the source identifier
   * @return the source, or empty
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public Optional<FundingSource> fundingSource(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return getFundingSources().stream().filter(f -> f.getId().equals(id)).findFirst();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the invariants and gives the texts of tasks, solutions and duties their one home (the
   * items): returns this plan, or a copy whose text lists are filled from its items.
   */
  @Value.Check
  Plan normalize() {
    check();
    List<String> tasks = texts(getItems(), PlanItemKind.TASK, null);
    List<String> solutions = texts(getItems(), PlanItemKind.SOLUTION, null);
    // both lists are checked, whatever the first one gives
    boolean fillTasks = requireSame("tasks", getTasks(), tasks);
    boolean fillSolutions = requireSame("solutions", getSolutions(), solutions);
    boolean fill = fillTasks || fillSolutions;
    List<ResponsibleUnit> units = new ArrayList<>(getResponsibleUnits());
    for (int i = 0; i < units.size(); i++) {
      ResponsibleUnit u = units.get(i);
      List<String> duties = texts(getItems(), PlanItemKind.DUTY, u.getId());
      if (requireSame("duties of " + u.getId(), u.getDuties(), duties)) {
        units.set(i, ResponsibleUnit.builder().from(u).duties(duties).build());
        fill = true;
      }
    }
    if (!fill) {
      return this;
    }
    return new Builder().from(this)
        .tasks(tasks.isEmpty() ? getTasks() : tasks)
        .solutions(solutions.isEmpty() ? getSolutions() : solutions)
        .responsibleUnits(units)
        .build();
  }

  private static List<String> texts(List<PlanItem> items, PlanItemKind kind, @Nullable String leadUnitId) {
    List<String> out = new ArrayList<>();
    for (PlanItem i : items) {
      if (i.getKind() == kind && (leadUnitId == null || i.getLeadUnitId().filter(leadUnitId::equals).isPresent())) {
        out.add(i.getTextVi());
      }
    }
    return out;
  }

  /** Whether a text list must be filled from the items; refuses a list that differs from them. */
  private boolean requireSame(String what, List<String> given, List<String> fromItems) {
    if (fromItems.isEmpty() || given.equals(fromItems)) {
      return false;
    }
    if (given.isEmpty()) {
      return true;
    }
    throw new InvalidValueException("TREEM-CORE-0526", "plan " + getNumber() + ": the " + what
        + " differ from the texts of the plan's items (give the texts once, as items)");
  }

  private void check() {
    if (getNumber().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.PLAN_NUMBER_BLANK, "plan number must not be blank");
    }
    if (getIssuerName().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.PLAN_ISSUER_BLANK, "plan issuer name must not be blank");
    }
    if (getIssuerCommuneCode().isPresent() && getIssuerUnit().flatMap(AdministrativeUnit::getCommuneCode)
        .filter(c -> !c.equals(getIssuerCommuneCode().get())).isPresent()) {
      throw new InvalidValueException(CoreErrorCode.PLAN_ISSUER_COMMUNE_MISMATCH,
          "plan " + getNumber() + ": the issuer unit's commune code differs from the issuer commune code");
    }
    Set<String> unitIds = new HashSet<>();
    for (ResponsibleUnit u : getResponsibleUnits()) {
      if (!unitIds.add(u.getId())) {
        throw new InvalidValueException(CoreErrorCode.PLAN_UNIT_TWICE, "plan " + getNumber() + ": two units with id " + u.getId());
      }
    }
    Set<String> targetIds = new HashSet<>();
    for (Target t : getTargets()) {
      if (!targetIds.add(t.getId())) {
        throw new InvalidValueException(CoreErrorCode.PLAN_TARGET_TWICE, "plan " + getNumber() + ": two targets with id " + t.getId());
      }
      requireUnit(unitIds, t, t.getLeadUnitId());
      t.getCooperatingUnitIds().forEach(id -> requireUnit(unitIds, t, id));
    }
    Set<String> itemIds = getItems().stream().map(PlanItem::getId).collect(Collectors.toSet());
    for (MonitoringLine m : getMonitoring()) {
      if (!targetIds.add(m.getId())) {
        throw new InvalidValueException(CoreErrorCode.PLAN_MONITORING_TWICE,
            "plan " + getNumber() + ": monitoring line " + m.getId() + " has the id of a target or of another line");
      }
      if (m.getItemId().filter(id -> !itemIds.contains(id)).isPresent()) {
        throw new InvalidValueException(CoreErrorCode.PLAN_MONITORING_UNKNOWN_ITEM,
            "plan " + getNumber() + ": monitoring line " + m.getId() + " names an item that is not one of the plan's");
      }
    }
  }

  private void requireUnit(Set<String> unitIds, Target t, String unitId) {
    if (!unitIds.contains(unitId)) {
      throw new InvalidValueException(CoreErrorCode.PLAN_UNKNOWN_UNIT,
          "plan " + getNumber() + ": target " + t.getId() + " names unit " + unitId
              + ", which is not one of the plan's responsible units");
    }
  }

  /** Builds a {@link Plan}. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }
}

package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.validation.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One item of the body of a plan: a task (nhiệm vụ), a solution (giải pháp) or a unit's duty
 * (tổ chức thực hiện), with its text as the plan writes it, the units that carry it out, the
 * targets it serves, the other items it serves, the events it names and the legal texts it cites.
 *
 * <pre>{@code
 * PlanItem task3 = PlanItem.builder()
 *     .id("NV3")
 *     .kind(PlanItemKind.TASK)
 *     .textVi("Duy trì, tổ chức các hoạt động có ý nghĩa thiết thực cho trẻ em trong Tháng hành động"
 *         + " vì trẻ em, Tết Trung thu.")
 *     .leadUnitId("LDTBXH")
 *     .addCooperatingUnitIds("MASS_ORGANISATIONS", "VILLAGES")
 *     .unitsBasis(AssignmentBasis.READING)
 *     .addEventIds(EventType.ACTION_MONTH_FOR_CHILDREN.getId(), EventType.MID_AUTUMN_FESTIVAL.getId())
 *     .build();
 * }</pre>
 *
 * <p>The text is verbatim (line breaks of the page layout joined). References (units, targets,
 * items, events) are identifiers within the plan; they are checked by {@link PlanValidator}, not
 * when the item is built, so that a plan read from a file can be built and every broken reference
 * reported with its place.
 *
 * <p>Invariants (checked when built): the identifier and the text are not blank; the lead unit is
 * not also a co-operating unit; the item does not serve itself.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class PlanItem {
  PlanItem() {}

  /** {@return the identifier of the item within its plan, e.g. {@code "NV4"}, {@code "TC1.2"}} */
  public abstract String getId();

  /** {@return the kind of item} */
  public abstract PlanItemKind getKind();

  /** {@return the item's text as the plan writes it, in Vietnamese} */
  public abstract String getTextVi();

  /** {@return an English summary, if recorded (never a replacement for the text)} */
  public abstract Optional<String> getSummaryEn();

  /**
   * {@return the identifier of the unit that leads the item (for a duty: the unit the duty is
   * given to), if any}
   */
  public abstract Optional<String> getLeadUnitId();

  /** {@return the identifiers of the co-operating units, in the plan's order} */
  public abstract List<String> getCooperatingUnitIds();

  /** {@return whether the plan names the units or they are a reading of it} */
  @Value.Default
  public AssignmentBasis getUnitsBasis() {
    return getKind() == PlanItemKind.DUTY ? AssignmentBasis.STATED : AssignmentBasis.READING;
  }

  /** {@return the identifiers of the targets the item serves} */
  public abstract List<String> getTargetIds();

  /**
   * {@return the identifiers of the other items this item serves, e.g. a solution or a duty that
   * carries out a task}
   */
  public abstract List<String> getServesItemIds();

  /** {@return the identifiers of the events the item names (event types of the plan)} */
  public abstract List<String> getEventIds();

  /** {@return the legal texts the item cites, as they are meant (corrected where needed)} */
  public abstract List<LegalReference> getLegalReferences();

  /** {@return citations the item writes wrongly, with the reference meant} */
  public abstract List<CitationCorrection> getCitationCorrections();

  /** {@return a note on the item (how it is read, what it covers), if any} */
  public abstract Optional<String> getNote();

  /** {@return every unit the item names: the lead unit first, then the co-operating units} */
  public List<String> unitIds() {
    return Stream.concat(getLeadUnitId().stream(), getCooperatingUnitIds().stream()).toList();
  }

  /**
   * Whether a unit takes part in the item (as lead or co-operating unit).
   *
   * @param unitId the unit identifier
   * @return true when the item names the unit
   */
  public boolean involves(String unitId) {
    return getLeadUnitId().filter(unitId::equals).isPresent() || getCooperatingUnitIds().contains(unitId);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0531", "plan item id must not be blank");
    }
    if (getTextVi().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0532", "plan item " + getId() + ": text must not be blank");
    }
    if (getLeadUnitId().isPresent() && getCooperatingUnitIds().contains(getLeadUnitId().get())) {
      throw new InvalidValueException("TREEM-CORE-0533",
          "plan item " + getId() + ": the lead unit must not also be a co-operating unit");
    }
    if (getServesItemIds().contains(getId())) {
      throw new InvalidValueException("TREEM-CORE-0534", "plan item " + getId() + " must not serve itself");
    }
  }

  /** Builds a {@link PlanItem}. */
  public static final class Builder extends ImmutablePlanItem.Builder {
    Builder() {}
  }
}

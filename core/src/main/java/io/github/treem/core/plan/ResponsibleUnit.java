package io.github.treem.core.plan;

import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A unit that a plan makes responsible for part of its work (section "Tổ chức thực hiện"), with
 * its abstract role and its duties as the plan words them.
 *
 * <pre>{@code
 * ResponsibleUnit police = ResponsibleUnit.builder()
 *     .id("POLICE")
 *     .nameVi("Công an xã")
 *     .nameEn("Commune police")
 *     .role(UnitRole.COMMUNE_POLICE)
 *     .addDuties("Chủ trì ... phòng ngừa, đấu tranh với các hành vi xâm hại trẻ em")
 *     .build();
 * }</pre>
 *
 * <p>Invariants (checked when built): the identifier and the Vietnamese name are not blank.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class ResponsibleUnit {
  ResponsibleUnit() {}

  /** {@return the identifier of the unit within its plan, e.g. {@code "HEALTH_STATION"}} */
  public abstract String getId();

  /** {@return the name of the unit as the plan writes it} */
  public abstract String getNameVi();

  /** {@return an English name} */
  public abstract String getNameEn();

  /** {@return the abstract role of the unit} */
  public abstract UnitRole getRole();

  /** {@return the duties the plan assigns, in Vietnamese, in the plan's order} */
  public abstract List<String> getDuties();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.UNIT_ID_BLANK, "responsible unit id must not be blank");
    }
    if (getNameVi().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.UNIT_NAME_BLANK, "responsible unit name must not be blank");
    }
  }

  /** Builds a {@link ResponsibleUnit}. */
  public static final class Builder extends ImmutableResponsibleUnit.Builder {
    Builder() {}
  }
}

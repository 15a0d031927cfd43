package io.github.treem.core.taxonomy;

import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One row of the mapping from a 2004-law group to the 2016 taxonomy: the kind of relation, the
 * 2016 codes (sub-groups, or whole groups where the facts decide the sub-group) and a note.
 * Analytical, not legal: see {@link LegacyMapping}.
 *
 * <p>Invariants (checked when built): the targets are empty exactly when the kind is
 * {@link MappingKind#NO_EQUIVALENT}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class LegacyMappingEntry {
  LegacyMappingEntry() {}

  /** {@return the group of the 2004 law} */
  public abstract LegacyCircumstanceGroup getLegacyGroup();

  /** {@return how the legacy group relates to the targets} */
  public abstract MappingKind getKind();

  /** {@return the candidate 2016 codes, in order; empty only for {@code NO_EQUIVALENT}} */
  public abstract List<CircumstanceCode> getTargets();

  /** {@return a note explaining the relation, in English} */
  public abstract String getNote();

  /** {@return the distinct 2016 groups of the targets, in order} */
  public List<SpecialCircumstanceGroup> getTargetGroups() {
    return getTargets().stream().map(CircumstanceCode::getGroup).distinct().collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return whether a child of the legacy group may have no 2016 equivalent (kinds
   * {@code CONDITIONAL} and {@code NO_EQUIVALENT})}
   */
  public boolean isEquivalentUncertain() {
    return getKind() == MappingKind.CONDITIONAL || getKind() == MappingKind.NO_EQUIVALENT;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getTargets().isEmpty() != (getKind() == MappingKind.NO_EQUIVALENT)) {
      throw new InvalidValueException(CoreErrorCode.LEGACY_MAPPING_TARGETS,
          "legacy mapping of group " + getLegacyGroup().getNumber() + ": targets must be empty exactly when there is no equivalent");
    }
  }

  /** Builds a {@link LegacyMappingEntry}. */
  public static final class Builder extends ImmutableLegacyMappingEntry.Builder {
    Builder() {}
  }
}

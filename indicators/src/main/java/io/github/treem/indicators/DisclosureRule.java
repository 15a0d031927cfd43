package io.github.treem.indicators;

import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The parameters of treem's disclosure control: the threshold, which figures are sensitive, and
 * which indicators describe only sensitive children. See {@link DisclosureControl} for the rule
 * itself ("Disclosure rule").
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @param threshold τ: a sensitive figure of 1 to τ children is primary-suppressed (4)
 * @param sensitivePopulations codes of indicators whose whole population is sensitive (future case
 *     indicators): every cell and the total of 1 to τ is primary
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DisclosureRule(int threshold, Set<String> sensitivePopulations) {

  /** The rule of docs/indicators.md "Small numbers": τ = 4, no sensitive-population indicator. */
  public static final DisclosureRule DEFAULT = new DisclosureRule(4, Set.of());

  private static final Map<ExclusionReason, SpecialCircumstanceGroup> ONLY_IN_GROUP = new EnumMap<>(Map.of(
      ExclusionReason.MISSING_POVERTY, SpecialCircumstanceGroup.fromCode("DD").orElseThrow()));

  /**
   * Checks the components.
   *
   * @param threshold τ, at least 1
   * @param sensitivePopulations the codes
   */
  public DisclosureRule {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
    sensitivePopulations = Set.copyOf(sensitivePopulations);
  }

  /**
   * A copy in which an indicator's whole population is sensitive.
   *
   * @param indicatorCode the code
   * @return the new rule
   */
  public DisclosureRule withSensitivePopulation(String indicatorCode) {
    java.util.HashSet<String> s = new java.util.HashSet<>(sensitivePopulations);
    s.add(indicatorCode);
    return new DisclosureRule(threshold, s);
  }

  /**
   * Whether a figure is sensitive: a {@link BreakdownDimension#GROUP} cell of a sensitive group
   * ({@link SpecialCircumstanceGroup#isSensitive()}: DD, E, G, I, K, L, M), an exclusion count
   * that arises only in such a group ({@link #groupOnlyOf(ExclusionReason)}), or any figure of a
   * sensitive-population indicator.
   *
   * @param figure the figure
   * @return true when the protection interval applies to it
   */
  public boolean isSensitive(Figure figure) {
    if (sensitivePopulations.contains(figure.indicatorCode())) {
      return true;
    }
    switch (figure.part()) {
      case CELL:
        return figure.dimension().orElseThrow() == BreakdownDimension.GROUP
            && !BreakdownDimension.NONE.equals(figure.key())
            && SpecialCircumstanceGroup.fromCode(figure.key()).map(SpecialCircumstanceGroup::isSensitive).orElse(false);
      case EXCLUSION:
        return groupOnlyOf(ExclusionReason.valueOf(figure.key())).map(SpecialCircumstanceGroup::isSensitive)
            .orElse(false);
      default:
        return false;
    }
  }

  /**
   * The group in which an exclusion reason alone arises, if any: {@code MISSING_POVERTY} only
   * for children living with HIV/AIDS (DD), whose eligibility depends on the household's poverty.
   *
   * @param reason the reason
   * @return the group, or empty when the reason arises in any group
   */
  public static Optional<SpecialCircumstanceGroup> groupOnlyOf(ExclusionReason reason) {
    return Optional.ofNullable(ONLY_IN_GROUP.get(reason));
  }

  /**
   * Whether a count is small: 1 to τ (0 identifies nobody).
   *
   * @param count the count
   * @return true when 1 ≤ count ≤ τ
   */
  public boolean isSmall(long count) {
    return count >= 1 && count <= threshold;
  }
}

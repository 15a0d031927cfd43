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
 * @param sensitivePopulations codes of indicators whose whole population is sensitive (the
 *     indicators of protection cases): every figure is sensitive, and a total, a cell or an
 *     exclusion count with a count or numerator of 1 to τ is primary (a hidden total takes its
 *     breakdowns with it)
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DisclosureRule(int threshold, Set<String> sensitivePopulations) {

  /**
   * The rule of docs/indicators.md "Small numbers": τ = 4; the indicators of protection cases
   * ({@link io.github.treem.indicators.CaseIndicators#codes()}) and {@link Indicators#LEGAL_AID}
   * (children in conflict with criminal law) are sensitive populations.
   */
  public static final DisclosureRule DEFAULT =
      new DisclosureRule(4, io.github.treem.indicators.CaseIndicators.codes())
          .withSensitivePopulation(Indicators.LEGAL_AID.getCode());

  /** An exclusion reason that arises only in one group, and only in one indicator. */
  private record GroupOnly(SpecialCircumstanceGroup group, Indicators indicator) {}

  private static final Map<ExclusionReason, GroupOnly> ONLY_IN_GROUP = new EnumMap<>(Map.of(
      ExclusionReason.MISSING_POVERTY,
      new GroupOnly(SpecialCircumstanceGroup.fromCode("DD").orElseThrow(), Indicators.WELFARE_COVERAGE)));

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
   * ({@link SpecialCircumstanceGroup#isSensitive()}: DD, E, G, I, K, L, M), a
   * {@link BreakdownDimension#LEGACY_GROUP} cell of a 2004 group that draws on such a group
   * (groups 5 to 11), an exclusion count
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
    return switch (figure.part()) {
      case CELL -> figure.dimension().orElseThrow() == BreakdownDimension.LEGACY_GROUP
          ? LegacyGroupCells.isSensitive(figure.key())
          : (figure.dimension().orElseThrow() == BreakdownDimension.GROUP
            && !BreakdownDimension.NONE.equals(figure.key())
            && SpecialCircumstanceGroup.fromCode(figure.key()).map(SpecialCircumstanceGroup::isSensitive).orElse(false));
      case EXCLUSION -> groupOnlyOf(ExclusionReason.valueOf(figure.key())).map(SpecialCircumstanceGroup::isSensitive)
            .orElse(false);
      default -> false;
    };
  }

  /**
   * The group in which an exclusion reason alone arises, if any: {@code MISSING_POVERTY} only
   * for children living with HIV/AIDS (DD), whose eligibility depends on the household's poverty.
   *
   * @param reason the reason
   * @return the group, or empty when the reason arises in any group
   */
  public static Optional<SpecialCircumstanceGroup> groupOnlyOf(ExclusionReason reason) {
    return Optional.ofNullable(ONLY_IN_GROUP.get(reason)).map(GroupOnly::group);
  }

  /**
   * Whether a sensitive figure is hidden even when it counts no child: the count of an exclusion
   * reason that arises only in a sensitive group, in the indicator where it arises
   * ({@code MISSING_POVERTY} in {@code WELFARE_COVERAGE}). Such a count is always listed: its
   * figure when above τ, else hidden, also when 0, so that a hidden count never tells that a
   * child of the group is there. (Group cells are not: a breakdown cell of 0 is published.)
   *
   * @param figure the figure
   * @return true for such an exclusion count
   */
  public boolean hidesZero(Figure figure) {
    if (figure.part() != Figure.Part.EXCLUSION) {
      return false;
    }
    GroupOnly g = ONLY_IN_GROUP.get(ExclusionReason.valueOf(figure.key()));
    return g != null && g.group().isSensitive() && g.indicator().getCode().equals(figure.indicatorCode());
  }

  /**
   * The exclusion reasons whose count is always listed for an indicator ({@link #hidesZero(Figure)}).
   *
   * @param indicatorCode the indicator's code
   * @return the reasons, in reason order
   */
  public java.util.List<ExclusionReason> alwaysListed(String indicatorCode) {
    return ONLY_IN_GROUP.keySet().stream().filter(r -> hidesZero(Figure.exclusion(indicatorCode, r))).toList();
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

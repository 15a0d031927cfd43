package io.github.treem.indicators.cfc;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The hook through which the child-protection cases ({@code io.github.treem.core.protection})
 * give the figures of the standard that they alone can give: an item whose input is
 * {@link InputSource#PROTECTION_CASES} asks for the figure named by its input code. Until a caller
 * gives an implementation (the protection-case work computes them from {@code ProtectionCase}s
 * and {@code DeadlineRules}), or when it returns empty, the value comes from the
 * {@link SelfAssessment}.
 *
 * <p>Figures of the bundled table:
 * <ul>
 *   <li>{@link #CHILDREN_ABUSED_PER_100000} (item 3.1): children under 16 found abused in the year
 *       (a case with a kind of harm that is abuse, Law on Children Art. 4 (8)) per 100,000
 *       children of the commune: {@code ItemValue.fraction(abused, children)}.
 *   <li>{@link #CASES_WITH_PLAN_APPROVED_IN_TIME} (item 6.2): of the cases of sexual abuse,
 *       abandonment and trafficking received in the year, those whose support and intervention
 *       plan the commune chairman approved within its deadline (Decree 56/2017 Art. 28; the rules
 *       {@code PLAN_APPROVED_WITHIN_2_WORKING_DAYS} and
 *       {@code PLAN_APPROVED_WITHIN_5_WORKING_DAYS_OF_RECEIPT} of {@code DeadlineRules}):
 *       {@code ItemValue.fraction(inTime, cases)}, {@code nothingToCount()} when there was no case.
 * </ul>
 *
 * <p>For implementors: pure and thread-safe; return empty for a code you do not compute. The
 * figures are counts of children in sensitive groups: they feed the score, and the score card's
 * publication is subject to the same disclosure rules as the report.
 *
 * @since 0.1.0
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface CaseFigures {
  /** Item 3.1: children abused per 100,000 children. */
  String CHILDREN_ABUSED_PER_100000 = "CHILDREN_ABUSED_PER_100000";

  /** Item 6.2: cases of sexual abuse, abandonment and trafficking with a plan approved in time. */
  String CASES_WITH_PLAN_APPROVED_IN_TIME = "CASES_WITH_PLAN_APPROVED_IN_TIME";

  /**
   * A figure for a year.
   *
   * @param code the figure's code (an item's input code)
   * @param year the year assessed
   * @param referenceDate the date at which the year is assessed
   * @return the value, or empty when the cases do not give it
   */
  Optional<ItemValue> figure(String code, int year, LocalDate referenceDate);

  /** {@return figures that give nothing (every such item then comes from the self-assessment)} */
  static CaseFigures none() {
    return (code, year, referenceDate) -> Optional.empty();
  }
}

package io.github.treem.planreport;

import io.github.treem.planreport.internal.SmallCountSuppression;
import org.apiguardian.api.API;

/**
 * The one way figures of children enter a report: a table of counts goes in, a table fit to
 * publish comes out. The report builder hands every table of children it makes (people reached
 * by activity kind) to this interface and prints nothing else of them; figures it receives from
 * outside (assessed targets, case figures) must already be published.
 *
 * <p>{@link #smallCounts()} is the built-in rule. A caller with an audited disclosure control
 * (treem indicators' {@code DisclosureControl}) binds it here instead.
 *
 * <p>Implementation requirements: implementations are stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ChildFigureDisclosure {
  /**
   * Publishes a table.
   *
   * @param table the counts
   * @return the figures fit to publish: one published row per row of the table, in its order
   */
  PublishedTable publish(CountTable table);

  /**
   * The built-in rule: in a sensitive row (and in the total row when a sensitive row adds to it),
   * a count of 1 to 4 children is hidden ({@code x}); then, so that no hidden count can be worked
   * out by subtraction, every sum the table shows (a row's total of girls and boys when the sex of
   * every child is known; a column's total) hides none or at least two of its parts, hiding the
   * smallest other non-zero part where needed. A count of 0 is published: it identifies nobody.
   * The rule is not audited against interval attacks: bind an audited control for published
   * reports.
   *
   * @return the rule
   */
  static ChildFigureDisclosure smallCounts() {
    return SmallCountSuppression.INSTANCE;
  }
}

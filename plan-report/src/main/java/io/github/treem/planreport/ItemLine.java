package io.github.treem.planreport;

import io.github.treem.core.plan.CitationCorrection;
import io.github.treem.core.plan.ItemProgress;
import io.github.treem.core.plan.PlanItemKind;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A plan item in a report, with its status at the end of the period.
 *
 * @param itemId the identifier of the item
 * @param kind the kind of item
 * @param textVi the item's text, as the plan writes it
 * @param progress the status at the end of the period and what it rests on
 * @param citationCorrections the citations the text writes wrongly, printed beside it
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ItemLine(String itemId, PlanItemKind kind, String textVi, ItemProgress progress,
    List<CitationCorrection> citationCorrections) {
  /**
   * Copies the list.
   *
   * @param itemId the identifier
   * @param kind the kind
   * @param textVi the text
   * @param progress the status
   * @param citationCorrections the corrections
   */
  public ItemLine {
    citationCorrections = List.copyOf(citationCorrections);
  }
}

package io.github.treem.planreport;

import io.github.treem.core.plan.CitationCorrection;
import io.github.treem.core.plan.ItemStatus;
import io.github.treem.core.plan.PlanItemKind;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A plan item not done at the end of the period, with the officer's reason when given.
 *
 * @param itemId the identifier of the item
 * @param kind the kind of item
 * @param textVi the item's text
 * @param status its status ({@link ItemStatus#NOT_DONE})
 * @param reasonVi the reason, if the officer gave one
 * @param citationCorrections the citations the text writes wrongly, printed beside it
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NotDoneLine(String itemId, PlanItemKind kind, String textVi, ItemStatus status, Optional<String> reasonVi,
    List<CitationCorrection> citationCorrections) {
  /**
   * Copies the list.
   *
   * @param itemId the identifier
   * @param kind the kind
   * @param textVi the text
   * @param status the status
   * @param reasonVi the reason
   * @param citationCorrections the corrections
   */
  public NotDoneLine {
    citationCorrections = List.copyOf(citationCorrections);
  }
}

package io.github.treem.planreport;

import io.github.treem.core.plan.FundingSourceKind;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * Funding planned and spent, from one source (and for one item, in the lines per item), in whole
 * đồng. The spending is the cost of the period's activities; an activity's cost counts against the
 * first item it serves.
 *
 * @param sourceId the identifier of the source
 * @param sourceNameVi the source as the plan names it
 * @param kind the kind of source
 * @param itemId the item, in a line per item
 * @param plannedDong the amount planned, if the plan gives it
 * @param spentDong the amount spent in the period
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FundingLine(String sourceId, String sourceNameVi, FundingSourceKind kind, Optional<String> itemId,
    OptionalLong plannedDong, long spentDong) {
}

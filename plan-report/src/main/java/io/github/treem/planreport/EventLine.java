package io.github.treem.planreport;

import io.github.treem.core.plan.DateSpan;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An event the plan names, in a report: its days in the plan's year and the activities held for
 * it in the period.
 *
 * @param eventId the identifier of the event type
 * @param nameVi its name
 * @param days its days in the plan's year, empty when the rule cannot place it
 * @param activityCount the activities of the period logged for the event
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EventLine(String eventId, String nameVi, Optional<DateSpan> days, int activityCount) {
}

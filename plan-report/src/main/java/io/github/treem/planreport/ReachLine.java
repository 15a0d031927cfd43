package io.github.treem.planreport;

import io.github.treem.core.plan.ActivityKind;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The activities of one kind in a period and the people they reached (attendances): children as
 * published by disclosure control, adults as counted.
 *
 * @param kind the kind, empty for the total line
 * @param activityCount the number of activities
 * @param children the children reached: total, girls, boys, as published
 * @param parents the parents and carers reached
 * @param collaborators the collaborators reached
 * @param others the officials and other people reached
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReachLine(Optional<ActivityKind> kind, int activityCount, PublishedRow children, long parents,
    long collaborators, long others) {
}

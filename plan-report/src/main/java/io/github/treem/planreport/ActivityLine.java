package io.github.treem.planreport;

import io.github.treem.core.plan.ActivityKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An activity in a report: when, what, for which items, with whom, what it cost. It carries no
 * count of children (those are published only in the table of people reached, through disclosure
 * control) and never the evidence note.
 *
 * @param activityId the identifier of the activity
 * @param date the (first) day
 * @param endDate the last day, for an activity of several days
 * @param kind the kind of activity
 * @param whatVi what was done: the activity's title, else the kind's name
 * @param itemIds the plan items it serves
 * @param cooperatingUnitNamesVi the names of the units that took part
 * @param costDong the cost, in đồng, from every source
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ActivityLine(String activityId, LocalDate date, Optional<LocalDate> endDate, ActivityKind kind, String whatVi,
    List<String> itemIds, List<String> cooperatingUnitNamesVi, long costDong) {
  /**
   * Copies the lists.
   *
   * @param activityId the identifier
   * @param date the day
   * @param endDate the last day
   * @param kind the kind
   * @param whatVi what was done
   * @param itemIds the items
   * @param cooperatingUnitNamesVi the co-operating units
   * @param costDong the cost
   */
  public ActivityLine {
    itemIds = List.copyOf(itemIds);
    cooperatingUnitNamesVi = List.copyOf(cooperatingUnitNamesVi);
  }
}

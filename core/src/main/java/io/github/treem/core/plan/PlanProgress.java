package io.github.treem.core.plan;

import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The status of each item of a plan at a date, from the activities logged and the officer's own
 * assessments. Activities and assessments are added one at a time (a log is read as a stream);
 * the statuses can then be asked for any date.
 *
 * <pre>{@code
 * PlanProgress progress = PlanProgress.of(plan);
 * activities.forEach(progress::add);
 * assessments.forEach(progress::add);
 * List<ItemProgress> atHalfYear = progress.statusAt(LocalDate.of(2020, 6, 30));
 * }</pre>
 *
 * <p>Rules, for an item at a date D (only activities and assessments dated on or before D count;
 * an activity counts on its first day):
 * <ol>
 *   <li>The officer's latest assessment decides, with its reason ({@link ProgressBasis#OFFICER});
 *       of two on the same day, the one added last.</li>
 *   <li>Else, an item that names events is {@link ItemStatus#DONE} when, for every event it names,
 *       the event's activity window in the plan's year has ended by D and holds an activity for the
 *       item ({@link ProgressBasis#EVENTS_HELD}).</li>
 *   <li>Else an item with activities is {@link ItemStatus#UNDER_WAY}
 *       ({@link ProgressBasis#ACTIVITIES}): treem does not decide that ongoing work is finished.</li>
 *   <li>Else the item is {@link ItemStatus#NOT_STARTED} while the plan's year runs, and
 *       {@link ItemStatus#NOT_DONE}, without a reason, from the year's last day on (a year-end
 *       report sees it as not done) ({@link ProgressBasis#NO_RECORD}).</li>
 * </ol>
 * Activities and assessments for items the plan does not have are ignored here (the validator
 * reports them). An event whose rule cannot be resolved in the plan's year counts as not held.
 *
 * <p>Implementation requirements: mutable and not thread-safe (an accumulator); memory grows with
 * the number of activities (one date per item served), never with their content.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanProgress {
  private final Plan plan;
  private final Map<String, List<LocalDate>> activityDays = new HashMap<>();
  private final Map<String, List<ItemAssessment>> assessments = new HashMap<>();

  private PlanProgress(Plan plan) {
    this.plan = plan;
  }

  /**
   * An empty accumulator for a plan.
   *
   * @param plan the plan
   * @return the accumulator
   */
  public static PlanProgress of(Plan plan) {
    return new PlanProgress(Objects.requireNonNull(plan, "plan must not be null"));
  }

  /**
   * Adds an activity.
   *
   * @param activity the activity
   * @return this accumulator
   */
  public PlanProgress add(Activity activity) {
    Objects.requireNonNull(activity, "activity must not be null");
    for (String id : activity.getItemIds()) {
      activityDays.computeIfAbsent(id, k -> new ArrayList<>()).add(activity.getDate());
    }
    return this;
  }

  /**
   * Adds an officer's assessment.
   *
   * @param assessment the assessment
   * @return this accumulator
   */
  public PlanProgress add(ItemAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment must not be null");
    assessments.computeIfAbsent(assessment.getItemId(), k -> new ArrayList<>()).add(assessment);
    return this;
  }

  /**
   * The status of every item of the plan at a date.
   *
   * @param asOf the date
   * @return the statuses, in the plan's order of items
   */
  public List<ItemProgress> statusAt(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    List<ItemProgress> out = new ArrayList<>();
    for (PlanItem item : plan.getItems()) {
      out.add(status(item, asOf));
    }
    return List.copyOf(out);
  }

  /**
   * The status of one item at a date.
   *
   * @param itemId the item identifier
   * @param asOf the date
   * @return the status, or empty when the plan has no such item
   */
  public Optional<ItemProgress> statusOf(String itemId, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    return plan.item(itemId).map(i -> status(i, asOf));
  }

  private ItemProgress status(PlanItem item, LocalDate asOf) {
    List<LocalDate> days = activityDays.getOrDefault(item.getId(), List.of()).stream()
        .filter(d -> !d.isAfter(asOf)).sorted().toList();
    ItemProgress.Builder b = new ItemProgress.Builder().itemId(item.getId()).asOf(asOf).activityCount(days.size());
    if (!days.isEmpty()) {
      b.firstActivity(days.get(0)).lastActivity(days.get(days.size() - 1));
    }
    ItemAssessment latest = null;
    for (ItemAssessment a : assessments.getOrDefault(item.getId(), List.of())) {
      if (!a.getDate().isAfter(asOf) && (latest == null || !a.getDate().isBefore(latest.getDate()))) {
        latest = a;
      }
    }
    if (latest != null) {
      return b.status(latest.getStatus()).basis(ProgressBasis.OFFICER)
          .reasonVi(latest.getReasonVi()).noteVi(latest.getNoteVi()).build();
    }
    if (!item.getEventIds().isEmpty() && eventsHeld(item, days, asOf)) {
      return b.status(ItemStatus.DONE).basis(ProgressBasis.EVENTS_HELD).build();
    }
    if (!days.isEmpty()) {
      return b.status(ItemStatus.UNDER_WAY).basis(ProgressBasis.ACTIVITIES).build();
    }
    boolean yearOver = !asOf.isBefore(plan.period().getEnd());
    return b.status(yearOver ? ItemStatus.NOT_DONE : ItemStatus.NOT_STARTED).basis(ProgressBasis.NO_RECORD).build();
  }

  private boolean eventsHeld(PlanItem item, List<LocalDate> days, LocalDate asOf) {
    for (String eventId : item.getEventIds()) {
      Optional<EventType> type = plan.eventType(eventId);
      if (type.isEmpty()) {
        return false;
      }
      DateSpan window;
      try {
        window = type.get().activityWindow(plan.getYear());
      } catch (InvalidValueException e) {
        return false;
      }
      if (window.getEnd().isAfter(asOf) || days.stream().noneMatch(window::contains)) {
        return false;
      }
    }
    return true;
  }
}

package io.github.treem.core.plan;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Checks an activity log and the officer's assessments against a plan, one record at a time (a
 * log is read as a stream), then what only the whole log shows. Every problem is an {@link Issue}
 * of a {@link PlanIssueCode}, at the record's location with the field in its path; messages name
 * identifiers only, never a title or an evidence note.
 *
 * <pre>{@code
 * ActivityValidator v = ActivityValidator.of(plan, LocalDate.of(2020, 12, 31));
 * for (...each record of the log...) { issues.addAll(v.check(activity, Location.ofLine("log.csv", line, null))); }
 * issues.addAll(v.finish());
 * }</pre>
 *
 * <p>Per record: the identifier is new; the dates are in the plan's year, not after the day of
 * the check, and in order; the unit, the items served (at least one), the event and the funding
 * sources exist in the plan; the unit takes part in each item it serves (a warning); an event's
 * activity is in the event's {@link EventType#activityWindow(int) activity window} (a warning);
 * counts are not negative and the counts by sex do not exceed the total; costs are not negative,
 * their sum fits in a {@code long} and is at most the {@link #withCostCeiling(long) ceiling} of one
 * activity (a warning: a slip of zeros). An assessment's item exists, its date is in or after the
 * plan's year and not after the day of the check, and "not done" has a reason (a warning).
 *
 * <p>At the end ({@link #finish()}): the spending from each source is within its planned total,
 * the spending on an item within its allocation (both warnings; the cost of an activity counts
 * against the first item it serves), and an item assessed as done has some activity (a note).
 *
 * <p>Implementation requirements: mutable and not thread-safe (an accumulator); memory grows with
 * the number of identifiers and items, not with the records' content.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivityValidator {
  /** The default ceiling of one activity's cost: 500 million đồng (far above a commune's activity). */
  public static final long DEFAULT_COST_CEILING_DONG = 500_000_000L;

  private final Plan plan;
  private final LocalDate asOf;
  private final long costCeiling;
  private final Map<String, PlanItem> items = new HashMap<>();
  private final Set<String> units = new HashSet<>();
  private final Set<String> sources = new HashSet<>();
  private final Set<String> activityIds = new HashSet<>();
  private final Map<String, Long> spentBySource = new LinkedHashMap<>();
  private final Map<String, Long> spentBySourceItem = new LinkedHashMap<>();
  private final Set<String> itemsWithActivity = new HashSet<>();
  private final Map<String, Location> doneAssessments = new LinkedHashMap<>();
  private final Set<String> overflowed = new HashSet<>();

  private ActivityValidator(Plan plan, LocalDate asOf, long costCeiling) {
    this.plan = plan;
    this.asOf = asOf;
    this.costCeiling = costCeiling;
    plan.getItems().forEach(i -> items.putIfAbsent(i.getId(), i));
    plan.getResponsibleUnits().forEach(u -> units.add(u.getId()));
    plan.getFundingSources().forEach(s -> sources.add(s.getId()));
  }

  /**
   * A validator for a plan's log.
   *
   * @param plan the plan
   * @param asOf the day of the check: nothing may be dated after it
   * @return the validator, with the default cost ceiling
   */
  public static ActivityValidator of(Plan plan, LocalDate asOf) {
    return new ActivityValidator(Objects.requireNonNull(plan, "plan must not be null"),
        Objects.requireNonNull(asOf, "asOf must not be null"), DEFAULT_COST_CEILING_DONG);
  }

  /**
   * A fresh validator with another ceiling of one activity's cost.
   *
   * @param ceilingDong the ceiling, in đồng (not negative)
   * @return the new validator (nothing checked yet)
   */
  public ActivityValidator withCostCeiling(long ceilingDong) {
    if (ceilingDong < 0) {
      throw new InvalidValueException("TREEM-CORE-0563", "the cost ceiling must not be negative");
    }
    return new ActivityValidator(plan, asOf, ceilingDong);
  }

  /**
   * Validates a whole log at once (locations are paths {@code activities[i]} and
   * {@code assessments[i]}).
   *
   * @param plan the plan
   * @param asOf the day of the check
   * @param activities the activities
   * @param assessments the officer's assessments
   * @return every issue found
   */
  public static ValidationReport validate(Plan plan, LocalDate asOf, Iterable<Activity> activities,
      Iterable<ItemAssessment> assessments) {
    ActivityValidator v = of(plan, asOf);
    List<Issue> issues = new ArrayList<>();
    int i = 0;
    for (Activity a : activities) {
      issues.addAll(v.check(a, Location.ofPath("activities[" + i++ + "]")));
    }
    i = 0;
    for (ItemAssessment a : assessments) {
      issues.addAll(v.check(a, Location.ofPath("assessments[" + i++ + "]")));
    }
    issues.addAll(v.finish());
    return ValidationReport.of(issues);
  }

  /**
   * Checks one activity and records it for {@link #finish()}.
   *
   * @param a the activity
   * @param at where the activity is (e.g. its line in a file)
   * @return the issues of this activity
   */
  public List<Issue> check(Activity a, Location at) {
    Objects.requireNonNull(a, "activity must not be null");
    Objects.requireNonNull(at, "location must not be null");
    List<Issue> issues = new ArrayList<>();
    if (!activityIds.add(a.getId())) {
      issues.add(PlanIssueCode.ACTIVITY_DUPLICATE_ID.issue(field(at, "id"), a.getId()));
    }
    checkDates(a, at, issues);
    if (!units.contains(a.getUnitId())) {
      issues.add(PlanIssueCode.ACTIVITY_UNKNOWN_UNIT.issue(field(at, "unitId"), a.getId() + " → " + a.getUnitId()));
    }
    for (String u : a.getCooperatingUnitIds()) {
      if (!units.contains(u)) {
        issues.add(PlanIssueCode.ACTIVITY_UNKNOWN_UNIT.issue(field(at, "cooperatingUnitIds"), a.getId() + " → " + u));
      }
    }
    if (a.getItemIds().isEmpty()) {
      issues.add(PlanIssueCode.ACTIVITY_NO_ITEM.issue(field(at, "itemIds"), a.getId()));
    }
    for (String id : a.getItemIds()) {
      PlanItem item = items.get(id);
      if (item == null) {
        issues.add(PlanIssueCode.ACTIVITY_UNKNOWN_ITEM.issue(field(at, "itemIds"), a.getId() + " → " + id));
        continue;
      }
      if (!a.getDate().isAfter(asOf)) {
        itemsWithActivity.add(id);
      }
      if (units.contains(a.getUnitId()) && !item.involves(a.getUnitId())) {
        issues.add(PlanIssueCode.ACTIVITY_UNIT_NOT_ON_ITEM.issue(field(at, "unitId"),
            a.getId() + ": " + a.getUnitId() + " / " + id));
      }
    }
    a.getEventId().ifPresent(e -> checkEvent(a, e, at, issues));
    a.getReach().forEach((audience, count) -> checkCount(a, audience, count, at, issues));
    checkCosts(a, at, issues);
    return issues;
  }

  /**
   * Checks one officer's assessment and records it for {@link #finish()}.
   *
   * @param a the assessment
   * @param at where the assessment is
   * @return the issues of this assessment
   */
  public List<Issue> check(ItemAssessment a, Location at) {
    Objects.requireNonNull(a, "assessment must not be null");
    Objects.requireNonNull(at, "location must not be null");
    List<Issue> issues = new ArrayList<>();
    if (!items.containsKey(a.getItemId())) {
      issues.add(PlanIssueCode.ASSESSMENT_UNKNOWN_ITEM.issue(field(at, "itemId"), a.getItemId()));
    } else if (a.getStatus() == ItemStatus.DONE) {
      doneAssessments.putIfAbsent(a.getItemId(), at);
    }
    if (a.getDate().isBefore(plan.period().getStart())) {
      issues.add(PlanIssueCode.ASSESSMENT_BEFORE_PLAN_PERIOD.issue(field(at, "date"), a.getItemId() + " " + a.getDate()));
    }
    if (a.getDate().isAfter(asOf)) {
      issues.add(PlanIssueCode.ASSESSMENT_IN_FUTURE.issue(field(at, "date"), a.getItemId() + " " + a.getDate()));
    }
    if (a.getStatus() == ItemStatus.NOT_DONE && a.getReasonVi().filter(r -> !r.isBlank()).isEmpty()) {
      issues.add(PlanIssueCode.ASSESSMENT_NOT_DONE_WITHOUT_REASON.issue(field(at, "reasonVi"), a.getItemId()));
    }
    return issues;
  }

  /**
   * The checks that need the whole log: spending against the plan's funding, and items assessed
   * as done without any activity.
   *
   * @return those issues (locations: the plan's funding, or the first "done" assessment)
   */
  public List<Issue> finish() {
    List<Issue> issues = new ArrayList<>();
    for (int s = 0; s < plan.getFundingSources().size(); s++) {
      FundingSource source = plan.getFundingSources().get(s);
      Long spent = spentBySource.get(source.getId());
      OptionalLong planned = source.getPlannedDong();
      if (spent != null && planned.isPresent() && spent > planned.getAsLong()) {
        issues.add(PlanIssueCode.ACTIVITY_SOURCE_OVERSPENT.issue(Location.ofPath("fundingSources[" + s + "]"),
            source.getId() + " (" + spent + " > " + planned.getAsLong() + " đồng)"));
      }
    }
    Map<String, Long> allocations = new HashMap<>();
    for (FundingAllocation a : plan.getFundingAllocations()) {
      allocations.merge(key(a.getSourceId(), a.getItemId()), a.getPlannedDong(), ActivityValidator::saturatedAdd);
    }
    for (int k = 0; k < plan.getFundingAllocations().size(); k++) {
      FundingAllocation a = plan.getFundingAllocations().get(k);
      String key = key(a.getSourceId(), a.getItemId());
      Long spent = spentBySourceItem.get(key);
      Long planned = allocations.remove(key); // once per source and item
      if (spent != null && planned != null && spent > planned) {
        issues.add(PlanIssueCode.ACTIVITY_ITEM_OVERSPENT.issue(Location.ofPath("fundingAllocations[" + k + "]"),
            a.getSourceId() + " → " + a.getItemId() + " (" + spent + " > " + planned + " đồng)"));
      }
    }
    doneAssessments.forEach((itemId, at) -> {
      if (!itemsWithActivity.contains(itemId)) {
        issues.add(PlanIssueCode.ASSESSMENT_DONE_WITHOUT_ACTIVITY.issue(field(at, "status"), itemId));
      }
    });
    return issues;
  }

  private void checkDates(Activity a, Location at, List<Issue> issues) {
    DateSpan year = plan.period();
    if (!year.contains(a.getDate()) || a.getEndDate().filter(e -> !year.contains(e)).isPresent()) {
      issues.add(PlanIssueCode.ACTIVITY_OUTSIDE_PLAN_PERIOD.issue(field(at, "date"),
          a.getId() + " " + a.getDate() + " (" + plan.getYear() + ")"));
    }
    if (a.lastDay().isAfter(asOf)) {
      issues.add(PlanIssueCode.ACTIVITY_IN_FUTURE.issue(field(at, "date"), a.getId() + " " + a.lastDay() + " > " + asOf));
    }
    if (a.getEndDate().filter(e -> e.isBefore(a.getDate())).isPresent()) {
      issues.add(PlanIssueCode.ACTIVITY_ENDS_BEFORE_START.issue(field(at, "endDate"), a.getId()));
    }
  }

  private void checkEvent(Activity a, String eventId, Location at, List<Issue> issues) {
    Optional<EventType> type = plan.eventType(eventId);
    if (type.isEmpty()) {
      issues.add(PlanIssueCode.ACTIVITY_UNKNOWN_EVENT.issue(field(at, "eventId"), a.getId() + " → " + eventId));
      return;
    }
    DateSpan window;
    try {
      window = type.get().activityWindow(plan.getYear());
    } catch (InvalidValueException e) {
      return; // the plan's validator reports the event
    }
    if (!window.contains(a.getDate())) {
      issues.add(PlanIssueCode.ACTIVITY_OUTSIDE_EVENT.issue(field(at, "date"),
          a.getId() + " " + a.getDate() + " ∉ " + eventId + " " + window));
    }
  }

  private static void checkCount(Activity a, Audience audience, Headcount c, Location at, List<Issue> issues) {
    Location where = field(at, "reach." + audience.name());
    String detail = a.getId() + " " + audience.name();
    if (c.getTotal() < 0 || c.getFemale().orElse(0) < 0 || c.getMale().orElse(0) < 0) {
      issues.add(PlanIssueCode.ACTIVITY_COUNT_NEGATIVE.issue(where, detail));
      return;
    }
    long bySex = c.getFemale().orElse(0) + c.getMale().orElse(0);
    if (bySex > c.getTotal() || bySex < 0) {
      issues.add(PlanIssueCode.ACTIVITY_SEX_EXCEEDS_TOTAL.issue(where, detail));
    }
  }

  private void checkCosts(Activity a, Location at, List<Issue> issues) {
    long total = 0;
    boolean overflow = false;
    for (ActivityCost c : a.getCosts()) {
      Location where = field(at, "costs." + c.getSourceId());
      if (!sources.contains(c.getSourceId())) {
        issues.add(PlanIssueCode.ACTIVITY_COST_UNKNOWN_SOURCE.issue(where, a.getId() + " → " + c.getSourceId()));
      }
      if (c.getAmountDong() < 0) {
        issues.add(PlanIssueCode.ACTIVITY_COST_NEGATIVE.issue(where, a.getId()));
        continue;
      }
      if (!overflow) {
        try {
          total = Math.addExact(total, c.getAmountDong());
        } catch (ArithmeticException e) {
          overflow = true;
          issues.add(PlanIssueCode.ACTIVITY_COST_OVERFLOW.issue(field(at, "costs"), a.getId()));
        }
      }
      if (!a.getItemIds().isEmpty()) {
        add(spentBySourceItem, key(c.getSourceId(), a.getItemIds().get(0)), c.getAmountDong(), at, issues);
      }
      add(spentBySource, c.getSourceId(), c.getAmountDong(), at, issues);
    }
    if (!overflow && total > costCeiling) {
      issues.add(PlanIssueCode.ACTIVITY_COST_IMPLAUSIBLE.issue(field(at, "costs"),
          a.getId() + " (" + total + " > " + costCeiling + " đồng)"));
    }
  }

  private void add(Map<String, Long> sums, String key, long amount, Location at, List<Issue> issues) {
    if (overflowed.contains(key)) {
      return;
    }
    try {
      sums.merge(key, amount, Math::addExact);
    } catch (ArithmeticException e) {
      overflowed.add(key);
      sums.put(key, Long.MAX_VALUE);
      issues.add(PlanIssueCode.ACTIVITY_COST_OVERFLOW.issue(field(at, "costs"), key.replace('\u0000', '/')));
    }
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }

  private static String key(String source, String item) {
    return source + "\u0000" + item;
  }

  private static Location field(Location at, String field) {
    String path = at.getPath().map(p -> p + "." + field).orElse(field);
    return Location.builder().from(at).path(path).build();
  }
}
